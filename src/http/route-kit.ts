// The small readers every REST route file shares: the JSON body as an object, path and query parameters, and
// the success envelope `{ ok: true, data }` (errors take the error handler's shape).
import type { FastifyRequest } from 'fastify';

export type Body = Record<string, unknown>;

/** The request body when it is a JSON object; anything else reads as an empty object (fields then "required"). */
export const body = (req: FastifyRequest): Body =>
  req.body && typeof req.body === 'object' && !Array.isArray(req.body) ? (req.body as Body) : {};

export const param = (req: FastifyRequest, name: string): string =>
  (req.params as Record<string, string>)[name] ?? '';

export const query = (req: FastifyRequest) => req.query as Record<string, string | undefined>;

export const ok = (data: unknown) => ({ ok: true as const, data });
