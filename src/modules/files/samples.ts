// Test helper: small but faithful samples of each file type (magic numbers and container layouts).
import { gzipSync } from 'node:zlib';

export const bytes = (...parts: (string | number[] | Buffer)[]) =>
  Buffer.concat(
    parts.map((p) =>
      typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.isBuffer(p) ? p : Buffer.from(p),
    ),
  );

/** ZIP local file headers (stored, no compression) for the given entries, as at the start of a real ZIP. */
export function zipOf(entries: [name: string, content: string][]): Buffer {
  const parts: Buffer[] = [];
  for (const [name, content] of entries) {
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt32LE(Buffer.byteLength(content), 18);
    header.writeUInt32LE(Buffer.byteLength(content), 22);
    header.writeUInt16LE(Buffer.byteLength(name), 26);
    parts.push(header, Buffer.from(name), Buffer.from(content));
  }
  return Buffer.concat(parts);
}

/** An OLE2 compound file header, then (optionally) a directory sector naming `stream`. */
export function ole2(stream?: string): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  const dir = Buffer.alloc(512);
  Buffer.from('Root Entry', 'utf16le').copy(dir);
  if (stream) Buffer.from(stream, 'utf16le').copy(dir, 128);
  return Buffer.concat([header, dir]);
}

/** Encodes text in Windows-1256 (Arabic and French letters), from the platform's own decoder table. */
export function windows1256(text: string): Buffer {
  const table = new Map<string, number>();
  const decoded = new TextDecoder('windows-1256').decode(Uint8Array.from({ length: 128 }, (_, i) => 128 + i));
  for (const [i, c] of [...decoded].entries()) table.set(c, 128 + i);
  return Buffer.from(
    [...text].map((c) => {
      const code = c.charCodeAt(0);
      if (code < 128) return code;
      const b = table.get(c);
      if (b === undefined) throw new Error(`not in windows-1256: ${c}`);
      return b;
    }),
  );
}

const arabicCsv = 'المدينة,الجهة,السكان\nالرباط,الرباط سلا القنيطرة,577827\nفاس,فاس مكناس,1112072\n';
const frenchCsv = 'région;ville;taux\nÎle-de-France;Évry;12,5\nAuvergne;Clermont-Ferrand;9,8\n';

export const samples = {
  pdf: bytes('%PDF-1.7\n%', [0xe2, 0xe3, 0xcf, 0xd3], '\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'),
  xlsx: zipOf([
    ['[Content_Types].xml', '<?xml version="1.0"?><Types/>'],
    ['_rels/.rels', '<Relationships/>'],
    ['xl/workbook.xml', '<workbook/>'],
  ]),
  docx: zipOf([
    ['[Content_Types].xml', '<Types/>'],
    ['word/document.xml', '<w:document/>'],
  ]),
  ooxmlUndetermined: zipOf([['[Content_Types].xml', '<Types/>']]),
  ods: zipOf([
    ['mimetype', 'application/vnd.oasis.opendocument.spreadsheet'],
    ['content.xml', '<office:document-content/>'],
  ]),
  zip: zipOf([['data/readme.txt', 'hello']]),
  xls: ole2('Workbook'),
  doc: ole2('WordDocument'),
  oleBare: ole2(),
  png: bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR'),
  jpeg: bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JFIF\0'),
  gif: bytes('GIF89a', [1, 0, 1, 0, 0x80, 0, 0]),
  gzip: gzipSync(Buffer.from('a,b\n1,2\n')),
  json: Buffer.from('{"dataset": "budget", "rows": [1, 2, 3]}'),
  jsonArray: Buffer.from('\n  [{"a": 1}, {"a": 2}]'),
  xml: Buffer.from(
    '<?xml version="1.0" encoding="UTF-8"?>\n<!-- export -->\n<catalog><item id="1"/></catalog>',
  ),
  spreadsheetMl: Buffer.from('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook/>'),
  html: Buffer.from('<!DOCTYPE html>\n<html><head><title>x</title></head><body></body></html>'),
  htmlFragment: Buffer.from('\n\n<!-- saved -->\n<table><tr><td>1</td></tr></table>'),
  xhtml: Buffer.from('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>'),
  svg: Buffer.from(
    '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
  ),
  svgBare: Buffer.from('<svg width="10" height="10"><circle r="4"/></svg>'),
  csv: Buffer.from('name,population,area\n"Rabat, capital",577827,117\nFes,1112072,320\n'),
  csvSemicolon: Buffer.from('nom;valeur;taux\nA;1,5;2,25\nB;3,75;4,5\nC;5;6\n'),
  tsv: Buffer.from('year\tregion\tvalue\n2023\tNorth\t10\n2024\tSouth\t12\n'),
  csvUtf8Bom: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(arabicCsv)]),
  csvWindows1256: windows1256(arabicCsv),
  csvWindows1252: Buffer.from(frenchCsv, 'latin1'),
  tsvUtf16leBom: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a\tb\n1\t2\n3\t4\n', 'utf16le')]),
  csvUtf16beBom: Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('a,b\n1,2\n', 'utf16le').swap16()]),
  csvUtf16leNoBom: Buffer.from('code,label\n1,one\n2,two\n', 'utf16le'),
  oneColumn: Buffer.from('city\nRabat\nFes\nTanger\n'),
  prose: Buffer.from(
    'This dataset lists public schools.\nIt is updated, when possible, every year.\nSee the notes.\n',
  ),
  elf: bytes([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0]),
  pe: bytes('MZ', [0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0]),
  macho: bytes([0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1, 3, 0, 0, 0]),
  script: Buffer.from('#!/bin/sh\nrm -rf "$HOME"\n'),
  binary: bytes([0, 1, 2, 3, 0xfe, 0x80, 0, 0, 0x10, 0x11, 0, 0x13, 0x14, 0, 0x99, 0x42]),
};
