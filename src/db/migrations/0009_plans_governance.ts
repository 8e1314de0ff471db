// Frozen: never edit a migration once it has landed; add a new one instead. Imports nothing of the app.
// Governance of action plans: blockers (requests for the steering committee's intervention) with their dated
// history, committee meetings with participants and decisions, and the reminders sent before reporting deadlines.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('plan_blockers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('commitment_id', 'text', (c) => c.notNull().references('commitments.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('problem', 'text', (c) => c.notNull())
    .addColumn('needed', 'text', (c) => c.notNull()) // what is needed from the committee
    .addColumn('lang', 'text', (c) => c.notNull()) // language it was written in
    .addColumn('public', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull()) // open | under_discussion | answered | closed
    .addColumn('raised_by', 'text')
    .addColumn('answer', 'text')
    .addColumn('answered_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('plan_blockers_plan_idx')
    .on('plan_blockers')
    .columns(['plan_id', 'status', 'created_at'])
    .execute();
  await db.schema
    .createIndex('plan_blockers_commitment_idx')
    .on('plan_blockers')
    .column('commitment_id')
    .execute();

  // Every step of a blocker: raised, comment, answer, close, reopen, with its author and the role they acted in.
  await db.schema
    .createTable('plan_blocker_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('blocker_id', 'text', (c) => c.notNull().references('plan_blockers.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull()) // raised | comment | answer | close | reopen
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text')
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('author_role', 'text', (c) => c.notNull()) // committee | lead
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('plan_blocker_events_blocker_idx')
    .on('plan_blocker_events')
    .columns(['blocker_id', 'at'])
    .execute();

  await db.schema
    .createTable('plan_meetings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull()) // steering | implementation
    .addColumn('held_on', 'text', (c) => c.notNull()) // YYYY-MM-DD
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('agenda', 'text', (c) => c.notNull()) // JSON {ar,fr,en}
    .addColumn('minutes', 'text', (c) => c.notNull()) // JSON {ar,fr,en}, Markdown
    .addColumn('include_progress', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('published', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('plan_meetings_plan_idx')
    .on('plan_meetings')
    .columns(['plan_id', 'held_on'])
    .execute();

  await db.schema
    .createTable('plan_meeting_participants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('plan_meetings.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('institution', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('plan_meeting_participants_meeting_idx')
    .on('plan_meeting_participants')
    .columns(['meeting_id', 'position'])
    .execute();

  await db.schema
    .createTable('plan_meeting_decisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('plan_meetings.id').onDelete('cascade'))
    .addColumn('text', 'text', (c) => c.notNull()) // JSON {ar,fr,en}
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text') // YYYY-MM-DD
    .addColumn('status', 'text', (c) => c.notNull()) // open | done
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('plan_meeting_decisions_meeting_idx')
    .on('plan_meeting_decisions')
    .columns(['meeting_id', 'position'])
    .execute();

  // One row per reminder sent: a commitment's reporting deadline is reminded once to each project lead.
  await db.schema
    .createTable('plan_reminders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('commitment_id', 'text', (c) => c.notNull().references('commitments.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text', (c) => c.notNull()) // YYYY-MM-DD
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('plan_reminders_once', ['commitment_id', 'user_id', 'deadline'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'plan_reminders',
    'plan_meeting_decisions',
    'plan_meeting_participants',
    'plan_meetings',
    'plan_blocker_events',
    'plan_blockers',
  ])
    await db.schema.dropTable(t).execute();
}
