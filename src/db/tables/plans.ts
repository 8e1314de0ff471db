import type { ColumnType } from 'kysely';

export type PlanStatus = 'co-creation' | 'implementation' | 'evaluation' | 'closed';
export type PlanAggregation = 'mean' | 'weighted';
export type CompletionLevel = 'not_started' | 'limited' | 'substantial' | 'complete';
export type ActivityStatus = 'planned' | 'in_progress' | 'done' | 'cancelled';

export interface PlansTable {
  id: string;
  slug: string;
  /** JSON {ar?, fr?, en?} */
  title: string;
  /** JSON {ar?, fr?, en?} */
  description: string;
  /** YYYY-MM-DD */
  period_start: string;
  /** YYYY-MM-DD */
  period_end: string;
  status: PlanStatus;
  /** 0 | 1: visible to everyone. */
  published: number;
  aggregation: PlanAggregation;
  /** JSON {limited, substantial, complete}: lower bounds in percent. */
  thresholds: string;
  reporting_period_days: number;
  created_at: string;
  updated_at: string;
}

export interface CommitmentsTable {
  id: string;
  plan_id: string;
  number: number;
  /** JSON {ar?, fr?, en?} (this and every translated field below). */
  title: string;
  lead_institution: string;
  other_actors: string;
  /** YYYY-MM-DD */
  start_date: string | null;
  end_date: string | null;
  problem: string;
  objective: string;
  expected_results: string;
  value_access_to_information: number;
  value_civic_participation: number;
  value_public_accountability: number;
  value_technology_innovation: number;
  contact: string | null;
  weight: number;
  level_override: CompletionLevel | null;
  level_override_reason: string | null;
  /** JSON {ar?, fr?, en?}: the project lead(s) named on the commitment sheet (migration 0010). */
  project_leads: ColumnType<string, string | undefined, string>;
  created_at: string;
  updated_at: string;
}

export interface ActivitiesTable {
  id: string;
  commitment_id: string;
  /** JSON {ar?, fr?, en?} */
  title: string;
  /** JSON {ar?, fr?, en?} */
  responsible_body: string;
  planned_start: string | null;
  planned_end: string | null;
  weight: number;
  status: ActivityStatus;
  /** 0–100: the latest report's figure. */
  completion: number;
  /** JSON {ar?, fr?, en?} */
  notes: string;
  /** JSON [{title, url}]: deliverables kept on the activity itself (migration 0010). */
  evidence: ColumnType<string, string | undefined, string>;
  position: number;
  /** YYYY-MM-DD */
  created_on: string;
  /** YYYY-MM-DD, set when removed. */
  removed_on: string | null;
  created_at: string;
  updated_at: string;
}

export interface ActivityWeightsTable {
  id: string;
  activity_id: string;
  /** YYYY-MM-DD */
  effective_on: string;
  weight: number;
  created_at: string;
}

export interface ProgressReportsTable {
  id: string;
  activity_id: string;
  /** YYYY-MM-DD */
  reported_on: string;
  completion: number;
  /** JSON {ar?, fr?, en?} */
  done: string;
  /** JSON [{title, url}] */
  evidence: string;
  /** JSON {ar?, fr?, en?} */
  communication: string;
  author_id: string | null;
  author_label: string;
  created_at: string;
}
