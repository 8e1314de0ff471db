// `unique` and `primaryKey` at ingestion (Frictionless unique-error / primary-key-error with positions, the
// unique index when the data allows it) and workbooks of several sheets (the chosen one, else the first
// filled one), on both databases.
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { testDialects } from '../../../test/db.ts';
import { type DictionaryEdits, IngestFailure, ingestFile, type TableEdits } from './ingest.ts';
import { dataStoreFor } from './store.ts';
import {
  dataStoreTestDb,
  insertResource,
  readRows,
  reorderZip,
  uniqueIndexes,
  workbook,
} from './test-kit.ts';

const csv = `code,année,région,montant
A1,2020,Oriental,10
A2,2020,Oriental,11
A1,2021,Souss,12
A3,2021,Souss,13
A2,2021,Souss,14
`;

for (const dialect of testDialects()) {
  describe(`DataStore unique columns, primary keys and sheets (${dialect})`, () => {
    const t = dataStoreTestDb(dialect);
    const ingest = async (
      bytes: Buffer | string,
      opts: { name?: string; dictionary?: DictionaryEdits; table?: TableEdits; resourceId?: string } = {},
    ) => {
      const resourceId = opts.resourceId ?? (await insertResource(t.db)).resourceId;
      const data = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
      const result = await ingestFile(dataStoreFor(t.db), {
        resourceId,
        open: async () => Readable.from([data]),
        name: opts.name ?? 'data.csv',
        dictionary: opts.dictionary ?? null,
        table: opts.table ?? null,
      });
      return { ...result, resourceId, rows: await readRows(t.db, resourceId) };
    };

    it('reports repeated values of a unique column and a repeated primary key, loads everything, indexes nothing', async () => {
      const { report, rows, resourceId, table } = await ingest(csv, {
        dictionary: { code: { constraints: { unique: true } } },
        table: { primaryKey: ['région', 'année'] },
      });
      assert.equal(rows.length, 5, 'the data still loads');
      assert.equal(report.valid, false);
      assert.deepEqual(table.schema.primaryKey, ['région', 'année']);
      const unique = report.errors.filter((e) => e.type === 'unique-error');
      assert.deepEqual(
        unique.map((e) => [e.rowNumber, e.fieldNumber, e.fieldName, e.cell, e.params?.firstRow]),
        [
          [4, 1, 'code', 'A1', 2],
          [6, 1, 'code', 'A2', 3],
        ],
      );
      const pk = report.errors.filter((e) => e.type === 'primary-key-error');
      assert.deepEqual(
        pk.map((e) => [e.rowNumber, e.fieldName, e.cell, e.params?.firstRow]),
        [
          [3, 'région, année', 'Oriental, 2020', 2],
          [5, 'région, année', 'Souss, 2021', 4],
          [6, 'région, année', 'Souss, 2021', 4],
        ],
      );
      assert.equal(report.counts['unique-error'], 2);
      assert.equal(report.counts['primary-key-error'], 3);
      assert.deepEqual(report.uniqueIndexes, [
        { kind: 'primaryKey', fields: ['région', 'année'], indexed: false, reason: 'duplicates', count: 3 },
        { kind: 'unique', fields: ['code'], indexed: false, reason: 'duplicates', count: 2 },
      ]);
      assert.deepEqual(await uniqueIndexes(t.db, resourceId), []);
    });

    it('creates the unique indexes when the data satisfies them, and the database then enforces them', async () => {
      const { report, resourceId } = await ingest(csv, {
        dictionary: { montant: { constraints: { unique: true } } },
        table: { primaryKey: ['code', 'année'] },
      });
      assert.equal(report.valid, true, JSON.stringify(report.errors));
      assert.deepEqual(report.uniqueIndexes, [
        { kind: 'primaryKey', fields: ['code', 'année'], indexed: true },
        { kind: 'unique', fields: ['montant'], indexed: true },
      ]);
      assert.deepEqual(await uniqueIndexes(t.db, resourceId), [`${resourceId}__pk`, `${resourceId}__u_1`]);
      const store = dataStoreFor(t.db);
      await assert.rejects(
        store.insertRows(resourceId, [['A1', 2020, 'Autre', 99]]),
        'a repeated key is refused by the index',
      );
      // A reload of the same data keeps the indexes (they are rebuilt with the table, names free again).
      await ingest(csv, {
        resourceId,
        dictionary: { montant: { constraints: { unique: true } } },
        table: { primaryKey: ['code', 'année'] },
      });
      assert.deepEqual(await uniqueIndexes(t.db, resourceId), [`${resourceId}__pk`, `${resourceId}__u_1`]);
    });

    it('an empty primary key cell is a required constraint-error and prevents the index; nulls may repeat in a unique column', async () => {
      const text = 'id,nom,note\n1,a,x\n,b,\n3,c,\n';
      const { report, rows, resourceId } = await ingest(text, {
        dictionary: { note: { constraints: { unique: true } } },
        table: { primaryKey: ['id'] },
      });
      assert.equal(rows.length, 3);
      assert.deepEqual(
        report.errors.map((e) => [e.type, e.rowNumber, e.fieldName, e.params?.constraint]),
        [['constraint-error', 3, 'id', 'required']],
      );
      assert.deepEqual(report.uniqueIndexes, [
        { kind: 'primaryKey', fields: ['id'], indexed: false, reason: 'missing_values', count: 1 },
        { kind: 'unique', fields: ['note'], indexed: true },
      ]);
      assert.deepEqual(await uniqueIndexes(t.db, resourceId), [`${resourceId}__u_1`]);
    });

    it('reads the first filled sheet of a workbook by default, the chosen one otherwise, and lists them all', async () => {
      const xlsx = await workbook([
        ['Notes', []],
        [
          'Budget 2024',
          [
            ['Région', 'Montant'],
            ['Oriental', 10],
            ['Souss', 20],
          ],
        ],
        [
          'المصدر',
          [
            ['الجهة', 'السنة', 'العدد'],
            ['الرباط', 2023, 5],
          ],
        ],
      ]);
      const first = await ingest(xlsx, { name: 'budget.xlsx' });
      assert.deepEqual(first.report.source.sheets, ['Notes', 'Budget 2024', 'المصدر']);
      assert.equal(first.report.source.sheet, 'Budget 2024');
      assert.deepEqual(
        first.table.schema.fields.map((f) => f.name),
        ['Région', 'Montant'],
      );
      assert.equal(first.rows.length, 2);

      const chosen = await ingest(xlsx, {
        name: 'budget.xlsx',
        resourceId: first.resourceId,
        table: { sheet: 'المصدر' },
      });
      assert.equal(chosen.report.source.sheet, 'المصدر');
      assert.deepEqual(
        chosen.table.schema.fields.map((f) => [f.name, f.type]),
        [
          ['الجهة', 'string'],
          ['السنة', 'integer'],
          ['العدد', 'integer'],
        ],
      );
      assert.equal(chosen.rows[0]?.الجهة, 'الرباط');

      await assert.rejects(
        ingest(xlsx, { name: 'budget.xlsx', resourceId: first.resourceId, table: { sheet: 'Gone' } }),
        (e: unknown) => {
          assert.ok(e instanceof IngestFailure);
          assert.equal(e.reason, 'sheet_not_found');
          assert.deepEqual(e.report.source.sheets, ['Notes', 'Budget 2024', 'المصدر']);
          return true;
        },
      );
      assert.equal((await readRows(t.db, first.resourceId)).length, 1, 'the previous table is kept');
    });

    it('names the sheets whatever the order of the parts in the zip', async () => {
      const xlsx = await workbook([
        ['Notes', []],
        [
          'Budget',
          [
            ['Région', 'Montant'],
            ['Oriental', 10],
          ],
        ],
      ]);
      const sheets = ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml'];
      const orders = [
        // Relations and shared strings first, the workbook part last: the case that once failed.
        ['xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', ...sheets, 'xl/workbook.xml'],
        // Spreadsheet programs' usual order: workbook, relations, then the parts.
        ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', ...sheets],
        // Worksheets before everything they refer to.
        [...sheets, 'xl/sharedStrings.xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels'],
      ];
      for (const order of orders) {
        const { report, rows } = await ingest(await reorderZip(xlsx, order), { name: 'budget.xlsx' });
        assert.deepEqual(report.source.sheets, ['Notes', 'Budget'], order.join(' '));
        assert.equal(report.source.sheet, 'Budget');
        assert.deepEqual(
          rows.map((r) => r.Région),
          ['Oriental'],
        );
      }
    });
  });
}
