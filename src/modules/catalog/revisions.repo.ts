// All SQL of revisions (the catalogue's history). Append-only: no update or delete statement.
import type { Selectable } from 'kysely';
import type { RevisionsTable } from '../../db/tables/catalog.ts';
import type { Executor } from '../../db/types.ts';
import { type DatasetScope, scopeCondition } from './scope.ts';

export type RevisionRow = Selectable<RevisionsTable>;

export async function insertRevision(db: Executor, row: RevisionRow): Promise<void> {
  await db.insertInto('revisions').values(row).execute();
}

export interface RevisionFilter {
  datasetId?: string;
  organizationId?: string;
  actorId?: string;
  limit: number;
  offset: number;
}

/** Newest first. Changes of datasets outside the reader's scope are left out (theme changes are public). */
export async function listRevisions(db: Executor, f: RevisionFilter, scope: DatasetScope) {
  let q = db.selectFrom('revisions');
  if (f.datasetId) q = q.where('revisions.dataset_id', '=', f.datasetId);
  if (f.organizationId) q = q.where('revisions.organization_id', '=', f.organizationId);
  if (f.actorId) q = q.where('revisions.actor_id', '=', f.actorId);
  if (!scope.all)
    q = q.where((eb) =>
      eb.or([
        eb('revisions.dataset_id', 'is', null),
        eb.exists(
          eb
            .selectFrom('datasets')
            .select('datasets.id')
            .whereRef('datasets.id', '=', 'revisions.dataset_id')
            .where((e) => scopeCondition(e, scope)!),
        ),
      ]),
    );
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .selectAll('revisions')
    .orderBy('revisions.at', 'desc')
    .orderBy('revisions.id', 'desc')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { total: Number(total.n), rows };
}
