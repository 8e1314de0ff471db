// Tabular files become DataStore tables: the catalogue queues `datastore.ingest` in the transaction that stores
// or replaces such a file (the job exists only if the write commits), and `datastore.drop` when the resource goes.
import type { ServiceContext } from '../../context.ts';
import type { Executor } from '../../db/types.ts';

/** Formats (as the catalogue records them, upper case) that the DataStore ingests. */
export const TABULAR_FORMATS: readonly string[] = ['CSV', 'TSV', 'XLSX', 'JSON'];

export const isTabular = (format: string | null | undefined): boolean =>
  TABULAR_FORMATS.includes((format ?? '').trim().toUpperCase());

/** Queues the ingestion of a tabular file, uploaded or linked (a link is read through the safe fetcher). */
export async function queueIngestion(
  ctx: Pick<ServiceContext, 'queue'>,
  tx: Executor,
  row: { id: string; storage_key: string | null; url?: string | null; format: string | null },
): Promise<void> {
  if ((!row.storage_key && !row.url) || !isTabular(row.format) || !ctx.queue.registry.has('datastore.ingest'))
    return;
  await ctx.queue.enqueue(
    'datastore.ingest',
    { resourceId: row.id },
    { tx, dedupeKey: `datastore.ingest:${row.id}` },
  );
}

/** Queues the removal of a resource's DataStore table (if it has one: the job is a no-op otherwise). */
export async function queueTableDrop(ctx: Pick<ServiceContext, 'queue'>, tx: Executor, resourceId: string) {
  if (!ctx.queue.registry.has('datastore.drop')) return;
  await ctx.queue.enqueue(
    'datastore.drop',
    { resourceId },
    { tx, dedupeKey: `datastore.drop:${resourceId}` },
  );
}
