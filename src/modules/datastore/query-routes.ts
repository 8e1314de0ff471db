// REST routes of DataStore queries: thin adapters over query-service.ts (the CKAN actions call the same
// functions): reads, exports, and writes to tables pushed through the API (query-write.ts).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Services } from '../../context.ts';
import { serviceContext } from '../../http/context.ts';
import { body, ok, param, query } from '../../http/route-kit.ts';
import { exportFormat, exportTypes, exportView } from './export-view.ts';
import { readSearchQuery } from './query-params.ts';
import * as datastore from './query-service.ts';
import * as writes from './query-write.ts';

export function datastoreQueryRoutes(app: FastifyInstance, services: Services): void {
  const ctx = (req: FastifyRequest) => serviceContext(req, services);
  const base = services.config.BASE_URL.replace(/\/+$/, '');
  const withId = (req: FastifyRequest, params: Record<string, unknown>) => ({
    ...params,
    resource_id: param(req, 'id'),
  });
  // POSTed reads (long filters, SQL) change nothing: no CSRF token or write limit needed.
  const read = { config: { rateLimit: 'none' as const, csrf: false as const } };

  app.get('/api/v1/datastore/:id', async (req) => ok(await datastore.info(ctx(req), withId(req, {}))));
  app.get('/api/v1/datastore/:id/search', async (req) =>
    ok(
      await datastore.search(
        ctx(req),
        withId(req, query(req)),
        `${base}/api/v1/datastore/${param(req, 'id')}/search`,
      ),
    ),
  );
  app.post('/api/v1/datastore/:id/search', read, async (req) =>
    ok(
      await datastore.search(
        ctx(req),
        withId(req, body(req)),
        `${base}/api/v1/datastore/${param(req, 'id')}/search`,
      ),
    ),
  );
  app.get('/api/v1/datastore/sql', async (req) => ok(await datastore.searchSql(ctx(req), query(req))));
  app.post('/api/v1/datastore/sql', read, async (req) => ok(await datastore.searchSql(ctx(req), body(req))));
  app.get('/api/v1/datastore/:id/export/:format', async (req, reply) => {
    const c = ctx(req);
    const format = exportFormat(param(req, 'format'));
    const { table } = await datastore.readableTable(c, param(req, 'id'));
    const q = readSearchQuery(query(req), table.fields);
    const explicitLimit = query(req).limit !== undefined;
    const max = explicitLimit ? q.limit : c.config.DATASTORE_EXPORT_MAX_ROWS;
    return reply
      .type(exportTypes[format])
      .header('Content-Disposition', `attachment; filename="${table.resourceId}.${format}"`)
      .send(exportView(c, table, q, format, max));
  });

  app.post('/api/v1/datastore/:id', async (req, reply) =>
    reply.code(201).send(ok(await writes.createApiTable(ctx(req), withId(req, body(req))))),
  );
  app.post('/api/v1/datastore/:id/upsert', async (req) =>
    ok(await writes.upsertRecords(ctx(req), withId(req, body(req)))),
  );
  app.post('/api/v1/datastore/:id/delete', async (req) =>
    ok(await writes.deleteRecords(ctx(req), withId(req, body(req)))),
  );
}
