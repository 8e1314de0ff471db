// Loads a plan's commitments with the dated history of their activities, and computes every figure as of a
// date from that history (the current figures are simply the figures as of today).
import type { Executor } from '../../db/types.ts';
import type { ActivityRow, CommitmentRow, PlanRow, ReportRow } from './plans.repo.ts';
import * as repo from './plans.repo.ts';
import {
  type ActivityHistory,
  activityAsOf,
  commitmentProgressAsOf,
  effectiveLevel,
  existedOn,
  lastReportOn,
  notUpdated,
  planProgress,
  shares,
  type Thresholds,
} from './progress.ts';

export interface LoadedActivity {
  row: ActivityRow;
  history: ActivityHistory;
  reports: ReportRow[];
}
export interface LoadedCommitment {
  row: CommitmentRow;
  activities: LoadedActivity[];
}

/** The plan's commitments (all, or the one given) with every activity, weight and report. */
export async function loadCommitments(
  db: Executor,
  plan: PlanRow,
  only?: CommitmentRow,
): Promise<LoadedCommitment[]> {
  const commitments = only ? [only] : await repo.listCommitments(db, plan.id);
  const activities = await repo.listActivities(
    db,
    commitments.map((c) => c.id),
  );
  const ids = activities.map((a) => a.id);
  const [weights, reports] = await Promise.all([repo.listWeights(db, ids), repo.listReports(db, ids)]);
  return commitments.map((row) => ({
    row,
    activities: activities
      .filter((a) => a.commitment_id === row.id)
      .map((a) => {
        const own = reports.filter((r) => r.activity_id === a.id);
        return {
          row: a,
          reports: own,
          history: {
            createdOn: a.created_on,
            removedOn: a.removed_on,
            weights: weights
              .filter((w) => w.activity_id === a.id)
              .map((w) => ({ effectiveOn: w.effective_on, weight: Number(w.weight) })),
            reports: own.map((r) => ({
              reportedOn: r.reported_on,
              createdAt: r.created_at,
              completion: Number(r.completion),
            })),
          },
        };
      }),
  }));
}

/**
 * Whether reports were due on `date`: not during co-creation, and within the plan's period (or after it while
 * the plan is still in implementation, i.e. extended).
 */
export const reportsDue = (plan: PlanRow, date: string): boolean =>
  plan.status !== 'co-creation' && (date <= plan.period_end || plan.status === 'implementation');

export const thresholdsOf = (plan: PlanRow): Thresholds => JSON.parse(plan.thresholds) as Thresholds;

export interface CommitmentFigures {
  progress: number;
  level: ReturnType<typeof effectiveLevel>;
  lastReport: string | null;
  notUpdated: boolean;
  /** Activities counted on the date, with their weight, share (%) and completion then. */
  activities: { activity: LoadedActivity; weight: number; share: number; completion: number }[];
}

export function commitmentFigures(plan: PlanRow, c: LoadedCommitment, date: string): CommitmentFigures {
  const histories = c.activities.map((a) => a.history);
  const progress = commitmentProgressAsOf(histories, date);
  const counted = c.activities.filter((a) => existedOn(a.history, date));
  const asOf = counted.map((a) => activityAsOf(a.history, date));
  const s = shares(asOf);
  const lastReport = lastReportOn(histories, date);
  return {
    progress,
    level: effectiveLevel(progress, thresholdsOf(plan), {
      level: c.row.level_override,
      reason: c.row.level_override_reason,
    }),
    lastReport,
    notUpdated:
      reportsDue(plan, date) &&
      notUpdated(lastReport, c.row.start_date, date, Number(plan.reporting_period_days)),
    activities: counted.map((activity, k) => ({
      activity,
      weight: asOf[k]!.weight,
      share: s[k]!,
      completion: asOf[k]!.completion,
    })),
  };
}

export function planFigure(plan: PlanRow, commitments: readonly LoadedCommitment[], date: string): number {
  return planProgress(
    commitments.map((c) => ({
      weight: Number(c.row.weight),
      completion: commitmentProgressAsOf(
        c.activities.map((a) => a.history),
        date,
      ),
    })),
    plan.aggregation,
  );
}

/**
 * Dates for a progress history: the end of each quarter from the plan's start up to `date` — or up to `until`
 * (the later of the plan's end and its last report) when that comes first, since the figures no longer move
 * after it — and `date` itself; at most the last `max` points.
 */
export function historyDates(start: string, date: string, until?: string | null, max = 16): string[] {
  const out: string[] = [];
  const last = until && until < date ? until : date;
  let y = Number(start.slice(0, 4));
  let q = Math.floor((Number(start.slice(5, 7)) - 1) / 3);
  for (;;) {
    const end = new Date(Date.UTC(y, q * 3 + 3, 0)).toISOString().slice(0, 10);
    if (end >= last) break;
    out.push(end);
    q += 1;
    if (q === 4) [y, q] = [y + 1, 0];
  }
  if (last < date) out.push(last);
  out.push(date);
  return out.slice(-max);
}
