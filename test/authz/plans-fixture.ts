// Fresh plan rows for the authorization matrix, inserted directly (each request gets its own).
import type { Fixture } from './matrix.ts';

const now = () => new Date().toISOString();
const T = (s: string) => JSON.stringify({ en: s });

/** A published plan with commitment 1 and one activity of it. */
export async function newPlan(
  fx: Fixture,
): Promise<{ slug: string; commitmentId: string; activityId: string }> {
  const slug = fx.unique('plan');
  const planId = crypto.randomUUID();
  const commitmentId = crypto.randomUUID();
  const activityId = crypto.randomUUID();
  const db = fx.db.db;
  await db
    .insertInto('plans')
    .values({
      id: planId,
      slug,
      title: T(slug),
      description: '{}',
      period_start: '2024-01-01',
      period_end: '2025-12-31',
      status: 'implementation',
      published: 1,
      aggregation: 'mean',
      thresholds: JSON.stringify({ limited: 1, substantial: 50, complete: 100 }),
      reporting_period_days: 90,
      created_at: now(),
      updated_at: now(),
    })
    .execute();
  await db
    .insertInto('commitments')
    .values({
      id: commitmentId,
      plan_id: planId,
      number: 1,
      title: T('Commitment'),
      lead_institution: '{}',
      other_actors: '{}',
      start_date: null,
      end_date: null,
      problem: '{}',
      objective: '{}',
      expected_results: '{}',
      value_access_to_information: 0,
      value_civic_participation: 0,
      value_public_accountability: 0,
      value_technology_innovation: 0,
      contact: null,
      weight: 1,
      level_override: null,
      level_override_reason: null,
      created_at: now(),
      updated_at: now(),
    })
    .execute();
  await db
    .insertInto('activities')
    .values({
      id: activityId,
      commitment_id: commitmentId,
      title: T('Activity'),
      responsible_body: '{}',
      planned_start: null,
      planned_end: null,
      weight: 1,
      status: 'planned',
      completion: 0,
      notes: '{}',
      position: 0,
      created_on: '2024-01-01',
      removed_on: null,
      created_at: now(),
      updated_at: now(),
    })
    .execute();
  return { slug, commitmentId, activityId };
}
