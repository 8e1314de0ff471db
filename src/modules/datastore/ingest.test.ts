// Quirky files, as public administrations publish them: each ingests correctly or gets a report, never a crash.
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { testDialects } from '../../../test/db.ts';
import { IngestFailure, ingestFile } from './ingest.ts';
import { dataStoreFor } from './store.ts';
import { dataStoreTestDb, insertResource, readRows } from './test-kit.ts';

const fileOf = (bytes: Buffer) => async () => Readable.from([bytes]);
/** The bytes in small chunks: multi-byte characters and CRLF pairs get cut between chunks. */
const chunked =
  (bytes: Buffer, size = 7) =>
  async () =>
    Readable.from(
      Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) =>
        bytes.subarray(i * size, (i + 1) * size),
      ),
    );

for (const dialect of testDialects()) {
  describe(`DataStore ingestion of quirky files (${dialect})`, () => {
    const t = dataStoreTestDb(dialect);
    const ingest = async (bytes: Buffer, name = 'data.csv', open = fileOf(bytes)) => {
      const { resourceId } = await insertResource(t.db);
      const result = await ingestFile(dataStoreFor(t.db), { resourceId, open, name });
      return { ...result, resourceId, rows: await readRows(t.db, resourceId) };
    };

    it('reads Arabic headers in Windows-1256 with `;`, CRLF, `1 234,5` numbers, dd/mm/yyyy dates and a footnote', async () => {
      const text =
        'المدينة;عدد السكان;المساحة;التاريخ\r\n' +
        'الرباط;577 827;117,0;31/01/2024\r\n' +
        'فاس;1 112 072;320,5;01/02/2024\r\n' +
        'سلا;982 163;"1 234,5";15/03/2024\r\n' +
        '\r\n' +
        'المصدر: المندوبية السامية للتخطيط;;;\r\n';
      const { table, report, rows } = await ingest(
        iconv.encode(text, 'windows-1256'),
        'data.csv',
        chunked(iconv.encode(text, 'windows-1256')),
      );
      assert.equal(report.source.encoding, 'windows-1256');
      assert.equal(report.source.delimiter, ';');
      assert.deepEqual(
        table.schema.fields.map((f) => [f.name, f.type]),
        [
          ['المدينة', 'string'],
          ['عدد السكان', 'integer'],
          ['المساحة', 'number'],
          ['التاريخ', 'date'],
        ],
      );
      assert.equal(table.schema.fields[2]?.decimalChar, ',');
      assert.equal(rows.length, 3);
      assert.equal(rows[1]?.المدينة, 'فاس');
      assert.equal(Number(rows[1]?.['عدد السكان']), 1112072);
      assert.equal(Number(rows[2]?.المساحة), 1234.5);
      const date = rows[0]?.التاريخ;
      assert.equal(date instanceof Date ? date.toISOString().slice(0, 10) : date, '2024-01-31');
      assert.equal(report.counts['footnote-row'], 1);
      assert.equal(report.counts['blank-row'], 1);
      assert.ok(report.errors.some((e) => e.type === 'footnote-row' && e.rowNumber === 6));
      assert.equal(report.valid, true);
    });

    it('reads a UTF-8 file with two byte order marks, quoted line breaks and `1,234.5` numbers', async () => {
      const text =
        '\uFEFF\uFEFFnom,montant,note\n"Fès, médina","1,234.5","ligne un\nligne deux"\nRabat,12.25,""\n';
      const { table, rows } = await ingest(Buffer.from(text, 'utf8'));
      assert.deepEqual(
        table.schema.fields.map((f) => f.name),
        ['nom', 'montant', 'note'],
      );
      assert.equal(table.schema.fields[1]?.type, 'number');
      assert.equal(rows[0]?.nom, 'Fès, médina');
      assert.equal(Number(rows[0]?.montant), 1234.5);
      assert.equal(rows[0]?.note, 'ligne un\nligne deux');
      assert.equal(rows[1]?.note, null);
    });

    it('reads UTF-16 (little and big endian) tab-separated files', async () => {
      const text = 'الاسم\tالقيمة\tactif\r\nأ\t1\toui\r\nب\t2\tnon\r\n';
      const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
      const be = Buffer.from(le);
      be.swap16();
      for (const bytes of [le, be]) {
        const { table, rows, report } = await ingest(bytes, 'data.tsv', chunked(bytes, 5));
        assert.match(report.source.encoding ?? '', /utf-16/);
        assert.deepEqual(
          table.schema.fields.map((f) => [f.name, f.type]),
          [
            ['الاسم', 'string'],
            ['القيمة', 'integer'],
            ['actif', 'boolean'],
          ],
        );
        assert.equal(rows[1]?.الاسم, 'ب');
        assert.equal(rows[0]?.actif, dialect === 'postgres' ? true : 1);
      }
    });

    it('reads ISO-8859-1 French text with `|` and `1.234,5` numbers', async () => {
      const text = 'Région|Dépense|Année\nSouss-Massa|1.234,5|2021\nDrâa-Tafilalet|10.000,25|2022\n';
      const { table, rows, report } = await ingest(iconv.encode(text, 'latin1'));
      assert.equal(report.source.delimiter, '|');
      assert.deepEqual(
        table.schema.fields.map((f) => f.name),
        ['Région', 'Dépense', 'Année'],
      );
      assert.equal(table.schema.fields[1]?.groupChar, '.');
      assert.equal(rows[1]?.Région, 'Drâa-Tafilalet');
      assert.equal(Number(rows[1]?.Dépense), 10000.25);
    });

    it('joins a two-row header and cleans blank, duplicate and over-long names', async () => {
      const text =
        'Région,2020,,2021,\n,Hommes,Femmes,Hommes,Femmes\nOriental,10,11,12,13\nFès-Meknès,20,21,22,23\n';
      const { table, report, rows } = await ingest(Buffer.from(text));
      assert.equal(report.source.headerRows, 2);
      assert.deepEqual(
        table.schema.fields.map((f) => f.name),
        ['Région', '2020 Hommes', '2020 Femmes', '2021 Hommes', '2021 Femmes'],
      );
      assert.equal(rows.length, 2);
      assert.equal(report.counts['multiline-header'], 1);

      const long = 'ا'.repeat(40);
      const messy = ` nom ,,nom,_id,"a""b",${long}\n1,2,3,4,5,6\n`;
      const cleaned = await ingest(Buffer.from(messy));
      const names = cleaned.table.schema.fields.map((f) => f.name);
      assert.deepEqual(names.slice(0, 5), ['nom', 'field_2', 'nom_2', 'id', 'a b']);
      assert.ok(Buffer.byteLength(names[5]!) <= 63);
      assert.equal(cleaned.table.schema.fields[0]?.title, 'nom');
      assert.equal(cleaned.report.counts['blank-header'], 1);
      assert.equal(cleaned.report.counts['duplicate-header'], 1);
    });

    it('reports ragged rows and loads what it can', async () => {
      const text = 'a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12,\n';
      const { rows, report } = await ingest(Buffer.from(text));
      assert.equal(rows.length, 4);
      assert.equal(report.counts['missing-cell'], 1);
      assert.equal(report.counts['extra-cell'], 1);
      assert.deepEqual(
        report.errors.find((e) => e.type === 'extra-cell'),
        { type: 'extra-cell', rowNumber: 4, fieldNumber: 4, cell: '9' },
      );
      assert.equal(report.valid, false);
      assert.equal(report.stats.loadedRows, 4);
    });

    it('loads a column again as text when a row after the sample contradicts its type', async () => {
      const lines = ['code,valeur'];
      for (let i = 0; i < 1500; i++) lines.push(`${i},${i * 2}`);
      lines.push('x-1,3');
      const { table, report, rows } = await ingest(Buffer.from(lines.join('\n')));
      assert.equal(table.schema.fields[0]?.type, 'string');
      assert.equal(table.schema.fields[1]?.type, 'integer');
      assert.equal(rows.length, 1501);
      assert.equal(rows[1500]?.code, 'x-1');
      assert.deepEqual(report.retyped, [
        { fieldName: 'code', from: 'integer', rowNumber: 1502, cell: 'x-1' },
      ]);
    });

    it('enforces a declared type as type errors, and checks constraints', async () => {
      const { resourceId } = await insertResource(t.db);
      const text = 'ville,population\nRabat,577827\nFès,beaucoup\n,10\n';
      const { table, report } = await ingestFile(dataStoreFor(t.db), {
        resourceId,
        name: 'x.csv',
        open: fileOf(Buffer.from(text)),
        dictionary: { population: { type: 'integer' }, ville: { constraints: { required: true } } },
      });
      assert.equal(table.rowCount, 3);
      assert.equal(report.counts['type-error'], 1);
      assert.deepEqual(
        report.errors.find((e) => e.type === 'type-error'),
        {
          type: 'type-error',
          rowNumber: 3,
          fieldNumber: 2,
          fieldName: 'population',
          cell: 'beaucoup',
          params: { type: 'integer' },
        },
      );
      assert.equal(report.counts['constraint-error'], 1);
    });

    it('reads XLSX (first sheet, dates, formulas) and JSON arrays of objects', async () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Données');
      ws.addRow(['Province', 'Date', 'Total']);
      ws.addRow(['Agadir', new Date(Date.UTC(2024, 0, 15)), { formula: '1+1', result: 2 }]);
      ws.addRow(['Tiznit', new Date(Date.UTC(2024, 1, 1)), 5]);
      const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
      const x = await ingest(xlsx, 'data.xlsx');
      assert.deepEqual(
        x.table.schema.fields.map((f) => [f.name, f.type]),
        [
          ['Province', 'string'],
          ['Date', 'date'],
          ['Total', 'integer'],
        ],
      );
      assert.equal(Number(x.rows[0]?.Total), 2);
      assert.equal(x.rows.length, 2);

      const json = JSON.stringify([
        { nom: 'Ifrane', alt: 1665, tags: ['a'] },
        { nom: 'Oujda', alt: 470, extra: true },
      ]);
      const j = await ingest(Buffer.from(json), 'data.json', chunked(Buffer.from(json), 3));
      assert.deepEqual(
        j.table.schema.fields.map((f) => [f.name, f.type]),
        [
          ['nom', 'string'],
          ['alt', 'integer'],
          ['tags', 'string'],
          ['extra', 'boolean'],
        ],
      );
      assert.equal(j.rows[1]?.nom, 'Oujda');
    });

    it('gives a report, not a crash, for an empty file, a binary file named .csv and broken JSON', async () => {
      for (const [bytes, name, reason] of [
        [Buffer.alloc(0), 'vide.csv', 'empty'],
        [
          Buffer.from([
            0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10, 0x11, 0x00, 0x00, 0x9c, 0x00, 0x00, 0x80, 0x81, 0x00,
          ]),
          'data.csv',
          'not_tabular',
        ],
        [Buffer.from('[{"a":1},{"a":'), 'data.json', 'unterminated'],
        [Buffer.from('\n\n\n'), 'blank.csv', 'empty'],
      ] as const) {
        const { resourceId } = await insertResource(t.db);
        const e = await ingestFile(dataStoreFor(t.db), { resourceId, name, open: fileOf(bytes) }).catch(
          (x) => x,
        );
        assert.ok(e instanceof IngestFailure, `${name}: ${e}`);
        assert.equal(e.reason, reason);
        assert.equal(e.report.valid, false);
        assert.equal(await dataStoreFor(t.db).getTable(resourceId), undefined);
      }
    });

    it('keeps the previous table when a re-ingestion fails', async () => {
      const { resourceId } = await insertResource(t.db);
      const store = dataStoreFor(t.db);
      await ingestFile(store, { resourceId, name: 'a.csv', open: fileOf(Buffer.from('a,b\n1,2\n3,4\n')) });
      const e = await ingestFile(store, {
        resourceId,
        name: 'a.csv',
        open: fileOf(Buffer.from([0, 1, 2, 3, 0, 0, 0, 0xff])),
      }).catch((x) => x);
      assert.ok(e instanceof IngestFailure);
      const broken = async () =>
        Readable.from(
          (async function* () {
            yield Buffer.from('a,b\n5,6\n');
            throw new Error('storage went away');
          })(),
        );
      await assert.rejects(
        ingestFile(store, { resourceId, name: 'a.csv', open: broken }),
        /storage went away/,
      );
      const table = await store.getTable(resourceId);
      assert.equal(table?.rowCount, 2);
      assert.equal((await readRows(t.db, resourceId)).length, 2);
    });
  });
}
