// The self-assessment report's content, assembled once for every format (HTML, DOCX, XLSX, CSV): the plan's
// summary, each commitment's figures, its activities done and pending with their weights and shares, evidence
// and the latest report texts, all as of a date (and, for the texts, within a period ending on it). The numbers
// are those of `figures.ts` evaluated at that date, so a report of a past date reproduces that date's figures.
import type { ServiceContext } from '../../context.ts';
import type { ActivityStatus, PlanStatus } from '../../db/tables/plans.ts';
import type { BlockerStatus } from '../../db/tables/plans-governance.ts';
import { Fields } from '../../kernel/validate.ts';
import { listBlockers as listBlockerRows, listEvents } from './blockers.repo.ts';
import { blockerScope } from './blockers.service.ts';
import { type Evidence, isoDate, parseTranslated, type Translated } from './fields.ts';
import { commitmentFigures, loadCommitments, planFigure } from './figures.ts';
import type { PlanRow } from './plans.repo.ts';
import { figuresDate, findReadablePlan } from './plans.service.ts';
import { type LevelView, presentPlan } from './present.ts';
import { effectiveLevel, round2 } from './progress.ts';

export const reportFormats = ['html', 'docx', 'xlsx', 'csv'] as const;
export type ReportFormat = (typeof reportFormats)[number];

/** A request for the steering committee's intervention, as the report lists it. */
export interface ReportBlocker {
  title: Translated;
  status: BlockerStatus;
  raisedOn: string;
  answer: Translated;
}

export interface ReportActivity {
  id: string;
  title: Translated;
  responsibleBody: Translated;
  plannedStart: string | null;
  plannedEnd: string | null;
  status: ActivityStatus;
  weight: number;
  /** Share of the commitment (%), weights normalised. */
  share: number;
  /** Completion (%) as of the date. */
  completion: number;
  /** Points this activity adds to its commitment's progress: share × completion / 100. */
  contribution: number;
  done: boolean;
  late: boolean;
  /** Evidence kept on the activity and of every report up to the date (each link once). */
  evidence: Evidence[];
  /** The latest report within the period, with its texts. */
  latest: { reportedOn: string; completion: number; done: Translated; communication: Translated } | null;
}

export interface ReportCommitment {
  number: number;
  title: Translated;
  leadInstitution: Translated;
  weight: number;
  progress: number;
  /** Progress at the start of the period (the day before `from`). */
  progressAtStart: number;
  level: LevelView;
  lastReport: string | null;
  notUpdated: boolean;
  activitiesDone: ReportActivity[];
  activitiesPending: ReportActivity[];
  /** Blockers raised up to the date that the reader may see, with their state on that date. */
  blockers: ReportBlocker[];
}

export interface ReportData {
  plan: {
    slug: string;
    title: Translated;
    description: Translated;
    periodStart: string;
    periodEnd: string;
    status: PlanStatus;
    aggregation: string;
    progress: number;
    progressAtStart: number;
    level: LevelView;
  };
  /** Figures as of this date. */
  date: string;
  /** Start of the period whose reports are quoted (default: the plan's start). */
  from: string;
  totals: { commitments: number; activities: number; done: number; pending: number; late: number };
  commitments: ReportCommitment[];
}

const dayBefore = (d: string) =>
  new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** The period start asked (YYYY-MM-DD, not after `date`), or the plan's start. */
function periodFrom(plan: PlanRow, value: unknown, date: string): string {
  if (value === undefined || value === null || value === '')
    return plan.period_start < date ? plan.period_start : date;
  const f = new Fields();
  const from = isoDate(f, 'from', value);
  if (from && from > date) f.add('from', 'invalid_value');
  f.check();
  return from ?? date;
}

/**
 * The blockers of a commitment the actor may see that were raised up to `date`, each with its status and answer
 * as they stood on that date (from the dated history), so a past report shows the past state.
 */
async function blockersOf(
  ctx: ServiceContext,
  planId: string,
  commitmentId: string,
  date: string,
): Promise<ReportBlocker[]> {
  const end = `${date}T23:59:59.999Z`;
  const rows = await listBlockerRows(ctx.db.db, blockerScope(ctx.actor), { planId, commitmentId });
  const out: ReportBlocker[] = [];
  for (const b of rows.filter((r) => r.created_at <= end).reverse()) {
    const events = (await listEvents(ctx.db.db, b.id)).filter((e) => e.at <= end);
    const answered = b.answered_at !== null && b.answered_at <= end && b.answer;
    out.push({
      title: { [b.lang]: b.title },
      status: events.at(-1)?.to_status ?? 'open',
      raisedOn: b.created_at.slice(0, 10),
      answer: answered ? { [b.lang]: b.answer as string } : {},
    });
  }
  return out;
}

/** The report of a plan the actor may read, as of `date` (default today), quoting reports since `from`. */
export async function reportData(
  ctx: ServiceContext,
  planKey: string,
  opts: { date?: unknown; from?: unknown } = {},
): Promise<ReportData> {
  const date = figuresDate(opts.date);
  const plan = await findReadablePlan(ctx, planKey);
  const from = periodFrom(plan, opts.from, date);
  const start = dayBefore(from);
  const loaded = await loadCommitments(ctx.db.db, plan);
  const view = presentPlan(plan);
  const commitments: ReportCommitment[] = [];
  for (const c of loaded) {
    const fig = commitmentFigures(plan, c, date);
    const atStart = commitmentFigures(plan, c, start);
    const activities = fig.activities.map(({ activity, weight, share, completion }): ReportActivity => {
      const reports = activity.reports.filter((r) => r.reported_on <= date);
      const inPeriod = reports.filter((r) => r.reported_on >= from);
      const last = inPeriod.at(-1);
      const seen = new Set<string>();
      const evidence: Evidence[] = [];
      const own = JSON.parse(activity.row.evidence) as Evidence[];
      for (const list of [own, ...reports.map((r) => JSON.parse(r.evidence) as Evidence[])])
        for (const e of list)
          if (!seen.has(e.url)) {
            seen.add(e.url);
            evidence.push(e);
          }
      const a = activity.row;
      return {
        id: a.id,
        title: parseTranslated(a.title),
        responsibleBody: parseTranslated(a.responsible_body),
        plannedStart: a.planned_start,
        plannedEnd: a.planned_end,
        status: a.status,
        weight,
        share: round2(share),
        completion: round2(completion),
        contribution: round2((share * completion) / 100),
        done: completion >= 100,
        late: a.planned_end !== null && a.planned_end < date && completion < 100 && a.status !== 'cancelled',
        evidence,
        latest: last
          ? {
              reportedOn: last.reported_on,
              completion: Number(last.completion),
              done: parseTranslated(last.done),
              communication: parseTranslated(last.communication),
            }
          : null,
      };
    });
    commitments.push({
      number: Number(c.row.number),
      title: parseTranslated(c.row.title),
      leadInstitution: parseTranslated(c.row.lead_institution),
      weight: Number(c.row.weight),
      progress: round2(fig.progress),
      progressAtStart: round2(atStart.progress),
      level: fig.level,
      lastReport: fig.lastReport,
      notUpdated: fig.notUpdated,
      activitiesDone: activities.filter((a) => a.done),
      activitiesPending: activities.filter((a) => !a.done),
      blockers: await blockersOf(ctx, plan.id, c.row.id, date),
    });
  }
  const progress = planFigure(plan, loaded, date);
  const all = commitments.flatMap((c) => [...c.activitiesDone, ...c.activitiesPending]);
  return {
    plan: {
      slug: view.slug,
      title: view.title,
      description: view.description,
      periodStart: view.periodStart,
      periodEnd: view.periodEnd,
      status: view.status,
      aggregation: view.aggregation,
      progress: round2(progress),
      progressAtStart: round2(planFigure(plan, loaded, start)),
      level: effectiveLevel(progress, view.thresholds, { level: null, reason: null }),
    },
    date,
    from,
    totals: {
      commitments: commitments.length,
      activities: all.length,
      done: all.filter((a) => a.done).length,
      pending: all.filter((a) => !a.done).length,
      late: all.filter((a) => a.late).length,
    },
    commitments,
  };
}

/** The format asked (default html), or a validation error naming `format`. */
export function reportFormat(value: unknown): ReportFormat {
  const f = new Fields();
  const format = f.oneOf('format', value, reportFormats, 'html');
  f.check();
  return format;
}
