// sniffFile: what a file is, from its first bytes (magic numbers, then text analysis). The declared name only
// settles what the bytes leave open (an OOXML part list beyond the prefix, OLE2 streams, a one-column CSV).
import { extensionInfo, extensionOf } from './extensions.ts';
import { classifyText, type Delimiter, sniffText, type TextEncoding } from './text-sniff.ts';
import { type FileFamily, type FileType, fileTypes, oleTypes, textualTypes, zipTypes } from './types.ts';

/** How many first bytes to give sniffFile (more is fine; less may miss ZIP and OLE2 details). */
export const SNIFF_BYTES = 16384;

export interface SniffResult {
  type: FileType;
  /** Short name for messages: `PDF`, `XLSX`, `CSV`, `EXE/DLL`… */
  label: string;
  mediaType: string;
  family: FileFamily;
  /** Text files: the encoding, whether it starts with a byte order mark, and for CSV/TSV the delimiter. */
  encoding?: TextEncoding;
  bom?: boolean;
  delimiter?: Delimiter;
}

const ascii = (b: Uint8Array, from: number, to: number) =>
  Buffer.from(b.subarray(from, to)).toString('latin1');
const startsWith = (b: Uint8Array, bytes: number[], at = 0) => bytes.every((x, i) => b[at + i] === x);
const utf16le = (s: string) => Buffer.from(s, 'utf16le');

function result(type: FileType, extra: Partial<SniffResult> = {}): SniffResult {
  const info = fileTypes[type];
  return { type, label: info.label, mediaType: info.mediaType, family: info.family, ...extra };
}

function zipKind(b: Uint8Array, ext: FileType | undefined): FileType {
  const nameLength = (b[26] ?? 0) | ((b[27] ?? 0) << 8);
  const extraLength = (b[28] ?? 0) | ((b[29] ?? 0) << 8);
  if (ascii(b, 30, 30 + nameLength) === 'mimetype') {
    const at = 30 + nameLength + extraLength;
    const mime = ascii(b, at, at + 80);
    if (mime.startsWith('application/vnd.oasis.opendocument.spreadsheet')) return 'ods';
    if (mime.startsWith('application/vnd.oasis.opendocument.text')) return 'odt';
    if (mime.startsWith('application/vnd.oasis.opendocument.presentation')) return 'odp';
    return 'zip';
  }
  const names = ascii(b, 0, b.length);
  if (/xl\/(workbook|worksheets|_rels|styles|sharedStrings)/.test(names)) return 'xlsx';
  if (/word\/(document|_rels|styles|settings)/.test(names)) return 'docx';
  if (/ppt\/(presentation|slides|_rels)/.test(names)) return 'pptx';
  // An Office Open XML package whose parts lie beyond the prefix: trust the name if it says which.
  if (names.includes('[Content_Types].xml') && ext && zipTypes.has(ext) && !ext.startsWith('od')) return ext;
  return 'zip';
}

function oleKind(b: Uint8Array, ext: FileType | undefined): FileType {
  const buf = Buffer.from(b);
  if (buf.includes(utf16le('Workbook')) || buf.includes(utf16le('Book\0'))) return 'xls';
  if (buf.includes(utf16le('WordDocument'))) return 'doc';
  if (buf.includes(utf16le('PowerPoint Document'))) return 'ppt';
  return ext && oleTypes.has(ext) ? ext : 'ole2';
}

function magic(b: Uint8Array, ext: FileType | undefined): FileType | undefined {
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04])) return zipKind(b, ext);
  if (startsWith(b, [0x50, 0x4b, 0x05, 0x06]) || startsWith(b, [0x50, 0x4b, 0x07, 0x08])) return 'zip';
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return oleKind(b, ext);
  if (ascii(b, 0, 5) === '%PDF-') return 'pdf';
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a') return 'gif';
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP') return 'webp';
  if (startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  if (startsWith(b, [0x1f, 0x8b])) return 'gzip';
  if (ascii(b, 0, 3) === 'BZh' && startsWith(b, [0x31, 0x41, 0x59, 0x26, 0x53, 0x59], 4)) return 'bzip2';
  if (startsWith(b, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return '7z';
  if (ascii(b, 0, 6) === 'Rar!\x1a\x07') return 'rar';
  if (ascii(b, 0, 16) === 'SQLite format 3\0') return 'sqlite';
  if (startsWith(b, [0x7f, 0x45, 0x4c, 0x46])) return 'elf';
  for (const m of [0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe])
    if (b.length >= 4 && Buffer.from(b).readUInt32BE(0) === m) return 'macho';
  return undefined;
}

/**
 * Detects the type of a file from its first bytes (`SNIFF_BYTES` is enough) and its declared name.
 * Never throws: unknown binary content is `binary`, a zero-length prefix is `empty`.
 */
export function sniffFile(firstBytes: Uint8Array, declaredName = ''): SniffResult {
  const b = firstBytes;
  if (b.length === 0) return result('empty');
  const ext = extensionInfo(extensionOf(declaredName))?.type;
  const found = magic(b, ext);
  if (found) return result(found);
  const text = sniffText(b);
  if (!text) {
    // Weak magic numbers, trusted only for binary content: "MZ" (DOS/Windows), "PAR1" (Parquet), and a PDF
    // header after some junk (readers accept it within the first 1024 bytes).
    if (ascii(b, 0, 2) === 'MZ') return result('pe');
    if (ascii(b, 0, 4) === 'PAR1') return result('parquet');
    if (ascii(b, 0, 1024).includes('%PDF-')) return result('pdf');
    return result('binary');
  }
  const kind = classifyText(text.text);
  let type: FileType = kind.type;
  // A text whose structure is open (one column, one line…) takes the type its name gives.
  if (type === 'text' && ext && textualTypes.has(ext)) type = ext;
  return result(type, {
    encoding: text.encoding,
    bom: text.bom,
    ...(type === 'csv' || type === 'tsv'
      ? { delimiter: kind.delimiter ?? (type === 'tsv' ? ('\t' as const) : ',') }
      : {}),
  });
}
