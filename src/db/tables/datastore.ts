import type { Generated } from 'kysely';

export type DatastoreOrigin = 'ingest' | 'api';
export type DatastoreStatus = 'queued' | 'running' | 'ready' | 'failed';

export interface DatastoreTablesTable {
  resource_id: string;
  origin: DatastoreOrigin;
  /** State of the latest ingestion (`ready` for tables pushed through the API). */
  status: DatastoreStatus;
  /** 1 when the data table exists and is queryable. */
  active: Generated<number>;
  /** JSON: Frictionless Table Schema of the active table. */
  fields: string;
  /** JSON: the publisher's data dictionary edits, by field name. */
  dictionary: string | null;
  row_count: Generated<number>;
  /** JSON: validation report of the latest ingestion. */
  report: string | null;
  /** JSON {code, params}: why the latest ingestion failed. */
  error: string | null;
  progress_rows: Generated<number>;
  progress_bytes: Generated<number>;
  total_bytes: number | null;
  source_checksum: string | null;
  job_id: string | null;
  version: Generated<number>;
  ingested_at: string | null;
  created_at: string;
  updated_at: string;
}
