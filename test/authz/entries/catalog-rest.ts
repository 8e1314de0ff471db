import { newDatasetOfA, newResource, newTheme } from '../catalog-fixture.ts';
import { type MatrixEntry, type Role, sysadminOnly } from '../matrix.ts';

/** Editors and admins of organisation A (the datasets' organisation), and sysadmins. */
const publishersOfA: readonly Role[] = ['editor', 'admin', 'sysadmin'];

export const entries: MatrixEntry[] = [
  {
    method: 'POST',
    route: '/api/v1/datasets',
    allow: publishersOfA,
    request: (fx) => ({
      url: '/api/v1/datasets',
      json: { name: fx.unique('ds'), organization: fx.orgA.name, title: { fr: 'Jeu de données' } },
    }),
  },
  {
    method: 'PUT',
    route: '/api/v1/datasets/:name',
    allow: publishersOfA,
    request: async (fx) => ({
      url: `/api/v1/datasets/${(await newDatasetOfA(fx)).name}`,
      json: { title: { en: 'Dataset' }, license_id: 'ODbL-1.0', tags: ['budget'] },
    }),
  },
  {
    method: 'PATCH',
    route: '/api/v1/datasets/:name',
    allow: publishersOfA,
    request: async (fx) => ({
      url: `/api/v1/datasets/${(await newDatasetOfA(fx)).name}`,
      json: { frequency: 'MONTHLY' },
    }),
  },
  {
    method: 'DELETE',
    route: '/api/v1/datasets/:name',
    allow: publishersOfA,
    request: async (fx) => ({ url: `/api/v1/datasets/${(await newDatasetOfA(fx)).name}` }),
  },
  {
    method: 'POST',
    route: '/api/v1/datasets/bulk',
    allow: publishersOfA,
    request: async (fx) => ({
      url: '/api/v1/datasets/bulk',
      json: { ids: [(await newDatasetOfA(fx)).name, (await newDatasetOfA(fx)).id], action: 'private' },
    }),
  },
  {
    method: 'POST',
    route: '/api/v1/datasets/:name/resources',
    allow: publishersOfA,
    request: async (fx) => ({
      url: `/api/v1/datasets/${(await newDatasetOfA(fx)).name}/resources`,
      json: { url: 'https://example.ma/budget.csv', title: { fr: 'Budget' } },
    }),
  },
  {
    method: 'PUT',
    route: '/api/v1/datasets/:name/resources/order',
    allow: publishersOfA,
    request: async (fx) => {
      const ds = await newDatasetOfA(fx);
      const first = await newResource(fx, ds.id, 0);
      const second = await newResource(fx, ds.id, 1);
      return { url: `/api/v1/datasets/${ds.name}/resources/order`, json: { order: [second, first] } };
    },
  },
  {
    method: 'PATCH',
    route: '/api/v1/datasets/:name/resources/:id',
    allow: publishersOfA,
    request: async (fx) => {
      const ds = await newDatasetOfA(fx);
      return {
        url: `/api/v1/datasets/${ds.name}/resources/${await newResource(fx, ds.id)}`,
        json: { kind: 'documentation' },
      };
    },
  },
  {
    method: 'DELETE',
    route: '/api/v1/datasets/:name/resources/:id',
    allow: publishersOfA,
    request: async (fx) => {
      const ds = await newDatasetOfA(fx);
      return { url: `/api/v1/datasets/${ds.name}/resources/${await newResource(fx, ds.id)}` };
    },
  },
  {
    method: 'POST',
    route: '/api/v1/themes',
    allow: sysadminOnly,
    request: (fx) => ({ url: '/api/v1/themes', json: { name: fx.unique('theme'), title: { fr: 'Thème' } } }),
  },
  {
    method: 'PATCH',
    route: '/api/v1/themes/:name',
    allow: sysadminOnly,
    request: async (fx) => ({
      url: `/api/v1/themes/${(await newTheme(fx)).name}`,
      json: { title: { ar: 'موضوع' }, position: 3, eu_theme: 'ECON' },
    }),
  },
  {
    method: 'DELETE',
    route: '/api/v1/themes/:name',
    allow: sysadminOnly,
    request: async (fx) => ({ url: `/api/v1/themes/${(await newTheme(fx)).name}` }),
  },
  // The theme administration forms (same service).
  {
    method: 'POST',
    route: '/:lang/admin/themes/new',
    allow: sysadminOnly,
    request: (fx) => ({
      url: '/fr/admin/themes/new',
      form: { name: fx.unique('theme'), 'title.fr': 'Thème', position: '1', eu_theme: 'ECON' },
    }),
  },
  {
    method: 'POST',
    route: '/:lang/admin/themes/:name',
    allow: sysadminOnly,
    request: async (fx) => {
      const theme = await newTheme(fx);
      return {
        url: `/fr/admin/themes/${theme.name}`,
        form: { name: theme.name, 'title.fr': 'Thème', position: '2', eu_theme: 'SOCI' },
      };
    },
  },
  {
    method: 'POST',
    route: '/:lang/admin/themes/:name/delete',
    allow: sysadminOnly,
    request: async (fx) => ({ url: `/fr/admin/themes/${(await newTheme(fx)).name}/delete`, form: {} }),
  },
];
