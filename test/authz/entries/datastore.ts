// DataStore: the data dictionary and loading a file again (REST and the dictionary form).
import { dataStoreFor } from '../../../src/modules/datastore/index.ts';
import { newDatasetOfA, newResource } from '../catalog-fixture.ts';
import type { Fixture, MatrixEntry, Role } from '../matrix.ts';

/** Editors and admins of organisation A (the datasets' organisation), and sysadmins. */
const publishersOfA: readonly Role[] = ['editor', 'admin', 'sysadmin'];

/** A dataset of A with a CSV resource (a stored file) that has an active DataStore table. */
async function tableOfA(fx: Fixture): Promise<{ name: string; id: string }> {
  const ds = await newDatasetOfA(fx);
  const id = await newResource(fx, ds.id);
  await fx.db.db
    .updateTable('resources')
    .set({ storage_key: `resources/${ds.id}/${id}/data.csv`, url: null })
    .where('id', '=', id)
    .execute();
  await dataStoreFor(fx.db).replaceTable(
    { resourceId: id, origin: 'ingest', schema: { fields: [{ name: 'year', type: 'integer' }] } },
    (b) => b.write([[2024]]),
  );
  return { name: ds.name, id };
}

export const entries: MatrixEntry[] = [
  {
    method: 'PUT',
    route: '/api/v1/datasets/:name/resources/:id/datastore/dictionary',
    allow: publishersOfA,
    request: async (fx) => {
      const t = await tableOfA(fx);
      return {
        url: `/api/v1/datasets/${t.name}/resources/${t.id}/datastore/dictionary`,
        json: { fields: [{ name: 'year', titles: { fr: 'Année' } }] },
      };
    },
  },
  {
    method: 'POST',
    route: '/api/v1/datasets/:name/resources/:id/datastore/ingest',
    allow: publishersOfA,
    request: async (fx) => {
      const t = await tableOfA(fx);
      return { url: `/api/v1/datasets/${t.name}/resources/${t.id}/datastore/ingest`, json: {} };
    },
  },
  {
    method: 'POST',
    route: '/:lang/manage/datasets/:name/resources/:id/dictionary',
    allow: publishersOfA,
    request: async (fx) => {
      const t = await tableOfA(fx);
      return {
        url: `/en/manage/datasets/${t.name}/resources/${t.id}/dictionary`,
        form: { 'type.0': 'integer', 'title_fr.0': 'Année' },
      };
    },
  },
  {
    method: 'POST',
    route: '/:lang/manage/datasets/:name/resources/:id/ingest',
    allow: publishersOfA,
    request: async (fx) => {
      const t = await tableOfA(fx);
      return { url: `/en/manage/datasets/${t.name}/resources/${t.id}/ingest`, form: {} };
    },
  },
];
