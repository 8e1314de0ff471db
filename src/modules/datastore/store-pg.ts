// PostgreSQL DataStore: data tables live in their own schema (`datastore`, or `<schema>_ds` beside a test
// schema), loaded with COPY FROM STDIN; a whole build and its swap run in one transaction.
import type pg from 'pg';
import type { DbHandle } from '../../db/types.ts';
import { columnDefinitions, quoteIdent, tableName, uniqueIndexSql } from './columns.ts';
import { CopyIn, copyLine } from './pg-copy.ts';
import { findTable, swapStatement, swapValues } from './registry.repo.ts';
import type { DataStore, NewTable, TableBuilder } from './store.ts';
import type { Row } from './table-schema.ts';

/** The schema of the data tables for a handle. */
export const pgDataSchema = (handle: Pick<DbHandle, 'schema'>): string =>
  handle.schema ? `${handle.schema}_ds` : 'datastore';

// COPY data is encoded into a buffer of this size, sent when full. One buffer per COPY, reused:
// pg copies each chunk into its own message synchronously. (Concatenating lines into one big string first
// made strings of hundreds of KB, allocated in V8's old generation: a full collection every few batches.)
const CHUNK_BYTES = 64 * 1024;
// Lines are joined into pieces of about this many characters before encoding (one call per piece, not per line).
const TEXT_PIECE = 8 * 1024;

/**
 * A COPY that stays open while the builder is fed: batches are pushed through a small async queue. `build`: a
 * table created in this transaction is filled with `_id` numbered here (1, 2, …: no sequence call per row) and
 * FREEZE (rows written already visible to all: no hint-bit rewrite on first read, the visibility map is set).
 */
function streamingCopy(client: pg.PoolClient, qualified: string, columns: readonly string[], build = false) {
  const names = (build ? ['_id', ...columns] : columns).map(quoteIdent).join(', ');
  const copy = new CopyIn(
    `COPY ${qualified} (${names}) FROM STDIN WITH (FORMAT text${build ? ', FREEZE' : ''})`,
  );
  let started = false;
  let id = 0;
  let buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  return {
    async write(rows: readonly Row[]) {
      if (!started) {
        await copy.start(client);
        started = true;
      }
      let at = 0;
      const put = async (text: string) => {
        const most = text.length * 3; // UTF-8 bytes of a UTF-16 code unit: at most 3
        if (at + most > buffer.length) {
          if (at > 0) await copy.write(buffer.subarray(0, at));
          at = 0;
          if (most > buffer.length) buffer = Buffer.allocUnsafe(most);
        }
        at += buffer.write(text, at, 'utf8');
      };
      let text = '';
      for (const row of rows) {
        text += build ? copyLine(row, ++id) : copyLine(row);
        if (text.length >= TEXT_PIECE) {
          await put(text);
          text = '';
        }
      }
      if (text) await put(text);
      if (at > 0) await copy.write(buffer.subarray(0, at));
    },
    async end() {
      return started ? copy.end() : 0;
    },
    async fail(message: string) {
      if (started) await copy.fail(message);
    },
  };
}

export function openPgStore(handle: DbHandle): DataStore {
  const pool = handle.pool;
  if (!pool) throw new Error('PostgreSQL DataStore needs the pool of the handle');
  const schema = pgDataSchema(handle);
  let schemaReady: Promise<void> | null = null;
  const ensureSchema = () => {
    schemaReady ??= pool.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`).then(
      () => undefined,
      (e) => {
        schemaReady = null;
        throw e;
      },
    );
    return schemaReady;
  };
  const qualifiedName = (resourceId: string, suffix?: string) =>
    `${quoteIdent(schema)}.${quoteIdent(tableName(resourceId, suffix))}`;
  const described = async (resourceId: string) => {
    const d = await findTable(handle.db, resourceId);
    if (!d) throw new Error(`DataStore registry row missing after write: ${resourceId}`);
    return d;
  };

  async function inTransaction<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    await ensureSchema();
    const client = await pool!.connect();
    try {
      await client.query('BEGIN');
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      client.release();
    }
  }

  async function replaceTable(input: NewTable, fill: (b: TableBuilder) => Promise<void>) {
    await inTransaction(async (client) => {
      const temp = tableName(input.resourceId, 'new');
      await client.query(`DROP TABLE IF EXISTS ${quoteIdent(schema)}.${quoteIdent(temp)}`);
      await client.query(
        `CREATE TABLE ${quoteIdent(schema)}.${quoteIdent(temp)} (${columnDefinitions('postgres', input.schema.fields, { primaryKey: false })})`,
      );
      const copy = streamingCopy(
        client,
        `${quoteIdent(schema)}.${quoteIdent(temp)}`,
        input.schema.fields.map((f) => f.name),
        true,
      );
      let count = 0;
      try {
        await fill({
          async write(rows) {
            if (rows.length === 0) return;
            await copy.write(rows);
            count += rows.length;
          },
          get rowCount() {
            return count;
          },
        });
      } catch (e) {
        await copy.fail(String((e as Error)?.message ?? e).slice(0, 200));
        throw e;
      }
      await copy.end();
      // The key after the load (one sorted build), and the identity continues after the rows numbered here.
      await client.query(`ALTER TABLE ${quoteIdent(schema)}.${quoteIdent(temp)} ADD PRIMARY KEY ("_id")`);
      if (count > 0)
        await client.query(
          `ALTER TABLE ${quoteIdent(schema)}.${quoteIdent(temp)} ALTER COLUMN "_id" RESTART WITH ${count + 1}`,
        );
      await client.query(`DROP TABLE IF EXISTS ${qualifiedName(input.resourceId)}`);
      await client.query(
        `ALTER TABLE ${quoteIdent(schema)}.${quoteIdent(temp)} RENAME TO ${quoteIdent(tableName(input.resourceId))}`,
      );
      for (const index of input.uniqueIndexes ?? [])
        await client.query(uniqueIndexSql('postgres', schema, input.resourceId, index));
      // The identity sequence keeps the temporary name; harmless (sequences are owned by their column).
      await client.query(
        swapStatement('postgres'),
        swapValues({
          resourceId: input.resourceId,
          origin: input.origin,
          schema: input.schema,
          rowCount: count,
          report: input.report ?? null,
          sourceChecksum: input.sourceChecksum ?? null,
          jobId: input.jobId ?? null,
        }),
      );
    });
    return described(input.resourceId);
  }

  return {
    dialect: 'postgres',
    dataSchema: schema,
    qualifiedName: (resourceId) => qualifiedName(resourceId),
    getTable: (resourceId) => findTable(handle.db, resourceId),
    createTable: (input) => replaceTable(input, async () => {}),
    replaceTable,
    async insertRows(resourceId, rows) {
      const table = await findTable(handle.db, resourceId);
      if (!table?.active) throw new Error(`No active DataStore table for ${resourceId}`);
      const columns = table.schema.fields.map((f) => f.name);
      return inTransaction(async (client) => {
        const copy = streamingCopy(client, qualifiedName(resourceId), columns);
        try {
          await copy.write(rows);
        } catch (e) {
          await copy.fail(String((e as Error)?.message ?? e).slice(0, 200));
          throw e;
        }
        await copy.end();
        const res = await client.query(
          'UPDATE datastore_tables SET row_count = row_count + $1, updated_at = $2 WHERE resource_id = $3 RETURNING row_count',
          [rows.length, new Date().toISOString(), resourceId],
        );
        return Number(res.rows[0]?.row_count ?? 0);
      });
    },
    async dropTable(resourceId) {
      await inTransaction(async (client) => {
        await client.query(`DROP TABLE IF EXISTS ${qualifiedName(resourceId)}`);
        await client.query('DELETE FROM datastore_tables WHERE resource_id = $1', [resourceId]);
      });
    },
    withDataTransaction: (fn) => inTransaction(async (client) => fn({ pg: client })) as never,
    readOnlySqlite: () => null,
    async close() {},
  };
}
