// Frozen: never edit a migration once it has landed; add a new one instead. Imports nothing of the app.
// Open government action plans: plans, commitments, activities, the weight history of activities and the
// dated progress reports from which every past figure is computed.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('plans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull()) // JSON {ar,fr,en}
    .addColumn('description', 'text', (c) => c.notNull()) // JSON {ar,fr,en}
    .addColumn('period_start', 'text', (c) => c.notNull()) // YYYY-MM-DD
    .addColumn('period_end', 'text', (c) => c.notNull()) // YYYY-MM-DD
    .addColumn('status', 'text', (c) => c.notNull()) // co-creation | implementation | evaluation | closed
    .addColumn('published', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('aggregation', 'text', (c) => c.notNull()) // mean | weighted
    .addColumn('thresholds', 'text', (c) => c.notNull()) // JSON {limited, substantial, complete}
    .addColumn('reporting_period_days', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('commitments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull()) // JSON {ar,fr,en}
    .addColumn('lead_institution', 'text', (c) => c.notNull()) // JSON {ar,fr,en}
    .addColumn('other_actors', 'text', (c) => c.notNull()) // JSON {ar,fr,en}
    .addColumn('start_date', 'text') // YYYY-MM-DD
    .addColumn('end_date', 'text') // YYYY-MM-DD
    .addColumn('problem', 'text', (c) => c.notNull()) // JSON {ar,fr,en}
    .addColumn('objective', 'text', (c) => c.notNull()) // JSON {ar,fr,en}
    .addColumn('expected_results', 'text', (c) => c.notNull()) // JSON {ar,fr,en}
    .addColumn('value_access_to_information', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('value_civic_participation', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('value_public_accountability', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('value_technology_innovation', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('contact', 'text')
    .addColumn('weight', 'double precision', (c) => c.notNull().defaultTo(1))
    .addColumn('level_override', 'text') // not_started | limited | substantial | complete
    .addColumn('level_override_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('commitments_plan_number_unique', ['plan_id', 'number'])
    .execute();

  // Removed activities keep their row (removed_at) so that past figures stay reproducible.
  await db.schema
    .createTable('activities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('commitment_id', 'text', (c) => c.notNull().references('commitments.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull()) // JSON {ar,fr,en}
    .addColumn('responsible_body', 'text', (c) => c.notNull()) // JSON {ar,fr,en}
    .addColumn('planned_start', 'text') // YYYY-MM-DD
    .addColumn('planned_end', 'text') // YYYY-MM-DD
    .addColumn('weight', 'double precision', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // planned | in_progress | done | cancelled
    .addColumn('completion', 'double precision', (c) => c.notNull().defaultTo(0))
    .addColumn('notes', 'text', (c) => c.notNull()) // JSON {ar,fr,en}
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_on', 'text', (c) => c.notNull()) // YYYY-MM-DD: counted from this date on
    .addColumn('removed_on', 'text') // YYYY-MM-DD: not counted from this date on
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('activities_commitment_idx')
    .on('activities')
    .columns(['commitment_id', 'position'])
    .execute();

  // Every weight an activity had, from the date it took effect.
  await db.schema
    .createTable('activity_weights')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('activity_id', 'text', (c) => c.notNull().references('activities.id').onDelete('cascade'))
    .addColumn('effective_on', 'text', (c) => c.notNull()) // YYYY-MM-DD
    .addColumn('weight', 'double precision', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('activity_weights_activity_idx')
    .on('activity_weights')
    .columns(['activity_id', 'effective_on'])
    .execute();

  await db.schema
    .createTable('progress_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('activity_id', 'text', (c) => c.notNull().references('activities.id').onDelete('cascade'))
    .addColumn('reported_on', 'text', (c) => c.notNull()) // YYYY-MM-DD
    .addColumn('completion', 'double precision', (c) => c.notNull())
    .addColumn('done', 'text', (c) => c.notNull()) // JSON {ar,fr,en}: what was done
    .addColumn('evidence', 'text', (c) => c.notNull()) // JSON [{title, url}]
    .addColumn('communication', 'text', (c) => c.notNull()) // JSON {ar,fr,en}
    .addColumn('author_id', 'text')
    .addColumn('author_label', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('progress_reports_activity_idx')
    .on('progress_reports')
    .columns(['activity_id', 'reported_on', 'created_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['progress_reports', 'activity_weights', 'activities', 'commitments', 'plans'])
    await db.schema.dropTable(t).execute();
}
