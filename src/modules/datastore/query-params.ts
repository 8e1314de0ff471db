// datastore_search's parameters, read as CKAN reads them (from a JSON body or GET strings) and checked against
// the table's fields: every refusal names the parameter (and the column) and the reason.
import type { FieldReason } from '../../kernel/error-codes.ts';
import { Fields } from '../../kernel/validate.ts';
import type { CkanType, QueryField } from './query-types.ts';

export type FilterValue = string | number | boolean | null;
export type RecordsFormat = 'objects' | 'lists' | 'csv' | 'tsv';

export interface SearchQuery {
  /** Column → accepted values (one value: equality; several: IN). */
  filters: Record<string, FilterValue[]>;
  /** Words to find in any text column, or per column. */
  q: string | Record<string, string> | null;
  /** Columns to return, in order (all when absent). */
  fields: string[];
  sort: { field: string; desc: boolean }[];
  limit: number;
  offset: number;
  distinct: boolean;
  includeTotal: boolean;
  recordsFormat: RecordsFormat;
}

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 32000;

type Params = Record<string, unknown>;

/** A JSON parameter given as a JSON text (GET) or a value (POST body). */
function json(f: Fields, p: Params, name: string): unknown {
  const v = p[name];
  if (typeof v !== 'string') return v;
  const s = v.trim();
  if (!/^[[{"]/.test(s)) return v;
  try {
    return JSON.parse(s);
  } catch {
    f.add(name, 'invalid_format');
    return undefined;
  }
}

/** A value for a column of this type, or undefined when it cannot be one. */
export function coerce(type: CkanType, v: unknown): FilterValue | undefined {
  if (v === null) return null;
  if (type === 'int' || type === 'numeric') {
    const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN;
    if (!Number.isFinite(n) || (type === 'int' && !Number.isInteger(n))) return undefined;
    return n;
  }
  if (type === 'bool') {
    if (typeof v === 'boolean') return v;
    const s = String(v).toLowerCase();
    return s === 'true' || s === '1' ? true : s === 'false' || s === '0' ? false : undefined;
  }
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

const nonNegative = (f: Fields, p: Params, name: string, fallback: number, max?: number) => {
  const v = p[name];
  if (v === undefined || v === null || v === '') return fallback;
  const n = typeof v === 'number' ? v : /^\s*\d+\s*$/.test(String(v)) ? Number(v) : Number.NaN;
  const reason: FieldReason | null = !Number.isInteger(n) || n < 0 ? 'invalid_value' : null;
  if (reason) {
    f.add(name, reason);
    return fallback;
  }
  // Above the maximum reads as the maximum (as CKAN does); the result's `limit` says so.
  return max !== undefined && n > max ? max : n;
};

function bool(f: Fields, p: Params, name: string, fallback: boolean): boolean {
  const v = p[name];
  if (v === undefined || v === null || v === '') return fallback;
  if (typeof v === 'boolean') return v;
  const s = String(v).toLowerCase();
  if (s === 'true' || s === '1') return true;
  if (s === 'false' || s === '0') return false;
  f.add(name, 'invalid_value');
  return fallback;
}

/** A list of names: JSON array, comma-separated text or array of strings. */
function names(f: Fields, p: Params, name: string): string[] {
  const v = json(f, p, name);
  if (v === undefined || v === null || v === '') return [];
  const list = Array.isArray(v) ? v : typeof v === 'string' ? v.split(',') : null;
  if (!list?.every((x) => typeof x === 'string')) {
    f.add(name, 'invalid_value');
    return [];
  }
  return (list as string[]).map((s) => s.trim()).filter(Boolean);
}

/** `filters`: {column: value | [values]}, each value of its column's type. */
function filterParam(f: Fields, p: Params, byId: Map<string, QueryField>): SearchQuery['filters'] {
  const filters: SearchQuery['filters'] = {};
  const rawFilters = json(f, p, 'filters');
  if (rawFilters !== undefined && rawFilters !== null && rawFilters !== '') {
    if (typeof rawFilters !== 'object' || Array.isArray(rawFilters)) f.add('filters', 'invalid_value');
    else
      for (const [col, value] of Object.entries(rawFilters)) {
        const field = byId.get(col);
        if (!field) {
          f.add(`filters.${col}`, 'unknown_field');
          continue;
        }
        const values = (Array.isArray(value) ? value : [value]).map((v) => coerce(field.type, v));
        if (values.length === 0 || values.some((v) => v === undefined))
          f.add(`filters.${col}`, 'invalid_value');
        else filters[col] = values as FilterValue[];
      }
  }
  return filters;
}

/** datastore_delete's `filters`, checked against the table's fields. */
export function readFilters(p: Params, fields: QueryField[]): SearchQuery['filters'] {
  const f = new Fields();
  const filters = filterParam(f, p, new Map(fields.map((x) => [x.id, x])));
  f.check();
  return filters;
}

/** Reads datastore_search's parameters for a table of these fields; throws every bad parameter at once. */
export function readSearchQuery(p: Params, fields: QueryField[]): SearchQuery {
  const f = new Fields();
  const byId = new Map(fields.map((x) => [x.id, x]));

  const filters = filterParam(f, p, byId);

  let q: SearchQuery['q'] = null;
  const rawQ = json(f, p, 'q');
  if (typeof rawQ === 'string' || typeof rawQ === 'number') q = String(rawQ).trim() || null;
  else if (rawQ && typeof rawQ === 'object' && !Array.isArray(rawQ)) {
    const per: Record<string, string> = {};
    for (const [col, text] of Object.entries(rawQ)) {
      if (!byId.has(col)) f.add(`q.${col}`, 'unknown_field');
      else if (typeof text !== 'string') f.add(`q.${col}`, 'invalid_value');
      else if (text.trim()) per[col] = text.trim();
    }
    q = Object.keys(per).length ? per : null;
  } else if (rawQ !== undefined && rawQ !== null && rawQ !== '') f.add('q', 'invalid_value');
  if (typeof q === 'string' && q.length > 500) f.add('q', 'too_long', { max: 500 });

  const chosen = names(f, p, 'fields');
  for (const c of chosen) if (!byId.has(c)) f.add(`fields.${c}`, 'unknown_field');

  const sort: SearchQuery['sort'] = [];
  for (const part of names(f, p, 'sort')) {
    const m = /^(.*?)(?:\s+(asc|desc))?$/i.exec(part)!;
    let col = m[1]!.trim();
    if (col.startsWith('"') && col.endsWith('"') && col.length > 1)
      col = col.slice(1, -1).replaceAll('""', '"');
    if (!byId.has(col)) f.add(`sort.${col}`, 'unknown_field');
    else sort.push({ field: col, desc: (m[2] ?? '').toLowerCase() === 'desc' });
  }

  const format = p.records_format ?? 'objects';
  if (!['objects', 'lists', 'csv', 'tsv'].includes(String(format))) f.add('records_format', 'invalid_value');

  const query: SearchQuery = {
    filters,
    q,
    fields: chosen,
    sort,
    limit: nonNegative(f, p, 'limit', DEFAULT_LIMIT, MAX_LIMIT),
    offset: nonNegative(f, p, 'offset', 0),
    distinct: bool(f, p, 'distinct', false),
    includeTotal: bool(f, p, 'include_total', true),
    recordsFormat: String(format) as RecordsFormat,
  };
  f.check();
  return query;
}
