import { newDatasetOfA, newResource } from '../catalog-fixture.ts';
import type { MatrixEntry, Role } from '../matrix.ts';

/** Editors and admins of organisation A (the datasets' organisation), and sysadmins. */
const publishersOfA: readonly Role[] = ['editor', 'admin', 'sysadmin'];

export const entries: MatrixEntry[] = [
  {
    method: 'POST',
    route: '/:lang/manage/datasets/new',
    allow: publishersOfA,
    request: (fx) => ({
      url: '/fr/manage/datasets/new',
      form: {
        name: fx.unique('ds'),
        organization: fx.orgA.name,
        'title.fr': 'Jeu de données',
        license_id: 'CC-BY-4.0',
      },
    }),
  },
  {
    method: 'POST',
    route: '/:lang/manage/datasets/:name',
    allow: publishersOfA,
    request: async (fx) => ({
      url: `/fr/manage/datasets/${(await newDatasetOfA(fx)).name}`,
      form: {
        organization: fx.orgA.name,
        'title.fr': 'Titre modifié',
        license_id: 'ODbL-1.0',
        frequency: 'ANNUAL',
      },
    }),
  },
  {
    method: 'POST',
    route: '/:lang/manage/datasets/:name/delete',
    allow: publishersOfA,
    request: async (fx) => ({
      url: `/fr/manage/datasets/${(await newDatasetOfA(fx)).name}/delete`,
      form: {},
    }),
  },
  {
    method: 'POST',
    route: '/:lang/manage/datasets/:name/resources/new',
    allow: publishersOfA,
    request: async (fx) => ({
      url: `/fr/manage/datasets/${(await newDatasetOfA(fx)).name}/resources/new`,
      form: { url: 'https://example.ma/budget.csv', 'title.fr': 'Budget', kind: 'data' },
    }),
  },
  {
    method: 'POST',
    route: '/:lang/manage/datasets/:name/resources/upload',
    allow: publishersOfA,
    request: async (fx) => ({
      url: `/fr/manage/datasets/${(await newDatasetOfA(fx)).name}/resources/upload`,
      multipart: {
        field: 'file',
        filename: 'budget.csv',
        content: Buffer.from('region;montant\nRabat;12,5\n'),
        contentType: 'text/csv',
        fields: { 'title.fr': 'Budget' },
      },
    }),
  },
  {
    method: 'POST',
    route: '/:lang/manage/datasets/:name/resources/:id',
    allow: publishersOfA,
    request: async (fx) => {
      const ds = await newDatasetOfA(fx);
      return {
        url: `/fr/manage/datasets/${ds.name}/resources/${await newResource(fx, ds.id)}`,
        form: { url: 'https://example.ma/budget-2025.csv', 'title.fr': 'Budget 2025', kind: 'data' },
      };
    },
  },
  {
    method: 'POST',
    route: '/:lang/manage/datasets/:name/resources/:id/delete',
    allow: publishersOfA,
    request: async (fx) => {
      const ds = await newDatasetOfA(fx);
      return {
        url: `/fr/manage/datasets/${ds.name}/resources/${await newResource(fx, ds.id)}/delete`,
        form: {},
      };
    },
  },
  {
    method: 'POST',
    route: '/:lang/manage/datasets/:name/resources/:id/file',
    allow: publishersOfA,
    request: async (fx) => {
      const ds = await newDatasetOfA(fx);
      return {
        url: `/fr/manage/datasets/${ds.name}/resources/${await newResource(fx, ds.id)}/file`,
        multipart: {
          field: 'file',
          filename: 'budget.csv',
          content: Buffer.from('region;montant\nRabat;12,5\n'),
          contentType: 'text/csv',
        },
      };
    },
  },
  {
    method: 'POST',
    route: '/:lang/manage/datasets/:name/resources/order',
    allow: publishersOfA,
    request: async (fx) => {
      const ds = await newDatasetOfA(fx);
      const only = await newResource(fx, ds.id, 0);
      // One resource: the form is valid whoever sends it; the service authorizes before anything else.
      return {
        url: `/fr/manage/datasets/${ds.name}/resources/order`,
        form: { order: only, move: `${only}:up` },
      };
    },
  },
  {
    method: 'POST',
    route: '/:lang/manage/datasets/bulk',
    allow: publishersOfA,
    request: async (fx) => ({
      url: '/fr/manage/datasets/bulk',
      form: { ids: (await newDatasetOfA(fx)).id, action: 'private' },
    }),
  },
];
