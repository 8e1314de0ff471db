// Reads a plan file into rows of text: XLSX (first sheet) when the bytes are a ZIP archive, otherwise CSV in
// the encoding detected (UTF-8 with or without BOM, Windows-1256 or ISO-8859-6 Arabic, Windows-1252 French…),
// with its delimiter (comma, semicolon or tab) detected.
import chardet from 'chardet';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { AppError } from '../../kernel/errors.ts';

const isZip = (b: Buffer) => b.length > 3 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v) return String(v.text);
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    return '';
  }
  return String(v);
}

async function readXlsx(bytes: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError('http.validation', {}, { file: { reason: 'invalid_format' } });
  }
  const ws = wb.worksheets[0];
  if (!ws) return [];
  const width = ws.columnCount;
  const rows: string[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    const out: string[] = [];
    for (let k = 1; k <= width; k++) out.push(cellText(row.getCell(k).value).trim());
    rows.push(out);
  });
  return rows;
}

function decode(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  const utf8 = bytes.toString('utf8');
  if (!utf8.includes('\uFFFD')) return utf8;
  const guess = chardet.detect(bytes) ?? 'windows-1256';
  return iconv.encodingExists(guess) ? iconv.decode(bytes, guess) : utf8;
}

/** The file's rows (the first is the header row), empty rows kept so row numbers match the file's. */
export async function readTable(bytes: Buffer): Promise<string[][]> {
  if (!bytes.length) throw new AppError('http.validation', {}, { file: { reason: 'required' } });
  if (isZip(bytes)) return readXlsx(bytes);
  const parsed = Papa.parse<string[]>(decode(bytes), { skipEmptyLines: false });
  return parsed.data.map((r) => r.map((c) => String(c ?? '').trim()));
}
