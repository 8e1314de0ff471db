// REST routes of the catalogue: thin adapters, request → service → `{ ok: true, data }`.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Services } from '../../context.ts';
import { serviceContext } from '../../http/context.ts';
import { body, ok, param, query } from '../../http/route-kit.ts';
import { paging } from '../accounts/index.ts';
import { listDatasetActivity } from './activity.service.ts';
import * as datasets from './datasets.service.ts';
import { frequencies } from './frequencies.ts';
import { licenses } from './licenses.ts';
import { bulkUpdateDatasets } from './publisher.service.ts';
import * as resources from './resources.service.ts';
import * as themes from './themes.service.ts';

export function catalogRoutes(app: FastifyInstance, services: Services): void {
  const ctx = (req: FastifyRequest) => serviceContext(req, services);
  const name = (req: FastifyRequest) => param(req, 'name');

  // Datasets
  app.get('/api/v1/datasets', async (req) => {
    const q = query(req);
    return ok(
      await datasets.listDatasets(ctx(req), {
        organization: q.organization,
        theme: q.theme,
        tag: q.tag,
        state: q.state,
        sort: q.sort,
        ...paging(q, 1000),
      }),
    );
  });
  app.post('/api/v1/datasets', async (req, reply) =>
    reply.code(201).send(ok(await datasets.createDataset(ctx(req), body(req)))),
  );
  app.post('/api/v1/datasets/bulk', async (req) =>
    ok(await bulkUpdateDatasets(ctx(req), body(req).ids, body(req).action)),
  );
  app.get('/api/v1/datasets/:name', async (req) => ok(await datasets.getDataset(ctx(req), name(req))));
  app.put('/api/v1/datasets/:name', async (req) =>
    ok(await datasets.updateDataset(ctx(req), name(req), body(req))),
  );
  app.patch('/api/v1/datasets/:name', async (req) =>
    ok(await datasets.patchDataset(ctx(req), name(req), body(req))),
  );
  app.delete('/api/v1/datasets/:name', async (req) => {
    await datasets.deleteDataset(ctx(req), name(req));
    return ok(null);
  });
  app.get('/api/v1/datasets/:name/activity', async (req) =>
    ok(await listDatasetActivity(ctx(req), name(req), paging(query(req), 500))),
  );

  // Resources
  app.post('/api/v1/datasets/:name/resources', async (req, reply) =>
    reply.code(201).send(ok(await resources.createResource(ctx(req), name(req), body(req)))),
  );
  app.put('/api/v1/datasets/:name/resources/order', async (req) =>
    ok(await resources.reorderResources(ctx(req), name(req), body(req))),
  );
  app.get('/api/v1/datasets/:name/resources/:id', async (req) =>
    ok(await resources.getResource(ctx(req), name(req), param(req, 'id'))),
  );
  app.patch('/api/v1/datasets/:name/resources/:id', async (req) =>
    ok(await resources.updateResource(ctx(req), name(req), param(req, 'id'), body(req))),
  );
  // DELETE …/resources/:id is in uploads.routes.ts: it deletes the stored file too.

  // Themes
  app.get('/api/v1/themes', async (req) => ok(await themes.listThemes(ctx(req))));
  app.post('/api/v1/themes', async (req, reply) =>
    reply.code(201).send(ok(await themes.createTheme(ctx(req), body(req)))),
  );
  app.get('/api/v1/themes/:name', async (req) => ok(await themes.getTheme(ctx(req), name(req))));
  app.patch('/api/v1/themes/:name', async (req) =>
    ok(await themes.updateTheme(ctx(req), name(req), body(req))),
  );
  app.delete('/api/v1/themes/:name', async (req) => {
    await themes.deleteTheme(ctx(req), name(req));
    return ok(null);
  });

  // Reference data
  app.get('/api/v1/licenses', async () =>
    ok(licenses.map(({ id, title, url, open }) => ({ id, title, url, open }))),
  );
  app.get('/api/v1/frequencies', async () => ok(frequencies));
}
