// REST routes of harvesting and resource refreshes: thin adapters, request → service → `{ ok: true, data }`.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Services } from '../../context.ts';
import { serviceContext } from '../../http/context.ts';
import { body, ok, param } from '../../http/route-kit.ts';
import * as refresh from './refresh.ts';
import * as sources from './sources.service.ts';

export function harvestRoutes(app: FastifyInstance, services: Services): void {
  const ctx = (req: FastifyRequest) => serviceContext(req, services);
  const id = (req: FastifyRequest) => param(req, 'id');
  const base = '/api/v1/harvest/sources';

  app.get(base, async (req) => ok(await sources.listSources(ctx(req))));
  app.post(base, async (req, reply) =>
    reply.code(201).send(ok(await sources.createSource(ctx(req), body(req)))),
  );
  app.get(`${base}/:id`, async (req) => ok(await sources.getSource(ctx(req), id(req))));
  app.put(`${base}/:id`, async (req) => ok(await sources.updateSource(ctx(req), id(req), body(req))));
  app.delete(`${base}/:id`, async (req) => {
    await sources.deleteSource(ctx(req), id(req));
    return ok(null);
  });
  app.post(`${base}/:id/runs`, async (req, reply) =>
    reply.code(202).send(ok(await sources.runSourceNow(ctx(req), id(req)))),
  );
  app.get(`${base}/:id/runs/:run`, async (req) =>
    ok(await sources.getRun(ctx(req), id(req), param(req, 'run'))),
  );

  app.post(`${base}/:id/runs/:run/cancel`, async (req) =>
    ok(await sources.cancelRun(ctx(req), id(req), param(req, 'run'))),
  );

  const res = '/api/v1/datasets/:name/resources/:id/refresh';
  const keys = (req: FastifyRequest) => [param(req, 'name'), id(req)] as const;
  app.get(res, async (req) => ok(await refresh.getResourceRefresh(ctx(req), ...keys(req))));
  app.put(res, async (req) => ok(await refresh.setResourceRefresh(ctx(req), ...keys(req), body(req))));
  app.delete(res, async (req) => {
    await refresh.removeResourceRefresh(ctx(req), ...keys(req));
    return ok(null);
  });
  app.get(`${res}/runs`, async (req) => ok(await refresh.listRefreshRuns(ctx(req), ...keys(req))));
  app.post(`${res}/runs`, async (req, reply) =>
    reply.code(202).send(ok(await refresh.refreshResourceNow(ctx(req), ...keys(req)))),
  );
}
