import { newDatasetOfA } from '../catalog-fixture.ts';
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
];
