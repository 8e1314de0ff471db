// Ingestion of a file into its DataStore table: read → detect the header → infer types over a sample → cast
// and check every row → load in batches → swap the table in. Streaming throughout: only the sample and one
// batch are in memory. A column whose inferred type a later row contradicts is loaded again as text (a second
// pass over the file; no value is lost); types the publisher declared in the data dictionary are enforced
// instead (the cell is reported as a type-error and loaded as null).
import type { Readable } from 'node:stream';
import { detectHeader } from './header.ts';
import {
  bestNumberStyle,
  brokenConstraint,
  type Caster,
  casterOf,
  inferColumns,
  TYPE_ERROR,
} from './infer/infer.ts';
import { openSource, type RecordBatch, SourceError } from './read/source.ts';
import { ReportBuilder } from './report.ts';
import type { ValidationReport } from './report-types.ts';
import type { DataStore, NewTable, TableDescriptor } from './store.ts';
import type { Row, TableField, TableSchema } from './table-schema.ts';
import { UniqueChecker, uniqueIndexName } from './unique-check.ts';

/** The publisher's edits of a field (by field name), applied over what was inferred. */
export type DictionaryEdits = Record<string, Partial<Omit<TableField, 'name'>>>;

/** The publisher's choices for the whole table: the primary key, and which sheet of a workbook to load. */
export interface TableEdits {
  primaryKey?: string[];
  sheet?: string;
}

export interface IngestInput {
  resourceId: string;
  /** Opens the original file from its start (called again for a second pass). */
  open: () => Promise<Readable>;
  /** File name or format (settles what the bytes leave open). */
  name: string;
  checksum?: string | null;
  jobId?: string | null;
  dictionary?: DictionaryEdits | null;
  table?: TableEdits | null;
  onProgress?: (p: { rows: number; bytes: number }) => void | Promise<void>;
  signal?: AbortSignal;
}

/** The file could not become a table; `report` says why (the previous table, if any, is kept). */
export class IngestFailure extends Error {
  constructor(
    readonly reason: string,
    readonly params: Record<string, string | number>,
    readonly report: ValidationReport,
  ) {
    super(reason);
  }
}

const SAMPLE_ROWS = 1000;
const WRITE_BATCH = 1000;
const PROGRESS_EVERY_MS = 500;

/** Non-blank cells of a record, counting up to 2 (0: blank row, 1: maybe a footnote). */
function filledCells(record: readonly string[]): number {
  let n = 0;
  for (const cell of record) {
    if (cell.length > 0 && (cell.length > 1 || cell.charCodeAt(0) > 32) && cell.trim() !== '') n++;
    if (n === 2) break;
  }
  return n;
}

class Retype extends Error {
  constructor(readonly columns: Map<number, { rowNumber: number; cell: string }>) {
    super('retype');
  }
}

/** Ingests a file; returns the new table and its report, or throws IngestFailure. */
export async function ingestFile(
  store: DataStore,
  input: IngestInput,
): Promise<{ table: TableDescriptor; report: ValidationReport }> {
  const demoted = new Map<number, { rowNumber: number; cell: string; from: string }>();
  for (let pass = 0; pass < 3; pass++) {
    try {
      return await ingestPass(store, input, demoted);
    } catch (e) {
      if (!(e instanceof Retype)) throw e;
    }
  }
  throw new Error('ingestion did not settle on column types');
}

async function ingestPass(
  store: DataStore,
  input: IngestInput,
  demoted: Map<number, { rowNumber: number; cell: string; from: string }>,
): Promise<{ table: TableDescriptor; report: ValidationReport }> {
  const report = new ReportBuilder();
  const fail = (
    reason: string,
    params: Record<string, string | number>,
    source: ValidationReport['source'],
  ) => {
    report.add({
      type: reason === 'not_tabular' || reason === 'empty' ? 'source-error' : 'format-error',
      params: { reason, ...params },
    });
    return new IngestFailure(reason, params, report.build(source, 0, 0));
  };
  const unknownSource: ValidationReport['source'] = { format: 'unknown', headerRows: 0, bytes: 0 };
  let opened: Awaited<ReturnType<typeof openSource>>;
  try {
    opened = await openSource(await input.open(), input.name, { sheet: input.table?.sheet });
  } catch (e) {
    if (e instanceof SourceError) throw fail(e.reason, e.params, unknownSource);
    throw e;
  }
  const iterator = opened.batches[Symbol.asyncIterator]();
  let bytes = 0;
  const source = (headerRows: number): ValidationReport['source'] => ({
    format: opened.info.format,
    ...(opened.info.encoding ? { encoding: opened.info.encoding } : {}),
    ...(opened.info.delimiter ? { delimiter: opened.info.delimiter } : {}),
    ...(opened.info.sheets ? { sheets: opened.info.sheets, sheet: opened.info.sheet } : {}),
    headerRows,
    bytes,
  });
  const next = async (): Promise<RecordBatch | null> => {
    try {
      const r = await iterator.next();
      if (r.done) return null;
      bytes = r.value.bytes;
      return r.value;
    } catch (e) {
      if (e instanceof SourceError) throw fail(e.reason, e.params, source(0));
      throw e;
    }
  };

  // The sample: enough records for the header and the type inference.
  const preview: string[][] = [];
  let pending: RecordBatch | null = null;
  let ended = false;
  while (preview.length < SAMPLE_ROWS + 40) {
    const batch = await next();
    if (!batch) {
      ended = true;
      break;
    }
    preview.push(...batch.records);
  }
  const header = detectHeader(preview.slice(0, 40));
  if (header.names.length === 0) throw fail('empty', {}, source(0));
  for (const e of header.errors) report.add(e);
  const width = header.names.length;
  const firstData = header.skipped + header.headerRows;
  const sample = preview
    .slice(firstData, firstData + SAMPLE_ROWS)
    .filter((r) => r.some((c) => c.trim() !== ''));
  const inferred = inferColumns(sample, width);
  const dictionary = input.dictionary ?? {};
  const fields: TableField[] = header.names.map((name, i) => {
    const edits = dictionary[name] ?? {};
    const d = demoted.get(i);
    const base: TableField = d && !edits.type ? { name, type: 'string' } : { name, ...inferred[i]! };
    return { ...base, ...(header.titles[i] ? { title: header.titles[i] } : {}), ...edits, name };
  });
  const strict = header.names.map((n) => dictionary[n]?.type !== undefined);
  // A numeric type the publisher declared on a column read as text: take the separators most values use.
  fields.forEach((f, i) => {
    if (strict[i] && (f.type === 'number' || f.type === 'integer') && f.decimalChar === undefined) {
      const values = sample.map((r) => (r[i] ?? '').trim()).filter((v) => v !== '');
      const style = bestNumberStyle(values);
      if (style.decimalChar !== '.' || style.groupChar !== '')
        Object.assign(f, { decimalChar: style.decimalChar, groupChar: style.groupChar });
    }
  });
  const primaryKey = (input.table?.primaryKey ?? []).filter((n) => header.names.includes(n));
  const schema: TableSchema = { fields, ...(primaryKey.length ? { primaryKey } : {}) };
  const unique = new UniqueChecker(fields, schema);
  const casters: Caster[] = fields.map(casterOf);
  const constrained = fields.map((f) => f.constraints !== undefined);
  const padRagged = opened.info.format !== 'csv'; // XLSX and JSON rows omit trailing empty cells
  const newTable: NewTable = {
    resourceId: input.resourceId,
    schema,
    origin: 'ingest',
    sourceChecksum: input.checksum ?? null,
    jobId: input.jobId ?? null,
  };
  let rowNumber = 0;
  let rows = 0;
  let lastProgress = 0;
  const conflicts = new Map<number, { rowNumber: number; cell: string }>();

  const table = await store
    .replaceTable(newTable, async (builder) => {
      // Row arrays are reused from one write batch to the next (the builder is done with them when write
      // resolves): one allocation less per row.
      const out: Row[] = [];
      let used = 0;
      let footnotes: { rowNumber: number; record: string[] }[] = [];
      const flush = async () => {
        if (used && conflicts.size === 0) {
          if (out.length > used) out.length = used;
          await builder.write(out);
        }
        used = 0;
      };
      const handle = (record: string[], at: number) => {
        rows++;
        const checkEncoding = opened.replaced();
        if (record.length > width) {
          for (let c = width; c < record.length; c++)
            if (record[c]!.trim() !== '')
              report.add({ type: 'extra-cell', rowNumber: at, fieldNumber: c + 1, cell: record[c]! });
        } else if (record.length < width && !padRagged) {
          for (let c = record.length; c < width; c++)
            report.add({
              type: 'missing-cell',
              rowNumber: at,
              fieldNumber: c + 1,
              fieldName: fields[c]!.name,
            });
        }
        let row = out[used];
        if (row === undefined) {
          row = new Array(width);
          out.push(row);
        }
        used++;
        for (let c = 0; c < width; c++) {
          const text = record[c] ?? '';
          let value = casters[c]!(text);
          if (value === TYPE_ERROR) {
            if (!strict[c]) {
              if (!conflicts.has(c)) conflicts.set(c, { rowNumber: at, cell: text.slice(0, 100) });
              value = null;
            } else {
              report.add({
                type: 'type-error',
                rowNumber: at,
                fieldNumber: c + 1,
                fieldName: fields[c]!.name,
                cell: text,
                params: { type: fields[c]!.type },
              });
              value = null;
            }
          } else if (constrained[c]) {
            const broken = brokenConstraint(fields[c]!, value);
            if (broken)
              report.add({
                type: 'constraint-error',
                rowNumber: at,
                fieldNumber: c + 1,
                fieldName: fields[c]!.name,
                cell: text,
                params: { constraint: broken },
              });
          }
          if (checkEncoding && typeof value === 'string' && value.includes('\uFFFD'))
            report.add({
              type: 'encoding-error',
              rowNumber: at,
              fieldNumber: c + 1,
              fieldName: fields[c]!.name,
              cell: value,
            });
          row[c] = value;
        }
        if (unique.active) unique.check(row, at, record, report);
      };
      const consume = async (records: string[][], offset: number) => {
        for (let i = offset; i < records.length; i++) {
          const record = records[i]!;
          const at = ++rowNumber;
          if (at <= firstData) continue;
          const filled = filledCells(record);
          if (filled === 0) {
            report.add({ type: 'blank-row', rowNumber: at });
            continue;
          }
          // A row with only its first cell filled may be a footnote: decided when the next real row comes.
          if (filled === 1 && width >= 3 && record[0]!.trim() !== '') {
            footnotes.push({ rowNumber: at, record });
            continue;
          }
          for (const f of footnotes) handle(f.record, f.rowNumber);
          footnotes = [];
          handle(record, at);
          if (used >= WRITE_BATCH) await flush();
        }
      };
      await consume(preview, 0);
      pending = ended ? null : await next();
      while (pending) {
        if (input.signal?.aborted) throw new Error('ingestion aborted');
        await consume(pending.records, 0);
        const now = Date.now();
        if (input.onProgress && now - lastProgress > PROGRESS_EVERY_MS) {
          lastProgress = now;
          await input.onProgress({ rows, bytes });
        }
        pending = await next();
      }
      for (const f of footnotes)
        report.add({ type: 'footnote-row', rowNumber: f.rowNumber, cell: f.record[0]! });
      await flush();
      if (conflicts.size > 0) throw new Retype(conflicts);
      const malformed = opened.malformed();
      if (malformed > 0)
        report.add({ type: 'format-error', params: { reason: 'stray_quotes', count: malformed } });
      const retyped = [...demoted].map(([c, d]) => ({
        fieldName: fields[c]!.name,
        from: d.from,
        rowNumber: d.rowNumber,
        cell: d.cell,
      }));
      const outcomes = unique.outcomes();
      unique.clear();
      newTable.uniqueIndexes = outcomes.flatMap((o, n) =>
        o.indexed ? [{ name: uniqueIndexName(input.resourceId, o.kind, n), columns: o.fields }] : [],
      );
      newTable.report = report.build(source(header.headerRows), rows, builder.rowCount, retyped);
      if (outcomes.length) newTable.report.uniqueIndexes = outcomes;
    })
    .catch((e) => {
      if (e instanceof Retype)
        for (const [c, d] of e.columns) demoted.set(c, { ...d, from: fields[c]!.type });
      throw e;
    });
  await input.onProgress?.({ rows: table.rowCount, bytes });
  return { table, report: newTable.report! };
}
