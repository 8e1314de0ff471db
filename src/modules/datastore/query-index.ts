// Indexes that make datastore_search fast on big tables, built on demand (the ingestion job or the API can
// call them after a load; the benchmark does):
// - full text for `q`: a companion table `"<id>__fts_v<version>"` beside the data table, on both databases.
//   SQLite: an FTS5 external-content table over the text columns (rowid = _id, unicode61 tokenizer without
//   diacritics). PostgreSQL: a plain table (_id, v tsvector) with a GIN index on v ('simple' configuration).
//   The name carries the table's version: a table rebuilt by a new ingestion (version + 1) is never searched
//   through an index of its previous content, and building the new one drops the others.
//   Why a companion table on PostgreSQL rather than an expression index on the data table: an expression index
//   finds the rows, but any plan that reads rows in `_id` order (the first page) recomputes to_tsvector for
//   every row it looks at — 50 ms for a two-word query matching 1% of a million rows, against 3 ms when the
//   vector is stored. A stored column would change the data table (a rewrite under an exclusive lock, and a
//   column `SELECT *` would show); the companion table is built with one INSERT … SELECT while readers go on.
// - equality filters: a b-tree index per column asked for, on (column, _id): rows of one value come out in
//   datastore_search's default order, so the first page is read from the index without a sort.
// `fullTextIndex` tells the query side whether the current table has one (else q falls back to LIKE). Writes
// through the API drop it (query-write.ts): it would be stale.
import { sql } from 'kysely';
import type { DbHandle } from '../../db/types.ts';
import { quoteIdent } from './columns.ts';
import { searchVector } from './query-text.ts';
import type { FullTextIndex } from './query-types.ts';
import { dataStoreFor } from './store.ts';

export const TEXT_CONFIG = 'simple';

const ftsName = (resourceId: string, version: number) => `${resourceId}__fts_v${version}`;
const textColumns = (fields: { name: string; type: string }[]) =>
  fields.filter((f) => f.type === 'string').map((f) => f.name);

export async function createFullTextIndex(handle: DbHandle, resourceId: string): Promise<void> {
  const store = dataStoreFor(handle);
  const table = await store.getTable(resourceId);
  if (!table?.active) return;
  await dropFullTextTables(handle, resourceId, table.version);
  const columns = textColumns(table.schema.fields);
  if (!columns.length) return;
  const name = quoteIdent(ftsName(resourceId, table.version));
  if (store.dialect === 'sqlite') {
    const cols = columns.map(quoteIdent).join(', ');
    await store.withDataTransaction(({ sqlite }) => {
      sqlite!.exec(
        `CREATE VIRTUAL TABLE IF NOT EXISTS ${store.dataSchema}.${name} USING fts5(${cols}, content=${quoteIdent(resourceId)}, content_rowid='_id', tokenize='unicode61 remove_diacritics 2')`,
      );
      sqlite!.exec(`INSERT INTO ${store.dataSchema}.${name}(${name}) VALUES ('rebuild')`);
    });
    return;
  }
  const expr = searchVector(columns, TEXT_CONFIG).compile(handle.db);
  const vector = expr.sql.replace(
    /\$(\d+)/g,
    (_, i) => `'${String(expr.parameters[Number(i) - 1]).replaceAll("'", "''")}'`,
  );
  const target = `${quoteIdent(store.dataSchema)}.${name}`;
  // One transaction: a reader finds the table complete with its index, or not at all.
  await store.withDataTransaction(async ({ pg }) => {
    const exists = await pg!.query('SELECT 1 FROM pg_tables WHERE schemaname = $1 AND tablename = $2', [
      store.dataSchema,
      ftsName(resourceId, table.version),
    ]);
    if (exists.rowCount) return;
    await pg!.query(
      `CREATE TABLE ${target} AS SELECT "_id", ${vector} AS v FROM ${store.qualifiedName(resourceId)}`,
    );
    await pg!.query(
      `CREATE INDEX ${quoteIdent(`${ftsName(resourceId, table.version)}_v`)} ON ${target} USING gin (v)`,
    );
    // The expression index earlier releases built on the data table: replaced by this table.
    await pg!.query(
      `DROP INDEX IF EXISTS ${quoteIdent(store.dataSchema)}.${quoteIdent(`${resourceId}__fts`)}`,
    );
  });
  // Outside the transaction (VACUUM cannot run in one): statistics for the planner, and the visibility map and
  // hint bits set now rather than by the first searches.
  await sql.raw(`VACUUM (ANALYZE) ${target}`).execute(handle.db);
}

/**
 * Drops the full-text tables of a DataStore table, all of them or all but the one of `keepVersion` (the data
 * table's own deletion calls this with null: companion tables do not go with it by themselves).
 */
export async function dropFullTextTables(
  handle: DbHandle,
  resourceId: string,
  keepVersion: number | null,
): Promise<void> {
  const store = dataStoreFor(handle);
  const prefix = `${resourceId}__fts_v`;
  const keep = keepVersion === null ? null : ftsName(resourceId, keepVersion);
  if (store.dialect === 'sqlite') {
    const names = (
      store
        .readOnlySqlite()!
        .prepare(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND substr(name, 1, ?) = ? AND sql LIKE 'CREATE VIRTUAL TABLE%'",
        )
        .all(prefix.length, prefix) as { name: string }[]
    )
      .map((r) => r.name)
      .filter((n) => n !== keep);
    if (names.length)
      await store.withDataTransaction(({ sqlite }) => {
        for (const n of names) sqlite!.exec(`DROP TABLE IF EXISTS ${store.dataSchema}.${quoteIdent(n)}`);
      });
    return;
  }
  await store.withDataTransaction(async ({ pg }) => {
    const { rows } = await pg!.query<{ tablename: string }>(
      'SELECT tablename FROM pg_tables WHERE schemaname = $1 AND left(tablename, $2) = $3',
      [store.dataSchema, prefix.length, prefix],
    );
    for (const { tablename } of rows)
      if (tablename !== keep)
        await pg!.query(`DROP TABLE IF EXISTS ${quoteIdent(store.dataSchema)}.${quoteIdent(tablename)}`);
  });
}

export async function createFilterIndex(handle: DbHandle, resourceId: string, column: string): Promise<void> {
  const store = dataStoreFor(handle);
  const name = `${resourceId}__eq_${Buffer.from(column).toString('hex').slice(0, 16)}`;
  const statement =
    store.dialect === 'sqlite'
      ? `CREATE INDEX IF NOT EXISTS ${store.dataSchema}.${quoteIdent(name)} ON ${quoteIdent(resourceId)} (${quoteIdent(column)}, "_id")`
      : `CREATE INDEX IF NOT EXISTS ${quoteIdent(name)} ON ${store.qualifiedName(resourceId)} (${quoteIdent(column)}, "_id")`;
  if (store.dialect === 'sqlite') await store.withDataTransaction(({ sqlite }) => sqlite!.exec(statement));
  else await sql.raw(statement).execute(handle.db);
}

/** The full-text index of the table's current version, if one was built. */
export async function fullTextIndex(
  handle: DbHandle,
  resourceId: string,
  version: number,
): Promise<FullTextIndex | null> {
  const store = dataStoreFor(handle);
  const name = ftsName(resourceId, version);
  if (store.dialect === 'sqlite') {
    const found = store
      .readOnlySqlite()!
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
      .get(name);
    return found ? { kind: 'fts5', table: quoteIdent(name) } : null;
  }
  const { rows } = await sql<{
    n: number;
  }>`SELECT 1 AS n FROM pg_tables WHERE schemaname = ${store.dataSchema} AND tablename = ${name}`.execute(
    handle.db,
  );
  return rows.length
    ? { kind: 'tsvector', config: TEXT_CONFIG, table: `${quoteIdent(store.dataSchema)}.${quoteIdent(name)}` }
    : null;
}

/** Drops the full-text index that writes through the API would make stale (rebuilt on demand). */
export async function dropFullTextIndex(
  handle: DbHandle,
  resourceId: string,
  version: number,
): Promise<void> {
  const store = dataStoreFor(handle);
  const name = quoteIdent(ftsName(resourceId, version));
  if (store.dialect === 'sqlite')
    await store.withDataTransaction(({ sqlite }) =>
      sqlite!.exec(`DROP TABLE IF EXISTS ${store.dataSchema}.${name}`),
    );
  else
    await store.withDataTransaction(({ pg }) =>
      pg!.query(`DROP TABLE IF EXISTS ${quoteIdent(store.dataSchema)}.${name}`),
    );
}
