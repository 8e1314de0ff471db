// DataStore services for pages and REST: a resource's table (status, progress, fields, report summary), its full
// validation report, the data dictionary, and loading the file again. Reads follow the dataset's visibility
// (catalogue rules); writes need `resource:update` on the dataset's organisation.
import type { ServiceContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import { can } from '../accounts/index.ts';
import { datasetsService, isTabular, resourcesService } from '../catalog/index.ts';
import { checkDictionary, describeFields, joinStored, mergeDictionary, splitStored } from './dictionary.ts';
import {
  findTable,
  ingestionQueued,
  saveDictionary,
  type TableDescriptor,
  updateFields,
} from './registry.repo.ts';
import type { ValidationReport } from './report-types.ts';
import type { TableField } from './table-schema.ts';
import { setApiPrimaryKey } from './unique-index.ts';

export interface TableView {
  resourceId: string;
  /** `none`: the resource has no table and none is being made. */
  status: TableDescriptor['status'] | 'none';
  active: boolean;
  origin: TableDescriptor['origin'] | null;
  rowCount: number;
  fields: TableField[];
  progress: { rows: number; bytes: number; totalBytes: number | null; percent: number | null };
  error: TableDescriptor['error'];
  report: Pick<
    ValidationReport,
    'valid' | 'stats' | 'counts' | 'source' | 'retyped' | 'uniqueIndexes'
  > | null;
  /** The primary key of the active table (the loaded one; a dictionary change shows after the reload). */
  primaryKey: string[];
  ingestedAt: string | null;
  can: { edit: boolean };
}

async function access(ctx: ServiceContext, datasetKey: string, resourceId: string) {
  const dataset = await datasetsService.getDataset(ctx, datasetKey);
  const resource = await resourcesService.getResource(ctx, dataset.name, resourceId);
  const edit = can(ctx.actor, 'resource:update', { organizationId: dataset.organization.id });
  return { dataset, resource, edit };
}

function present(
  resourceId: string,
  t: TableDescriptor | undefined,
  edit: boolean,
  queued: boolean,
): TableView {
  const total = t?.progress.totalBytes ?? null;
  return {
    resourceId,
    status: queued && t?.status !== 'running' ? 'queued' : (t?.status ?? 'none'),
    active: t?.active ?? false,
    origin: t?.origin ?? null,
    rowCount: t?.rowCount ?? 0,
    fields: t ? t.schema.fields : [],
    progress: {
      rows: t?.progress.rows ?? 0,
      bytes: t?.progress.bytes ?? 0,
      totalBytes: total,
      percent: t && total ? Math.min(100, Math.round((t.progress.bytes / total) * 100)) : null,
    },
    error: t?.error ?? null,
    report: t?.report
      ? {
          valid: t.report.valid,
          stats: t.report.stats,
          counts: t.report.counts,
          source: t.report.source,
          retyped: t.report.retyped ?? [],
          uniqueIndexes: t.report.uniqueIndexes ?? [],
        }
      : null,
    primaryKey: t?.schema.primaryKey ?? [],
    ingestedAt: t?.ingestedAt ?? null,
    can: { edit },
  };
}

/** The table of a resource as pages and REST show it. */
export async function getTableView(
  ctx: ServiceContext,
  datasetKey: string,
  resourceId: string,
): Promise<TableView> {
  const { resource, edit } = await access(ctx, datasetKey, resourceId);
  const [table, queued] = await Promise.all([
    findTable(ctx.db.db, resource.id),
    ingestionQueued(ctx.db.db, resource.id),
  ]);
  return present(resource.id, table, edit, queued);
}

/** The full validation report of the latest ingestion. */
export async function getReport(
  ctx: ServiceContext,
  datasetKey: string,
  resourceId: string,
): Promise<ValidationReport> {
  const { resource } = await access(ctx, datasetKey, resourceId);
  const table = await findTable(ctx.db.db, resource.id);
  if (!table?.report) throw new AppError('datastore.table_not_found');
  return table.report;
}

async function editable(ctx: ServiceContext, datasetKey: string, resourceId: string) {
  const dataset = await resourcesService.writable(ctx, datasetKey, 'update');
  const row = await resourcesService.existing(ctx, dataset, resourceId);
  return { dataset, row };
}

/**
 * Saves the publisher's data dictionary. Titles and descriptions apply at once; a changed type, constraint
 * checked at load time (`required`, `unique`, the primary key) or workbook sheet queues a new ingestion, in
 * the same transaction, that enforces it. Tables pushed through the API have no file to load again: there
 * the primary key is applied at once (its unique index, refused when the data repeats a key) and the other
 * load-time changes are refused.
 */
export async function updateDictionary(
  ctx: ServiceContext,
  datasetKey: string,
  resourceId: string,
  input: unknown,
): Promise<TableView & { reingest: boolean }> {
  const { row } = await editable(ctx, datasetKey, resourceId);
  const table = await findTable(ctx.db.db, row.id);
  if (!table?.active) throw new AppError('datastore.table_not_found');
  const checked = checkDictionary(input, table.schema.fields, table.report?.source.sheets);
  const current = {
    fields: table.schema.fields,
    primaryKey: table.schema.primaryKey,
    sheet: table.report?.source.sheet,
  };
  const api = table.origin === 'api';
  // An API table's key is applied below; what else must be checked at load time cannot be.
  const {
    edits,
    table: tableEdits,
    retype,
  } = mergeDictionary(
    splitStored(table.dictionary),
    api ? { ...checked, primaryKey: undefined } : checked,
    current,
  );
  const reingest = retype && !api;
  if (retype && api) throw new AppError('datastore.api_table_no_reload');
  const key = (k: string[] | undefined) => (k ?? []).join('\u0000');
  if (api && checked.primaryKey && key(checked.primaryKey) !== key(table.schema.primaryKey))
    await setApiPrimaryKey(ctx.db, row.id, checked.primaryKey);
  await ctx.db.db.transaction().execute(async (tx) => {
    await saveDictionary(tx, row.id, joinStored(edits, tableEdits));
    const fresh = api ? ((await findTable(tx, row.id)) ?? table) : table;
    await updateFields(tx, row.id, { ...fresh.schema, fields: describeFields(table.schema.fields, edits) });
    if (reingest) await queueReingest(ctx, tx, row);
  });
  return { ...(await getTableView(ctx, datasetKey, row.id)), reingest };
}

async function queueReingest(
  ctx: ServiceContext,
  tx: Parameters<typeof saveDictionary>[0],
  row: { id: string; storage_key: string | null; url?: string | null; format: string | null },
) {
  if (!row.storage_key && !row.url) throw new AppError('datastore.link_not_ingested');
  if (!isTabular(row.format)) throw new AppError('datastore.not_tabular');
  await ctx.queue.enqueue(
    'datastore.ingest',
    { resourceId: row.id },
    { tx, dedupeKey: `datastore.ingest:${row.id}` },
  );
}

/** Loads the resource's file into its table again (after a failure, or to apply the dictionary now). */
export async function reingest(
  ctx: ServiceContext,
  datasetKey: string,
  resourceId: string,
): Promise<TableView> {
  const { row } = await editable(ctx, datasetKey, resourceId);
  await ctx.db.db.transaction().execute((tx) => queueReingest(ctx, tx, row));
  return getTableView(ctx, datasetKey, row.id);
}
