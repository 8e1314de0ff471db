// REST: GET /api/v1/search/datasets — the search as JSON (see params.ts for the parameters).
import type { FastifyInstance } from 'fastify';
import type { Services } from '../../context.ts';
import { serviceContext } from '../../http/context.ts';
import { paging } from '../accounts/index.ts';
import { type QueryParams, searchFromParams } from './params.ts';
import { searchDatasets } from './search.service.ts';

export function searchRoutes(app: FastifyInstance, services: Services): void {
  app.get('/api/v1/search/datasets', async (req) => {
    const p = req.query as QueryParams;
    const one = (k: string) => (Array.isArray(p[k]) ? p[k][0] : p[k]);
    const page = paging({ limit: one('limit'), offset: one('offset') }, 1000);
    return { ok: true, data: await searchDatasets(serviceContext(req, services), searchFromParams(p, page)) };
  });
}
