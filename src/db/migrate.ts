import {
  type DatabaseIntrospector,
  Kysely,
  type MigrationResultSet,
  Migrator,
  PostgresDialect,
  sql,
} from 'kysely';
import { migrations } from './migrations/index.ts';
import type { DbHandle } from './types.ts';

/**
 * On PostgreSQL the migration tables are looked up in the current schema explicitly: unqualified, the
 * migrator would find another schema's tables when one database holds several Shafaf schemas.
 */
/**
 * PostgreSQL introspection of the migration schema alone. Kysely's own lists every column of every schema
 * (with pg_get_serial_sequence on each) and fails when another connection drops or renames a table meanwhile:
 * a DataStore table swap in a running worker, or another test process's schema.
 */
function schemaIntrospector(db: Kysely<any>, schema: string): DatabaseIntrospector {
  const getTables = async () =>
    (
      await sql<{ name: string; type: string }>`select table_name as name, table_type as type
        from information_schema.tables where table_schema = ${schema}`.execute(db)
    ).rows.map((r) => ({ name: r.name, schema, isView: r.type === 'VIEW', columns: [] }));
  return {
    getSchemas: async () =>
      (
        await sql<{ name: string }>`select schema_name as name from information_schema.schemata
          where schema_name = ${schema}`.execute(db)
      ).rows,
    getTables,
    getMetadata: async () => ({ tables: await getTables() }),
  };
}

async function migrator(handle: DbHandle): Promise<Migrator> {
  let schema: string | undefined;
  if (handle.dialect === 'postgres') {
    schema =
      handle.schema ??
      (await sql<{ s: string }>`select current_schema() as s`.execute(handle.db)).rows[0]?.s ??
      'public';
  }
  // On PostgreSQL a second query builder over the same pool, whose introspection stays in the schema (it is
  // not destroyed: that would end the handle's pool).
  const db =
    schema && handle.pool
      ? new Kysely<any>({
          dialect: Object.assign(new PostgresDialect({ pool: handle.pool }), {
            createIntrospector: (k: Kysely<any>) => schemaIntrospector(k, schema),
          }),
        })
      : (handle.db as Kysely<any>);
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
}

export class MigrationError extends Error {}

/** Applies every pending migration; throws naming the migration that failed (earlier ones stay applied). */
export async function migrateUp(handle: DbHandle): Promise<string[]> {
  const result: MigrationResultSet = await (await migrator(handle)).migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    const reason = result.error instanceof Error ? result.error.message : String(result.error);
    throw new MigrationError(`Migration ${failed} failed: ${reason}`);
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export interface MigrationStatus {
  name: string;
  executedAt: Date | null;
}

export async function migrationStatus(handle: DbHandle): Promise<MigrationStatus[]> {
  const list = await (await migrator(handle)).getMigrations();
  return list.map((m) => ({ name: m.name, executedAt: m.executedAt ?? null }));
}

/**
 * Names of the migrations not applied yet. Reads the migration table directly (no schema introspection), so
 * `/readyz`, which load balancers poll, stays one small query.
 */
export async function pendingMigrations(handle: DbHandle): Promise<string[]> {
  const db = handle.schema
    ? (handle.db as Kysely<any>).withSchema(handle.schema)
    : (handle.db as Kysely<any>);
  let applied: Set<string>;
  try {
    const rows = await db.selectFrom('kysely_migration').select('name').execute();
    applied = new Set(rows.map((r) => String(r.name)));
  } catch {
    return Object.keys(migrations); // no migration table yet: nothing is applied
  }
  return Object.keys(migrations).filter((name) => !applied.has(name));
}
