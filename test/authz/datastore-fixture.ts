// DataStore tables for the authorization matrix: a fresh resource of organisation A, and an API table on one.
import { dataStoreFor } from '../../src/modules/datastore/store.ts';
import { newDatasetOfA, newResource } from './catalog-fixture.ts';
import type { Fixture, Role } from './matrix.ts';

/** Editors and admins of organisation A, and sysadmins. */
export const publishersOfA: readonly Role[] = ['editor', 'admin', 'sysadmin'];

export async function resourceOfA(fx: Fixture): Promise<string> {
  return newResource(fx, (await newDatasetOfA(fx)).id);
}

/** A table pushed through the API (primary key `code`) on a fresh resource of A. */
export async function apiTableOfA(fx: Fixture): Promise<string> {
  const resourceId = await resourceOfA(fx);
  await dataStoreFor(fx.db).createTable({
    resourceId,
    origin: 'api',
    schema: {
      fields: [
        { name: 'code', type: 'string' },
        { name: 'n', type: 'integer' },
      ],
      primaryKey: ['code'],
    },
  });
  return resourceId;
}

/** Valid bodies of the DataStore write actions (CKAN and REST alike). */
export const datastoreBodies = {
  create: async (fx: Fixture) => ({
    resource_id: await resourceOfA(fx),
    fields: [{ id: 'code' }, { id: 'n', type: 'int' }],
    records: [{ code: 'a', n: 1 }],
  }),
  upsert: async (fx: Fixture) => ({ resource_id: await apiTableOfA(fx), records: [{ code: 'a', n: 2 }] }),
  delete: async (fx: Fixture) => ({ resource_id: await apiTableOfA(fx), filters: { code: 'a' } }),
};
