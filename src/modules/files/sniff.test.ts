import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import { SNIFF_BYTES, type SniffResult, sniffFile } from './index.ts';
import { samples } from './samples.ts';

type Expect = Partial<SniffResult> & Pick<SniffResult, 'type'>;
const cases: [name: string, bytes: Buffer, fileName: string, expected: Expect][] = [
  ['PDF', samples.pdf, 'report.pdf', { type: 'pdf', mediaType: 'application/pdf', family: 'document' }],
  [
    'PDF after leading junk',
    Buffer.concat([Buffer.from([0, 0, 0x1b, 3]), samples.pdf]),
    'r.pdf',
    { type: 'pdf' },
  ],
  [
    'CSV that mentions %PDF- is still CSV',
    Buffer.from('file,header\nr.pdf,%PDF-1.4\n'),
    'a.csv',
    { type: 'csv' },
  ],
  ['XLSX (workbook part in the prefix)', samples.xlsx, 'budget.bin', { type: 'xlsx', family: 'tabular' }],
  ['DOCX', samples.docx, 'notes.docx', { type: 'docx', family: 'document' }],
  ['OOXML with parts beyond the prefix, named .xlsx', samples.ooxmlUndetermined, 'b.xlsx', { type: 'xlsx' }],
  ['OOXML with parts beyond the prefix, no name', samples.ooxmlUndetermined, '', { type: 'zip' }],
  ['ODS (mimetype entry)', samples.ods, 'budget.ods', { type: 'ods', family: 'tabular' }],
  ['plain ZIP', samples.zip, 'archive.zip', { type: 'zip', mediaType: 'application/zip', family: 'archive' }],
  [
    'XLS (OLE2 with a Workbook stream)',
    samples.xls,
    'old.bin',
    { type: 'xls', mediaType: 'application/vnd.ms-excel' },
  ],
  ['DOC (OLE2 with a WordDocument stream)', samples.doc, 'old.doc', { type: 'doc' }],
  ['OLE2, streams beyond the prefix, named .xls', samples.oleBare, 'old.xls', { type: 'xls' }],
  ['OLE2, streams beyond the prefix, named .csv', samples.oleBare, 'old.csv', { type: 'ole2' }],
  ['PNG', samples.png, 'map.png', { type: 'png', mediaType: 'image/png', family: 'image' }],
  ['JPEG', samples.jpeg, 'photo.jpg', { type: 'jpeg', mediaType: 'image/jpeg' }],
  ['GIF', samples.gif, 'anim.gif', { type: 'gif' }],
  ['GZIP', samples.gzip, 'data.csv.gz', { type: 'gzip', mediaType: 'application/gzip', family: 'archive' }],
  ['JSON object', samples.json, 'd.json', { type: 'json', encoding: 'utf-8', family: 'structured' }],
  ['JSON array after whitespace', samples.jsonArray, 'd.json', { type: 'json' }],
  ['XML with declaration and comment', samples.xml, 'c.xml', { type: 'xml', mediaType: 'application/xml' }],
  ['HTML document', samples.html, 'page.html', { type: 'html', family: 'markup' }],
  ['HTML fragment after a comment', samples.htmlFragment, 'export.xls', { type: 'html' }],
  ['XHTML (namespace)', samples.xhtml, 'x.xml', { type: 'html' }],
  ['SVG with XML declaration', samples.svg, 'logo.png', { type: 'svg', mediaType: 'image/svg+xml' }],
  ['SVG without declaration', samples.svgBare, 'logo.svg', { type: 'svg' }],
  [
    'CSV with quoted commas',
    samples.csv,
    'pop.csv',
    { type: 'csv', delimiter: ',', encoding: 'utf-8', bom: false },
  ],
  ['CSV with ; and decimal commas', samples.csvSemicolon, 'fr.csv', { type: 'csv', delimiter: ';' }],
  ['TSV', samples.tsv, 'data.tsv', { type: 'tsv', delimiter: '\t', mediaType: 'text/tab-separated-values' }],
  [
    'CSV in UTF-8 with a BOM',
    samples.csvUtf8Bom,
    'villes.csv',
    { type: 'csv', encoding: 'utf-8', bom: true },
  ],
  [
    'CSV in Windows-1256 (Arabic)',
    samples.csvWindows1256,
    'villes.csv',
    { type: 'csv', encoding: 'windows-1256', bom: false, delimiter: ',' },
  ],
  [
    'CSV in Windows-1252 (French)',
    samples.csvWindows1252,
    'fr.csv',
    { type: 'csv', encoding: 'windows-1252' },
  ],
  [
    'TSV in UTF-16LE with a BOM (Excel)',
    samples.tsvUtf16leBom,
    'x.txt',
    { type: 'tsv', encoding: 'utf-16le' },
  ],
  [
    'CSV in UTF-16BE with a BOM',
    samples.csvUtf16beBom,
    'x.csv',
    { type: 'csv', encoding: 'utf-16be', bom: true },
  ],
  ['CSV in UTF-16LE without a BOM', samples.csvUtf16leNoBom, 'x.csv', { type: 'csv', encoding: 'utf-16le' }],
  ['one-column CSV takes its name', samples.oneColumn, 'cities.csv', { type: 'csv', delimiter: ',' }],
  ['one-column text without a CSV name', samples.oneColumn, 'cities.txt', { type: 'text' }],
  ['prose', samples.prose, 'readme.txt', { type: 'text', mediaType: 'text/plain', family: 'text' }],
  ['ELF executable', samples.elf, 'tool', { type: 'elf', family: 'executable', label: 'ELF' }],
  ['Windows executable', samples.pe, 'setup.csv', { type: 'pe', family: 'executable' }],
  ['Mach-O executable', samples.macho, 'app', { type: 'macho', family: 'executable' }],
  ['shell script', samples.script, 'run.txt', { type: 'script', family: 'executable' }],
  ['unknown binary', samples.binary, 'data.dat', { type: 'binary', mediaType: 'application/octet-stream' }],
  ['empty', Buffer.alloc(0), 'empty.csv', { type: 'empty' }],
];

describe('sniffFile', () => {
  for (const [name, bytes, fileName, expected] of cases) {
    test(name, () => {
      const got = sniffFile(bytes, fileName);
      for (const [k, v] of Object.entries(expected))
        assert.deepEqual(got[k as keyof SniffResult], v, `${name}: ${k} (got ${JSON.stringify(got)})`);
    });
  }

  test('text decisions hold on a full prefix cut inside a line and inside a UTF-8 character', () => {
    const row = 'الرباط,2024,مؤشر التنمية البشرية,0.71\n';
    const big = Buffer.from(`المدينة,السنة,المؤشر,القيمة\n${row.repeat(1000)}`);
    const prefix = big.subarray(0, SNIFF_BYTES);
    assert.notEqual(prefix.toString().at(-1), '\n');
    const got = sniffFile(prefix, 'idh.csv');
    assert.equal(got.type, 'csv');
    assert.equal(got.encoding, 'utf-8');
    const cutInChar = big.subarray(0, Buffer.from('المدينة,ا').length - 1);
    assert.equal(sniffFile(cutInChar, 'x.csv').encoding, 'utf-8');
  });

  test('random bytes are binary, never text, and never throw', () => {
    for (let i = 0; i < 50; i++) {
      const got = sniffFile(randomBytes(512 + ((i * 97) % 4000)), 'x.csv');
      assert.ok(!['csv', 'text', 'tsv', 'json', 'xml'].includes(got.type), got.type);
    }
  });
});
