import type { Generated } from 'kysely';

export type JobStatus = 'queued' | 'running' | 'done' | 'dead';

export interface JobsTable {
  id: string;
  kind: string;
  /** JSON text. */
  payload: string;
  status: JobStatus;
  priority: Generated<number>;
  attempts: Generated<number>;
  max_attempts: number;
  run_at: string;
  locked_by: string | null;
  locked_at: string | null;
  heartbeat_at: string | null;
  progress_done: Generated<number>;
  progress_total: number | null;
  progress_note: string | null;
  last_error: string | null;
  /** JSON text. */
  result: string | null;
  /** Jobs with the same key are not queued twice while one is pending. */
  dedupe_key: string | null;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
}
