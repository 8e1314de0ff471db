// Frozen: never edit a migration once it has landed; add a new one instead. Imports nothing of the app.
// Action plans: each plan's documents (a link or a stored file) and team members, and the project lead(s) of a
// commitment as the OGP template names them, and evidence links (deliverables) kept on an activity itself.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('commitments')
    .addColumn('project_leads', 'text', (c) => c.notNull().defaultTo('{}')) // JSON {ar,fr,en}
    .execute();
  await db.schema
    .alterTable('activities')
    .addColumn('evidence', 'text', (c) => c.notNull().defaultTo('[]')) // JSON [{title, url}]
    .execute();

  await db.schema
    .createTable('plan_documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull()) // JSON {ar,fr,en}
    .addColumn('url', 'text') // an external link, or null for a stored file
    .addColumn('file_key', 'text') // storage key of an uploaded file
    .addColumn('file_name', 'text')
    .addColumn('media_type', 'text')
    .addColumn('byte_size', 'bigint')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('plan_documents_plan').on('plan_documents').column('plan_id').execute();

  await db.schema
    .createTable('plan_members')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull()) // JSON {ar,fr,en}
    .addColumn('institution', 'text', (c) => c.notNull()) // JSON {ar,fr,en}
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('plan_members_plan').on('plan_members').column('plan_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('plan_members').execute();
  await db.schema.dropTable('plan_documents').execute();
  await db.schema.alterTable('activities').dropColumn('evidence').execute();
  await db.schema.alterTable('commitments').dropColumn('project_leads').execute();
}
