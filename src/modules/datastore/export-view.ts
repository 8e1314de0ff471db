// Export of a filtered view of a DataStore table (the same filters, q, fields and sort as datastore_search) as
// CSV, JSON or XLSX, streamed: rows are read a page at a time and written as they come, so memory stays flat
// whatever the table's size. XLSX goes through exceljs' streaming workbook writer.
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { ServiceContext } from '../../context.ts';
import { Fields } from '../../kernel/validate.ts';
import type { SearchQuery } from './query-params.ts';
import type { ActiveTable } from './query-port.ts';
import { runSearch } from './query-service.ts';
import type { QueryField } from './query-types.ts';

export const EXPORT_FORMATS = ['csv', 'json', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const exportTypes: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const PAGE = 5000;

export function exportFormat(value: string): ExportFormat {
  const f = new Fields();
  if (!(EXPORT_FORMATS as readonly string[]).includes(value)) f.add('format', 'invalid_value');
  f.check();
  return value as ExportFormat;
}

/** The rows of a view, page after page (the query's own limit and offset bound the whole export). */
async function* pages(ctx: ServiceContext, table: ActiveTable, query: SearchQuery, max: number) {
  let offset = query.offset;
  const end = query.offset + max;
  while (offset < end) {
    const limit = Math.min(PAGE, end - offset);
    const page = await runSearch(ctx, table, {
      ...query,
      limit,
      offset,
      includeTotal: false,
      recordsFormat: 'lists',
    });
    const rows = page.records as unknown[][];
    if (rows.length) yield { fields: page.fields, rows };
    if (rows.length < limit) return;
    offset += limit;
  }
}

const cell = (v: unknown) => (v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

function fieldsOf(table: ActiveTable, query: SearchQuery): QueryField[] {
  const byId = new Map(table.fields.map((f) => [f.id, f]));
  return query.fields.length ? query.fields.map((id) => byId.get(id)!) : table.fields;
}

/** A readable stream of the view in `format`; at most `max` rows (all matching rows up to it). */
export function exportView(
  ctx: ServiceContext,
  table: ActiveTable,
  query: SearchQuery,
  format: ExportFormat,
  max: number,
): Readable {
  const fields = fieldsOf(table, query);
  const rows = pages(ctx, table, query, max);
  if (format === 'csv') {
    return Readable.from(
      (async function* () {
        yield `\uFEFF${Papa.unparse([fields.map((f) => f.id)], { newline: '\r\n' })}\r\n`;
        for await (const page of rows)
          yield `${Papa.unparse(
            page.rows.map((r) => r.map(cell)),
            { newline: '\r\n' },
          )}\r\n`;
      })(),
    );
  }
  if (format === 'json') {
    return Readable.from(
      (async function* () {
        yield `{"fields":${JSON.stringify(fields)},"records":[`;
        let first = true;
        for await (const page of rows)
          for (const r of page.rows) {
            const obj = Object.fromEntries(fields.map((f, i) => [f.id, r[i]]));
            yield `${first ? '' : ','}\n${JSON.stringify(obj)}`;
            first = false;
          }
        yield '\n]}\n';
      })(),
    );
  }
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(table.resourceId.slice(0, 31));
  (async () => {
    sheet.addRow(fields.map((f) => f.id)).commit();
    for await (const page of rows)
      for (const r of page.rows)
        sheet
          .addRow(
            r.map((v) => (v === null || typeof v === 'object' ? (v === null ? null : JSON.stringify(v)) : v)),
          )
          .commit();
    sheet.commit();
    await workbook.commit();
  })().catch((e) => out.destroy(e as Error));
  return out;
}
