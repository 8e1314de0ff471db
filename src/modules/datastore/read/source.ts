// Opens a file as batches of text records: CSV/TSV (encoding and delimiter detected), XLSX (the chosen sheet,
// else the first one with a filled cell; streaming) or a JSON array of objects (streaming). Every format gives the same thing: arrays of strings,
// the first record(s) being the header, plus the bytes read so far for progress.
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { peekStream, SNIFF_BYTES, sniffFile } from '../../files/index.ts';
import { CsvParser } from './csv-parser.ts';
import { JsonArraySplitter } from './json-splitter.ts';

export type SourceFormat = 'csv' | 'xlsx' | 'json';

export interface RecordBatch {
  records: string[][];
  /** Bytes of the file read so far. */
  bytes: number;
}

export interface SourceInfo {
  format: SourceFormat;
  encoding?: string;
  delimiter?: string;
  /** XLSX: the workbook's sheet names in tab order, and the sheet read (known once reading has started). */
  sheets?: string[];
  sheet?: string;
  /** JSON: the object keys become the header record (first record of the first batch). */
}

/** Why a file cannot be read at all (the report says it; no table is made). */
export class SourceError extends Error {
  constructor(
    readonly reason:
      | 'empty'
      | 'not_tabular'
      | 'not_an_array'
      | 'invalid_json'
      | 'unterminated'
      | 'xlsx_unreadable'
      | 'sheet_not_found',
    readonly params: Record<string, string | number> = {},
  ) {
    super(reason);
  }
}

export interface OpenedSource {
  info: SourceInfo;
  batches: AsyncIterable<RecordBatch>;
  /** Records with stray quotes (CSV), seen so far. */
  malformed(): number;
  /** Whether the decoder met bytes that are not valid in the encoding (U+FFFD in the text) so far. */
  replaced(): boolean;
}

const BATCH = 2000;
// CSV text is decoded and parsed in pieces of at most this many bytes, and handed over as soon as BATCH_CSV
// records are ready: every string stays small enough for V8's young generation (strings over ~128 KB go
// straight to the old generation and are only freed by a full collection) and records die young, so the heap
// does not grow with the file (issue #7: peak memory whatever the file size).
const PIECE_BYTES = 32 * 1024;
const BATCH_CSV = 500;

/** Detects the format from the first bytes (and the file name or declared format when they leave it open). */
export async function openSource(
  stream: Readable,
  nameOrFormat: string,
  options: { sheet?: string | undefined } = {},
): Promise<OpenedSource> {
  const peeked = await peekStream(stream, SNIFF_BYTES);
  const sniff = sniffFile(peeked.head, nameOrFormat);
  if (sniff.type === 'empty') throw new SourceError('empty');
  if (sniff.type === 'xlsx') {
    const info: SourceInfo = { format: 'xlsx' };
    return {
      info,
      batches: xlsxBatches(peeked.stream, info, options.sheet),
      malformed: () => 0,
      replaced: () => false,
    };
  }
  if (sniff.type === 'json') {
    const decoder = textDecoder(sniff.encoding ?? 'utf-8');
    return {
      info: { format: 'json', encoding: sniff.encoding },
      batches: jsonBatches(peeked.stream, decoder),
      malformed: () => 0,
      replaced: () => decoder.replaced,
    };
  }
  const textual = sniff.type === 'csv' || sniff.type === 'tsv' || sniff.type === 'text';
  if (!textual || !sniff.encoding) throw new SourceError('not_tabular', { type: sniff.label });
  const delimiter = sniff.delimiter ?? (sniff.type === 'tsv' ? '\t' : ',');
  const parser = { current: null as CsvParser | null };
  const decoder = textDecoder(sniff.encoding);
  return {
    info: { format: 'csv', encoding: sniff.encoding, delimiter },
    batches: csvBatches(peeked.stream, decoder, delimiter, parser),
    malformed: () => parser.current?.malformed ?? 0,
    replaced: () => decoder.replaced,
  };
}

interface Decoder {
  write(b: Buffer): string;
  end(): string;
  replaced: boolean;
}

function textDecoder(encoding: string): Decoder {
  const d =
    encoding === 'utf-8'
      ? (() => {
          const utf8 = new TextDecoder('utf-8');
          return { write: (b: Buffer) => utf8.decode(b, { stream: true }), end: () => utf8.decode() };
        })()
      : (() => {
          const other = iconv.getDecoder(encoding);
          return { write: (b: Buffer) => other.write(b), end: () => other.end() ?? '' };
        })();
  const out: Decoder = {
    replaced: false,
    write(b) {
      const text = d.write(b);
      if (!out.replaced && text.includes('\uFFFD')) out.replaced = true;
      return text;
    },
    end() {
      const text = d.end();
      if (!out.replaced && text.includes('\uFFFD')) out.replaced = true;
      return text;
    },
  };
  return out;
}

/** Byte order marks, one or more (files saved twice by tools that add one each time). */
const stripBoms = (text: string) => text.replace(/^\uFEFF+/, '');

async function* csvBatches(
  stream: Readable,
  decoder: Decoder,
  delimiter: string,
  holder: { current: CsvParser | null },
): AsyncIterable<RecordBatch> {
  let records: string[][] = [];
  const parser = new CsvParser(delimiter, (r) => records.push(r));
  holder.current = parser;
  let bytes = 0;
  let first = true;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const start = bytes;
    bytes += chunk.length;
    for (let at = 0; at < chunk.length; at += PIECE_BYTES) {
      let text = decoder.write(
        at === 0 && chunk.length <= PIECE_BYTES ? chunk : chunk.subarray(at, at + PIECE_BYTES),
      );
      if (first && text.length > 0) {
        text = stripBoms(text);
        first = false;
      }
      parser.push(text);
      if (records.length >= BATCH_CSV) {
        yield { records, bytes: Math.min(bytes, start + at + PIECE_BYTES) };
        records = [];
      }
    }
  }
  parser.push(first ? stripBoms(decoder.end()) : decoder.end());
  parser.end();
  yield { records, bytes };
}

async function* jsonBatches(stream: Readable, decoder: Decoder): AsyncIterable<RecordBatch> {
  const keys = new Map<string, number>();
  let records: string[][] = [];
  let headerSent = false;
  const splitter = new JsonArraySplitter((value) => {
    const obj =
      value && typeof value === 'object' && !Array.isArray(value)
        ? (value as Record<string, unknown>)
        : { value };
    const row: string[] = [];
    for (const [k, v] of Object.entries(obj)) {
      let at = keys.get(k);
      if (at === undefined) {
        at = keys.size;
        keys.set(k, at);
      }
      row[at] = jsonCell(v);
    }
    for (let i = 0; i < row.length; i++) row[i] ??= '';
    records.push(row);
  });
  let bytes = 0;
  const flush = (): RecordBatch => {
    // The header is the keys seen in the first batch; keys first seen later make extra cells (reported).
    const out = headerSent ? records : [[...keys.keys()], ...records];
    headerSent = true;
    records = [];
    return { records: out, bytes };
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    splitter.push(decoder.write(chunk));
    if (splitter.error) throw new SourceError(splitter.error as 'invalid_json');
    if (records.length >= BATCH) yield flush();
  }
  splitter.push(decoder.end());
  splitter.end();
  if (splitter.error) throw new SourceError(splitter.error as 'invalid_json');
  if (!headerSent && keys.size === 0) throw new SourceError('empty');
  yield flush();
}

const jsonCell = (v: unknown): string =>
  v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);

async function* xlsxBatches(stream: Readable, info: SourceInfo, wanted?: string): AsyncIterable<RecordBatch> {
  let bytes = 0;
  stream.on('data', (c: Buffer) => {
    bytes += c.length;
  });
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'emit',
  });
  holdSheetsUntilWorkbookKnown(reader);
  let records: string[][] = [];
  let found = false;
  try {
    let n = 0;
    for await (const sheet of reader) {
      n++;
      const model = (reader as unknown as { model?: { sheets?: { name: string }[] } }).model;
      info.sheets ??= model?.sheets?.map((s) => s.name) ?? [];
      const name = (sheet as unknown as { name?: string }).name ?? `Sheet${n}`;
      if (!info.sheets.includes(name)) info.sheets.push(name);
      if (wanted !== undefined && name !== wanted) continue; // not iterated: exceljs drains it
      let expected = 1;
      let filled = false;
      for await (const row of sheet) {
        // Rows missing from the sheet are blank rows of the table.
        for (; expected < row.number; expected++) records.push([]);
        expected = row.number + 1;
        const values = row.values as unknown[];
        const cells: string[] = [];
        for (let i = 1; i < values.length; i++) cells.push(xlsxCell(values[i]));
        if (!filled && cells.some((c) => c.trim() !== '')) filled = true;
        records.push(cells);
        // Held until a filled cell shows the sheet is not empty (an empty one gives way to the next).
        if (filled && records.length >= BATCH) {
          yield { records, bytes };
          records = [];
        }
      }
      if (!filled && wanted === undefined) {
        records = [];
        continue;
      }
      info.sheet = name;
      found = true;
      break;
    }
  } catch (e) {
    throw new SourceError('xlsx_unreadable', { detail: String((e as Error)?.message ?? e).slice(0, 120) });
  }
  if (wanted !== undefined && !found) throw new SourceError('sheet_not_found', { sheet: wanted });
  yield { records, bytes };
}

/**
 * The streaming reader names a worksheet from `xl/workbook.xml`, and parses a worksheet at once when the shared
 * strings and the workbook relations came before it — even if `xl/workbook.xml` did not (the zip's entry order is
 * the writer's choice; exceljs's own writer varies it under load), and then fails reading the missing model.
 * Until the workbook part is read, the relations are reported absent, so the reader parks such worksheets in
 * temporary files and parses them after the last entry, as it does for any worksheet that precedes the shared
 * strings.
 */
function holdSheetsUntilWorkbookKnown(reader: object): void {
  let rels: unknown;
  Object.defineProperty(reader, 'workbookRels', {
    configurable: true,
    get(this: { model?: unknown }) {
      return this.model ? rels : undefined;
    },
    set(v: unknown) {
      rels = v;
    },
  });
}

function xlsxCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) {
    const iso = v.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
  }
  if (typeof v !== 'object') return String(v);
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((p) => p.text).join('');
  if ('result' in o) return xlsxCell(o.result);
  if ('text' in o) return xlsxCell(o.text);
  if ('error' in o) return '';
  return JSON.stringify(v);
}
