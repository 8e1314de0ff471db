// The one error handler: every error becomes an AppError, rendered as REST JSON or as an HTML page.
// (The CKAN API plugin renders the same AppError as CKAN's envelope in its own scope.)
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasMessage, type I18n, type MessageKey } from '../i18n/index.ts';
import type { ErrorCode, FieldReason } from '../kernel/error-codes.ts';
import { AppError, type FieldError } from '../kernel/errors.ts';

export interface ErrorBody {
  ok: false;
  error: {
    code: ErrorCode;
    message: string;
    fields?: Record<string, { reason: FieldReason; message: string }>;
  };
}

export type ErrorPageRenderer = (req: FastifyRequest, error: AppError, body: ErrorBody) => string;

const statusCodes: Record<number, ErrorCode> = {
  400: 'http.bad_request',
  401: 'auth.unauthenticated',
  403: 'auth.forbidden',
  404: 'http.not_found',
  405: 'http.method_not_allowed',
  413: 'http.payload_too_large',
  415: 'http.unsupported_media_type',
  429: 'http.rate_limited',
  503: 'http.unavailable',
};

const keywordReasons: Record<string, FieldReason> = {
  required: 'required',
  minLength: 'too_short',
  maxLength: 'too_long',
  format: 'invalid_format',
  pattern: 'invalid_format',
  minimum: 'too_small',
  maximum: 'too_large',
  additionalProperties: 'unknown_field',
};

interface SchemaIssue {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
}

/** Fastify/TypeBox schema failures → field errors named after the field. */
export function fieldsFromValidation(issues: SchemaIssue[]): Record<string, FieldError> {
  const fields: Record<string, FieldError> = {};
  for (const issue of issues) {
    let name = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
    if (issue.keyword === 'required' && typeof issue.params.missingProperty === 'string')
      name = [name, issue.params.missingProperty].filter(Boolean).join('.');
    if (issue.keyword === 'additionalProperties' && typeof issue.params.additionalProperty === 'string')
      name = [name, issue.params.additionalProperty].filter(Boolean).join('.');
    if (!name || fields[name]) continue;
    const reason = keywordReasons[issue.keyword] ?? 'invalid_value';
    const limit = issue.params.limit;
    const params: Record<string, string | number> = {};
    if (typeof limit === 'number')
      params[reason === 'too_short' || reason === 'too_small' ? 'min' : 'max'] = limit;
    fields[name] = { reason, params };
  }
  return fields;
}

export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const fe = err as Partial<FastifyError> & { validation?: SchemaIssue[] };
  if (Array.isArray(fe.validation))
    return new AppError('http.validation', {}, fieldsFromValidation(fe.validation));
  const status = typeof fe.statusCode === 'number' ? fe.statusCode : 500;
  if (status >= 400 && status < 500) return new AppError(statusCodes[status] ?? 'http.bad_request');
  if (status === 503) return new AppError('http.unavailable');
  return new AppError('http.internal');
}

export function errorBody(error: AppError, i18n: I18n): ErrorBody {
  const key = `error.${error.code}`;
  const body: ErrorBody = {
    ok: false,
    error: { code: error.code, message: hasMessage(key) ? i18n.t(key, error.params) : error.code },
  };
  if (error.fields && Object.keys(error.fields).length) {
    body.error.fields = {};
    for (const [name, f] of Object.entries(error.fields)) {
      body.error.fields[name] = {
        reason: f.reason,
        message: i18n.t(`field.${f.reason}` as MessageKey, f.params),
      };
    }
  }
  return body;
}

export function sendError(
  req: FastifyRequest,
  reply: FastifyReply,
  error: AppError,
  renderPage: ErrorPageRenderer,
) {
  const body = errorBody(error, req.ctx.i18n);
  reply.code(error.status);
  if (error.status === 429) reply.header('Retry-After', String(error.params.retryAfter ?? 60));
  if (req.ctx.wantsJson) return reply.type('application/json; charset=utf-8').send(body);
  return reply.type('text/html; charset=utf-8').send(renderPage(req, error, body));
}

export function installErrorHandlers(app: FastifyInstance, renderPage: ErrorPageRenderer): void {
  app.setErrorHandler((err, req, reply) => {
    const error = toAppError(err);
    if (error.status >= 500) req.log.error({ err, requestId: req.id }, 'request failed');
    else req.log.debug({ code: error.code }, 'request refused');
    return sendError(req, reply, error, renderPage);
  });
  app.setNotFoundHandler((req, reply) => sendError(req, reply, new AppError('http.not_found'), renderPage));
}
