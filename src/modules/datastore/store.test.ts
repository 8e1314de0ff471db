import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDialects } from '../../../test/db.ts';
import { dataStoreFor } from './store.ts';
import type { TableSchema } from './table-schema.ts';
import { dataStoreTestDb, insertResource, readRows } from './test-kit.ts';

const CITY = 'المدينة';
const schema: TableSchema = {
  fields: [
    { name: 'المدينة', type: 'string', title: 'المدينة ' },
    { name: 'population', type: 'integer' },
    { name: 'part', type: 'number' },
    { name: 'capitale', type: 'boolean' },
    { name: 'date', type: 'date' },
  ],
};

for (const dialect of testDialects()) {
  describe(`DataStore storage (${dialect})`, () => {
    const t = dataStoreTestDb(dialect);

    it('builds a table, swaps it in with its registry row, and reads it back', async () => {
      const { resourceId } = await insertResource(t.db);
      const store = dataStoreFor(t.db);
      const rows = [
        ['الرباط', 577827, 1.5, true, '2024-01-31'],
        ['Fès, "médina"\tvieille\nville \\ 2', 1112072, null, false, null],
        [null, null, 0.25, null, '1999-12-01'],
      ] as const;
      const table = await store.replaceTable(
        { resourceId, schema, origin: 'ingest', sourceChecksum: 'abc' },
        async (b) => {
          await b.write(rows.map((r) => [...r]));
          assert.equal(b.rowCount, 3);
        },
      );
      assert.equal(table.active, true);
      assert.equal(table.status, 'ready');
      assert.equal(table.rowCount, 3);
      assert.equal(table.version, 1);
      assert.deepEqual(table.schema, schema);
      const read = await readRows(t.db, resourceId);
      assert.equal(read.length, 3);
      assert.deepEqual(
        read.map((r) => r._id),
        [1, 2, 3],
      );
      assert.equal(read[1]?.[CITY], 'Fès, "médina"\tvieille\nville \\ 2');
      assert.equal(Number(read[0]?.population), 577827);
      assert.equal(Number(read[2]?.part), 0.25);
      assert.equal(read[0]?.capitale, dialect === 'postgres' ? true : 1);
      assert.equal(read[1]?.part, null);
    });

    it('keeps the previous table and registry row when a rebuild fails', async () => {
      const { resourceId } = await insertResource(t.db);
      const store = dataStoreFor(t.db);
      await store.replaceTable({ resourceId, schema, origin: 'ingest' }, (b) =>
        b.write([['Salé', 1, 2, true, '2020-02-02']]),
      );
      await assert.rejects(
        store.replaceTable(
          { resourceId, schema: { fields: [{ name: 'x', type: 'string' }] }, origin: 'ingest' },
          async (b) => {
            await b.write([['one'], ['two']]);
            throw new Error('reader broke');
          },
        ),
        /reader broke/,
      );
      const table = await store.getTable(resourceId);
      assert.equal(table?.rowCount, 1);
      assert.deepEqual(table?.schema, schema);
      const read = await readRows(t.db, resourceId);
      assert.equal(read.length, 1);
      assert.equal(read[0]?.[CITY], 'Salé');
    });

    it('loads a cell longer than a COPY chunk between ordinary rows', async () => {
      const { resourceId } = await insertResource(t.db);
      const store = dataStoreFor(t.db);
      const long = `€${'مدينة\t'.repeat(30_000)}`; // > 64 KB in UTF-8, with characters COPY escapes
      const rows = Array.from({ length: 50 }, (_, i) => [i === 25 ? long : `v${i}`, i, null, null, null]);
      await store.replaceTable({ resourceId, schema, origin: 'ingest' }, (b) => b.write(rows));
      const read = await readRows(t.db, resourceId);
      assert.equal(read.length, 50);
      assert.equal(read[25]?.[CITY], long);
      assert.equal(read[49]?.[CITY], 'v49');
    });

    it('numbers appended rows after the rows of a build, and refuses a repeated _id', async () => {
      const { resourceId } = await insertResource(t.db);
      const store = dataStoreFor(t.db);
      await store.replaceTable({ resourceId, schema, origin: 'ingest' }, async (b) => {
        await b.write([['a', 1, 1, true, null]]);
        await b.write([['b', 2, 2, false, null]]);
      });
      assert.equal(await store.insertRows(resourceId, [['c', 3, 3, true, null]]), 3);
      const read = await readRows(t.db, resourceId);
      assert.deepEqual(
        read.map((r) => [r._id, r[CITY]]),
        [
          [1, 'a'],
          [2, 'b'],
          [3, 'c'],
        ],
      );
      const table = store.qualifiedName(resourceId);
      const repeat = `INSERT INTO ${table} ("_id", "population") VALUES (2, 9)`;
      if (dialect === 'postgres') await assert.rejects(t.db.pool!.query(repeat), /duplicate key/);
      else
        await assert.rejects(
          store.withDataTransaction(({ sqlite }) => sqlite!.exec(repeat)),
          /UNIQUE/,
        );
    });

    it('creates an empty table, appends rows, drops it', async () => {
      const { resourceId } = await insertResource(t.db);
      const store = dataStoreFor(t.db);
      const created = await store.createTable({ resourceId, schema, origin: 'api' });
      assert.equal(created.rowCount, 0);
      assert.equal(created.origin, 'api');
      const many = Array.from({ length: 1234 }, (_, i) => [`v${i}`, i, i / 2, i % 2 === 0, '2024-05-06']);
      assert.equal(await store.insertRows(resourceId, many), 1234);
      assert.equal((await store.getTable(resourceId))?.rowCount, 1234);
      const read = await readRows(t.db, resourceId);
      assert.equal(read.length, 1234);
      assert.equal(read[1233]?.[CITY], 'v1233');
      await store.dropTable(resourceId);
      assert.equal(await store.getTable(resourceId), undefined);
    });
  });
}
