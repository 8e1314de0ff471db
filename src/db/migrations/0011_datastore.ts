// Frozen: never edit a migration once it has landed; add a new one instead. Imports nothing of the app.
// DataStore registry: one row per resource whose file (or API pushes) became a table. The data tables
// themselves live apart from the application's tables: in the PostgreSQL schema `datastore` (created by the
// DataStore on first use), or in a separate SQLite file beside the main one (see src/modules/datastore/README.md).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('datastore_tables')
    .addColumn('resource_id', 'text', (c) => c.primaryKey().references('resources.id').onDelete('cascade'))
    .addColumn('origin', 'text', (c) => c.notNull()) // ingest | api
    .addColumn('status', 'text', (c) => c.notNull()) // queued | running | ready | failed (latest ingestion)
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(0)) // 1: the data table exists and is queryable
    .addColumn('fields', 'text', (c) => c.notNull()) // JSON: Frictionless Table Schema of the active table
    .addColumn('dictionary', 'text') // JSON: the publisher's edits, by field name, kept across re-ingestions
    .addColumn('row_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('report', 'text') // JSON: validation report of the latest ingestion
    .addColumn('error', 'text') // JSON {code, params}: why the latest ingestion failed
    .addColumn('progress_rows', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('progress_bytes', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('total_bytes', 'integer')
    .addColumn('source_checksum', 'text') // sha256 of the file the active table was built from
    .addColumn('job_id', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0)) // +1 at each table swap
    .addColumn('ingested_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('datastore_tables_active_idx')
    .on('datastore_tables')
    .columns(['active', 'resource_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('datastore_tables').execute();
}
