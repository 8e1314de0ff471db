// DataStore REST routes: writes to API tables need the right to edit the dataset; POSTed reads are public.
import { datastoreBodies, publishersOfA } from '../datastore-fixture.ts';
import type { MatrixEntry } from '../matrix.ts';

const write = (route: string, suffix: string, body: keyof typeof datastoreBodies): MatrixEntry => ({
  method: 'POST',
  route,
  allow: publishersOfA,
  request: async (fx) => {
    const { resource_id, ...json } = await datastoreBodies[body](fx);
    return { url: `/api/v1/datastore/${resource_id}${suffix}`, json };
  },
});

export const entries: MatrixEntry[] = [
  write('/api/v1/datastore/:id', '', 'create'),
  write('/api/v1/datastore/:id/upsert', '/upsert', 'upsert'),
  write('/api/v1/datastore/:id/delete', '/delete', 'delete'),
  {
    method: 'POST',
    route: '/api/v1/datastore/:id/search',
    allow: [],
    public: true,
    request: () => ({ url: '/api/v1/datastore/x/search', json: {} }),
  },
  {
    method: 'POST',
    route: '/api/v1/datastore/sql',
    allow: [],
    public: true,
    request: () => ({ url: '/api/v1/datastore/sql', json: { sql: 'SELECT 1' } }),
  },
];
