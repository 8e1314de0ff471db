// The full-text companion tables of `q` (query-index.ts): one per table version, the others dropped when a new
// one is built and all of them when the table goes; q reads through the current one and agrees with the scan.
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { testDialects } from '../../../test/db.ts';
import { quoteIdent } from './columns.ts';
import { ingestFile } from './ingest.ts';
import { createFullTextIndex, dropFullTextTables, fullTextIndex } from './query-index.ts';
import { textCondition } from './query-text.ts';
import type { TableDescriptor } from './query-types.ts';
import { dataStoreFor } from './store.ts';
import { dataStoreTestDb, insertResource } from './test-kit.ts';

const csv = (rows: string[]) => `ville,région,population\n${rows.join('\n')}\n`;

for (const dialect of testDialects()) {
  describe(`DataStore full-text tables (${dialect})`, () => {
    const t = dataStoreTestDb(dialect);

    const load = (resourceId: string, text: string) =>
      ingestFile(dataStoreFor(t.db), {
        resourceId,
        open: async () => Readable.from([Buffer.from(text)]),
        name: 'villes.csv',
      });

    /** Names of the companion tables of a resource, as the database lists them. */
    const companions = async (resourceId: string): Promise<string[]> => {
      const store = dataStoreFor(t.db);
      const prefix = `${resourceId}__fts_v`;
      if (dialect === 'sqlite')
        return (
          store
            .readOnlySqlite()!
            .prepare(
              "SELECT name FROM sqlite_master WHERE type = 'table' AND substr(name, 1, ?) = ? ORDER BY name",
            )
            .all(prefix.length, prefix) as { name: string }[]
        )
          .map((r) => r.name)
          .filter((n) => /_v\d+$/.test(n)); // FTS5's shadow tables (…_data, …_idx) go with their table
      const { rows } = await sql<{ tablename: string }>`SELECT tablename FROM pg_tables
        WHERE schemaname = ${store.dataSchema} AND left(tablename, ${prefix.length}) = ${prefix} ORDER BY tablename`.execute(
        t.db.db,
      );
      return rows.map((r) => r.tablename);
    };

    /** The rows `q` finds, through the given index (or the LIKE scan when null). */
    const search = async (resourceId: string, q: string, useIndex: boolean): Promise<string[]> => {
      const store = dataStoreFor(t.db);
      const table = (await store.getTable(resourceId))!;
      const descriptor: TableDescriptor = {
        resourceId,
        physical: dialect === 'sqlite' ? quoteIdent(resourceId) : store.qualifiedName(resourceId),
        fields: table.schema.fields.map((f) => ({ id: f.name, type: f.type === 'string' ? 'text' : 'int' })),
        fullText: useIndex ? await fullTextIndex(t.db, resourceId, table.version) : null,
      };
      if (useIndex) assert.ok(descriptor.fullText, 'the current version has its index');
      const where = textCondition(dialect, descriptor, q)!;
      const query = sql<{
        ville: string;
      }>`SELECT ville FROM ${sql.raw(descriptor.physical)} WHERE ${where} ORDER BY "_id"`;
      const rows =
        dialect === 'sqlite'
          ? (store
              .readOnlySqlite()!
              .prepare(query.compile(t.db.db).sql)
              .all(...query.compile(t.db.db).parameters) as {
              ville: string;
            }[])
          : (await query.execute(t.db.db)).rows;
      return rows.map((r) => r.ville);
    };

    it('builds one table per version, drops the previous one, and q through it equals the scan', async () => {
      const { resourceId } = await insertResource(t.db);
      await load(
        resourceId,
        csv(['Oujda,Oriental,494252', 'Nador,Oriental,161726', 'Agadir,Souss-Massa,421844']),
      );
      await createFullTextIndex(t.db, resourceId);
      assert.deepEqual(await companions(resourceId), [`${resourceId}__fts_v1`]);
      assert.deepEqual(await search(resourceId, 'oriental', true), ['Oujda', 'Nador']);

      await load(resourceId, csv(['Rabat,Rabat-Salé-Kénitra,577827', 'Salé,Rabat-Salé-Kénitra,982163']));
      assert.equal(await fullTextIndex(t.db, resourceId, 2), null, 'a new version has no index until built');
      await createFullTextIndex(t.db, resourceId);
      assert.deepEqual(await companions(resourceId), [`${resourceId}__fts_v2`], 'version 1 is dropped');
      assert.deepEqual(await search(resourceId, 'oriental', true), []);
      for (const q of ['salé', 'Rabat Kénitra', 'rabat 577827'])
        assert.deepEqual(await search(resourceId, q, true), await search(resourceId, q, false), q);
      assert.deepEqual(await search(resourceId, 'Salé', true), ['Rabat', 'Salé']);

      await createFullTextIndex(t.db, resourceId); // building twice changes nothing
      assert.deepEqual(await companions(resourceId), [`${resourceId}__fts_v2`]);

      await dropFullTextTables(t.db, resourceId, null);
      assert.deepEqual(await companions(resourceId), []);
      assert.equal(await fullTextIndex(t.db, resourceId, 2), null);
    });

    if (dialect === 'postgres')
      it('replaces the expression index earlier releases put on the data table', async () => {
        const { resourceId } = await insertResource(t.db);
        await load(resourceId, csv(['Fès,Fès-Meknès,1112072']));
        const store = dataStoreFor(t.db);
        await sql
          .raw(
            `CREATE INDEX ${quoteIdent(`${resourceId}__fts`)} ON ${store.qualifiedName(resourceId)} USING gin (to_tsvector('simple', coalesce(ville, '')))`,
          )
          .execute(t.db.db);
        await createFullTextIndex(t.db, resourceId);
        const { rows } = await sql`SELECT indexname FROM pg_indexes WHERE schemaname = ${store.dataSchema}
          AND indexname = ${`${resourceId}__fts`}`.execute(t.db.db);
        assert.equal(rows.length, 0);
        assert.deepEqual(await search(resourceId, 'fès', true), ['Fès']);
      });
  });
}
