// REST routes of the inventory: thin adapters, request → service → `{ ok: true, data }`; the import reads one
// multipart file, the export answers the file itself.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Services } from '../../context.ts';
import { serviceContext } from '../../http/context.ts';
import { body, ok, param, query } from '../../http/route-kit.ts';
import { AppError, isAppError } from '../../kernel/errors.ts';
import { paging } from '../accounts/index.ts';
import { convertRequest } from './convert.service.ts';
import * as inventory from './inventory.service.ts';
import { exportInventory, importInventory } from './transfer.service.ts';

/** @fastify/multipart's limit errors. */
const limitCodes = new Set([
  'FST_REQ_FILE_TOO_LARGE',
  'FST_FILES_LIMIT',
  'FST_FIELDS_LIMIT',
  'FST_PARTS_LIMIT',
]);

/** The multipart body's `file` part (text fields before it come along), read into memory. */
export async function receiveFile(req: FastifyRequest) {
  if (!req.isMultipart()) throw new AppError('http.unsupported_media_type');
  try {
    const part = await req.file();
    if (part?.fieldname !== 'file') {
      part?.file.resume();
      throw new AppError('http.validation', {}, { file: { reason: 'required' } });
    }
    const data = await part.toBuffer();
    const fields: Record<string, string> = {};
    for (const p of Object.values(part.fields).flat()) {
      const f = p as { type?: string; fieldname?: string; value?: unknown };
      if (f?.type === 'field' && typeof f.fieldname === 'string' && typeof f.value === 'string')
        fields[f.fieldname] = f.value;
    }
    return { filename: part.filename, data, fields };
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (!isAppError(e) && typeof code === 'string' && limitCodes.has(code))
      throw new AppError('http.payload_too_large');
    throw e;
  }
}

const truthy = (v: string | undefined) => v === 'true' || v === '1';

export function inventoryRoutes(app: FastifyInstance, services: Services): void {
  const ctx = (req: FastifyRequest) => serviceContext(req, services);
  const id = (req: FastifyRequest) => param(req, 'id');

  app.get('/api/v1/inventory', async (req) => {
    const q = query(req);
    const { organization, ...page } = await inventory.listItems(ctx(req), {
      organization: q.organization,
      access_level: q.access_level,
      status: q.status,
      archived: q.archived,
      sort: q.sort,
      ...paging(q, 500),
    });
    return ok({ ...page, organization: organization?.name ?? null });
  });
  app.get('/api/v1/inventory/summary', async (req) => ok(await inventory.inventorySummary(ctx(req))));
  app.get('/api/v1/inventory/export', async (req, reply) => {
    const q = query(req);
    const file = await exportInventory(ctx(req), { organization: q.organization, format: q.format });
    return reply
      .header('Content-Type', file.contentType)
      .header('Content-Disposition', `attachment; filename="${file.filename}"`)
      .header('Cache-Control', 'private, no-cache')
      .send(file.body);
  });
  app.post('/api/v1/inventory', async (req, reply) =>
    reply.code(201).send(ok(await inventory.createItem(ctx(req), body(req)))),
  );
  app.post('/api/v1/inventory/import', async (req) => {
    const file = await receiveFile(req);
    const q = query(req);
    return ok(
      await importInventory(ctx(req), q.organization ?? file.fields.organization, file, {
        commit: !truthy(q.dry_run ?? file.fields.dry_run),
      }),
    );
  });
  app.get('/api/v1/inventory/:id', async (req) => ok(await inventory.getItemDetail(ctx(req), id(req))));
  app.patch('/api/v1/inventory/:id', async (req) =>
    ok(await inventory.updateItem(ctx(req), id(req), body(req))),
  );
  app.delete('/api/v1/inventory/:id', async (req) => ok(await inventory.archiveItem(ctx(req), id(req))));
  app.post('/api/v1/inventory/:id/publish', async (req) =>
    ok(await inventory.publishItem(ctx(req), id(req), body(req))),
  );
  app.post('/api/v1/requests/:id/inventory-item', async (req, reply) =>
    reply.code(201).send(ok(await convertRequest(ctx(req), id(req), body(req)))),
  );
}
