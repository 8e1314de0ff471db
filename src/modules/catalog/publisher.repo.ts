// SQL of the publisher back-office: the datasets of the organisations where the actor publishes, and the
// datasets named by a bulk action.
import type { DatasetState } from '../../db/tables/catalog.ts';
import type { Executor } from '../../db/types.ts';
import type { DatasetRow } from './datasets.repo.ts';

export interface ManagedFilter {
  /** Organisations whose datasets are listed; null: every organisation (sysadmins). */
  orgIds: readonly string[] | null;
  organizationId?: string;
  states: readonly DatasetState[];
  limit: number;
  offset: number;
}

/** Newest change first; every state and visibility of the given organisations. */
export async function listManagedDatasets(db: Executor, f: ManagedFilter) {
  if (f.orgIds && !f.orgIds.length) return { total: 0, rows: [] as DatasetRow[] };
  let q = db.selectFrom('datasets').where('datasets.state', 'in', f.states);
  if (f.orgIds) q = q.where('datasets.organization_id', 'in', f.orgIds);
  if (f.organizationId) q = q.where('datasets.organization_id', '=', f.organizationId);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .selectAll('datasets')
    .orderBy('datasets.updated_at', 'desc')
    .orderBy('datasets.id')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { total: Number(total.n), rows };
}

/** The datasets whose name or id is one of `keys` (in no particular order). */
export function findDatasetsByKeys(db: Executor, keys: readonly string[]): Promise<DatasetRow[]> {
  if (!keys.length) return Promise.resolve([]);
  return db
    .selectFrom('datasets')
    .selectAll()
    .where((eb) => eb.or([eb('name', 'in', keys), eb('id', 'in', keys)]))
    .execute();
}
