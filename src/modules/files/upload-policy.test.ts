import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { filesAr, filesEn, filesFr } from '../../i18n/messages/files.ts';
import { errorCodes } from '../../kernel/error-codes.ts';
import { type AcceptedUpload, checkUpload, sniffFile } from './index.ts';
import { samples } from './samples.ts';

const check = (bytes: Buffer, name: string, declaredType?: string) =>
  checkUpload({ name, sniffed: sniffFile(bytes, name), declaredType });

const refused = (code: string, params: Record<string, string>) => ({ code, params });

describe('checkUpload: accepted files', () => {
  const accepted: [Buffer, string, Partial<AcceptedUpload>][] = [
    [samples.csv, 'pop.csv', { type: 'csv', contentType: 'text/csv; charset=utf-8', family: 'tabular' }],
    [samples.csvWindows1256, 'مدن.csv', { type: 'csv', contentType: 'text/csv; charset=windows-1256' }],
    [samples.csvUtf8Bom, 'villes.CSV', { type: 'csv', encoding: 'utf-8', extension: 'csv' }],
    [
      samples.tsvUtf16leBom,
      'export.txt',
      { type: 'tsv', contentType: 'text/tab-separated-values; charset=utf-16le' },
    ],
    [samples.prose, 'readme.txt', { type: 'text', contentType: 'text/plain; charset=utf-8' }],
    [samples.csv, 'schema.yaml', { type: 'text', mediaType: 'application/yaml' }],
    [samples.oneColumn, 'cities.csv', { type: 'csv', mediaType: 'text/csv' }],
    [samples.json, 'zones.geojson', { type: 'json', mediaType: 'application/geo+json' }],
    [samples.xml, 'catalog.rdf', { type: 'xml', mediaType: 'application/rdf+xml' }],
    [samples.spreadsheetMl, 'legacy.xls', { type: 'xml', mediaType: 'application/xml' }],
    [samples.pdf, 'report.pdf', { type: 'pdf', contentType: 'application/pdf', family: 'document' }],
    [samples.xlsx, 'budget.xlsx', { type: 'xlsx', family: 'tabular' }],
    [samples.ooxmlUndetermined, 'budget.xlsx', { type: 'xlsx' }],
    [samples.ods, 'budget.ods', { type: 'ods' }],
    [samples.xlsx, 'budget.zip', { type: 'xlsx' }],
    [samples.zip, 'places.kmz', { type: 'zip', mediaType: 'application/vnd.google-earth.kmz' }],
    [samples.xls, 'old.xls', { type: 'xls', mediaType: 'application/vnd.ms-excel' }],
    [samples.oleBare, 'old.xls', { type: 'xls' }],
    [samples.png, 'map.png', { type: 'png', contentType: 'image/png' }],
    [samples.jpeg, 'photo.JPEG', { type: 'jpeg' }],
    [samples.gif, 'a.gif', { type: 'gif' }],
    [samples.gzip, 'data.csv.gz', { type: 'gzip' }],
    [
      samples.binary,
      'survey.sav',
      { type: 'binary', mediaType: 'application/octet-stream', extension: 'sav' },
    ],
    [samples.csv, 'no-extension', { type: 'csv', extension: '' }],
    [samples.csv, 'pop.csv', { type: 'csv' }],
  ];
  for (const [bytes, name, expected] of accepted) {
    test(`${name} (${sniffFile(bytes, name).label})`, () => {
      const got = check(bytes, name);
      for (const [k, v] of Object.entries(expected)) assert.equal(got[k as keyof AcceptedUpload], v, k);
    });
  }

  test('a CSV declared as application/vnd.ms-excel (Windows browsers) is accepted', () => {
    assert.equal(check(samples.csv, 'a.csv', 'application/vnd.ms-excel').type, 'csv');
  });
});

describe('checkUpload: refusals', () => {
  test('programs and scripts are refused naming the detected type, whatever their name', () => {
    assert.throws(() => check(samples.elf, 'data.csv'), refused('files.type_not_allowed', { type: 'ELF' }));
    assert.throws(
      () => check(samples.pe, 'setup.exe'),
      refused('files.type_not_allowed', { type: 'EXE/DLL' }),
    );
    assert.throws(
      () => check(samples.pe, 'report.pdf'),
      refused('files.type_not_allowed', { type: 'EXE/DLL' }),
    );
    assert.throws(() => check(samples.macho, 'app'), refused('files.type_not_allowed', { type: 'Mach-O' }));
    assert.throws(
      () => check(samples.script, 'notes.txt'),
      refused('files.type_not_allowed', { type: '#! script' }),
    );
  });

  test('HTML and SVG are refused (script risk), also when named otherwise', () => {
    assert.throws(
      () => check(samples.html, 'page.html'),
      refused('files.type_not_allowed', { type: 'HTML' }),
    );
    assert.throws(
      () => check(samples.htmlFragment, 'export.xls'),
      refused('files.type_not_allowed', { type: 'HTML' }),
    );
    assert.throws(
      () => check(samples.xhtml, 'data.xml'),
      refused('files.type_not_allowed', { type: 'HTML' }),
    );
    assert.throws(() => check(samples.svg, 'logo.svg'), refused('files.type_not_allowed', { type: 'SVG' }));
    assert.throws(
      () => check(samples.svgBare, 'logo.png'),
      refused('files.type_not_allowed', { type: 'SVG' }),
    );
  });

  test('refused extensions and declared types, even over harmless content', () => {
    assert.throws(() => check(samples.prose, 'run.bat'), refused('files.type_not_allowed', { type: '.bat' }));
    assert.throws(() => check(samples.prose, 'x.js'), refused('files.type_not_allowed', { type: '.js' }));
    assert.throws(() => check(samples.prose, 'x.htm'), refused('files.type_not_allowed', { type: 'HTML' }));
    assert.throws(
      () => check(samples.oleBare, 'setup.msi'),
      refused('files.type_not_allowed', { type: '.msi' }),
    );
    assert.throws(
      () => check(samples.csv, 'a.csv', 'text/html; charset=utf-8'),
      refused('files.type_not_allowed', { type: 'text/html' }),
    );
  });

  test('an extension that contradicts the content is refused with files.type_mismatch', () => {
    const mismatch = (extension: string, type: string) => refused('files.type_mismatch', { extension, type });
    assert.throws(() => check(samples.pdf, 'data.csv'), mismatch('csv', 'PDF'));
    assert.throws(() => check(samples.csv, 'budget.xlsx'), mismatch('xlsx', 'CSV'));
    assert.throws(() => check(samples.docx, 'budget.xlsx'), mismatch('xlsx', 'DOCX'));
    assert.throws(() => check(samples.xlsx, 'report.pdf'), mismatch('pdf', 'XLSX'));
    assert.throws(() => check(samples.png, 'photo.jpg'), mismatch('jpg', 'PNG'));
    assert.throws(() => check(samples.oleBare, 'data.csv'), mismatch('csv', 'OLE2 (Office 97–2003)'));
    assert.throws(() => check(samples.csv, 'old.xls'), mismatch('xls', 'CSV'));
    assert.throws(() => check(samples.binary, 'data.json'), mismatch('json', 'BIN'));
    assert.throws(() => check(samples.gzip, 'data.csv'), { code: 'files.type_mismatch', status: 400 });
  });

  test('an empty file is refused', () => {
    assert.throws(() => check(Buffer.alloc(0), 'a.csv'), { code: 'files.empty', status: 400 });
  });
});

test('every files.* error code has a message in en, fr and ar with the same placeholders', () => {
  const codes = Object.keys(errorCodes).filter((c) => c.startsWith('files.'));
  assert.ok(codes.length >= 7);
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const code of codes) {
    const key = `error.${code}` as keyof typeof filesEn;
    for (const messages of [filesEn, filesFr, filesAr]) {
      assert.ok(messages[key], `${key} is missing`);
      assert.deepEqual(placeholders(messages[key]), placeholders(filesEn[key]), key);
    }
  }
});
