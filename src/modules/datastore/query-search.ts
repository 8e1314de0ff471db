// Runs datastore_search over one table and returns CKAN's result: fields with their types, records in the
// format asked for, the total (when asked), limit and offset.
import type { Kysely } from 'kysely';
import type { Dialect } from '../../db/types.ts';
import { buildSearch } from './query-build.ts';
import type { SearchQuery } from './query-params.ts';
import { formatRecords } from './query-records.ts';
import type { QueryField, TableDescriptor } from './query-types.ts';

export interface SearchResult {
  resource_id: string;
  fields: QueryField[];
  records: unknown;
  total?: number;
  total_was_estimated?: boolean;
  limit: number;
  offset: number;
  records_format: string;
}

export async function searchTable(
  db: Kysely<any>,
  dialect: Dialect,
  table: TableDescriptor,
  query: SearchQuery,
): Promise<SearchResult> {
  const built = buildSearch(dialect, table, query);
  // PostgreSQL: the page and the total run at the same time on two pooled connections (each visits the matched
  // rows: with q on a big table that is most of the time), so the answer takes the longer of the two, not their
  // sum. SQLite's connection is synchronous: one after the other.
  const counted = built.total && dialect === 'postgres' ? built.total.execute(db) : Promise.resolve(null);
  counted.catch(() => {});
  const { rows } = await built.rows.execute(db);
  const result: SearchResult = {
    resource_id: table.resourceId,
    fields: built.fields.map((f) => ({ id: f.id, type: f.type })),
    records: formatRecords(built.fields, rows, query.recordsFormat),
    limit: query.limit,
    offset: query.offset,
    records_format: query.recordsFormat,
  };
  if (built.total) {
    const { rows: t } = (await counted) ?? (await built.total.execute(db));
    result.total = Number(t[0]?.total ?? 0);
    result.total_was_estimated = false;
  }
  return result;
}
