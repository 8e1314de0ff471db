// All SQL of action plans: plans, commitments, activities, their weight history and progress reports.
import type { Insertable, Selectable, Updateable } from 'kysely';
import type {
  ActivitiesTable,
  ActivityWeightsTable,
  CommitmentsTable,
  PlansTable,
  ProgressReportsTable,
} from '../../db/tables/plans.ts';
import type { Executor } from '../../db/types.ts';
import { newId } from '../../kernel/ids.ts';

export type PlanRow = Selectable<PlansTable>;
export type CommitmentRow = Selectable<CommitmentsTable>;
export type ActivityRow = Selectable<ActivitiesTable>;
export type WeightRow = Selectable<ActivityWeightsTable>;
export type ReportRow = Selectable<ProgressReportsTable>;

// ---- plans ----

export function findPlan(db: Executor, slug: string) {
  return db.selectFrom('plans').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function slugTaken(db: Executor, slug: string, exceptId?: string): Promise<boolean> {
  let q = db.selectFrom('plans').select('id').where('slug', '=', slug);
  if (exceptId) q = q.where('id', '<>', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

/** Plans by period (newest first); only published ones unless `all`. */
export function listPlans(db: Executor, opts: { all: boolean }) {
  let q = db.selectFrom('plans').selectAll();
  if (!opts.all) q = q.where('published', '=', 1);
  return q.orderBy('period_start', 'desc').orderBy('slug').execute();
}

export function insertPlan(db: Executor, row: Insertable<PlansTable>): Promise<PlanRow> {
  return db.insertInto('plans').values(row).returningAll().executeTakeFirstOrThrow();
}

export function updatePlan(db: Executor, id: string, patch: Updateable<PlansTable>): Promise<PlanRow> {
  return db.updateTable('plans').set(patch).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

// ---- commitments ----

export function findCommitment(db: Executor, planId: string, number: number) {
  return db
    .selectFrom('commitments')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('number', '=', number)
    .executeTakeFirst();
}

export function listCommitments(db: Executor, planId: string) {
  return db.selectFrom('commitments').selectAll().where('plan_id', '=', planId).orderBy('number').execute();
}

export function insertCommitment(db: Executor, row: Insertable<CommitmentsTable>): Promise<CommitmentRow> {
  return db.insertInto('commitments').values(row).returningAll().executeTakeFirstOrThrow();
}

export function updateCommitment(
  db: Executor,
  id: string,
  patch: Updateable<CommitmentsTable>,
): Promise<CommitmentRow> {
  return db
    .updateTable('commitments')
    .set(patch)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

// ---- activities and their history ----

export function findActivity(db: Executor, commitmentId: string, id: string) {
  return db
    .selectFrom('activities')
    .selectAll()
    .where('commitment_id', '=', commitmentId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Every activity of the commitments, removed ones included (past figures need them). */
export function listActivities(db: Executor, commitmentIds: readonly string[]): Promise<ActivityRow[]> {
  if (!commitmentIds.length) return Promise.resolve([]);
  return db
    .selectFrom('activities')
    .selectAll()
    .where('commitment_id', 'in', commitmentIds)
    .orderBy('position')
    .orderBy('created_at')
    .execute();
}

export function insertActivity(db: Executor, row: Insertable<ActivitiesTable>): Promise<ActivityRow> {
  return db.insertInto('activities').values(row).returningAll().executeTakeFirstOrThrow();
}

export function updateActivity(
  db: Executor,
  id: string,
  patch: Updateable<ActivitiesTable>,
): Promise<ActivityRow> {
  return db
    .updateTable('activities')
    .set(patch)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The highest position among the commitment's activities (-1 when none). */
export async function lastPosition(db: Executor, commitmentId: string): Promise<number> {
  const row = await db
    .selectFrom('activities')
    .select((eb) => eb.fn.max('position').as('p'))
    .where('commitment_id', '=', commitmentId)
    .executeTakeFirst();
  return row?.p === null || row?.p === undefined ? -1 : Number(row.p);
}

/** Records the weight in force from `effective_on` (a later change on the same day replaces it). */
/** Records an activity's weight from a day on (replacing one set the same day). */
export async function setWeight(
  db: Executor,
  activityId: string,
  weight: number,
  effectiveOn: string,
  now: string,
): Promise<void> {
  const row: Insertable<ActivityWeightsTable> = {
    id: newId(),
    activity_id: activityId,
    effective_on: effectiveOn,
    weight,
    created_at: now,
  };
  await db
    .deleteFrom('activity_weights')
    .where('activity_id', '=', row.activity_id)
    .where('effective_on', '=', row.effective_on)
    .execute();
  await db.insertInto('activity_weights').values(row).execute();
}

export function listWeights(db: Executor, activityIds: readonly string[]): Promise<WeightRow[]> {
  if (!activityIds.length) return Promise.resolve([]);
  return db
    .selectFrom('activity_weights')
    .selectAll()
    .where('activity_id', 'in', activityIds)
    .orderBy('effective_on')
    .execute();
}

export function insertReport(db: Executor, row: Insertable<ProgressReportsTable>): Promise<ReportRow> {
  return db.insertInto('progress_reports').values(row).returningAll().executeTakeFirstOrThrow();
}

export function listReports(db: Executor, activityIds: readonly string[]): Promise<ReportRow[]> {
  if (!activityIds.length) return Promise.resolve([]);
  return db
    .selectFrom('progress_reports')
    .selectAll()
    .where('activity_id', 'in', activityIds)
    .orderBy('reported_on')
    .orderBy('created_at')
    .execute();
}

/** The latest report of an activity (by date, then by filing time). */
export function latestReport(db: Executor, activityId: string) {
  return db
    .selectFrom('progress_reports')
    .selectAll()
    .where('activity_id', '=', activityId)
    .orderBy('reported_on', 'desc')
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}
