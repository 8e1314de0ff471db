// Plans: plan managers create and update them; everyone reads published ones, with their figures as of a date.
import type { ServiceContext } from '../../context.ts';
import type { PlanAggregation, PlanStatus } from '../../db/tables/plans.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId, nowIso } from '../../kernel/ids.ts';
import { Fields } from '../../kernel/validate.ts';
import { audit, authorize, can } from '../accounts/index.ts';
import { flag, isoDate, numberIn, slug, today, translated } from './fields.ts';
import { commitmentFigures, historyDates, loadCommitments, planFigure } from './figures.ts';
import { listDocuments, listMembers } from './plan-docs.service.ts';
import type { PlanRow } from './plans.repo.ts';
import * as repo from './plans.repo.ts';
import { type LevelView, type PlanView, presentCommitment, presentPlan } from './present.ts';
import { checkThresholds, defaultThresholds, effectiveLevel, round2, type Thresholds } from './progress.ts';

type Input = Record<string, unknown>;
export const planStatuses: readonly PlanStatus[] = ['co-creation', 'implementation', 'evaluation', 'closed'];
export const aggregations: readonly PlanAggregation[] = ['mean', 'weighted'];
const reservedSlugs = ['new', 'import'];

export function checkPlan(f: Fields, input: Input) {
  const t = (input.thresholds ?? {}) as Record<string, unknown>;
  const thresholds: Thresholds = {
    limited: numberIn(f, 'thresholds.limited', t.limited, {
      min: 0,
      max: 100,
      fallback: defaultThresholds.limited,
    }),
    substantial: numberIn(f, 'thresholds.substantial', t.substantial, {
      min: 0,
      max: 100,
      fallback: defaultThresholds.substantial,
    }),
    complete: numberIn(f, 'thresholds.complete', t.complete, {
      min: 0,
      max: 100,
      fallback: defaultThresholds.complete,
    }),
  };
  if (!f.has('thresholds.limited') && !f.has('thresholds.substantial') && !f.has('thresholds.complete')) {
    const reason = checkThresholds(thresholds);
    if (reason) f.add('thresholds', reason);
  }
  const periodStart = isoDate(f, 'periodStart', input.periodStart, true);
  const periodEnd = isoDate(f, 'periodEnd', input.periodEnd, true);
  if (periodStart && periodEnd && periodEnd < periodStart) f.add('periodEnd', 'invalid_value');
  const name = slug(f, 'slug', input.slug);
  // Back-office addresses that a plan's slug would shadow (`/manage/plans/new`, `/manage/plans/import`).
  if (reservedSlugs.includes(name)) f.add('slug', 'not_unique');
  return {
    slug: name,
    title: JSON.stringify(translated(f, 'title', input.title, { max: 300, required: true })),
    description: JSON.stringify(translated(f, 'description', input.description, { max: 10_000 })),
    period_start: periodStart ?? '',
    period_end: periodEnd ?? '',
    status: f.oneOf('status', input.status, planStatuses, 'co-creation'),
    published: flag(f, 'published', input.published) ? 1 : 0,
    aggregation: f.oneOf('aggregation', input.aggregation, aggregations, 'mean'),
    thresholds: JSON.stringify(thresholds),
    reporting_period_days: numberIn(f, 'reportingPeriodDays', input.reportingPeriodDays, {
      min: 1,
      max: 3660,
      fallback: 90,
      integer: true,
    }),
  };
}

const target = (p: PlanRow) => ({ type: 'plan', id: p.id });

export async function createPlan(ctx: ServiceContext, input: Input): Promise<PlanView> {
  authorize(ctx.actor, 'plan:create', undefined);
  const f = new Fields();
  const fields = checkPlan(f, input);
  if (fields.slug && !f.has('slug') && (await repo.slugTaken(ctx.db.db, fields.slug)))
    f.add('slug', 'not_unique');
  f.check();
  return ctx.db.db.transaction().execute(async (tx) => {
    const now = nowIso();
    const row = await repo.insertPlan(tx, { id: newId(), ...fields, created_at: now, updated_at: now });
    await audit(ctx, tx, 'plan.create', target(row), { slug: row.slug });
    return presentPlan(row);
  });
}

/** Changes only the keys given. */
export async function updatePlan(ctx: ServiceContext, key: string, input: Input): Promise<PlanView> {
  authorize(ctx.actor, 'plan:update', undefined);
  const current = await findReadablePlan(ctx, key);
  const view = presentPlan(current);
  const f = new Fields();
  const fields = checkPlan(f, {
    ...view,
    ...input,
    thresholds: { ...view.thresholds, ...(input.thresholds ?? {}) },
  });
  if (fields.slug && !f.has('slug') && (await repo.slugTaken(ctx.db.db, fields.slug, current.id)))
    f.add('slug', 'not_unique');
  f.check();
  return ctx.db.db.transaction().execute(async (tx) => {
    const row = await repo.updatePlan(tx, current.id, { ...fields, updated_at: nowIso() });
    await audit(ctx, tx, 'plan.update', target(row), { changed: Object.keys(input) });
    return presentPlan(row);
  });
}

/** The plan when the actor may read it; unpublished plans are "not found" for the others. */
export async function findReadablePlan(ctx: ServiceContext, key: string): Promise<PlanRow> {
  const row = key ? await repo.findPlan(ctx.db.db, key) : undefined;
  if (!row || !can(ctx.actor, 'plan:read', { published: Number(row.published) === 1 }))
    throw new AppError('plans.plan_not_found', { name: key });
  return row;
}

/** The date figures are computed for: the one asked (YYYY-MM-DD, not after today) or today. */
export function figuresDate(value: unknown): string {
  if (value === undefined || value === null || value === '') return today();
  const f = new Fields();
  const date = isoDate(f, 'date', value);
  if (date && date > today()) f.add('date', 'invalid_value');
  f.check();
  return date ?? today();
}

export interface PlanSummary extends PlanView {
  date: string;
  progress: number;
  level: LevelView;
  commitmentCount: number;
}

const summary = (plan: PlanRow, progress: number, count: number, date: string): PlanSummary => {
  const view = presentPlan(plan);
  return {
    ...view,
    date,
    progress: round2(progress),
    level: effectiveLevel(progress, view.thresholds, { level: null, reason: null }),
    commitmentCount: count,
  };
};

/** Plans the actor may read (published ones; managers see all), with their progress as of `date`. */
export async function listPlans(ctx: ServiceContext, opts: { date?: unknown } = {}): Promise<PlanSummary[]> {
  const date = figuresDate(opts.date);
  const rows = await repo.listPlans(ctx.db.db, { all: can(ctx.actor, 'plan:update', undefined) });
  const out: PlanSummary[] = [];
  for (const plan of rows) {
    const commitments = await loadCommitments(ctx.db.db, plan);
    out.push(summary(plan, planFigure(plan, commitments, date), commitments.length, date));
  }
  return out;
}

/** A plan with each commitment's figures as of `date`, and the plan's progress at the end of each quarter. */
export async function getPlan(ctx: ServiceContext, key: string, opts: { date?: unknown } = {}) {
  const date = figuresDate(opts.date);
  const plan = await findReadablePlan(ctx, key);
  const loaded = await loadCommitments(ctx.db.db, plan);
  const commitments = loaded.map((c) => {
    const fig = commitmentFigures(plan, c, date);
    const view = presentCommitment(c.row);
    return {
      id: view.id,
      number: view.number,
      title: view.title,
      leadInstitution: view.leadInstitution,
      weight: view.weight,
      progress: round2(fig.progress),
      level: fig.level satisfies LevelView,
      lastReport: fig.lastReport,
      notUpdated: fig.notUpdated,
      activityCount: fig.activities.length,
    };
  });
  return {
    plan: summary(plan, planFigure(plan, loaded, date), loaded.length, date),
    commitments,
    history: historyDates(
      plan.period_start,
      date,
      [plan.period_end, ...commitments.map((c) => c.lastReport)].filter(Boolean).sort().at(-1),
    ).map((d) => ({
      date: d,
      progress: round2(planFigure(plan, loaded, d)),
    })),
    documents: await listDocuments(ctx.db.db, plan.id),
    team: await listMembers(ctx.db.db, plan.id),
    can: { manage: can(ctx.actor, 'plan:update', undefined) },
  };
}
