// Frozen: never edit a migration once it has landed; add a new one instead. Imports nothing of the app.
// Data requests from the public: the requests, their public history, the datasets that answer them, votes,
// followers and moderated comments. `inventory_item_id` is reserved for the public data inventory (a later
// migration adds that table; the column stays a plain nullable text until then).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('data_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull()) // language the requester wrote in
    .addColumn('requester_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('organization_id', 'text', (c) => c.references('organizations.id'))
    .addColumn('preferred_format', 'text')
    .addColumn('topic', 'text') // theme name
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('routed_at', 'text')
    .addColumn('due_date', 'text') // YYYY-MM-DD
    .addColumn('extended', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('extension_reason', 'text')
    .addColumn('planned_date', 'text') // YYYY-MM-DD
    .addColumn('refusal_reason', 'text')
    .addColumn('refusal_justification', 'text')
    .addColumn('answered_at', 'text')
    .addColumn('inventory_item_id', 'text')
    .addColumn('vote_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('data_requests_status_idx')
    .on('data_requests')
    .columns(['status', 'created_at'])
    .execute();
  await db.schema
    .createIndex('data_requests_org_idx')
    .on('data_requests')
    .columns(['organization_id', 'status'])
    .execute();
  await db.schema
    .createIndex('data_requests_requester_idx')
    .on('data_requests')
    .column('requester_id')
    .execute();

  await db.schema
    .createTable('request_transitions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull().references('data_requests.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull()) // status | extension
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_role', 'text', (c) => c.notNull()) // requester | moderator | organization
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('request_transitions_request_idx')
    .on('request_transitions')
    .columns(['request_id', 'at'])
    .execute();

  await db.schema
    .createTable('request_datasets')
    .addColumn('request_id', 'text', (c) => c.notNull().references('data_requests.id').onDelete('cascade'))
    .addColumn('dataset_id', 'text', (c) => c.notNull().references('datasets.id').onDelete('cascade'))
    .addColumn('linked_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('request_datasets_pk', ['request_id', 'dataset_id'])
    .execute();

  for (const table of ['request_votes', 'request_followers']) {
    await db.schema
      .createTable(table)
      .addColumn('request_id', 'text', (c) => c.notNull().references('data_requests.id').onDelete('cascade'))
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint(`${table}_pk`, ['request_id', 'user_id'])
      .execute();
  }

  await db.schema
    .createTable('request_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull().references('data_requests.id').onDelete('cascade'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull()) // pending | approved | rejected
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('request_comments_request_idx')
    .on('request_comments')
    .columns(['request_id', 'state', 'created_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'request_comments',
    'request_followers',
    'request_votes',
    'request_datasets',
    'request_transitions',
    'data_requests',
  ])
    await db.schema.dropTable(t).execute();
}
