// Frozen: never edit a migration once it has landed; add a new one instead. Imports nothing of the app.
// Harvesting: sources (remote catalogues pulled into an organisation), their runs with a report, the
// reconciliation of remote identifiers with local datasets, and scheduled refreshes of resources from a URL.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('harvest_sources')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull()) // ckan | datajson | dcat
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('schedule', 'text', (c) => c.notNull()) // manual | hourly | daily | weekly
    .addColumn('filters', 'text', (c) => c.notNull()) // JSON object
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('next_run_at', 'text')
    .addColumn('last_run_at', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('harvest_sources_due_idx')
    .on('harvest_sources')
    .columns(['active', 'next_run_at'])
    .execute();

  await db.schema
    .createTable('harvest_runs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('source_id', 'text', (c) => c.notNull().references('harvest_sources.id').onDelete('cascade'))
    .addColumn('job_id', 'text')
    .addColumn('trigger', 'text', (c) => c.notNull()) // manual | schedule
    .addColumn('status', 'text', (c) => c.notNull()) // queued | running | done | failed
    .addColumn('created', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('unchanged', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('failed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('error', 'text') // the source-level failure (list unreadable), a message code + params
    .addColumn('items', 'text', (c) => c.notNull()) // JSON: failed items with their reasons
    .addColumn('since', 'text') // incremental runs: remote modification time the gather started from
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text')
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema
    .createIndex('harvest_runs_source_idx')
    .on('harvest_runs')
    .columns(['source_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('harvest_objects')
    .addColumn('source_id', 'text', (c) => c.notNull().references('harvest_sources.id').onDelete('cascade'))
    .addColumn('remote_id', 'text', (c) => c.notNull())
    .addColumn('dataset_id', 'text', (c) => c.notNull().references('datasets.id').onDelete('cascade'))
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('remote_modified', 'text')
    .addColumn('remote_url', 'text')
    .addColumn('harvested_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('harvest_objects_pk', ['source_id', 'remote_id'])
    .execute();
  await db.schema
    .createIndex('harvest_objects_dataset_idx')
    .on('harvest_objects')
    .column('dataset_id')
    .unique()
    .execute();

  await db.schema
    .createTable('resource_refreshes')
    .addColumn('resource_id', 'text', (c) => c.primaryKey().references('resources.id').onDelete('cascade'))
    .addColumn('dataset_id', 'text', (c) => c.notNull().references('datasets.id').onDelete('cascade'))
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('schedule', 'text', (c) => c.notNull()) // hourly | daily | weekly
    .addColumn('next_run_at', 'text', (c) => c.notNull())
    .addColumn('last_run_at', 'text')
    .addColumn('last_status', 'text') // ok | unchanged | failed
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('resource_refreshes_due_idx')
    .on('resource_refreshes')
    .column('next_run_at')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['resource_refreshes', 'harvest_objects', 'harvest_runs', 'harvest_sources'])
    await db.schema.dropTable(t).execute();
}
