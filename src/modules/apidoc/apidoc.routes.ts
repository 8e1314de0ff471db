// GET /api/v1/openapi.json: the OpenAPI document (built once).
import type { FastifyInstance } from 'fastify';
import type { Services } from '../../context.ts';
import { openApiDocument } from './openapi.ts';

export const API_VERSION = '1.0.0';

export function apidocRoutes(app: FastifyInstance, services: Services): void {
  let doc: ReturnType<typeof openApiDocument> | null = null;
  app.get('/api/v1/openapi.json', async (_req, reply) => {
    doc ??= openApiDocument(services.config.BASE_URL, API_VERSION);
    return reply.header('Cache-Control', 'public, max-age=300').send(doc);
  });
}
