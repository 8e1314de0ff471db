// The read side of the DataStore, shared by the CKAN actions, the REST routes, the preview and the exports:
// a table is readable when its resource's dataset is visible to the actor (the catalogue's own check), and
// datastore_search_sql may name only such tables.
import type { ServiceContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import { Fields } from '../../kernel/validate.ts';
import { resourcesService } from '../catalog/index.ts';
import { readSearchQuery, type SearchQuery } from './query-params.ts';
import { type ActiveTable, datastorePort } from './query-port.ts';
import { normalizeValue } from './query-records.ts';
import { type SearchResult, searchTable } from './query-search.ts';
import type { QueryField } from './query-types.ts';
import { analyzeSql, rewriteSql } from './sql-guard.ts';
import { runReadOnlySql } from './sql-run.ts';
import { sqlRefused } from './sql-tokenizer.ts';

type Params = Record<string, unknown>;

export interface ReadableTable {
  table: ActiveTable;
  datasetId: string;
}

/** The table of a resource the actor may read (404 for an unknown or invisible resource, or no table). */
export async function readableTable(ctx: ServiceContext, resourceId: string): Promise<ReadableTable> {
  const datasetId = await resourcesService.datasetOfResource(ctx, resourceId);
  // The table is looked up while the resource's visibility is checked (PostgreSQL: on another pooled
  // connection); it is only used once the check has passed.
  const [, table] = await Promise.all([
    resourcesService.getResource(ctx, datasetId, resourceId),
    datastorePort().table(ctx, resourceId),
  ]);
  if (!table) throw new AppError('datastore.table_not_found', { id: resourceId });
  return { table, datasetId };
}

export function resourceIdParam(params: Params): string {
  const f = new Fields();
  const id = f.text('resource_id', params.resource_id ?? params.id, { max: 200, required: true });
  f.check();
  return id;
}

export async function runSearch(
  ctx: ServiceContext,
  table: ActiveTable,
  query: SearchQuery,
): Promise<SearchResult> {
  const { db, dialect } = datastorePort().data(ctx);
  return searchTable(db, dialect, table, query);
}

/** datastore_search: CKAN's parameters in, CKAN's result out (links to the first and next pages included). */
export async function search(ctx: ServiceContext, params: Params, linkBase: string) {
  const id = resourceIdParam(params);
  const { table } = await readableTable(ctx, id);
  const query = readSearchQuery(params, table.fields);
  const result = await runSearch(ctx, table, query);
  const link = (offset: number) => {
    const p = new URLSearchParams({ resource_id: id, offset: String(offset) });
    if (query.limit !== 100) p.set('limit', String(query.limit));
    return `${linkBase}?${p}`;
  };
  return { ...result, _links: { start: link(0), next: link(query.offset + query.limit) } };
}

/** datastore_search_sql: one guarded SELECT over tables the actor may read, read-only, time- and row-limited. */
export async function searchSql(ctx: ServiceContext, params: Params) {
  const f = new Fields();
  const text = f.text('sql', params.sql, { max: 20_000, required: true });
  f.check();
  const analysis = analyzeSql(text);
  const physical = new Map<string, string>();
  for (const name of analysis.tables) {
    try {
      physical.set(name, (await readableTable(ctx, name)).table.physical);
    } catch (e) {
      // Unknown, invisible and table-less resources look alike: the error says nothing of which it was.
      if (e instanceof AppError && e.status < 500)
        throw sqlRefused('datastore.sql_table_forbidden', { name });
      throw e;
    }
  }
  const statement = rewriteSql(analysis, (name) => physical.get(name)!);
  const run = await runReadOnlySql(datastorePort().sqlTarget(ctx), statement, {
    timeoutMs: ctx.config.DATASTORE_SQL_TIMEOUT_MS,
    maxRows: ctx.config.DATASTORE_SQL_MAX_ROWS,
  });
  const records = run.records.map((r) =>
    Object.fromEntries(run.fields.map((fd) => [fd.id, normalizeValue(fd.type, r[fd.id])])),
  );
  return { sql: text, fields: run.fields, records, records_truncated: run.truncated };
}

/** datastore_info: the fields with their types and data dictionary, and the row count. */
export async function info(ctx: ServiceContext, params: Params) {
  const id = resourceIdParam(params);
  const { table } = await readableTable(ctx, id);
  const dictionary = new Map(table.schemaFields.map((s) => [String(s.name), s]));
  const fields = table.fields
    .filter((fd) => fd.id !== '_id')
    .map((fd: QueryField) => ({ id: fd.id, type: fd.type, schema: dictionary.get(fd.id) ?? {} }));
  return {
    meta: { id, count: table.rowCount, table_type: 'BASE TABLE', origin: table.origin },
    fields,
  };
}
