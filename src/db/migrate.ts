import { type Kysely, type MigrationResultSet, Migrator } from 'kysely';
import { migrations } from './migrations/index.ts';

/**
 * `schema` (PostgreSQL) names the schema of the migration tables; needed when one database holds several
 * schemas of ours (tests), since the migrator otherwise finds another schema's tables.
 */
function migrator(db: Kysely<any>, schema?: string): Migrator {
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
}

export class MigrationError extends Error {}

/** Applies every pending migration; throws naming the migration that failed (earlier ones stay applied). */
export async function migrateUp(db: Kysely<any>, schema?: string): Promise<string[]> {
  const result: MigrationResultSet = await migrator(db, schema).migrateToLatest();
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

export async function migrationStatus(db: Kysely<any>, schema?: string): Promise<MigrationStatus[]> {
  const list = await migrator(db, schema).getMigrations();
  return list.map((m) => ({ name: m.name, executedAt: m.executedAt ?? null }));
}

export async function pendingMigrations(db: Kysely<any>, schema?: string): Promise<string[]> {
  return (await migrationStatus(db, schema)).filter((m) => !m.executedAt).map((m) => m.name);
}
