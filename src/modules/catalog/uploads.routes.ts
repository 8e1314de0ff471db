// Routes of resource files: multipart uploads (REST), deletion of a resource with its file, and the stable
// download URLs (ours and CKAN's).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../../context.ts';
import { serviceContext } from '../../http/context.ts';
import { param } from '../../http/route-kit.ts';
import { AppError, isAppError } from '../../kernel/errors.ts';
import type { StorageBackend } from '../files/index.ts';
import { deleteResource } from './resources.service.ts';
import {
  type Download,
  openResourceDownload,
  tooLargeError,
  uploadMaxBytes,
  uploadResourceFile,
} from './uploads.service.ts';

/** @fastify/multipart's limit errors (file size, number of files, fields or parts). */
const multipartLimits = new Set([
  'FST_REQ_FILE_TOO_LARGE',
  'FST_FILES_LIMIT',
  'FST_FIELDS_LIMIT',
  'FST_PARTS_LIMIT',
]);

/** `title.fr` → { title: { fr } }; `kind` stays flat. */
function metaOf(fields: Record<string, unknown>): Record<string, unknown> {
  const meta: Record<string, Record<string, string> | string> = {};
  for (const part of Object.values(fields).flat()) {
    const p = part as { type?: string; fieldname?: string; value?: unknown };
    if (p?.type !== 'field' || typeof p.fieldname !== 'string' || typeof p.value !== 'string') continue;
    const m = /^(title|description)\.(ar|fr|en)$/.exec(p.fieldname);
    if (m) meta[m[1]!] = { ...((meta[m[1]!] as Record<string, string>) ?? {}), [m[2]!]: p.value };
    else if (p.fieldname === 'kind') meta.kind = p.value;
  }
  return meta;
}

/**
 * Reads the multipart body's `file` (metadata fields come before it) and hands it to the service; shared by
 * the REST routes and the back-office upload form.
 */
export async function receiveUpload(
  req: FastifyRequest,
  services: Services,
  storage: StorageBackend,
  resourceId: string | null,
) {
  const c = serviceContext(req, services);
  if (!req.isMultipart()) throw new AppError('http.unsupported_media_type');
  try {
    const part = await req.file();
    if (part?.fieldname !== 'file') {
      part?.file.resume();
      throw new AppError('http.validation', {}, { file: { reason: 'required' } });
    }
    const file = { stream: part.file, filename: part.filename, mimetype: part.mimetype };
    return await uploadResourceFile(c, storage, param(req, 'name'), resourceId, file, metaOf(part.fields));
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (!isAppError(e) && typeof code === 'string' && multipartLimits.has(code))
      throw tooLargeError(uploadMaxBytes(c));
    throw e;
  }
}

export function uploadRoutes(app: FastifyInstance, services: Services, storage: StorageBackend): void {
  const ctx = (req: FastifyRequest) => serviceContext(req, services);
  const upload = (req: FastifyRequest, resourceId: string | null) =>
    receiveUpload(req, services, storage, resourceId);

  app.post('/api/v1/datasets/:name/resources/upload', async (req, reply) =>
    reply.code(201).send({ ok: true, data: await upload(req, null) }),
  );
  app.put('/api/v1/datasets/:name/resources/:id/file', async (req) => ({
    ok: true,
    data: await upload(req, param(req, 'id')),
  }));
  app.delete('/api/v1/datasets/:name/resources/:id', async (req) => {
    await deleteResource(ctx(req), param(req, 'name'), param(req, 'id'));
    return { ok: true, data: null };
  });

  async function download(req: FastifyRequest, reply: FastifyReply, datasetKey: string, id: string) {
    let d: Download;
    try {
      d = await openResourceDownload(ctx(req), storage, datasetKey, id, {
        range: req.headers.range,
        head: req.method === 'HEAD',
        ifNoneMatch: req.headers['if-none-match'],
      });
    } catch (e) {
      if (isAppError(e) && e.code === 'files.range_not_satisfiable')
        reply.header('Content-Range', `bytes */${e.params.size}`);
      throw e;
    }
    reply.header('Cache-Control', 'private, no-cache');
    if (d.kind === 'redirect') return reply.redirect(d.url, 302);
    if (d.kind === 'not-modified') return reply.code(304).header('ETag', `"${d.sha256}"`).send();
    reply
      .code(d.range ? 206 : 200)
      .header('Content-Type', d.contentType)
      .header('Content-Length', String(d.length))
      .header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(d.fileName)}`)
      .header('Accept-Ranges', 'bytes');
    if (d.sha256) reply.header('ETag', `"${d.sha256}"`);
    if (d.range) reply.header('Content-Range', `bytes ${d.range.start}-${d.range.end}/${d.size}`);
    return reply.send(d.stream ?? '');
  }

  // Set after the site-wide headers: a downloaded file never runs as a page of the portal.
  const sandbox = async (_req: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    reply.header('Content-Security-Policy', 'sandbox');
    reply.header('X-Content-Type-Options', 'nosniff');
    return payload;
  };
  app.route({
    method: ['GET', 'HEAD'],
    url: '/datasets/:name/resources/:id/download',
    onSend: sandbox,
    handler: (req, reply) => download(req, reply, param(req, 'name'), param(req, 'id')),
  });
  app.route({
    method: ['GET', 'HEAD'],
    url: '/dataset/:id/resource/:rid/download/:filename',
    onSend: sandbox,
    handler: (req, reply) => download(req, reply, param(req, 'id'), param(req, 'rid')),
  });
}
