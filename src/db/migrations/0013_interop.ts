// Frozen: never edit a migration once it has landed; add a new one instead. Imports nothing of the app.
// Interoperability, continued: the EU data-theme code an administrator chose for each theme (DCAT export and
// harvesting use it before the name mapping), the cancellation request of a harvest run, and the history of
// a resource's scheduled refreshes (one row per attempt with its outcome).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('themes').addColumn('eu_theme', 'text').execute(); // AGRI … TRAN, or null
  await db.schema.alterTable('harvest_runs').addColumn('cancel_requested_at', 'text').execute();

  await db.schema
    .createTable('resource_refresh_runs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('resource_id', 'text', (c) => c.notNull().references('resources.id').onDelete('cascade'))
    .addColumn('trigger', 'text', (c) => c.notNull()) // manual | schedule
    .addColumn('status', 'text', (c) => c.notNull()) // ok (new version) | unchanged (kept) | failed (kept)
    .addColumn('error', 'text') // JSON {code, params} when failed
    .addColumn('sha256', 'text') // of the downloaded file (ok, unchanged)
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('resource_refresh_runs_resource_idx')
    .on('resource_refresh_runs')
    .columns(['resource_id', 'started_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('resource_refresh_runs').execute();
  await db.schema.alterTable('harvest_runs').dropColumn('cancel_requested_at').execute();
  await db.schema.alterTable('themes').dropColumn('eu_theme').execute();
}
