// Data of the DataStore preview on a resource page, read from GET parameters so that paging, sorting, column
// filters and the chart work without JavaScript: `page`, `sort`, `dir`, `f.<column>` (text columns: contains;
// others: equals), and the chart `chart` (bar|line), `x`, `y`, `agg` (count|sum|avg), `top`.
// The chart aggregates in SQL (GROUP BY the category column); the page only draws what comes back.
import { sql } from 'kysely';
import type { ServiceContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import { whereClause } from './query-build.ts';
import { coerce, type SearchQuery } from './query-params.ts';
import { datastorePort } from './query-port.ts';
import { normalizeValue } from './query-records.ts';
import { readableTable, runSearch } from './query-service.ts';
import type { QueryField } from './query-types.ts';

export const PREVIEW_PAGE_SIZE = 20;
const AGGREGATES = ['count', 'sum', 'avg'] as const;
type Aggregate = (typeof AGGREGATES)[number];

export interface PreviewChart {
  kind: 'bar' | 'line';
  x: string;
  y: string | null;
  agg: Aggregate;
  top: number;
  categories: string[];
  values: (number | null)[];
}

export interface PreviewData {
  resourceId: string;
  fields: QueryField[];
  rows: unknown[][];
  total: number;
  page: number;
  pages: number;
  sort: string | null;
  dir: 'asc' | 'desc';
  filters: Record<string, string>;
  chart: PreviewChart | null;
  /** Columns a chart may use: categories (any) and values (numbers). */
  numeric: string[];
}

type Query = Record<string, string | undefined>;

function chartOf(q: Query, fields: QueryField[]): Omit<PreviewChart, 'categories' | 'values'> | null {
  const kind = q.chart === 'bar' || q.chart === 'line' ? q.chart : null;
  const ids = new Set(fields.map((f) => f.id));
  if (!kind || !q.x || !ids.has(q.x)) return null;
  const agg = (AGGREGATES as readonly string[]).includes(q.agg ?? '') ? (q.agg as Aggregate) : 'count';
  const numeric = fields.find((f) => f.id === q.y && (f.type === 'int' || f.type === 'numeric'));
  if (agg !== 'count' && !numeric) return null;
  const top = Math.min(50, Math.max(1, Number.parseInt(q.top ?? '10', 10) || 10));
  return { kind, x: q.x, y: agg === 'count' ? null : numeric!.id, agg, top };
}

/** The preview of a resource's table, or null when it has none (nothing to show on the page). */
export async function loadPreview(
  ctx: ServiceContext,
  resourceId: string,
  q: Query,
): Promise<PreviewData | null> {
  let table: Awaited<ReturnType<typeof readableTable>>['table'];
  try {
    table = (await readableTable(ctx, resourceId)).table;
  } catch (e) {
    if (e instanceof AppError && e.code === 'datastore.table_not_found') return null;
    throw e;
  }
  const fields = table.fields;
  const byId = new Map(fields.map((f) => [f.id, f]));
  const filters: Record<string, string> = {};
  const query: SearchQuery = {
    filters: {},
    q: null,
    fields: [],
    sort: [],
    limit: PREVIEW_PAGE_SIZE,
    offset: 0,
    distinct: false,
    includeTotal: true,
    recordsFormat: 'lists',
  };
  const contains: Record<string, string> = {};
  for (const [key, value] of Object.entries(q)) {
    const field = key.startsWith('f.') ? byId.get(key.slice(2)) : undefined;
    const v = value?.trim();
    if (!field || !v) continue;
    filters[field.id] = v;
    if (field.type === 'text') contains[field.id] = v;
    else {
      const typed = coerce(field.type, v);
      // A value that cannot be of the column's type matches nothing (instead of an error page).
      query.filters[field.id] = typed === undefined ? [] : [typed];
    }
  }
  if (Object.values(query.filters).some((l) => !l.length)) query.filters = { _id: [-1] };
  if (Object.keys(contains).length) query.q = contains;
  const sort = q.sort && byId.has(q.sort) ? q.sort : null;
  const dir = q.dir === 'desc' ? 'desc' : 'asc';
  if (sort) query.sort = [{ field: sort, desc: dir === 'desc' }];
  const page = Math.max(1, Number.parseInt(q.page ?? '1', 10) || 1);
  query.offset = (page - 1) * PREVIEW_PAGE_SIZE;
  const result = await runSearch(ctx, table, query);
  const total = result.total ?? 0;
  const chartSpec = chartOf(q, fields);
  let chart: PreviewChart | null = null;
  if (chartSpec) {
    const { db, dialect } = datastorePort().data(ctx);
    const x = sql.id(chartSpec.x);
    const value =
      chartSpec.agg === 'count'
        ? sql`count(*)`
        : chartSpec.agg === 'sum'
          ? sql`sum(${sql.id(chartSpec.y!)})`
          : sql`avg(${sql.id(chartSpec.y!)})`;
    const order = chartSpec.kind === 'line' ? sql`category ASC` : sql`value DESC, category ASC`;
    const where = whereClause(dialect, table, query);
    const { rows } = await sql<{
      category: unknown;
      value: unknown;
    }>`SELECT ${x} AS category, ${value} AS value FROM ${sql.raw(table.physical)} ${where} GROUP BY ${x} ORDER BY ${order} LIMIT ${chartSpec.top}`.execute(
      db,
    );
    const xType = byId.get(chartSpec.x)!.type;
    chart = {
      ...chartSpec,
      categories: rows.map((r) => String(normalizeValue(xType, r.category) ?? '—')),
      values: rows.map((r) => (r.value === null ? null : Number(r.value))),
    };
  }
  return {
    resourceId,
    fields,
    rows: result.records as unknown[][],
    total,
    page,
    pages: Math.max(1, Math.ceil(total / PREVIEW_PAGE_SIZE)),
    sort,
    dir,
    filters,
    chart,
    numeric: fields
      .filter((f) => (f.type === 'int' || f.type === 'numeric') && f.id !== '_id')
      .map((f) => f.id),
  };
}
