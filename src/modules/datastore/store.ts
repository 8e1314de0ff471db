// The DataStore storage layer: where data tables live and the few operations that write them. Its API is
// stable (the query side builds on it); see README.md "Storage layer".
import type SQLite from 'better-sqlite3';
import type pg from 'pg';
import type { DatastoreOrigin } from '../../db/tables/datastore.ts';
import type { DbHandle, Dialect } from '../../db/types.ts';
import { findTable, type TableDescriptor } from './registry.repo.ts';
import type { ValidationReport } from './report-types.ts';
import { openPgStore } from './store-pg.ts';
import { openSqliteStore } from './store-sqlite.ts';
import type { Row, TableSchema } from './table-schema.ts';

export type { TableDescriptor };

export interface NewTable {
  resourceId: string;
  schema: TableSchema;
  origin: DatastoreOrigin;
  report?: ValidationReport | null;
  sourceChecksum?: string | null;
  jobId?: string | null;
  /** Unique indexes created on the new table in the swap transaction (`name`: see uniqueIndexName). */
  uniqueIndexes?: { name: string; columns: string[] }[];
}

/** Receives the rows of a table being built; rows are arrays in `schema.fields` order, values already typed. */
export interface TableBuilder {
  /** The builder keeps no reference to `rows` once the promise settles (the caller may reuse the arrays). */
  write(rows: readonly Row[]): Promise<void>;
  readonly rowCount: number;
}

export interface DataStore {
  readonly dialect: Dialect;
  /** Where data tables live: PostgreSQL schema, or the alias of the attached SQLite file. */
  readonly dataSchema: string;
  /** `"datastore"."<resource id>"` — the qualified name of a resource's data table. */
  qualifiedName(resourceId: string): string;
  getTable(resourceId: string): Promise<TableDescriptor | undefined>;
  /** Creates an empty active table (replacing any previous one) and its registry row. */
  createTable(input: NewTable): Promise<TableDescriptor>;
  /**
   * Builds a new table into a temporary one with `fill`, then swaps it in and updates the registry in one
   * transaction. If `fill` throws, the previous table (if any) and its registry row are left as they were.
   */
  replaceTable(input: NewTable, fill: (builder: TableBuilder) => Promise<void>): Promise<TableDescriptor>;
  /** Appends rows to an active table in one transaction; returns the new row count. */
  insertRows(resourceId: string, rows: readonly Row[]): Promise<number>;
  /** Drops the data table and the registry row. */
  dropTable(resourceId: string): Promise<void>;
  /**
   * Runs `fn` in a write transaction on the data tables (the query side's upsert/delete). SQLite: `fn` gets
   * the writer connection (main file + data file attached as `datastore`) and must be synchronous.
   * PostgreSQL: a pool client inside BEGIN … COMMIT.
   */
  withDataTransaction<T>(
    fn: (conn: { sqlite?: SQLite.Database; pg?: pg.PoolClient }) => T | Promise<T>,
  ): Promise<Awaited<T>>;
  /**
   * A read-only connection that sees the data tables only (SQLite: the data file opened read-only, tables
   * unqualified). PostgreSQL returns null: use a pool client with `SET TRANSACTION READ ONLY` and
   * `search_path` = dataSchema.
   */
  readOnlySqlite(): SQLite.Database | null;
  close(): Promise<void>;
}

const stores = new WeakMap<object, DataStore>();

/** The DataStore of a database handle (one per handle, opened on first use). */
export function dataStoreFor(handle: DbHandle): DataStore {
  let store = stores.get(handle.db);
  if (!store) {
    store = handle.dialect === 'sqlite' ? openSqliteStore(handle) : openPgStore(handle);
    stores.set(handle.db, store);
  }
  return store;
}

/** Closes the DataStore connections of a handle (call before closing the handle). */
export async function closeDataStore(handle: DbHandle): Promise<void> {
  const store = stores.get(handle.db);
  stores.delete(handle.db);
  await store?.close();
}

export const describeTable = (handle: DbHandle, resourceId: string) => findTable(handle.db, resourceId);
