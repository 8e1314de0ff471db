// What plans, commitments, activities and reports look like outside the module (REST data and JSON twins).
import type { ActivityStatus, CompletionLevel, PlanAggregation, PlanStatus } from '../../db/tables/plans.ts';
import { type Evidence, parseTranslated, type Translated } from './fields.ts';
import type { CommitmentFigures } from './figures.ts';
import type { CommitmentRow, PlanRow, ReportRow } from './plans.repo.ts';
import { round2, type Thresholds } from './progress.ts';

export interface LevelView {
  level: CompletionLevel;
  derived: CompletionLevel;
  overridden: boolean;
  reason: string | null;
}

export interface PlanView {
  id: string;
  slug: string;
  title: Translated;
  description: Translated;
  periodStart: string;
  periodEnd: string;
  status: PlanStatus;
  published: boolean;
  aggregation: PlanAggregation;
  thresholds: Thresholds;
  reportingPeriodDays: number;
}

export const presentPlan = (p: PlanRow): PlanView => ({
  id: p.id,
  slug: p.slug,
  title: parseTranslated(p.title),
  description: parseTranslated(p.description),
  periodStart: p.period_start,
  periodEnd: p.period_end,
  status: p.status,
  published: Number(p.published) === 1,
  aggregation: p.aggregation,
  thresholds: JSON.parse(p.thresholds) as Thresholds,
  reportingPeriodDays: Number(p.reporting_period_days),
});

export const ogpValues = [
  'access_to_information',
  'civic_participation',
  'public_accountability',
  'technology_innovation',
] as const;
export type OgpValue = (typeof ogpValues)[number];

export interface CommitmentView {
  id: string;
  number: number;
  title: Translated;
  leadInstitution: Translated;
  otherActors: Translated;
  startDate: string | null;
  endDate: string | null;
  problem: Translated;
  objective: Translated;
  expectedResults: Translated;
  values: OgpValue[];
  projectLeads: Translated;
  contact: string | null;
  weight: number;
  levelOverride: CompletionLevel | null;
  levelOverrideReason: string | null;
}

export const presentCommitment = (c: CommitmentRow): CommitmentView => ({
  id: c.id,
  number: Number(c.number),
  title: parseTranslated(c.title),
  leadInstitution: parseTranslated(c.lead_institution),
  otherActors: parseTranslated(c.other_actors),
  startDate: c.start_date,
  endDate: c.end_date,
  problem: parseTranslated(c.problem),
  objective: parseTranslated(c.objective),
  expectedResults: parseTranslated(c.expected_results),
  values: ogpValues.filter((v) => Number(c[`value_${v}`]) === 1),
  projectLeads: parseTranslated(c.project_leads),
  contact: c.contact,
  weight: Number(c.weight),
  levelOverride: c.level_override,
  levelOverrideReason: c.level_override_reason,
});

export interface ReportView {
  id: string;
  reportedOn: string;
  completion: number;
  done: Translated;
  evidence: Evidence[];
  communication: Translated;
  author: string;
  createdAt: string;
}

export const presentReport = (r: ReportRow): ReportView => ({
  id: r.id,
  reportedOn: r.reported_on,
  completion: Number(r.completion),
  done: parseTranslated(r.done),
  evidence: JSON.parse(r.evidence) as Evidence[],
  communication: parseTranslated(r.communication),
  author: r.author_label,
  createdAt: r.created_at,
});

export interface ActivityView {
  id: string;
  title: Translated;
  responsibleBody: Translated;
  plannedStart: string | null;
  plannedEnd: string | null;
  status: ActivityStatus;
  notes: Translated;
  position: number;
  /** Weight, share (%) and completion as of the figures' date. */
  weight: number;
  share: number;
  completion: number;
  /** Planned end passed before the date while not complete. */
  late: boolean;
  reports: ReportView[];
}

/** The figures of a commitment as of `date`: its counted activities with their reports up to that date. */
export function presentFigures(f: CommitmentFigures, date: string) {
  return {
    progress: round2(f.progress),
    level: f.level satisfies LevelView,
    lastReport: f.lastReport,
    notUpdated: f.notUpdated,
    activities: f.activities.map(
      ({ activity: { row: a, reports }, weight, share, completion }): ActivityView => ({
        id: a.id,
        title: parseTranslated(a.title),
        responsibleBody: parseTranslated(a.responsible_body),
        plannedStart: a.planned_start,
        plannedEnd: a.planned_end,
        status: a.status,
        notes: parseTranslated(a.notes),
        position: Number(a.position),
        weight,
        share: round2(share),
        completion: round2(completion),
        late: a.planned_end !== null && a.planned_end < date && completion < 100 && a.status !== 'cancelled',
        reports: reports.filter((r) => r.reported_on <= date).map(presentReport),
      }),
    ),
  };
}
