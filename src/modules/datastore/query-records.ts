// Rows of a DataStore query as CKAN returns them: values normalised per column type (the two databases return
// booleans, big numbers and dates differently), then shaped as objects, lists, or CSV/TSV text.
import Papa from 'papaparse';
import type { RecordsFormat } from './query-params.ts';
import type { CkanType, QueryField } from './query-types.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** One value as JSON: numbers as numbers, booleans as booleans, dates as ISO text. */
export function normalizeValue(type: CkanType, v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) {
    if (type === 'date') return `${v.getFullYear()}-${pad(v.getMonth() + 1)}-${pad(v.getDate())}`;
    return v.toISOString().replace(/Z$/, '');
  }
  if (type === 'int' || type === 'numeric') {
    if (typeof v === 'bigint') return Number(v);
    if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
    return v;
  }
  if (type === 'bool') return typeof v === 'number' || typeof v === 'bigint' ? Number(v) !== 0 : v;
  if (type === 'json' && typeof v === 'string') {
    try {
      return JSON.parse(v);
    } catch {
      return v;
    }
  }
  return v;
}

export function normalizeRow(fields: QueryField[], row: Record<string, unknown>): unknown[] {
  return fields.map((f) => normalizeValue(f.type, row[f.id]));
}

const cell = (v: unknown) => (v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** Rows in one of CKAN's records formats (CSV/TSV: text without a header line, as CKAN sends it). */
export function formatRecords(
  fields: QueryField[],
  rows: Record<string, unknown>[],
  format: RecordsFormat,
): unknown {
  const lists = rows.map((r) => normalizeRow(fields, r));
  if (format === 'lists') return lists;
  if (format === 'csv' || format === 'tsv')
    return lists.length
      ? `${Papa.unparse(
          lists.map((l) => l.map(cell)),
          { delimiter: format === 'csv' ? ',' : '\t', newline: '\n' },
        )}\n`
      : '';
  return lists.map((l) => Object.fromEntries(fields.map((f, i) => [f.id, l[i]])));
}
