// The routes of CKAN's Action API: /api/3/action/<name> and /api/action/<name>, GET (read actions) and POST
// (JSON, form or multipart body). One route per action and prefix, so that each write action has its own
// entry in the authorization matrix; unknown names reach a catch-all that answers as CKAN does.
// The routes live in their own scope: their errors are rendered as CKAN's envelope, and an empty JSON body
// reads as {} as in CKAN.
import type { FastifyContextConfig, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../../context.ts';
import { serviceContext } from '../../http/context.ts';
import { toAppError } from '../../http/errors.ts';
import { i18nFor, isLocale } from '../../i18n/index.ts';
import { AppError } from '../../kernel/errors.ts';
import { anonymous } from '../../modules/accounts/index.ts';
import type { uploadsService } from '../../modules/catalog/index.ts';
import type { StorageBackend } from '../../modules/files/index.ts';
import { type ActionDef, actions } from './actions/index.ts';
import { ckanError, helpUrl } from './envelope.ts';
import type { Params } from './params.ts';

export const CKAN_PREFIXES = ['/api/3/action', '/api/action'] as const;

interface Received {
  params: Params;
  upload?: uploadsService.UploadedFile & { drain(): void };
}

const isObject = (v: unknown): v is Params => !!v && typeof v === 'object' && !Array.isArray(v);

/** CKAN's form trick: a form whose only key is a JSON text (and whose value is '' or '1') carries that JSON. */
function fromForm(body: Params): Params {
  const keys = Object.keys(body);
  if (keys.length === 1 && (body[keys[0]!] === '' || body[keys[0]!] === '1') && /^\s*[{[]/.test(keys[0]!)) {
    try {
      const parsed: unknown = JSON.parse(keys[0]!);
      if (!isObject(parsed)) throw new AppError('ckan.body_not_object');
      return parsed;
    } catch (e) {
      if (e instanceof AppError) throw e;
      throw new AppError('ckan.json_invalid', { detail: (e as Error).message });
    }
  }
  return body;
}

/** Fields of a multipart body up to its file part (`upload`), whose stream the action reads. */
async function fromMultipart(req: FastifyRequest): Promise<Received> {
  const params: Params = {};
  const it = req.parts();
  for (;;) {
    const { value: part, done } = await it.next();
    if (done || !part) return { params };
    if (part.type === 'file') {
      const stream = part.file;
      return {
        params,
        upload: {
          stream,
          filename: part.filename,
          mimetype: part.mimetype,
          drain: () => {
            if (!stream.readableEnded) stream.resume();
          },
        },
      };
    }
    const value = part.value;
    const prev = params[part.fieldname];
    params[part.fieldname] = prev === undefined ? value : [prev, value].flat();
  }
}

async function receive(req: FastifyRequest): Promise<Received> {
  if (req.method === 'GET') return { params: { ...(req.query as Params) } };
  if (req.isMultipart()) return fromMultipart(req);
  const body = req.body;
  if (body === undefined || body === null || body === '') return { params: {} };
  if (!isObject(body)) throw new AppError('ckan.body_not_object');
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  return { params: type.startsWith('application/x-www-form-urlencoded') ? fromForm(body) : { ...body } };
}

const nameOf = (req: FastifyRequest) => (req.url.split('?')[0] ?? '').split('/').pop() ?? '';
const JSONP = /^[A-Za-z_$][\w$.]{0,63}$/;

export function ckanRoutes(app: FastifyInstance, services: Services, storage: StorageBackend): void {
  const baseUrl = services.config.BASE_URL.replace(/\/+$/, '');

  async function run(def: ActionDef, req: FastifyRequest, reply: FastifyReply) {
    const name = nameOf(req);
    if (req.method === 'GET' && def.write) throw new AppError('ckan.post_required');
    const { params, upload } = await receive(req);
    try {
      const ctx = serviceContext(req, services);
      const lang = params.lang;
      if (isLocale(lang)) ctx.locale = lang;
      delete params.lang;
      // JSONP (CKAN): a callback drops the caller's identity.
      const callback = params.callback;
      if (callback !== undefined) {
        delete params.callback;
        ctx.actor = anonymous;
      }
      const result = await def.run({
        ctx,
        params,
        upload,
        dict: { locale: ctx.locale, baseUrl },
        storage,
      });
      const body = { help: helpUrl(baseUrl, name), success: true, result };
      if (req.method === 'GET' && typeof callback === 'string' && JSONP.test(callback))
        return reply
          .type('application/javascript; charset=utf-8')
          .send(`${callback}(${JSON.stringify(body)});`);
      return reply.type('application/json; charset=utf-8').send(body);
    } finally {
      upload?.drain();
    }
  }

  app.register(async (scope) => {
    scope.removeContentTypeParser(['application/json', 'text/plain']);
    const parseJson = (
      _req: FastifyRequest,
      body: string,
      done: (err: Error | null, v?: unknown) => void,
    ) => {
      if (!body.trim()) return done(null, {});
      try {
        done(null, JSON.parse(body));
      } catch (e) {
        done(new AppError('ckan.json_invalid', { detail: (e as Error).message }));
      }
    };
    scope.addContentTypeParser('application/json', { parseAs: 'string' }, parseJson);
    scope.addContentTypeParser('text/plain', { parseAs: 'string' }, parseJson);

    scope.setErrorHandler((err, req, reply) => {
      const error = toAppError(err);
      if (error.status >= 500) req.log.error({ err, requestId: req.id }, 'CKAN action failed');
      const def = actions[nameOf(req)];
      // The `lang` parameter chooses the language of messages too.
      const given =
        (req.query as Params | undefined)?.lang ?? (isObject(req.body) ? req.body.lang : undefined);
      const locale = isLocale(given) ? given : req.ctx.locale;
      const { status, body } = ckanError(
        error,
        i18nFor(locale),
        helpUrl(baseUrl, nameOf(req)),
        def?.fieldNames,
      );
      if (error.status === 429) reply.header('Retry-After', String(error.params.retryAfter ?? 60));
      // A bare message is a JSON string (Fastify would send a string as it is).
      const payload = typeof body === 'string' ? JSON.stringify(body) : body;
      return reply.code(status).type('application/json; charset=utf-8').send(payload);
    });

    // CKAN's API roots answer their version (clients probe them).
    scope.get('/api', async () => ({ version: 1 }));
    scope.get('/api/3', async () => ({ version: 3 }));

    for (const prefix of CKAN_PREFIXES) {
      for (const [name, def] of Object.entries(actions)) {
        // Reads may be POSTed (ckanapi posts everything): they change nothing, so no CSRF or write limit.
        const config: FastifyContextConfig = def.write ? {} : { rateLimit: 'none', csrf: false };
        scope.route({
          method: ['GET', 'POST'],
          url: `${prefix}/${name}`,
          config,
          handler: (req, reply) => run(def, req, reply),
        });
      }
      scope.route({
        method: ['GET', 'POST'],
        url: `${prefix}/:name`,
        config: { rateLimit: 'none', csrf: false },
        handler: async (req) => {
          throw new AppError('ckan.action_unknown', { name: (req.params as { name: string }).name });
        },
      });
    }
  });
}
