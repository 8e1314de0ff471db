// The public data inventory: REST routes and HTML forms. Writes belong to the keepers of organisation A's
// inventory (its editors and admins) and sysadmins.
import { newDatasetOfA } from '../catalog-fixture.ts';
import { newItemOfA } from '../inventory-fixture.ts';
import type { MatrixEntry, MatrixRequest, Role } from '../matrix.ts';
import { newRequestOfA } from '../requests-fixture.ts';

const keepersOfA: readonly Role[] = ['editor', 'admin', 'sysadmin'];
const item = { title: { fr: 'Registre des marchés publics' }, access_level: 'public', quality: 2 };
const form = { 'title.fr': 'Registre des marchés publics', access_level: 'public', quality: '2' };
const csv = (): MatrixRequest['multipart'] => ({
  field: 'file',
  filename: 'inventaire.csv',
  content: Buffer.from('title_fr,access_level\nMarchés publics,public\n'),
  contentType: 'text/csv',
});

export const entries: MatrixEntry[] = [
  {
    method: 'POST',
    route: '/api/v1/inventory',
    allow: keepersOfA,
    request: (fx) => ({ url: '/api/v1/inventory', json: { ...item, organization: fx.orgA.name } }),
  },
  {
    method: 'POST',
    route: '/api/v1/inventory/import',
    allow: keepersOfA,
    request: (fx) => ({ url: `/api/v1/inventory/import?organization=${fx.orgA.name}`, multipart: csv() }),
  },
  {
    method: 'PATCH',
    route: '/api/v1/inventory/:id',
    allow: keepersOfA,
    request: async (fx) => ({ url: `/api/v1/inventory/${await newItemOfA(fx)}`, json: { volume: '2 Go' } }),
  },
  {
    method: 'DELETE',
    route: '/api/v1/inventory/:id',
    allow: keepersOfA,
    request: async (fx) => ({ url: `/api/v1/inventory/${await newItemOfA(fx)}` }),
  },
  {
    method: 'POST',
    route: '/api/v1/inventory/:id/publish',
    allow: keepersOfA,
    request: async (fx) => ({
      url: `/api/v1/inventory/${await newItemOfA(fx)}/publish`,
      json: { dataset: (await newDatasetOfA(fx)).name },
    }),
  },
  {
    method: 'POST',
    route: '/api/v1/requests/:id/inventory-item',
    allow: keepersOfA,
    request: async (fx) => ({ url: `/api/v1/requests/${await newRequestOfA(fx)}/inventory-item`, json: {} }),
  },
  {
    method: 'POST',
    route: '/:lang/organizations/:name/inventory/new',
    allow: keepersOfA,
    request: (fx) => ({ url: `/fr/organizations/${fx.orgA.name}/inventory/new`, form }),
  },
  {
    method: 'POST',
    route: '/:lang/organizations/:name/inventory/import',
    allow: keepersOfA,
    request: (fx) => ({ url: `/fr/organizations/${fx.orgA.name}/inventory/import`, multipart: csv() }),
  },
  {
    method: 'POST',
    route: '/:lang/inventory/:id/edit',
    allow: keepersOfA,
    request: async (fx) => ({ url: `/fr/inventory/${await newItemOfA(fx)}/edit`, form }),
  },
  {
    method: 'POST',
    route: '/:lang/inventory/:id/publish',
    allow: keepersOfA,
    request: async (fx) => ({
      url: `/fr/inventory/${await newItemOfA(fx)}/publish`,
      form: { dataset: (await newDatasetOfA(fx)).name },
    }),
  },
  {
    method: 'POST',
    route: '/:lang/inventory/:id/archive',
    allow: keepersOfA,
    request: async (fx) => ({ url: `/fr/inventory/${await newItemOfA(fx)}/archive`, form: {} }),
  },
  {
    method: 'POST',
    route: '/:lang/requests/:id/inventory-item',
    allow: keepersOfA,
    request: async (fx) => ({ url: `/fr/requests/${await newRequestOfA(fx)}/inventory-item`, form }),
  },
];
