// The primary key of a table pushed through the API (there is no file to load again): checked against the
// rows, then its unique index replaced and the registry's schema updated, in one data transaction. Also the
// mapping of a unique violation raised by the database (an insert repeating a key) to a field error.
import type { DbHandle } from '../../db/types.ts';
import { AppError } from '../../kernel/errors.ts';
import { quoteIdent, uniqueIndexSql } from './columns.ts';
import { dataStoreFor } from './store.ts';
import { uniqueIndexName } from './unique-check.ts';

/** Whether a database error is a unique violation (PostgreSQL 23505, SQLite SQLITE_CONSTRAINT_UNIQUE). */
export function isUniqueViolation(e: unknown): boolean {
  const code = (e as { code?: unknown })?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

export const notUnique = (field: string) =>
  new AppError('http.validation', {}, { [field]: { reason: 'not_unique' } });

/**
 * Sets (or, with [], removes) the primary key of an API table. Refused with a `not_unique` error on
 * `field` when some rows repeat a key; nothing changes then.
 */
export async function setApiPrimaryKey(
  handle: DbHandle,
  resourceId: string,
  primaryKey: string[],
  field = 'primaryKey',
): Promise<void> {
  const store = dataStoreFor(handle);
  const table = await store.getTable(resourceId);
  if (!table?.active) throw new AppError('datastore.table_not_found', { id: resourceId });
  const t = store.qualifiedName(resourceId);
  const cols = primaryKey.map(quoteIdent).join(', ');
  const repeated = `SELECT count(*) AS n FROM (SELECT 1 FROM ${t} GROUP BY ${cols} HAVING count(*) > 1) AS k`;
  const name = uniqueIndexName(resourceId, 'primaryKey', 0);
  const drop =
    store.dialect === 'sqlite'
      ? `DROP INDEX IF EXISTS ${store.dataSchema}.${quoteIdent(name)}`
      : `DROP INDEX IF EXISTS ${quoteIdent(store.dataSchema)}.${quoteIdent(name)}`;
  const create = primaryKey.length
    ? uniqueIndexSql(store.dialect, store.dataSchema, resourceId, { name, columns: primaryKey })
    : null;
  const { primaryKey: _, ...rest } = table.schema;
  const schema = JSON.stringify(primaryKey.length ? { ...rest, primaryKey } : rest);
  const at = new Date().toISOString();
  const registry = 'UPDATE datastore_tables SET fields = ?, updated_at = ? WHERE resource_id = ?';
  if (store.dialect === 'sqlite') {
    await store.withDataTransaction(({ sqlite }) => {
      if (create && Number((sqlite!.prepare(repeated).get() as { n: number }).n) > 0) throw notUnique(field);
      sqlite!.exec(drop);
      if (create) sqlite!.exec(create);
      sqlite!.prepare(registry).run(schema, at, resourceId);
    });
    return;
  }
  await store.withDataTransaction(async ({ pg }) => {
    if (create && Number((await pg!.query(repeated)).rows[0].n) > 0) throw notUnique(field);
    await pg!.query(drop);
    if (create) await pg!.query(create);
    await pg!.query('UPDATE datastore_tables SET fields = $1, updated_at = $2 WHERE resource_id = $3', [
      schema,
      at,
      resourceId,
    ]);
  });
}
