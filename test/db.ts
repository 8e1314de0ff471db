// Test databases: a fresh SQLite file, or a fresh PostgreSQL schema, migrated; removed on close.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { connect } from '../src/db/connect.ts';
import { migrateUp } from '../src/db/migrate.ts';
import type { DbHandle, Dialect } from '../src/db/types.ts';

export const TEST_PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Dialects to run repository tests on: DIALECTS=sqlite,postgres (default sqlite). */
export function testDialects(): Dialect[] {
  const list = (process.env.DIALECTS ?? 'sqlite')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const d of list)
    if (d !== 'sqlite' && d !== 'postgres') throw new Error(`Unknown dialect in DIALECTS: ${d}`);
  return list as Dialect[];
}

export interface TestDb extends DbHandle {
  /** SQLite file path, or PostgreSQL schema name. */
  location: string;
  target: { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string; schema: string };
  /** Opens another handle on the same database (a second "process"). */
  reopen(): Promise<DbHandle>;
}

export async function createTestDb(dialect: Dialect, options: { migrate?: boolean } = {}): Promise<TestDb> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'shafaf-test-'));
    const file = join(dir, 'test.db');
    const target = { dialect: 'sqlite' as const, file };
    const handle = await connect(target);
    if (options.migrate !== false) await migrateUp(handle);
    return {
      ...handle,
      location: file,
      target,
      reopen: () => connect(target),
      close: async () => {
        await handle.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const handle = await connect({ dialect: 'postgres', url: TEST_PG_URL }, { schema, poolSize: 5 });
  if (options.migrate !== false) await withSchemaLock(() => migrateUp(handle));
  return {
    ...handle,
    location: schema,
    target: { dialect: 'postgres', url: TEST_PG_URL, schema },
    reopen: () => connect({ dialect: 'postgres', url: TEST_PG_URL }, { schema, poolSize: 5 }),
    close: async () => {
      await handle.close();
      await withSchemaLock(async (client) => {
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await client.query(`DROP SCHEMA IF EXISTS ${schema}_ds CASCADE`); // DataStore tables
      });
    },
  };
}

const SCHEMA_LOCK = 727_001;

/**
 * Test files run in parallel processes, each with its own PostgreSQL schemas. The migrator introspects the
 * tables of every schema (pg_get_serial_sequence on each column), which fails when another process drops a
 * schema at that moment; migrations and drops therefore take one advisory lock, across processes.
 */
export async function withSchemaLock<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [SCHEMA_LOCK]);
    return await fn(client);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [SCHEMA_LOCK]).catch(() => {});
    await client.end();
  }
}
