// SQL of harvesting: sources, runs and the reconciliation of remote records with local datasets.
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { HarvestObjectsTable, HarvestRunsTable, HarvestSourcesTable } from '../../db/tables/harvest.ts';
import type { Executor } from '../../db/types.ts';

export type SourceRow = Selectable<HarvestSourcesTable> & { org_name: string; org_title: string };
export type RunRow = Selectable<HarvestRunsTable>;
export type ObjectRow = Selectable<HarvestObjectsTable>;

const sources = (db: Executor) =>
  db
    .selectFrom('harvest_sources as s')
    .innerJoin('organizations as o', 'o.id', 's.organization_id')
    .selectAll('s')
    .select(['o.name as org_name', 'o.title as org_title']);

export async function insertSource(db: Executor, row: Insertable<HarvestSourcesTable>) {
  await db.insertInto('harvest_sources').values(row).execute();
}

export async function updateSource(db: Executor, id: string, patch: Updateable<HarvestSourcesTable>) {
  await db.updateTable('harvest_sources').set(patch).where('id', '=', id).execute();
}

export async function deleteSource(db: Executor, id: string) {
  await db.deleteFrom('harvest_sources').where('id', '=', id).execute();
}

export function findSource(db: Executor, id: string): Promise<SourceRow | undefined> {
  return sources(db).where('s.id', '=', id).executeTakeFirst();
}

/** Sources of these organisations (null: every source), newest first. */
export function listSources(db: Executor, orgIds: string[] | null): Promise<SourceRow[]> {
  let q = sources(db);
  if (orgIds) q = orgIds.length ? q.where('s.organization_id', 'in', orgIds) : q.where(() => false as never);
  return q.orderBy('s.created_at', 'desc').orderBy('s.id').execute();
}

/** Active scheduled sources whose next run is due. */
export function dueSources(db: Executor, now: string) {
  return db
    .selectFrom('harvest_sources')
    .select(['id', 'schedule', 'next_run_at'])
    .where('active', '=', 1)
    .where('schedule', '!=', 'manual')
    .where('next_run_at', '<=', now)
    .execute();
}

/** Moves a source's next run from `seen` to `next`; false when another worker did it first. */
export async function claimSlot(db: Executor, id: string, seen: string, next: string): Promise<boolean> {
  const res = await db
    .updateTable('harvest_sources')
    .set({ next_run_at: next })
    .where('id', '=', id)
    .where('next_run_at', '=', seen)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function insertRun(db: Executor, row: Insertable<HarvestRunsTable>) {
  await db.insertInto('harvest_runs').values(row).execute();
}

export async function updateRun(db: Executor, id: string, patch: Updateable<HarvestRunsTable>) {
  await db.updateTable('harvest_runs').set(patch).where('id', '=', id).execute();
}

export function findRun(db: Executor, id: string): Promise<RunRow | undefined> {
  return db.selectFrom('harvest_runs').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listRuns(db: Executor, sourceId: string, limit: number): Promise<RunRow[]> {
  return db
    .selectFrom('harvest_runs')
    .selectAll()
    .where('source_id', '=', sourceId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** A run of this source that is queued or running (at most one at a time). */
export function activeRun(db: Executor, sourceId: string): Promise<RunRow | undefined> {
  return db
    .selectFrom('harvest_runs')
    .selectAll()
    .where('source_id', '=', sourceId)
    .where('status', 'in', ['queued', 'running'])
    .executeTakeFirst();
}

export async function objectsOf(db: Executor, sourceId: string): Promise<Map<string, ObjectRow>> {
  const rows = await db.selectFrom('harvest_objects').selectAll().where('source_id', '=', sourceId).execute();
  return new Map(rows.map((r) => [r.remote_id, r]));
}

export async function upsertObject(db: Executor, row: ObjectRow) {
  await db
    .insertInto('harvest_objects')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['source_id', 'remote_id']).doUpdateSet({
        dataset_id: row.dataset_id,
        content_hash: row.content_hash,
        remote_modified: row.remote_modified,
        remote_url: row.remote_url,
        harvested_at: row.harvested_at,
      }),
    )
    .execute();
}

/** How many datasets each source keeps locally. */
export async function datasetCounts(db: Executor, sourceIds: string[]): Promise<Map<string, number>> {
  if (!sourceIds.length) return new Map();
  const rows = await db
    .selectFrom('harvest_objects')
    .select(['source_id', db.fn.countAll<number>().as('n')])
    .where('source_id', 'in', sourceIds)
    .where('content_hash', '!=', '')
    .groupBy('source_id')
    .execute();
  return new Map(rows.map((r) => [r.source_id, Number(r.n)]));
}

/** Marks a queued (or given-back running) run as running; false when it was cancelled or has finished. */
export async function startRunning(db: Executor, id: string): Promise<boolean> {
  const res = await db
    .updateTable('harvest_runs')
    .set({ status: 'running', started_at: new Date().toISOString() })
    .where('id', '=', id)
    .where('status', 'in', ['queued', 'running'])
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** When someone asked to cancel the run (null: nobody). */
export async function cancelRequested(db: Executor, id: string): Promise<string | null> {
  const row = await db
    .selectFrom('harvest_runs')
    .select('cancel_requested_at')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.cancel_requested_at ?? null;
}

/**
 * Runs still queued or running whose job is over (dead: its worker died and the lease expired, harvest runs
 * have one attempt; done: it ended without finishing the run) or gone: marked failed as interrupted, with the
 * counts they had, so the source is not stuck. Returns how many.
 */
export async function failInterruptedRuns(db: Executor, now: string): Promise<number> {
  const stuck = await db
    .selectFrom('harvest_runs as r')
    .leftJoin('jobs as j', 'j.id', 'r.job_id')
    .select(['r.id', 'r.source_id'])
    .where('r.status', 'in', ['queued', 'running'])
    .where((eb) => eb.or([eb('j.id', 'is', null), eb('j.status', 'in', ['dead', 'done'])]))
    .execute();
  let n = 0;
  for (const run of stuck) {
    const res = await db
      .updateTable('harvest_runs')
      .set({
        status: 'failed',
        error: JSON.stringify({ code: 'harvest.interrupted', params: {} }),
        finished_at: now,
      })
      .where('id', '=', run.id)
      .where('status', 'in', ['queued', 'running'])
      .executeTakeFirst();
    n += Number(res.numUpdatedRows);
  }
  return n;
}
