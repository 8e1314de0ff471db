// Indexes that make datastore_search fast on big tables, built on demand (the ingestion job or the API can
// call them after a load; the benchmark does):
// - full text for `q`: SQLite FTS5 external-content table `"<id>__fts_v<version>"` over the text columns
//   (rowid = _id, unicode61 tokenizer without diacritics); PostgreSQL GIN index on query-text.ts'
//   searchVector expression ('simple' configuration). The SQLite name carries the table's version: a table
//   rebuilt by a new ingestion (version + 1) is never searched through an index of its previous content.
// - equality filters: a b-tree index per column asked for, on (column, _id): rows of one value come out in
//   datastore_search's default order, so the first page is read from the index without a sort.
// `fullTextIndex` tells the query side whether the current table has one (else q falls back to LIKE).
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
  const columns = textColumns(table.schema.fields);
  if (!columns.length) return;
  if (store.dialect === 'sqlite') {
    const name = quoteIdent(ftsName(resourceId, table.version));
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
  const text = expr.sql.replace(
    /\$(\d+)/g,
    (_, i) => `'${String(expr.parameters[Number(i) - 1]).replaceAll("'", "''")}'`,
  );
  await sql
    .raw(
      `CREATE INDEX IF NOT EXISTS ${quoteIdent(`${resourceId}__fts`)} ON ${store.qualifiedName(resourceId)} USING gin (${text})`,
    )
    .execute(handle.db);
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

/**
 * The full-text index of the table's current version, if one was built. `version` names SQLite's FTS table;
 * PostgreSQL's index goes with its table (null is fine there).
 */
export async function fullTextIndex(
  handle: DbHandle,
  resourceId: string,
  version: number | null,
): Promise<FullTextIndex | null> {
  const store = dataStoreFor(handle);
  if (store.dialect === 'sqlite') {
    if (version === null) throw new Error('SQLite full-text index needs the table version');
    const name = ftsName(resourceId, version);
    const found = store
      .readOnlySqlite()!
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
      .get(name);
    return found ? { kind: 'fts5', table: quoteIdent(name) } : null;
  }
  const { rows } = await sql<{
    n: number;
  }>`SELECT 1 AS n FROM pg_indexes WHERE schemaname = ${store.dataSchema} AND indexname = ${`${resourceId}__fts`}`.execute(
    handle.db,
  );
  return rows.length ? { kind: 'tsvector', config: TEXT_CONFIG } : null;
}

/** Drops full-text indexes that writes through the API would make stale (they are rebuilt on demand). */
export async function dropFullTextIndex(
  handle: DbHandle,
  resourceId: string,
  version: number,
): Promise<void> {
  const store = dataStoreFor(handle);
  if (store.dialect === 'sqlite')
    await store.withDataTransaction(({ sqlite }) =>
      sqlite!.exec(`DROP TABLE IF EXISTS ${store.dataSchema}.${quoteIdent(ftsName(resourceId, version))}`),
    );
}
