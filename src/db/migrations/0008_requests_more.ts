// Frozen: never edit a migration once it has landed; add a new one instead. Imports nothing of the app.
// Data requests, second part: urgent requests (reason, moderator's confirmation), assignment to a data manager,
// the e-mail of requesters without an account (never shown), and the deadline alerts already sent (so each
// reminder and overdue alert goes out once per request and deadline).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  const add = (column: string, type: 'text' | 'integer', build?: (c: any) => any) =>
    db.schema
      .alterTable('data_requests')
      .addColumn(column, type, build ?? ((c) => c))
      .execute();
  await add('urgent', 'integer', (c) => c.notNull().defaultTo(0)); // 1: the short deadline applies
  await add('urgent_reason', 'text'); // the requester's reason (life, safety, freedom)
  await add('urgent_confirmed', 'integer', (c) => c.notNull().defaultTo(0)); // 1: a moderator confirmed it
  await add('assignee_id', 'text', (c) => c.references('users.id'));
  await add('assigned_at', 'text');

  await db.schema
    .createTable('request_guests')
    .addColumn('request_id', 'text', (c) => c.primaryKey().references('data_requests.id').onDelete('cascade'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull()) // '' when none given
    .addColumn('unsubscribed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('request_guests_email_idx').on('request_guests').column('email').execute();

  await db.schema
    .createTable('request_alerts')
    .addColumn('request_id', 'text', (c) => c.notNull().references('data_requests.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull()) // reminder | overdue
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('request_alerts_pk', ['request_id', 'kind', 'due_date'])
    .execute();
  await db.schema
    .createIndex('data_requests_assignee_idx')
    .on('data_requests')
    .column('assignee_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('data_requests_assignee_idx').execute();
  await db.schema.dropTable('request_alerts').execute();
  await db.schema.dropTable('request_guests').execute();
  for (const c of ['assigned_at', 'assignee_id', 'urgent_confirmed', 'urgent_reason', 'urgent'])
    await db.schema.alterTable('data_requests').dropColumn(c).execute();
}
