// Resource file uploads: a new file resource, and a new file for an existing resource.
import { newDatasetOfA, newResource } from '../catalog-fixture.ts';
import type { MatrixEntry, MatrixRequest, Role } from '../matrix.ts';

/** Editors and admins of organisation A (the datasets' organisation), and sysadmins. */
const publishersOfA: readonly Role[] = ['editor', 'admin', 'sysadmin'];

const csv = (): MatrixRequest['multipart'] => ({
  field: 'file',
  filename: 'budget.csv',
  content: Buffer.from('year,amount\n2024,100\n2025,120\n'),
  contentType: 'text/csv',
  fields: { 'title.fr': 'Budget' },
});

export const entries: MatrixEntry[] = [
  {
    method: 'POST',
    route: '/api/v1/datasets/:name/resources/upload',
    allow: publishersOfA,
    request: async (fx) => ({
      url: `/api/v1/datasets/${(await newDatasetOfA(fx)).name}/resources/upload`,
      multipart: csv(),
    }),
  },
  {
    method: 'PUT',
    route: '/api/v1/datasets/:name/resources/:id/file',
    allow: publishersOfA,
    request: async (fx) => {
      const ds = await newDatasetOfA(fx);
      const id = await newResource(fx, ds.id);
      return { url: `/api/v1/datasets/${ds.name}/resources/${id}/file`, multipart: csv() };
    },
  },
];
