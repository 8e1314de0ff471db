// Harvesting (migration 0012).
export type HarvestType = 'ckan' | 'datajson' | 'dcat';
export type HarvestSchedule = 'manual' | 'hourly' | 'daily' | 'weekly';
export type HarvestRunStatus = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

export interface HarvestSourcesTable {
  id: string;
  title: string;
  url: string;
  type: HarvestType;
  organization_id: string;
  schedule: HarvestSchedule;
  /** JSON object: { organization?, fq?, q? } */
  filters: string;
  active: number;
  /** When the scheduler next queues a run (null: manual or inactive). */
  next_run_at: string | null;
  last_run_at: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface HarvestRunsTable {
  id: string;
  source_id: string;
  job_id: string | null;
  trigger: 'manual' | 'schedule';
  status: HarvestRunStatus;
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
  failed: number;
  /** JSON { code, params } when the whole run failed (source unreadable). */
  error: string | null;
  /** JSON array of { remoteId, title, reason, field? }. */
  items: string;
  since: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  /** Set when someone asked to cancel (migration 0013); the worker stops at the next item. */
  cancel_requested_at: string | null;
}

export interface HarvestObjectsTable {
  source_id: string;
  remote_id: string;
  dataset_id: string;
  content_hash: string;
  remote_modified: string | null;
  remote_url: string | null;
  harvested_at: string;
}

export interface ResourceRefreshesTable {
  resource_id: string;
  dataset_id: string;
  url: string;
  schedule: Exclude<HarvestSchedule, 'manual'>;
  next_run_at: string;
  last_run_at: string | null;
  last_status: 'ok' | 'unchanged' | 'failed' | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

/** One attempt of a scheduled refresh (migration 0013). */
export interface ResourceRefreshRunsTable {
  id: string;
  resource_id: string;
  trigger: 'manual' | 'schedule';
  status: 'ok' | 'unchanged' | 'failed';
  error: string | null;
  sha256: string | null;
  url: string;
  started_at: string;
  finished_at: string;
}
