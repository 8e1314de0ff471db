// The query side's view of the storage layer (store.ts): active tables as query descriptors, the connection
// datastore_search reads through, and where datastore_search_sql runs.
// SQLite: queries read through the DataStore's read-only connection on the data file (tables unqualified);
// SQL opens its own read-only connection on that file. PostgreSQL: the application's pool, tables qualified
// by the DataStore schema.
import type SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { ServiceContext } from '../../context.ts';
import { quoteIdent } from './columns.ts';
import { fullTextIndex } from './query-index.ts';
import type { ActiveTable, DatastorePort } from './query-port.ts';
import { ckanType } from './query-types.ts';
import { dataStoreFor } from './store.ts';
import { dataFileOf } from './store-sqlite.ts';
import { ROW_ID } from './table-schema.ts';

const readers = new WeakMap<SQLite.Database, Kysely<any>>();

function readerDb(conn: SQLite.Database): Kysely<any> {
  let db = readers.get(conn);
  if (!db) {
    db = new Kysely<any>({ dialect: new SqliteDialect({ database: conn }) });
    readers.set(conn, db);
  }
  return db;
}

export const storePort: DatastorePort = {
  async table(ctx: ServiceContext, resourceId: string): Promise<ActiveTable | null> {
    const store = dataStoreFor(ctx.db);
    const t = await store.getTable(resourceId);
    if (!t?.active) return null;
    return {
      resourceId,
      physical: ctx.db.dialect === 'sqlite' ? quoteIdent(resourceId) : store.qualifiedName(resourceId),
      fields: [
        { id: ROW_ID, type: 'int' },
        ...t.schema.fields.map((f) => ({ id: f.name, type: ckanType(f.type) })),
      ],
      origin: t.origin,
      rowCount: t.rowCount,
      schemaFields: t.schema.fields as unknown as Record<string, unknown>[],
      primaryKey: t.schema.primaryKey ?? [],
      fullText: await fullTextIndex(ctx.db, resourceId, t.version),
    };
  },
  data(ctx) {
    if (ctx.db.dialect === 'postgres') return { db: ctx.db.db, dialect: 'postgres' };
    return { db: readerDb(dataStoreFor(ctx.db).readOnlySqlite()!), dialect: 'sqlite' };
  },
  sqlTarget(ctx) {
    const store = dataStoreFor(ctx.db);
    if (ctx.db.dialect === 'postgres')
      return { dialect: 'postgres', pool: ctx.db.pool!, schema: store.dataSchema };
    store.readOnlySqlite(); // creates the data file when no table was made yet
    return { dialect: 'sqlite', file: dataFileOf(ctx.db.sqlite!.name) };
  },
};
