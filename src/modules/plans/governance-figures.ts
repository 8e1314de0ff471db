// Figures the governance pages share, all computed with the module's "as of a date" functions: the progress
// table of a date (embedded in meeting minutes), late activities, per-institution progress, changes between two
// dates (since the last meeting) and the monthly series of the public progress chart.
import { parseTranslated, type Translated } from './fields.ts';
import { commitmentFigures, type LoadedCommitment, planFigure, thresholdsOf } from './figures.ts';
import type { PlanRow } from './plans.repo.ts';
import { type LevelView, presentFigures } from './present.ts';
import { commitmentProgressAsOf, effectiveLevel, round2 } from './progress.ts';

export interface ProgressRow {
  number: number;
  title: Translated;
  leadInstitution: Translated;
  progress: number;
  level: LevelView;
  lastReport: string | null;
  notUpdated: boolean;
}

/** Every commitment's progress, level and "not updated" flag, and the plan's progress, as of `date`. */
export function progressTable(plan: PlanRow, loaded: readonly LoadedCommitment[], date: string) {
  const progress = planFigure(plan, loaded, date);
  return {
    date,
    progress: round2(progress),
    level: effectiveLevel(progress, thresholdsOf(plan), { level: null, reason: null }) satisfies LevelView,
    commitments: loaded.map((c): ProgressRow => {
      const fig = commitmentFigures(plan, c, date);
      return {
        number: Number(c.row.number),
        title: parseTranslated(c.row.title),
        leadInstitution: parseTranslated(c.row.lead_institution),
        progress: round2(fig.progress),
        level: fig.level,
        lastReport: fig.lastReport,
        notUpdated: fig.notUpdated,
      };
    }),
  };
}
export type ProgressTable = ReturnType<typeof progressTable>;

/** Activities late on `date`: planned end passed, under 100%, not cancelled (counted activities only). */
export function lateActivities(plan: PlanRow, loaded: readonly LoadedCommitment[], date: string) {
  return loaded.flatMap((c) =>
    presentFigures(commitmentFigures(plan, c, date), date)
      .activities.filter((a) => a.late)
      .map((a) => ({
        commitment: Number(c.row.number),
        id: a.id,
        title: a.title,
        plannedEnd: a.plannedEnd!,
        completion: a.completion,
        daysLate: Math.round((Date.parse(date) - Date.parse(a.plannedEnd!)) / 86_400_000),
      })),
  );
}

/** Mean progress of the commitments of each lead institution (grouped by the name in the page language). */
export function byInstitution(rows: readonly ProgressRow[], name: (t: Translated) => string) {
  const groups = new Map<string, number[]>();
  for (const r of rows) {
    const key = name(r.leadInstitution) || '—';
    groups.set(key, [...(groups.get(key) ?? []), r.progress]);
  }
  return [...groups.entries()]
    .map(([institution, values]) => ({
      institution,
      commitments: values.length,
      progress: round2(values.reduce((s, v) => s + v, 0) / values.length),
    }))
    .sort((a, b) => a.institution.localeCompare(b.institution));
}

/** Each commitment's progress on `from` and on `to`, and the change (points). */
export function changesBetween(loaded: readonly LoadedCommitment[], from: string, to: string) {
  return loaded.map((c) => {
    const histories = c.activities.map((a) => a.history);
    const before = round2(commitmentProgressAsOf(histories, from));
    const now = round2(commitmentProgressAsOf(histories, to));
    return {
      number: Number(c.row.number),
      title: parseTranslated(c.row.title),
      before,
      now,
      change: round2(now - before),
    };
  });
}

/** The last day of each month from `start` to `end` (the last point is `end` itself). */
export function monthEnds(start: string, end: string): string[] {
  const out: string[] = [];
  let y = Number(start.slice(0, 4));
  let m = Number(start.slice(5, 7)) - 1;
  for (let i = 0; i < 240; i++) {
    const last = new Date(Date.UTC(y, m + 1, 0)).toISOString().slice(0, 10);
    if (last >= end) break;
    out.push(last);
    m += 1;
    if (m === 12) [y, m] = [y + 1, 0];
  }
  out.push(end);
  return out;
}
