// REST routes of the DataStore's ingestion side: a resource's table (status, progress, fields, report summary),
// its validation report, the data dictionary, and loading the file again. Thin: request → service → envelope.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Services } from '../../context.ts';
import { serviceContext } from '../../http/context.ts';
import { body, ok, param } from '../../http/route-kit.ts';
import * as datastore from './datastore.service.ts';

export const TABLE_PATH = '/api/v1/datasets/:name/resources/:id/datastore';

export function datastoreRoutes(app: FastifyInstance, services: Services): void {
  const ctx = (req: FastifyRequest) => serviceContext(req, services);
  const args = (req: FastifyRequest) => [ctx(req), param(req, 'name'), param(req, 'id')] as const;

  app.get(TABLE_PATH, async (req) => ok(await datastore.getTableView(...args(req))));
  app.get(`${TABLE_PATH}/report`, async (req) => ok(await datastore.getReport(...args(req))));
  app.put(`${TABLE_PATH}/dictionary`, async (req) =>
    ok(await datastore.updateDictionary(...args(req), body(req))),
  );
  app.post(`${TABLE_PATH}/ingest`, async (req, reply) =>
    reply.code(202).send(ok(await datastore.reingest(...args(req)))),
  );
}
