// Activities (milestones) of a commitment and their progress reports: the commitment's project lead(s) and plan
// managers add, change (weights too) and remove activities and file dated reports. Nothing is erased: weights
// keep their dated history, removed activities keep their row, reports are append-only.
import type { ServiceContext } from '../../context.ts';
import type { ActivityStatus } from '../../db/tables/plans.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId, nowIso } from '../../kernel/ids.ts';
import { Fields } from '../../kernel/validate.ts';
import { audit, authorize } from '../accounts/index.ts';
import { findCommitment } from './commitments.service.ts';
import { type Evidence, evidence, isoDate, numberIn, parseTranslated, today, translated } from './fields.ts';
import type { ActivityRow } from './plans.repo.ts';
import * as repo from './plans.repo.ts';
import { presentReport, type ReportView } from './present.ts';

type Input = Record<string, unknown>;
export const activityStatuses: readonly ActivityStatus[] = ['planned', 'in_progress', 'done', 'cancelled'];

export interface ActivityDetail {
  id: string;
  commitmentId: string;
  title: Record<string, string>;
  responsibleBody: Record<string, string>;
  plannedStart: string | null;
  plannedEnd: string | null;
  weight: number;
  status: ActivityStatus;
  completion: number;
  notes: Record<string, string>;
  evidence: Evidence[];
  position: number;
  createdOn: string;
  removedOn: string | null;
}

const present = (a: ActivityRow): ActivityDetail => ({
  id: a.id,
  commitmentId: a.commitment_id,
  title: parseTranslated(a.title),
  responsibleBody: parseTranslated(a.responsible_body),
  plannedStart: a.planned_start,
  plannedEnd: a.planned_end,
  weight: Number(a.weight),
  status: a.status,
  completion: Number(a.completion),
  notes: parseTranslated(a.notes),
  evidence: JSON.parse(a.evidence) as Evidence[],
  position: Number(a.position),
  createdOn: a.created_on,
  removedOn: a.removed_on,
});

/** A date not after today (a past date records facts entered late), or today when absent. */
function pastDate(f: Fields, name: string, value: unknown): string {
  const d = isoDate(f, name, value);
  if (d && d > today()) f.add(name, 'invalid_value');
  return d ?? today();
}

export function checkActivity(f: Fields, input: Input) {
  const plannedStart = isoDate(f, 'plannedStart', input.plannedStart);
  const plannedEnd = isoDate(f, 'plannedEnd', input.plannedEnd);
  if (plannedStart && plannedEnd && plannedEnd < plannedStart) f.add('plannedEnd', 'invalid_value');
  return {
    title: JSON.stringify(translated(f, 'title', input.title, { max: 500, required: true })),
    responsible_body: JSON.stringify(translated(f, 'responsibleBody', input.responsibleBody, { max: 500 })),
    planned_start: plannedStart,
    planned_end: plannedEnd,
    weight: numberIn(f, 'weight', input.weight, { min: 0, max: 1_000_000, fallback: 1 }),
    status: f.oneOf('status', input.status, activityStatuses, 'planned'),
    notes: JSON.stringify(translated(f, 'notes', input.notes, { max: 5000 })),
    evidence: JSON.stringify(evidence(f, 'evidence', input.evidence)),
  };
}

async function activityOf(ctx: ServiceContext, planKey: string, number: string | number, id: string) {
  const { plan, commitment } = await findCommitment(ctx, planKey, number);
  authorize(ctx.actor, 'activity:manage', { commitmentId: commitment.id });
  const activity = id ? await repo.findActivity(ctx.db.db, commitment.id, id) : undefined;
  if (!activity || activity.removed_on !== null) throw new AppError('plans.activity_not_found', { id });
  return { plan, commitment, activity };
}

/** An activity (not removed) of the commitment, for those who manage the commitment's activities. */
export async function getActivity(
  ctx: ServiceContext,
  planKey: string,
  number: string | number,
  id: string,
): Promise<ActivityDetail> {
  return present((await activityOf(ctx, planKey, number, id)).activity);
}

/** Adds an activity; `since` (default today) is the date from which it counts in the commitment's progress. */
export async function createActivity(
  ctx: ServiceContext,
  planKey: string,
  number: string | number,
  input: Input,
): Promise<ActivityDetail> {
  const { plan, commitment } = await findCommitment(ctx, planKey, number);
  authorize(ctx.actor, 'activity:manage', { commitmentId: commitment.id });
  const f = new Fields();
  const fields = checkActivity(f, input);
  const since = pastDate(f, 'since', input.since);
  const position =
    input.position === undefined
      ? null
      : numberIn(f, 'position', input.position, { min: 0, max: 100_000, integer: true });
  f.check();
  return ctx.db.db.transaction().execute(async (tx) => {
    const now = nowIso();
    const row = await repo.insertActivity(tx, {
      id: newId(),
      commitment_id: commitment.id,
      ...fields,
      completion: 0,
      position: position ?? (await repo.lastPosition(tx, commitment.id)) + 1,
      created_on: since,
      removed_on: null,
      created_at: now,
      updated_at: now,
    });
    await repo.setWeight(tx, row.id, fields.weight, since, now);
    await audit(
      ctx,
      tx,
      'activity.create',
      { type: 'activity', id: row.id },
      {
        plan: plan.slug,
        commitment: commitment.number,
        weight: fields.weight,
      },
    );
    return present(row);
  });
}

/** Changes only the keys given; a new weight takes effect today (earlier figures keep the earlier weight). */
export async function updateActivity(
  ctx: ServiceContext,
  planKey: string,
  number: string | number,
  id: string,
  input: Input,
): Promise<ActivityDetail> {
  const { plan, commitment, activity } = await activityOf(ctx, planKey, number, id);
  const current = present(activity);
  const f = new Fields();
  const fields = checkActivity(f, { ...current, ...input });
  const position =
    input.position === undefined
      ? current.position
      : numberIn(f, 'position', input.position, { min: 0, max: 100_000, integer: true });
  f.check();
  return ctx.db.db.transaction().execute(async (tx) => {
    const now = nowIso();
    const row = await repo.updateActivity(tx, activity.id, { ...fields, position, updated_at: now });
    if (fields.weight !== current.weight) await repo.setWeight(tx, row.id, fields.weight, today(), now);
    await audit(
      ctx,
      tx,
      'activity.update',
      { type: 'activity', id: row.id },
      {
        plan: plan.slug,
        commitment: commitment.number,
        changed: Object.keys(input),
        ...(fields.weight !== current.weight
          ? { weight: { before: current.weight, after: fields.weight } }
          : {}),
      },
    );
    return present(row);
  });
}

/** Removes an activity from today on: it no longer counts, but figures of earlier dates still include it. */
export async function removeActivity(
  ctx: ServiceContext,
  planKey: string,
  number: string | number,
  id: string,
): Promise<void> {
  const { plan, commitment, activity } = await activityOf(ctx, planKey, number, id);
  await ctx.db.db.transaction().execute(async (tx) => {
    await repo.updateActivity(tx, activity.id, { removed_on: today(), updated_at: nowIso() });
    await audit(
      ctx,
      tx,
      'activity.remove',
      { type: 'activity', id: activity.id },
      {
        plan: plan.slug,
        commitment: commitment.number,
      },
    );
  });
}

/**
 * Files a dated progress report on an activity (new completion, what was done, evidence, communication). The
 * activity's current completion becomes that of its latest report; every report stays in the history.
 */
export async function fileProgressReport(
  ctx: ServiceContext,
  planKey: string,
  number: string | number,
  id: string,
  input: Input,
): Promise<ReportView> {
  const { plan, commitment, activity } = await activityOf(ctx, planKey, number, id);
  authorize(ctx.actor, 'progress:report', { commitmentId: commitment.id });
  const f = new Fields();
  const completion = numberIn(f, 'completion', input.completion, { min: 0, max: 100, required: true });
  const reportedOn = pastDate(f, 'reportedOn', input.reportedOn);
  if (!f.has('reportedOn') && reportedOn < activity.created_on)
    f.add('reportedOn', 'too_small', { min: activity.created_on });
  const done = translated(f, 'done', input.done, { max: 5000 });
  const links = evidence(f, 'evidence', input.evidence);
  const communication = translated(f, 'communication', input.communication, { max: 5000 });
  f.check();
  return ctx.db.db.transaction().execute(async (tx) => {
    const now = nowIso();
    const row = await repo.insertReport(tx, {
      id: newId(),
      activity_id: activity.id,
      reported_on: reportedOn,
      completion,
      done: JSON.stringify(done),
      evidence: JSON.stringify(links),
      communication: JSON.stringify(communication),
      author_id: ctx.actor.userId,
      author_label: ctx.actor.name ?? ctx.actor.email ?? 'cli',
      created_at: now,
    });
    const latest = await repo.latestReport(tx, activity.id);
    const current = Number(latest?.completion ?? completion);
    const status: ActivityStatus =
      activity.status === 'cancelled'
        ? 'cancelled'
        : current >= 100
          ? 'done'
          : current > 0
            ? 'in_progress'
            : activity.status;
    await repo.updateActivity(tx, activity.id, { completion: current, status, updated_at: now });
    await audit(
      ctx,
      tx,
      'progress.report',
      { type: 'activity', id: activity.id },
      {
        plan: plan.slug,
        commitment: commitment.number,
        reportedOn,
        completion,
      },
    );
    return presentReport(row);
  });
}

/**
 * Sets the weights of several activities of a commitment at once ({activityId: weight}), in one transaction;
 * each new weight takes effect today. Errors name `weight.<activityId>`.
 */
export async function setActivityWeights(
  ctx: ServiceContext,
  planKey: string,
  number: string | number,
  weights: Record<string, unknown>,
): Promise<ActivityDetail[]> {
  const { plan, commitment } = await findCommitment(ctx, planKey, number);
  authorize(ctx.actor, 'activity:manage', { commitmentId: commitment.id });
  const current = (await repo.listActivities(ctx.db.db, [commitment.id])).filter(
    (a) => a.removed_on === null,
  );
  const f = new Fields();
  const changes: { row: ActivityRow; weight: number }[] = [];
  for (const [id, value] of Object.entries(weights)) {
    const row = current.find((a) => a.id === id);
    if (!row) {
      f.add(`weight.${id}`, 'unknown_field');
      continue;
    }
    const weight = numberIn(f, `weight.${id}`, value, { min: 0, max: 1_000_000, required: true });
    if (weight !== Number(row.weight)) changes.push({ row, weight });
  }
  f.check();
  return ctx.db.db.transaction().execute(async (tx) => {
    const now = nowIso();
    for (const { row, weight } of changes) {
      await repo.updateActivity(tx, row.id, { weight, updated_at: now });
      await repo.setWeight(tx, row.id, weight, today(), now);
      await audit(
        ctx,
        tx,
        'activity.update',
        { type: 'activity', id: row.id },
        {
          plan: plan.slug,
          commitment: commitment.number,
          weight: { before: Number(row.weight), after: weight },
        },
      );
    }
    return (await repo.listActivities(tx, [commitment.id])).filter((a) => a.removed_on === null).map(present);
  });
}
