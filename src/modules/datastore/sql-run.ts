// Runs a guarded statement (sql-guard.ts) with the database's own walls around it:
// - PostgreSQL: a pool client in a READ ONLY transaction with `SET LOCAL statement_timeout` and a search_path of the DataStore
//   schema only; the server cancels a query that runs too long (SQLSTATE 57014 → datastore.sql_timeout).
// - SQLite: a separate connection opened read-only (`readonly`, `query_only`) on the DataStore's file, and
//   better-sqlite3's own check that the statement does not write. better-sqlite3 has no progress handler or
//   interrupt, so the time limit is checked between rows while iterating: a query that spends long before
//   its first row (a large sort or aggregate) finishes that step before it is stopped.
// Both: the statement is wrapped as `SELECT * FROM (…) LIMIT max + 1`, so at most `maxRows` rows come back and
// the result says when more were left out.
import SQLite from 'better-sqlite3';
import type pg from 'pg';
import { AppError } from '../../kernel/errors.ts';
import type { CkanType, QueryField } from './query-types.ts';
import { sqlRefused } from './sql-tokenizer.ts';

export type SqlTarget =
  | { dialect: 'postgres'; pool: pg.Pool; schema: string }
  | { dialect: 'sqlite'; file: string };

export interface SqlLimits {
  timeoutMs: number;
  maxRows: number;
}

export interface SqlRunResult {
  fields: QueryField[];
  records: Record<string, unknown>[];
  /** More rows than maxRows matched; the first maxRows are returned. */
  truncated: boolean;
}

const wrap = (statement: string, maxRows: number) =>
  `SELECT * FROM (${statement}) AS _datastore_sql LIMIT ${Math.floor(maxRows) + 1}`;

function typeOfValues(values: unknown[], declared?: string | null): CkanType {
  const d = (declared ?? '').toUpperCase();
  if (d.includes('INT')) return 'int';
  if (d.includes('REAL') || d.includes('NUMERIC') || d.includes('DOUBLE') || d.includes('FLOAT'))
    return 'numeric';
  if (d.includes('TEXT') || d.includes('CHAR')) return 'text';
  const present = values.filter((v) => v !== null && v !== undefined);
  if (!present.length) return 'text';
  if (present.every((v) => typeof v === 'boolean')) return 'bool';
  if (present.every((v) => v instanceof Date)) return 'timestamp';
  if (present.every((v) => typeof v === 'number' || typeof v === 'bigint'))
    return present.every((v) => Number.isInteger(Number(v))) ? 'int' : 'numeric';
  return 'text';
}

function fieldsOf(names: string[], rows: Record<string, unknown>[], declared: (string | null)[] = []) {
  return names.map((id, i) => ({
    id,
    type: typeOfValues(
      rows.map((r) => r[id]),
      declared[i],
    ),
  }));
}

const PG_TYPES: Record<number, CkanType> = {
  16: 'bool',
  20: 'int',
  21: 'int',
  23: 'int',
  700: 'numeric',
  701: 'numeric',
  1700: 'numeric',
  1082: 'date',
  1083: 'time',
  1114: 'timestamp',
  1184: 'timestamp',
  114: 'json',
  3802: 'json',
};

async function runPostgres(
  t: Extract<SqlTarget, { dialect: 'postgres' }>,
  statement: string,
  limits: SqlLimits,
) {
  if (!/^[a-z_][a-z0-9_]*$/.test(t.schema)) throw new Error(`Invalid DataStore schema: ${t.schema}`);
  const client = await t.pool.connect();
  try {
    await client.query('BEGIN TRANSACTION READ ONLY');
    await client.query(`SET LOCAL statement_timeout = ${Math.floor(limits.timeoutMs)}`);
    await client.query(`SET LOCAL search_path = ${t.schema}, pg_catalog`);
    const res = await client.query(wrap(statement, limits.maxRows));
    return {
      rows: res.rows as Record<string, unknown>[],
      fields: res.fields.map((f) => ({ id: f.name, type: PG_TYPES[f.dataTypeID] ?? ('text' as CkanType) })),
    };
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === '57014') throw sqlRefused('datastore.sql_timeout', { seconds: limits.timeoutMs / 1000 });
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code))
      throw sqlRefused('datastore.sql_failed', { detail: (e as Error).message });
    throw e;
  } finally {
    await client.query('ROLLBACK').catch(() => {});
    client.release();
  }
}

function runSqlite(t: Extract<SqlTarget, { dialect: 'sqlite' }>, statement: string, limits: SqlLimits) {
  const conn = new SQLite(t.file, { readonly: true, fileMustExist: true });
  try {
    conn.pragma('query_only = ON');
    let stmt: SQLite.Statement;
    try {
      stmt = conn.prepare(wrap(statement, limits.maxRows));
    } catch (e) {
      throw sqlRefused('datastore.sql_failed', { detail: (e as Error).message });
    }
    if (!stmt.readonly || !stmt.reader) throw sqlRefused('datastore.sql_not_select');
    const columns = stmt.columns();
    const rows: Record<string, unknown>[] = [];
    const started = Date.now();
    try {
      for (const row of stmt.iterate() as IterableIterator<Record<string, unknown>>) {
        rows.push(row);
        if (rows.length > limits.maxRows) break;
        if (Date.now() - started > limits.timeoutMs)
          throw sqlRefused('datastore.sql_timeout', { seconds: limits.timeoutMs / 1000 });
      }
    } catch (e) {
      if (e instanceof AppError) throw e;
      throw sqlRefused('datastore.sql_failed', { detail: (e as Error).message });
    }
    if (Date.now() - started > limits.timeoutMs)
      throw sqlRefused('datastore.sql_timeout', { seconds: limits.timeoutMs / 1000 });
    return {
      rows,
      names: columns.map((c) => c.name),
      declared: columns.map((c) => c.type),
    };
  } finally {
    conn.close();
  }
}

export async function runReadOnlySql(
  target: SqlTarget,
  statement: string,
  limits: SqlLimits,
): Promise<SqlRunResult> {
  if (target.dialect === 'sqlite') {
    const { rows, names, declared } = runSqlite(target, statement, limits);
    const truncated = rows.length > limits.maxRows;
    const records = truncated ? rows.slice(0, limits.maxRows) : rows;
    return { fields: fieldsOf(names, records, declared), records, truncated };
  }
  const { rows, fields } = await runPostgres(target, statement, limits);
  const truncated = rows.length > limits.maxRows;
  return { fields, records: truncated ? rows.slice(0, limits.maxRows) : rows, truncated };
}
