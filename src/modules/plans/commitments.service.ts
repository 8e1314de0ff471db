// Commitments (OGP template): plan managers create and update them; readers of the plan read them with their
// activities, figures and report history as of a date.
import type { ServiceContext } from '../../context.ts';
import type { CompletionLevel } from '../../db/tables/plans.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId, nowIso } from '../../kernel/ids.ts';
import { Fields } from '../../kernel/validate.ts';
import { audit, authorize, can } from '../accounts/index.ts';
import { isoDate, numberIn, translated } from './fields.ts';
import { commitmentFigures, loadCommitments } from './figures.ts';
import type { CommitmentRow, PlanRow } from './plans.repo.ts';
import * as repo from './plans.repo.ts';
import { figuresDate, findReadablePlan } from './plans.service.ts';
import { type CommitmentView, ogpValues, presentCommitment, presentFigures, presentPlan } from './present.ts';
import { commitmentProgressAsOf, levels, round2 } from './progress.ts';

type Input = Record<string, unknown>;
const T = (f: Fields, name: string, v: unknown, max = 5000, required = false) =>
  JSON.stringify(translated(f, name, v, { max, required }));

export function checkCommitment(f: Fields, input: Input) {
  const values = input.values;
  if (values !== undefined && values !== null && !Array.isArray(values)) f.add('values', 'invalid_value');
  const given = new Set(Array.isArray(values) ? values : []);
  for (const v of given) if (!(ogpValues as readonly unknown[]).includes(v)) f.add('values', 'invalid_value');
  const startDate = isoDate(f, 'startDate', input.startDate);
  const endDate = isoDate(f, 'endDate', input.endDate);
  if (startDate && endDate && endDate < startDate) f.add('endDate', 'invalid_value');
  const override =
    input.levelOverride === undefined || input.levelOverride === null || input.levelOverride === ''
      ? null
      : f.oneOf<CompletionLevel>('levelOverride', input.levelOverride, levels);
  const reason = f.text('levelOverrideReason', input.levelOverrideReason, { max: 2000 }) || null;
  if (override && !reason) f.add('levelOverrideReason', 'required');
  return {
    number: numberIn(f, 'number', input.number, { min: 1, max: 10_000, required: true, integer: true }),
    title: T(f, 'title', input.title, 500, true),
    lead_institution: T(f, 'leadInstitution', input.leadInstitution, 500),
    other_actors: T(f, 'otherActors', input.otherActors, 2000),
    start_date: startDate,
    end_date: endDate,
    problem: T(f, 'problem', input.problem),
    objective: T(f, 'objective', input.objective),
    expected_results: T(f, 'expectedResults', input.expectedResults),
    value_access_to_information: given.has('access_to_information') ? 1 : 0,
    value_civic_participation: given.has('civic_participation') ? 1 : 0,
    value_public_accountability: given.has('public_accountability') ? 1 : 0,
    value_technology_innovation: given.has('technology_innovation') ? 1 : 0,
    project_leads: T(f, 'projectLeads', input.projectLeads, 1000),
    contact: f.text('contact', input.contact, { max: 300 }) || null,
    weight: numberIn(f, 'weight', input.weight, { min: 0, max: 1_000_000, fallback: 1 }),
    level_override: override,
    level_override_reason: override ? reason : null,
  };
}

const target = (c: CommitmentRow) => ({ type: 'commitment', id: c.id });

export async function createCommitment(
  ctx: ServiceContext,
  planKey: string,
  input: Input,
): Promise<CommitmentView> {
  authorize(ctx.actor, 'commitment:create', undefined);
  const plan = await findReadablePlan(ctx, planKey);
  const f = new Fields();
  const fields = checkCommitment(f, input);
  if (!f.has('number') && (await repo.findCommitment(ctx.db.db, plan.id, fields.number)))
    f.add('number', 'not_unique');
  f.check();
  return ctx.db.db.transaction().execute(async (tx) => {
    const now = nowIso();
    const row = await repo.insertCommitment(tx, {
      id: newId(),
      plan_id: plan.id,
      ...fields,
      created_at: now,
      updated_at: now,
    });
    await audit(ctx, tx, 'commitment.create', target(row), { plan: plan.slug, number: row.number });
    return presentCommitment(row);
  });
}

/** The commitment of a readable plan, or plans.commitment_not_found. */
export async function findCommitment(
  ctx: ServiceContext,
  planKey: string,
  number: string | number,
): Promise<{ plan: PlanRow; commitment: CommitmentRow }> {
  const plan = await findReadablePlan(ctx, planKey);
  const n = Number(number);
  const commitment = Number.isInteger(n) ? await repo.findCommitment(ctx.db.db, plan.id, n) : undefined;
  if (!commitment)
    throw new AppError('plans.commitment_not_found', { plan: planKey, number: String(number) });
  return { plan, commitment };
}

/** Changes only the keys given (an override is cleared with levelOverride: null). */
export async function updateCommitment(
  ctx: ServiceContext,
  planKey: string,
  number: string | number,
  input: Input,
): Promise<CommitmentView> {
  authorize(ctx.actor, 'commitment:update', undefined);
  const { plan, commitment } = await findCommitment(ctx, planKey, number);
  const f = new Fields();
  const fields = checkCommitment(f, { ...presentCommitment(commitment), ...input });
  if (!f.has('number') && fields.number !== Number(commitment.number)) {
    const other = await repo.findCommitment(ctx.db.db, plan.id, fields.number);
    if (other) f.add('number', 'not_unique');
  }
  f.check();
  return ctx.db.db.transaction().execute(async (tx) => {
    const row = await repo.updateCommitment(tx, commitment.id, { ...fields, updated_at: nowIso() });
    await audit(ctx, tx, 'commitment.update', target(row), { plan: plan.slug, changed: Object.keys(input) });
    return presentCommitment(row);
  });
}

/** A commitment with its figures, activities (weight, share, completion) and report history as of `date`. */
export async function getCommitment(
  ctx: ServiceContext,
  planKey: string,
  number: string | number,
  opts: { date?: unknown } = {},
) {
  const date = figuresDate(opts.date);
  const { plan, commitment } = await findCommitment(ctx, planKey, number);
  const [loaded] = await loadCommitments(ctx.db.db, plan, commitment);
  const figures = commitmentFigures(plan, loaded!, date);
  const reportDates = [
    ...new Set(
      loaded!.activities.flatMap((a) => a.reports.map((r) => r.reported_on)).filter((d) => d <= date),
    ),
  ].sort();
  const planView = presentPlan(plan);
  return {
    plan: {
      slug: planView.slug,
      title: planView.title,
      status: planView.status,
      thresholds: planView.thresholds,
    },
    commitment: presentCommitment(commitment),
    date,
    ...presentFigures(figures, date),
    history: reportDates.map((d) => ({
      date: d,
      progress: round2(
        commitmentProgressAsOf(
          loaded!.activities.map((a) => a.history),
          d,
        ),
      ),
    })),
    can: {
      manage: can(ctx.actor, 'commitment:update', undefined),
      report: can(ctx.actor, 'progress:report', { commitmentId: commitment.id }),
      manageActivities: can(ctx.actor, 'activity:manage', { commitmentId: commitment.id }),
      raiseBlocker: can(ctx.actor, 'blocker:raise', { commitmentId: commitment.id }),
    },
  };
}
