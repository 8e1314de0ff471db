// The OpenAPI 3.1 document of the native REST API, built from operations.ts and the TypeBox schemas.

import type { Operation } from './operations.ts';
import { operations } from './operations.ts';
import { components, type SchemaName } from './schemas.ts';

const ref = (name: SchemaName) => ({ $ref: `#/components/schemas/${name}` });

function dataSchema(r: Operation['returns']): object {
  if (r === undefined || r === null) return { type: 'null' };
  if (r === 'object') return { type: 'object' };
  if (typeof r === 'string') return ref(r);
  if ('page' in r)
    return {
      type: 'object',
      required: ['total', 'items'],
      properties: { total: { type: 'integer' }, items: { type: 'array', items: ref(r.page) } },
    };
  return { type: 'array', items: ref(r.array) };
}

function operation(op: Operation) {
  const pathParams = [...op.path.matchAll(/:(\w+)/g)].map((m) => ({
    name: m[1],
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  const query = (op.query ?? []).map((name) => ({
    name,
    in: 'query',
    required: false,
    schema: name === 'limit' || name === 'offset' ? { type: 'integer', minimum: 0 } : { type: 'string' },
  }));
  const out: Record<string, unknown> = {
    summary: op.summary,
    tags: [op.tag],
    operationId: `${op.method}${op.path.replace(/[^a-zA-Z0-9]+(\w)?/g, (_, c: string | undefined) => (c ?? '').toUpperCase())}`,
    parameters: [...pathParams, ...query],
    responses: {
      [String(op.status ?? 200)]: {
        description: 'Done',
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: ['ok', 'data'],
              properties: { ok: { const: true }, data: dataSchema(op.returns) },
            },
          },
        },
      },
      default: {
        description: 'Refused: see docs/errors.md for the codes',
        content: { 'application/json': { schema: ref('ErrorBody') } },
      },
    },
  };
  if (op.body === 'multipart')
    out.requestBody = {
      required: true,
      content: {
        'multipart/form-data': {
          schema: {
            type: 'object',
            properties: { file: { type: 'string', contentMediaType: 'application/octet-stream' } },
          },
        },
      },
    };
  else if (op.body)
    out.requestBody = {
      required: true,
      content: { 'application/json': { schema: op.body === 'object' ? { type: 'object' } : ref(op.body) } },
    };
  if (op.public) out.security = [{}, { token: [] }];
  return out;
}

export function openApiDocument(baseUrl: string, version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    const path = op.path.replace(/:(\w+)/g, '{$1}');
    paths[path] ??= {};
    paths[path][op.method] = operation(op);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Shafaf REST API',
      version,
      description:
        'The native REST API of the portal. Answers are {ok: true, data}; errors {ok: false, error: {code, message, fields?}}. ' +
        'The CKAN-compatible Action API is at /api/3/action/<name> (see docs/api.md).',
    },
    servers: [{ url: baseUrl.replace(/\/+$/, '') }],
    security: [{ token: [] }],
    components: {
      schemas: JSON.parse(JSON.stringify(components)),
      securitySchemes: {
        token: {
          type: 'apiKey',
          in: 'header',
          name: 'Authorization',
          description: 'An API token, as `<token>` or `Bearer <token>`',
        },
      },
    },
    paths,
  };
}
