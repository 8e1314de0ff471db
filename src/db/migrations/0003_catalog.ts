// Frozen: never edit a migration once it has landed; add a new one instead. Imports nothing of the app.
// The catalogue: themes, datasets (+ their themes and tags), resources, and the revisions of all three.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('themes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull()) // JSON {ar,fr,en}
    .addColumn('description', 'text', (c) => c.notNull()) // JSON {ar,fr,en}
    .addColumn('icon', 'text')
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('datasets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('title', 'text', (c) => c.notNull()) // JSON {ar,fr,en}
    .addColumn('description', 'text', (c) => c.notNull()) // JSON {ar,fr,en}, Markdown
    .addColumn('license_id', 'text', (c) => c.notNull())
    .addColumn('frequency', 'text', (c) => c.notNull()) // EU frequency vocabulary code
    .addColumn('temporal_start', 'text') // YYYY-MM-DD
    .addColumn('temporal_end', 'text') // YYYY-MM-DD
    .addColumn('spatial', 'text', (c) => c.notNull()) // JSON {ar,fr,en}
    .addColumn('contact_name', 'text')
    .addColumn('contact_email', 'text')
    .addColumn('version', 'text')
    .addColumn('visibility', 'text', (c) => c.notNull()) // public | private
    .addColumn('state', 'text', (c) => c.notNull()) // draft | active | deleted
    .addColumn('extras', 'text', (c) => c.notNull()) // JSON [{key, value}]
    .addColumn('featured', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('download_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('issued', 'text') // YYYY-MM-DD
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute();
  await db.schema
    .createIndex('datasets_org_state_visibility_idx')
    .on('datasets')
    .columns(['organization_id', 'state', 'visibility'])
    .execute();
  await db.schema
    .createIndex('datasets_state_visibility_updated_idx')
    .on('datasets')
    .columns(['state', 'visibility', 'updated_at'])
    .execute();
  await db.schema.createIndex('datasets_updated_idx').on('datasets').column('updated_at').execute();
  await db.schema.createIndex('datasets_created_idx').on('datasets').column('created_at').execute();

  await db.schema
    .createTable('dataset_themes')
    .addColumn('dataset_id', 'text', (c) => c.notNull().references('datasets.id').onDelete('cascade'))
    .addColumn('theme_id', 'text', (c) => c.notNull().references('themes.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('dataset_themes_pk', ['dataset_id', 'theme_id'])
    .execute();
  await db.schema.createIndex('dataset_themes_theme_idx').on('dataset_themes').column('theme_id').execute();

  await db.schema
    .createTable('dataset_tags')
    .addColumn('dataset_id', 'text', (c) => c.notNull().references('datasets.id').onDelete('cascade'))
    .addColumn('tag', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('dataset_tags_pk', ['dataset_id', 'tag'])
    .execute();
  await db.schema.createIndex('dataset_tags_tag_idx').on('dataset_tags').column('tag').execute();

  await db.schema
    .createTable('resources')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('dataset_id', 'text', (c) => c.notNull().references('datasets.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull()) // JSON {ar,fr,en}
    .addColumn('description', 'text', (c) => c.notNull()) // JSON {ar,fr,en}, Markdown
    .addColumn('kind', 'text', (c) => c.notNull()) // data | documentation | api | other
    .addColumn('url', 'text')
    .addColumn('storage_key', 'text')
    .addColumn('format', 'text')
    .addColumn('media_type', 'text')
    .addColumn('size', 'integer')
    .addColumn('sha256', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('download_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('resources_dataset_position_idx')
    .on('resources')
    .columns(['dataset_id', 'position'])
    .execute();

  // History of every write: one row per change, with the changed fields ({field: {before, after}}).
  await db.schema
    .createTable('revisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_label', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull()) // dataset | resource | theme
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('dataset_id', 'text')
    .addColumn('organization_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull()) // created | updated | deleted
    .addColumn('changes', 'text', (c) => c.notNull()) // JSON
    .execute();
  await db.schema
    .createIndex('revisions_dataset_idx')
    .on('revisions')
    .columns(['dataset_id', 'at'])
    .execute();
  await db.schema
    .createIndex('revisions_organization_idx')
    .on('revisions')
    .columns(['organization_id', 'at'])
    .execute();
  await db.schema.createIndex('revisions_actor_idx').on('revisions').columns(['actor_id', 'at']).execute();
  await db.schema
    .createIndex('revisions_entity_idx')
    .on('revisions')
    .columns(['entity_type', 'entity_id', 'at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['revisions', 'resources', 'dataset_tags', 'dataset_themes', 'datasets', 'themes'])
    await db.schema.dropTable(t).execute();
}
