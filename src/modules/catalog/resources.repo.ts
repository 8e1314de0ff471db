// All SQL of resources. Positions are 0, 1, 2… within a dataset.
import type { Selectable } from 'kysely';
import type { ResourcesTable } from '../../db/tables/catalog.ts';
import type { Executor } from '../../db/types.ts';

export type ResourceRow = Selectable<ResourcesTable>;

export function listResources(db: Executor, datasetId: string): Promise<ResourceRow[]> {
  return db
    .selectFrom('resources')
    .selectAll()
    .where('dataset_id', '=', datasetId)
    .orderBy('position')
    .orderBy('created_at')
    .execute();
}

export async function resourcesOf(db: Executor, datasetIds: readonly string[]) {
  const out = new Map<string, ResourceRow[]>();
  if (!datasetIds.length) return out;
  const rows = await db
    .selectFrom('resources')
    .selectAll()
    .where('dataset_id', 'in', datasetIds)
    .orderBy('dataset_id')
    .orderBy('position')
    .orderBy('created_at')
    .execute();
  for (const r of rows) out.set(r.dataset_id, [...(out.get(r.dataset_id) ?? []), r]);
  return out;
}

/**
 * The resources of the datasets `datasetIds` that have an active DataStore table: the registry table of the
 * datastore module is read as a table (as the search indexer does for the `queryable` facet), the catalogue
 * does not import that module.
 */
export async function queryableResources(db: Executor, datasetIds: readonly string[]): Promise<Set<string>> {
  if (!datasetIds.length) return new Set();
  const rows = await db
    .selectFrom('resources')
    .innerJoin('datastore_tables', 'datastore_tables.resource_id', 'resources.id')
    .select('resources.id')
    .where('datastore_tables.active', '=', 1)
    .where('resources.dataset_id', 'in', datasetIds)
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** The dataset id of resource `id` (CKAN's resource actions name a resource by its id alone). */
export async function datasetIdOf(db: Executor, id: string): Promise<string | undefined> {
  const row = await db.selectFrom('resources').select('dataset_id').where('id', '=', id).executeTakeFirst();
  return row?.dataset_id;
}

export function findResource(db: Executor, datasetId: string, id: string) {
  return db
    .selectFrom('resources')
    .selectAll()
    .where('dataset_id', '=', datasetId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function nextPosition(db: Executor, datasetId: string): Promise<number> {
  const r = await db
    .selectFrom('resources')
    .select((eb) => eb.fn.max('position').as('max'))
    .where('dataset_id', '=', datasetId)
    .executeTakeFirst();
  return r?.max === null || r?.max === undefined ? 0 : Number(r.max) + 1;
}

export function insertResource(db: Executor, row: ResourceRow): Promise<ResourceRow> {
  return db.insertInto('resources').values(row).returningAll().executeTakeFirstOrThrow();
}

export function updateResource(
  db: Executor,
  id: string,
  patch: Partial<Omit<ResourceRow, 'id' | 'dataset_id' | 'created_at'>>,
): Promise<ResourceRow> {
  return db.updateTable('resources').set(patch).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export async function deleteResource(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('resources').where('id', '=', id).execute();
}

/** Gives the resources the positions of their order in `ids` (0, 1, 2…). */
export async function setPositions(db: Executor, datasetId: string, ids: readonly string[]): Promise<void> {
  for (const [position, id] of ids.entries())
    await db
      .updateTable('resources')
      .set({ position })
      .where('dataset_id', '=', datasetId)
      .where('id', '=', id)
      .execute();
}

/** One more download of the resource and of its dataset (counted in SQL: concurrent downloads add up). */
export async function countDownload(db: Executor, datasetId: string, resourceId: string): Promise<void> {
  await db
    .updateTable('resources')
    .set((eb) => ({ download_count: eb('download_count', '+', 1) }))
    .where('id', '=', resourceId)
    .execute();
  await db
    .updateTable('datasets')
    .set((eb) => ({ download_count: eb('download_count', '+', 1) }))
    .where('id', '=', datasetId)
    .execute();
}
