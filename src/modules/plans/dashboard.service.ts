// Dashboards of a plan as of a date: the coordinators' and steering committee's (progress per commitment and
// per lead institution, late activities, not-updated commitments, open blockers, changes since the last
// meeting) and the public one (plan progress month by month, each commitment's progress and level, evidence).
import type { ServiceContext } from '../../context.ts';
import { authorize } from '../accounts/index.ts';
import { listBlockers } from './blockers.service.ts';
import type { Evidence } from './fields.ts';
import { parseTranslated, type Translated } from './fields.ts';
import { loadCommitments, planFigure } from './figures.ts';
import {
  byInstitution,
  changesBetween,
  lateActivities,
  monthEnds,
  progressTable,
} from './governance-figures.ts';
import { lastMeetingOn } from './meetings.repo.ts';
import type { PlanRow } from './plans.repo.ts';
import { figuresDate, findReadablePlan } from './plans.service.ts';
import { round2 } from './progress.ts';

const nameIn = (locale: string) => (t: Translated) =>
  t[locale as keyof Translated] ?? t.fr ?? t.ar ?? t.en ?? '';

const head = (plan: PlanRow) => ({
  slug: plan.slug,
  title: parseTranslated(plan.title),
  periodStart: plan.period_start,
  periodEnd: plan.period_end,
  reportingPeriodDays: Number(plan.reporting_period_days),
});

/** One link per address (the latest report citing it), latest first. */
function latestByUrl<E extends Evidence & { reportedOn: string }>(items: E[]): E[] {
  const by = new Map<string, E>();
  for (const e of items) if (!by.has(e.url) || by.get(e.url)!.reportedOn < e.reportedOn) by.set(e.url, e);
  return [...by.values()].sort((a, b) => b.reportedOn.localeCompare(a.reportedOn));
}

/** The coordinators' and committee's dashboard (plan managers only). */
export async function getDashboard(ctx: ServiceContext, planKey: string, opts: { date?: unknown } = {}) {
  const date = figuresDate(opts.date);
  const plan = await findReadablePlan(ctx, planKey);
  authorize(ctx.actor, 'plan:dashboard', undefined);
  const loaded = await loadCommitments(ctx.db.db, plan);
  const table = progressTable(plan, loaded, date);
  const meeting = await lastMeetingOn(ctx.db.db, plan.id, date);
  const blockers = await listBlockers(ctx, planKey, { status: 'open,under_discussion,answered' });
  return {
    plan: head(plan),
    date,
    progress: table.progress,
    level: table.level,
    commitments: table.commitments,
    institutions: byInstitution(table.commitments, nameIn(ctx.locale)),
    late: lateActivities(plan, loaded, date),
    notUpdated: table.commitments.filter((c) => c.notUpdated).map((c) => c.number),
    blockers,
    lastMeeting: meeting
      ? {
          id: meeting.id,
          kind: meeting.kind,
          heldOn: meeting.held_on,
          planProgress: round2(planFigure(plan, loaded, meeting.held_on)),
          changes: changesBetween(loaded, meeting.held_on, date),
        }
      : null,
  };
}

/** The public dashboard: plan progress at each month end, each commitment's figures and its evidence links. */
export async function getPublicProgress(ctx: ServiceContext, planKey: string, opts: { date?: unknown } = {}) {
  const date = figuresDate(opts.date);
  const plan = await findReadablePlan(ctx, planKey);
  const loaded = await loadCommitments(ctx.db.db, plan);
  const table = progressTable(plan, loaded, date);
  const end = date > plan.period_end && plan.status !== 'implementation' ? plan.period_end : date;
  const series =
    plan.period_start <= end
      ? monthEnds(plan.period_start, end).map((d) => ({
          date: d,
          progress: round2(planFigure(plan, loaded, d)),
        }))
      : [];
  return {
    plan: head(plan),
    date,
    progress: table.progress,
    level: table.level,
    series,
    commitments: table.commitments.map((row, i) => ({
      ...row,
      evidence: latestByUrl(
        loaded[i]!.activities.flatMap((a) =>
          a.reports
            .filter((r) => r.reported_on <= date)
            .flatMap((r) =>
              (JSON.parse(r.evidence) as Evidence[]).map((e) => ({ ...e, reportedOn: r.reported_on })),
            ),
        ),
      ),
    })),
  };
}
