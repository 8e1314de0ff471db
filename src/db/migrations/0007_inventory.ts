// Frozen: never edit a migration once it has landed; add a new one instead. Imports nothing of the app.
// The public data inventory: every item of data an organisation holds, published or not, with its access
// level (and the public reason for anything not public), prioritisation criteria and revision history.
// `data_requests.inventory_item_id` (reserved by 0006) now points here: SQLite cannot add a foreign key to an
// existing column, so the reference is kept by the inventory service (items are archived, never deleted) and
// indexed for the demand count.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('inventory_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('title', 'text', (c) => c.notNull()) // JSON {ar?, fr?, en?}
    .addColumn('description', 'text', (c) => c.notNull()) // JSON {ar?, fr?, en?}
    .addColumn('owner_unit', 'text')
    .addColumn('source_system', 'text')
    .addColumn('format', 'text')
    .addColumn('volume', 'text')
    .addColumn('frequency', 'text') // EU frequency code, as datasets
    .addColumn('personal_data', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('access_level', 'text', (c) => c.notNull()) // public | restricted | non_public
    .addColumn('restriction_reason', 'text')
    .addColumn('justification', 'text')
    .addColumn('planned_date', 'text') // YYYY-MM-DD
    .addColumn('dataset_id', 'text', (c) => c.references('datasets.id').onDelete('set null'))
    .addColumn('quality', 'integer', (c) => c.notNull().defaultTo(0)) // 0–3
    .addColumn('no_legal_obstacle', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('open_format', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('state', 'text', (c) => c.notNull()) // active | archived
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('inventory_items_org_idx')
    .on('inventory_items')
    .columns(['organization_id', 'state'])
    .execute();

  await db.schema
    .createTable('inventory_revisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('inventory_items.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull()) // create | update | publish | archive | import
    .addColumn('actor_id', 'text')
    .addColumn('changes', 'text', (c) => c.notNull()) // JSON {field: {before, after}}
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('inventory_revisions_item_idx')
    .on('inventory_revisions')
    .columns(['item_id', 'version'])
    .execute();

  await db.schema
    .createIndex('data_requests_inventory_idx')
    .on('data_requests')
    .column('inventory_item_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('data_requests_inventory_idx').execute();
  await db.schema.dropTable('inventory_revisions').execute();
  await db.schema.dropTable('inventory_items').execute();
}
