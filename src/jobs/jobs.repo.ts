// All SQL of the job queue.
import { type Selectable, sql } from 'kysely';
import type { JobsTable } from '../db/tables/jobs.ts';
import type { Db, Dialect, Executor } from '../db/types.ts';
import { newId, nowIso } from '../kernel/ids.ts';

export type JobRow = Selectable<JobsTable>;

export interface NewJob {
  kind: string;
  payload: unknown;
  maxAttempts: number;
  runAt?: string;
  priority?: number;
  dedupeKey?: string | null;
}

export async function insertJob(db: Executor, job: NewJob): Promise<JobRow> {
  const now = nowIso();
  if (job.dedupeKey) {
    const pending = await db
      .selectFrom('jobs')
      .selectAll()
      .where('dedupe_key', '=', job.dedupeKey)
      .where('status', '=', 'queued')
      .executeTakeFirst();
    if (pending) return pending;
  }
  return db
    .insertInto('jobs')
    .values({
      id: newId(),
      kind: job.kind,
      payload: JSON.stringify(job.payload ?? {}),
      status: 'queued',
      priority: job.priority ?? 0,
      max_attempts: job.maxAttempts,
      run_at: job.runAt ?? now,
      dedupe_key: job.dedupeKey ?? null,
      locked_by: null,
      locked_at: null,
      heartbeat_at: null,
      progress_total: null,
      progress_note: null,
      last_error: null,
      result: null,
      created_at: now,
      updated_at: now,
      finished_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * Atomically takes the next due job for `workerId`. One statement on both databases; on PostgreSQL the
 * inner SELECT locks the row with SKIP LOCKED so concurrent workers never take the same job.
 */
export async function claimNextJob(db: Db, dialect: Dialect, workerId: string, kinds: string[]) {
  if (kinds.length === 0) return undefined;
  const now = nowIso();
  let next = db
    .selectFrom('jobs')
    .select('id')
    .where('status', '=', 'queued')
    .where('run_at', '<=', now)
    .where('kind', 'in', kinds)
    .orderBy('priority', 'desc')
    .orderBy('run_at')
    .limit(1);
  if (dialect === 'postgres') next = next.forUpdate().skipLocked();
  return (
    db
      .updateTable('jobs')
      .set((eb) => ({
        status: 'running',
        locked_by: workerId,
        locked_at: now,
        heartbeat_at: now,
        updated_at: now,
        attempts: eb('attempts', '+', 1),
      }))
      // `=` (a scalar subquery, evaluated once) and not `in`: PostgreSQL may re-run an IN subquery per row,
      // and LIMIT 1 … SKIP LOCKED would then match several rows.
      .where('id', '=', next)
      .where('status', '=', 'queued')
      .returningAll()
      .executeTakeFirst()
  );
}

export async function heartbeat(db: Db, id: string, workerId: string): Promise<boolean> {
  const now = nowIso();
  const r = await db
    .updateTable('jobs')
    .set({ heartbeat_at: now, updated_at: now })
    .where('id', '=', id)
    .where('locked_by', '=', workerId)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function setProgress(
  db: Db,
  id: string,
  workerId: string,
  done: number,
  total: number | null,
  note: string | null,
) {
  await db
    .updateTable('jobs')
    .set({ progress_done: done, progress_total: total, progress_note: note, updated_at: nowIso() })
    .where('id', '=', id)
    .where('locked_by', '=', workerId)
    .execute();
}

export async function completeJob(db: Db, id: string, workerId: string, result: unknown): Promise<boolean> {
  const now = nowIso();
  const r = await db
    .updateTable('jobs')
    .set({
      status: 'done',
      result: result === undefined ? null : JSON.stringify(result),
      locked_by: null,
      finished_at: now,
      updated_at: now,
      last_error: null,
    })
    .where('id', '=', id)
    .where('locked_by', '=', workerId)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** A failed attempt: queued again at `retryAt`, or dead when attempts are used up (or `retryAt` is null). */
export async function failJob(db: Db, id: string, workerId: string, error: string, retryAt: string | null) {
  const now = nowIso();
  await db
    .updateTable('jobs')
    .set(
      retryAt
        ? { status: 'queued', run_at: retryAt, locked_by: null, last_error: error, updated_at: now }
        : { status: 'dead', locked_by: null, last_error: error, updated_at: now, finished_at: now },
    )
    .where('id', '=', id)
    .where('locked_by', '=', workerId)
    .where('status', '=', 'running')
    .execute();
}

/** Gives back the jobs a stopping worker could not finish, without counting the attempt. */
export async function releaseJobs(db: Db, workerId: string): Promise<number> {
  const r = await db
    .updateTable('jobs')
    .set((eb) => ({
      status: 'queued',
      locked_by: null,
      attempts: eb('attempts', '-', 1),
      updated_at: nowIso(),
    }))
    .where('locked_by', '=', workerId)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Running jobs whose worker stopped sending heartbeats (it crashed): queued again, or dead if out of attempts. */
export async function reapExpiredJobs(db: Db, leaseMs: number): Promise<number> {
  const now = nowIso();
  const expiredBefore = new Date(Date.now() - leaseMs).toISOString();
  const r = await db
    .updateTable('jobs')
    .set({
      status: sql`case when attempts >= max_attempts then 'dead' else 'queued' end`,
      finished_at: sql`case when attempts >= max_attempts then ${now} else null end`,
      locked_by: null,
      last_error: 'worker lost: lease expired',
      run_at: now,
      updated_at: now,
    })
    .where('status', '=', 'running')
    .where('heartbeat_at', '<', expiredBefore)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function findJob(db: Executor, id: string) {
  return db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface JobFilter {
  status?: JobsTable['status'];
  kind?: string;
  limit?: number;
}

export async function listJobs(db: Executor, filter: JobFilter = {}) {
  let q = db.selectFrom('jobs').selectAll();
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.kind) q = q.where('kind', '=', filter.kind);
  return q
    .orderBy('created_at', 'desc')
    .limit(filter.limit ?? 50)
    .execute();
}

export async function countJobsByStatus(db: Executor): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('jobs')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

/** A dead job back to the queue, with fresh attempts. */
export async function requeueDeadJob(db: Executor, id: string): Promise<boolean> {
  const now = nowIso();
  const r = await db
    .updateTable('jobs')
    .set({ status: 'queued', attempts: 0, run_at: now, finished_at: null, updated_at: now })
    .where('id', '=', id)
    .where('status', '=', 'dead')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
