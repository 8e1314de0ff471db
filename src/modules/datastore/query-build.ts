// datastore_search as SQL over one table: filters (= or IN), q (query-text.ts), fields, sort, distinct, limit and
// offset, and the total. Column names are always quoted identifiers from the table's field list (never the
// caller's text), values always parameters; the table's physical name comes from the storage layer.
import { type RawBuilder, sql } from 'kysely';
import type { Dialect } from '../../db/types.ts';
import type { FilterValue, SearchQuery } from './query-params.ts';
import { textCondition } from './query-text.ts';
import type { QueryField, TableDescriptor } from './query-types.ts';

export interface BuiltSearch {
  /** The fields returned, in order. */
  fields: QueryField[];
  rows: RawBuilder<Record<string, unknown>>;
  total: RawBuilder<{ total: number | string }> | null;
}

function filterCondition(dialect: Dialect, column: string, values: FilterValue[]): RawBuilder<unknown> {
  const col = sql.id(column);
  const nulls = values.includes(null);
  const given = values
    .filter((v) => v !== null)
    .map((v) => (dialect === 'sqlite' && typeof v === 'boolean' ? Number(v) : v));
  const parts: RawBuilder<unknown>[] = [];
  if (given.length === 1) parts.push(sql`${col} = ${given[0]}`);
  else if (given.length > 1) parts.push(sql`${col} IN (${sql.join(given)})`);
  if (nulls) parts.push(sql`${col} IS NULL`);
  return parts.length === 1 ? parts[0]! : sql`(${sql.join(parts, sql` OR `)})`;
}

/** The WHERE clause of a query (an always-true one when nothing filters). */
export function whereClause(
  dialect: Dialect,
  table: TableDescriptor,
  query: SearchQuery,
): RawBuilder<unknown> {
  const conditions = Object.entries(query.filters).map(([col, values]) =>
    filterCondition(dialect, col, values),
  );
  if (query.q !== null) {
    const text = textCondition(dialect, table, query.q);
    if (text) conditions.push(text);
  }
  return conditions.length ? sql`WHERE ${sql.join(conditions, sql` AND `)}` : sql``;
}

export function buildSearch(dialect: Dialect, table: TableDescriptor, query: SearchQuery): BuiltSearch {
  const byId = new Map(table.fields.map((f) => [f.id, f]));
  const fields = query.fields.length ? query.fields.map((id) => byId.get(id)!) : table.fields;
  const from = sql.raw(table.physical);
  const where = whereClause(dialect, table, query);
  const columns = sql.join(fields.map((f) => sql.id(f.id)));
  const select = query.distinct ? sql`SELECT DISTINCT ${columns}` : sql`SELECT ${columns}`;
  // A stable order for paging: the sort asked for, then _id (when rows are not made distinct).
  const order = query.sort.map((s) => sql`${sql.id(s.field)} ${s.desc ? sql`DESC` : sql`ASC`}`);
  if (!query.distinct && byId.has('_id') && !query.sort.some((s) => s.field === '_id'))
    order.push(sql`${sql.id('_id')} ASC`);
  const orderBy = order.length ? sql`ORDER BY ${sql.join(order)}` : sql``;
  const rows = sql<
    Record<string, unknown>
  >`${select} FROM ${from} ${where} ${orderBy} LIMIT ${query.limit} OFFSET ${query.offset}`;
  const total = !query.includeTotal
    ? null
    : query.distinct
      ? sql<{ total: number }>`SELECT count(*) AS total FROM (${select} FROM ${from} ${where}) AS d`
      : sql<{ total: number }>`SELECT count(*) AS total FROM ${from} ${where}`;
  return { fields, rows, total };
}
