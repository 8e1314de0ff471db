// Pure progress arithmetic: no database, no dates other than the ones given. Percentages are 0–100.
import type { CompletionLevel, PlanAggregation } from '../../db/tables/plans.ts';

export interface Weighted {
  weight: number;
  completion: number;
}

/** Lower bounds (percent) of each OGP completion level above "not started". */
export interface Thresholds {
  limited: number;
  substantial: number;
  complete: number;
}

export const defaultThresholds: Thresholds = { limited: 1, substantial: 50, complete: 100 };
export const levels: readonly CompletionLevel[] = ['not_started', 'limited', 'substantial', 'complete'];

/**
 * Each item's share of the whole, in percent (sums to 100 when there are items). Weights need not add up to
 * anything: they are normalised. When every weight is zero, no item is preferred: equal shares.
 */
export function shares(items: readonly { weight: number }[]): number[] {
  if (!items.length) return [];
  const total = items.reduce((s, i) => s + Math.max(0, i.weight), 0);
  if (total <= 0) return items.map(() => 100 / items.length);
  return items.map((i) => (Math.max(0, i.weight) / total) * 100);
}

/** Weighted mean of completions with normalised weights (equal shares when all weights are zero); 0 when empty. */
export function weightedProgress(items: readonly Weighted[]): number {
  const s = shares(items);
  return items.reduce((sum, item, k) => sum + (s[k]! / 100) * clamp(item.completion), 0);
}

/** A commitment's progress: the weighted mean of its activities' completion (0 with no activity). */
export const commitmentProgress = (activities: readonly Weighted[]): number => weightedProgress(activities);

/** A plan's progress: the plain mean of its commitments, or their weighted mean (commitment weights). */
export function planProgress(commitments: readonly Weighted[], aggregation: PlanAggregation): number {
  if (aggregation === 'weighted') return weightedProgress(commitments);
  return weightedProgress(commitments.map((c) => ({ weight: 1, completion: c.completion })));
}

/** The OGP completion level of a progress figure. */
export function levelOf(progress: number, t: Thresholds = defaultThresholds): CompletionLevel {
  if (progress >= t.complete) return 'complete';
  if (progress >= t.substantial) return 'substantial';
  if (progress >= t.limited) return 'limited';
  return 'not_started';
}

/** The level shown: the override when one is set (with its reason), else the derived one. */
export function effectiveLevel(
  progress: number,
  t: Thresholds,
  override: { level: CompletionLevel | null; reason: string | null },
): { level: CompletionLevel; derived: CompletionLevel; overridden: boolean; reason: string | null } {
  const derived = levelOf(progress, t);
  if (override.level) return { level: override.level, derived, overridden: true, reason: override.reason };
  return { level: derived, derived, overridden: false, reason: null };
}

/** Thresholds must rise strictly within 0–100 (limited > 0). Returns the reason when they do not. */
export function checkThresholds(t: Thresholds): 'invalid_value' | null {
  const ok = 0 < t.limited && t.limited < t.substantial && t.substantial < t.complete && t.complete <= 100;
  return ok ? null : 'invalid_value';
}

// ---- history: figures as of a date, from dated facts ----

export interface DatedWeight {
  effectiveOn: string; // YYYY-MM-DD
  weight: number;
}
export interface DatedReport {
  reportedOn: string; // YYYY-MM-DD
  /** Tie-break between two reports of the same day: the later one wins. */
  createdAt: string;
  completion: number;
}
export interface ActivityHistory {
  createdOn: string;
  removedOn: string | null;
  weights: readonly DatedWeight[];
  reports: readonly DatedReport[];
}

/** Whether the activity counted at the end of `date`. */
export const existedOn = (a: ActivityHistory, date: string): boolean =>
  a.createdOn <= date && (a.removedOn === null || a.removedOn > date);

/** The activity's weight and completion at the end of `date` (completion 0 before any report). */
export function activityAsOf(a: ActivityHistory, date: string): Weighted {
  let weight = 0;
  let wOn = '';
  for (const w of a.weights)
    if (w.effectiveOn <= date && w.effectiveOn >= wOn) [weight, wOn] = [w.weight, w.effectiveOn];
  let best: DatedReport | null = null;
  for (const r of a.reports) {
    if (r.reportedOn > date) continue;
    if (
      !best ||
      r.reportedOn > best.reportedOn ||
      (r.reportedOn === best.reportedOn && r.createdAt > best.createdAt)
    )
      best = r;
  }
  return { weight, completion: best ? best.completion : 0 };
}

/** A commitment's progress at the end of `date`, from its activities' dated history. */
export function commitmentProgressAsOf(activities: readonly ActivityHistory[], date: string): number {
  return commitmentProgress(activities.filter((a) => existedOn(a, date)).map((a) => activityAsOf(a, date)));
}

/** The date of the latest report on or before `date` among the activities, or null. */
export function lastReportOn(activities: readonly ActivityHistory[], date: string): string | null {
  let last: string | null = null;
  for (const a of activities)
    for (const r of a.reports)
      if (r.reportedOn <= date && (last === null || r.reportedOn > last)) last = r.reportedOn;
  return last;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * "Not updated": the commitment's latest report (or, with none yet, its start date) is more than
 * `periodDays` before `date`. A commitment with neither is not flagged (nothing was due yet).
 */
export function notUpdated(
  lastReport: string | null,
  start: string | null,
  date: string,
  periodDays: number,
) {
  const since = lastReport ?? start;
  if (!since || since > date) return false;
  return daysBetween(since, date) > periodDays;
}

const clamp = (n: number) => Math.min(100, Math.max(0, n));

/** Rounded for display and JSON (two decimals); computations keep full precision. */
export const round2 = (n: number): number => Math.round(n * 100) / 100;
