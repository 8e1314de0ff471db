// The inventory's file layout (one row per item, one column per field) and reading/writing it as CSV or XLSX.
// Headers may be the column keys or their labels in Arabic, French or English; extra read-only columns of our
// own exports (id, organisation, status, score) are ignored on import so that an export can be imported back.
import chardet from 'chardet';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { type Locale, locales, type MessageKey, translate } from '../../i18n/index.ts';
import { fold } from './vocabulary.ts';

export const columns = [
  'title_ar',
  'title_fr',
  'title_en',
  'description_ar',
  'description_fr',
  'description_en',
  'owner_unit',
  'source_system',
  'format',
  'volume',
  'frequency',
  'personal_data',
  'access_level',
  'restriction_reason',
  'justification',
  'planned_date',
  'dataset',
  'quality',
  'no_legal_obstacle',
  'open_format',
] as const;
export type Column = (typeof columns)[number];
/** Written by exports, ignored by imports. */
export const readOnlyColumns = ['id', 'organization', 'status', 'score', 'requests', 'votes'] as const;
export type AnyColumn = Column | (typeof readOnlyColumns)[number];

export const columnLabel = (locale: Locale, c: AnyColumn) =>
  translate(locale, `inventory.column.${c}` as MessageKey);

let byHeader: Map<string, AnyColumn> | undefined;
/** The column a header names (key or label in any language), or undefined. */
export function columnOf(header: string): AnyColumn | undefined {
  if (!byHeader) {
    byHeader = new Map();
    for (const c of [...columns, ...readOnlyColumns]) {
      byHeader.set(fold(c), c);
      for (const l of locales) byHeader.set(fold(columnLabel(l, c)), c);
    }
  }
  return byHeader.get(fold(header));
}

export type Cell = string | Date;
export interface Sheet {
  header: string[];
  /** Data rows with their row number in the file (the header is row 1). */
  rows: { line: number; cells: Cell[] }[];
}

const isXlsx = (name: string, buf: Buffer) =>
  /\.xlsx$/i.test(name) || (buf.length > 4 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 3);

/**
 * Text of a CSV file: UTF-8 (with or without BOM); otherwise Windows-1256, the legacy encoding of Arabic Excel,
 * which also keeps French accented letters where Windows-1252 has them; unless the detector recognises another
 * multi-byte or non-Latin encoding (short Arabic text is often misread as ISO-8859-1, so Latin guesses are not
 * trusted).
 */
function decode(buf: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf).replace(/^\uFEFF/, '');
  } catch {
    const guess = chardet.detect(buf) ?? '';
    const latin = /^(ISO-8859-1|ISO-8859-15|windows-1252|windows-1256|ISO-8859-6|ASCII)$/i.test(guess);
    return iconv.decode(buf, !latin && iconv.encodingExists(guess) ? guess : 'windows-1256');
  }
}

function cellValue(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((p) => p.text).join('');
    if ('text' in v) return String(v.text);
    if ('result' in v) return cellValue(v.result as ExcelJS.CellValue);
    return '';
  }
  return String(v);
}

const blank = (cells: Cell[]) => cells.every((c) => typeof c === 'string' && !c.trim());

export async function readSheet(name: string, buf: Buffer): Promise<Sheet> {
  let all: { line: number; cells: Cell[] }[] = [];
  if (isXlsx(name, buf)) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    ws?.eachRow({ includeEmpty: false }, (row, line) => {
      const cells: Cell[] = [];
      for (let i = 1; i <= row.cellCount; i++) cells.push(cellValue(row.getCell(i).value));
      all.push({ line, cells });
    });
  } else {
    const parsed = Papa.parse<string[]>(decode(buf), { skipEmptyLines: false });
    // A leading ' before = + - @ is the formula guard of our CSV exports (and of spreadsheets): drop it.
    const unguard = (c: string) => (/^'[=+\-@\t\r]/.test(c) ? c.slice(1) : c);
    all = parsed.data.map((cells, i) => ({ line: i + 1, cells: cells.map((c) => unguard(c ?? '')) }));
  }
  all = all.filter((r) => !blank(r.cells));
  const [head, ...rows] = all;
  return { header: (head?.cells ?? []).map((c) => String(c).trim()), rows };
}

export type Table = { header: string[]; rows: string[][] };

export function writeCsv(t: Table): Buffer {
  // A BOM so that spreadsheet programs read UTF-8 (Arabic, accents) correctly.
  // escapeFormulae: a cell starting with = + - @ is written with a leading ' so that spreadsheets do not run it.
  const text = Papa.unparse([t.header, ...t.rows], { escapeFormulae: true });
  return Buffer.from(`\uFEFF${text}\r\n`, 'utf8');
}

export async function writeXlsx(t: Table, sheetName: string, rtl: boolean): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName.slice(0, 31), {
    views: [{ rightToLeft: rtl, state: 'frozen', ySplit: 1 }],
  });
  ws.addRow(t.header).font = { bold: true };
  for (const r of t.rows) ws.addRow(r);
  ws.columns.forEach((c) => {
    c.width = 22;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
