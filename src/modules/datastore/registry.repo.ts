// SQL of the registry table `datastore_tables` (Kysely). The table swap itself updates the registry in the
// data transaction (store-sqlite.ts / store-pg.ts) so that table and registry change together.
import type { Selectable } from 'kysely';
import type { DatastoreOrigin, DatastoreStatus, DatastoreTablesTable } from '../../db/tables/datastore.ts';
import type { Executor } from '../../db/types.ts';
import { nowIso } from '../../kernel/ids.ts';
import type { ValidationReport } from './report-types.ts';
import type { TableSchema } from './table-schema.ts';

export interface TableDescriptor {
  resourceId: string;
  origin: DatastoreOrigin;
  /** State of the latest ingestion. */
  status: DatastoreStatus;
  /** The data table exists and can be queried. */
  active: boolean;
  schema: TableSchema;
  /** The publisher's dictionary edits by field name (applied again at each re-ingestion). */
  dictionary: Record<string, unknown> | null;
  rowCount: number;
  report: ValidationReport | null;
  error: { code: string; params: Record<string, string | number> } | null;
  progress: { rows: number; bytes: number; totalBytes: number | null };
  sourceChecksum: string | null;
  jobId: string | null;
  /** Increases at each table swap: caches keyed on it stay correct. */
  version: number;
  ingestedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

const parse = <T>(text: string | null): T | null => (text == null ? null : (JSON.parse(text) as T));

export function toDescriptor(row: Selectable<DatastoreTablesTable>): TableDescriptor {
  return {
    resourceId: row.resource_id,
    origin: row.origin,
    status: row.status,
    active: Number(row.active) === 1,
    schema: parse<TableSchema>(row.fields) ?? { fields: [] },
    dictionary: parse(row.dictionary),
    rowCount: Number(row.row_count),
    report: parse(row.report),
    error: parse(row.error),
    progress: {
      rows: Number(row.progress_rows),
      bytes: Number(row.progress_bytes),
      totalBytes: row.total_bytes == null ? null : Number(row.total_bytes),
    },
    sourceChecksum: row.source_checksum,
    jobId: row.job_id,
    version: Number(row.version),
    ingestedAt: row.ingested_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function findTable(db: Executor, resourceId: string): Promise<TableDescriptor | undefined> {
  const row = await db
    .selectFrom('datastore_tables')
    .selectAll()
    .where('resource_id', '=', resourceId)
    .executeTakeFirst();
  return row ? toDescriptor(row) : undefined;
}

/** Resource ids (among those given) that have an active table. */
export async function activeResourceIds(db: Executor, resourceIds: readonly string[]): Promise<Set<string>> {
  if (resourceIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('datastore_tables')
    .select('resource_id')
    .where('active', '=', 1)
    .where('resource_id', 'in', [...resourceIds])
    .execute();
  return new Set(rows.map((r) => r.resource_id));
}

/** Marks an ingestion as queued (creates the registry row when the resource has none yet). */
export async function markQueued(
  db: Executor,
  input: { resourceId: string; jobId: string | null; totalBytes: number | null },
): Promise<void> {
  const at = nowIso();
  await db
    .insertInto('datastore_tables')
    .values({
      resource_id: input.resourceId,
      origin: 'ingest',
      status: 'queued',
      fields: JSON.stringify({ fields: [] }),
      job_id: input.jobId,
      total_bytes: input.totalBytes,
      created_at: at,
      updated_at: at,
    })
    .onConflict((oc) =>
      oc.column('resource_id').doUpdateSet({
        status: 'queued',
        job_id: input.jobId,
        error: null,
        progress_rows: 0,
        progress_bytes: 0,
        total_bytes: input.totalBytes,
        updated_at: at,
      }),
    )
    .execute();
}

export async function setProgress(
  db: Executor,
  resourceId: string,
  progress: { rows: number; bytes: number; totalBytes?: number | null; status?: DatastoreStatus },
): Promise<void> {
  await db
    .updateTable('datastore_tables')
    .set({
      progress_rows: progress.rows,
      progress_bytes: progress.bytes,
      ...(progress.totalBytes !== undefined ? { total_bytes: progress.totalBytes } : {}),
      ...(progress.status ? { status: progress.status } : {}),
      updated_at: nowIso(),
    })
    .where('resource_id', '=', resourceId)
    .execute();
}

/** The latest ingestion failed: the active table (if any) stays as it was. */
export async function markFailed(
  db: Executor,
  resourceId: string,
  error: { code: string; params: Record<string, string | number> },
  report: ValidationReport | null,
): Promise<void> {
  await db
    .updateTable('datastore_tables')
    .set({
      status: 'failed',
      error: JSON.stringify(error),
      ...(report ? { report: JSON.stringify(report) } : {}),
      updated_at: nowIso(),
    })
    .where('resource_id', '=', resourceId)
    .execute();
}

export async function saveDictionary(
  db: Executor,
  resourceId: string,
  dictionary: Record<string, unknown>,
): Promise<void> {
  await db
    .updateTable('datastore_tables')
    .set({ dictionary: JSON.stringify(dictionary), updated_at: nowIso() })
    .where('resource_id', '=', resourceId)
    .execute();
}

/** Column values written by a table swap (same for both dialects; see swapStatement). */
export function swapValues(input: {
  resourceId: string;
  origin: DatastoreOrigin;
  schema: TableSchema;
  rowCount: number;
  report: ValidationReport | null;
  sourceChecksum: string | null;
  jobId: string | null;
}): unknown[] {
  const at = nowIso();
  return [
    input.resourceId,
    input.origin,
    JSON.stringify(input.schema),
    input.rowCount,
    input.report ? JSON.stringify(input.report) : null,
    input.sourceChecksum,
    input.jobId,
    at,
  ];
}

/** Named SQLite parameters for swapValues: `{p1: …, p2: …}`. */
export const sqliteParams = (values: unknown[]): Record<string, unknown> =>
  Object.fromEntries(values.map((v, i) => [`p${i + 1}`, v]));

/** Upsert of the registry row at a swap; `$n` (PostgreSQL) or `@pn` (SQLite, with sqliteParams) placeholders. */
export function swapStatement(dialect: 'sqlite' | 'postgres'): string {
  const p = (n: number) => (dialect === 'postgres' ? `$${n}` : `@p${n}`);
  return `INSERT INTO datastore_tables (resource_id, origin, status, active, fields, row_count, report, error,
      progress_rows, source_checksum, job_id, version, ingested_at, created_at, updated_at)
    VALUES (${p(1)}, ${p(2)}, 'ready', 1, ${p(3)}, ${p(4)}, ${p(5)}, NULL, ${p(4)}, ${p(6)}, ${p(7)}, 1, ${p(8)}, ${p(8)}, ${p(8)})
    ON CONFLICT (resource_id) DO UPDATE SET origin = excluded.origin, status = 'ready', active = 1,
      fields = excluded.fields, row_count = excluded.row_count, report = excluded.report, error = NULL,
      progress_rows = excluded.row_count, source_checksum = excluded.source_checksum, job_id = excluded.job_id,
      version = datastore_tables.version + 1, ingested_at = excluded.ingested_at, updated_at = excluded.updated_at`;
}

/** What the ingestion job needs to know of a resource (the catalogue's row). */
export async function resourceSource(db: Executor, resourceId: string) {
  return db
    .selectFrom('resources')
    .select(['id', 'dataset_id', 'storage_key', 'url', 'format', 'sha256', 'size'])
    .where('id', '=', resourceId)
    .executeTakeFirst();
}

/** The dataset of a resource that has a DataStore table (for the search index and pages). */
export async function datasetOfTable(db: Executor, resourceId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('resources')
    .select('dataset_id')
    .where('id', '=', resourceId)
    .executeTakeFirst();
  return row?.dataset_id;
}

export async function markRunning(
  db: Executor,
  resourceId: string,
  jobId: string,
  totalBytes: number | null,
) {
  await markQueued(db, { resourceId, jobId, totalBytes });
  await setProgress(db, resourceId, { rows: 0, bytes: 0, status: 'running' });
}

/** Applies the publisher's descriptive edits (titles, descriptions, constraints) to the active schema. */
export async function updateFields(db: Executor, resourceId: string, schema: TableSchema): Promise<void> {
  await db
    .updateTable('datastore_tables')
    .set({ fields: JSON.stringify(schema), updated_at: nowIso() })
    .where('resource_id', '=', resourceId)
    .execute();
}

/** Whether an ingestion of the resource waits in the job queue (queued by an upload, not started yet). */
export async function ingestionQueued(db: Executor, resourceId: string): Promise<boolean> {
  const row = await db
    .selectFrom('jobs')
    .select('id')
    .where('dedupe_key', '=', `datastore.ingest:${resourceId}`)
    .where('status', '=', 'queued')
    .executeTakeFirst();
  return row !== undefined;
}
