// The database's own walls around datastore_search_sql, on both databases: a row limit that says when rows were
// left out, a time limit, and a read-only session that refuses a write even if the guard let one through.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { createTestDb, type TestDb, testDialects } from '../../../test/db.ts';
import { AppError } from '../../kernel/errors.ts';
import { runReadOnlySql, type SqlTarget } from './sql-run.ts';

const limits = { timeoutMs: 2000, maxRows: 3 };

async function refused(p: Promise<unknown>, code: string) {
  await assert.rejects(p, (e) => e instanceof AppError && e.code === code && !!e.fields?.sql);
}

for (const dialect of testDialects())
  describe(`datastore: read-only SQL runner [${dialect}]`, () => {
    let target: SqlTarget;
    let db: TestDb | undefined;
    let dir = '';
    before(async () => {
      if (dialect === 'sqlite') {
        dir = mkdtempSync(join(tmpdir(), 'shafaf-ds-sql-'));
        const file = join(dir, 'datastore.db');
        const conn = new SQLite(file);
        conn.exec('CREATE TABLE t ("_id" INTEGER PRIMARY KEY, "ville" TEXT, "n" INTEGER, "x" REAL)');
        for (let i = 1; i <= 5; i++)
          conn.prepare('INSERT INTO t (ville, n, x) VALUES (?, ?, ?)').run(`v${i}`, i, i / 2);
        conn.close();
        target = { dialect, file };
      } else {
        db = await createTestDb('postgres', { migrate: false });
        const schema = `${db.location}`;
        await sql
          .raw(`CREATE TABLE ${schema}.t ("_id" bigint PRIMARY KEY, "ville" text, "n" integer, "x" numeric)`)
          .execute(db.db);
        for (let i = 1; i <= 5; i++)
          await sql`INSERT INTO ${sql.raw(`${schema}.t`)} VALUES (${i}, ${`v${i}`}, ${i}, ${i / 2})`.execute(
            db.db,
          );
        await sql.raw(`CREATE SEQUENCE ${schema}.s`).execute(db.db);
        target = { dialect, pool: db.pool!, schema };
      }
    });
    after(async () => {
      await db?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    test('rows with their types; more than maxRows: the first ones and `truncated`', async () => {
      const r = await runReadOnlySql(target, 'SELECT ville, n, x, n > 2 AS big FROM t ORDER BY n', limits);
      assert.deepEqual(
        r.records.map((x) => x.ville),
        ['v1', 'v2', 'v3'],
      );
      assert.equal(r.truncated, true);
      assert.deepEqual(r.fields.slice(0, 2), [
        { id: 'ville', type: 'text' },
        { id: 'n', type: 'int' },
      ]);
      const all = await runReadOnlySql(target, 'SELECT count(*) AS c FROM t', limits);
      assert.equal(Number(all.records[0]!.c), 5);
      assert.equal(all.truncated, false);
    });

    test('a query running longer than the limit is stopped', async () => {
      const endless = 'WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c) SELECT n FROM c';
      await refused(
        runReadOnlySql(target, endless, { timeoutMs: 150, maxRows: 1_000_000 }),
        'datastore.sql_timeout',
      );
    });

    test('a write the guard would refuse is refused by the database too; errors are the database’s', async () => {
      const write = dialect === 'postgres' ? "SELECT nextval('s')" : 'SELECT 1 FROM t; DELETE FROM t';
      await refused(runReadOnlySql(target, write, limits), 'datastore.sql_failed');
      await refused(runReadOnlySql(target, 'SELECT nope FROM t', limits), 'datastore.sql_failed');
      const r = await runReadOnlySql(target, 'SELECT count(*) AS c FROM t', limits);
      assert.equal(Number(r.records[0]!.c), 5, 'nothing was written');
    });
  });
