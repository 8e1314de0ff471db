// Fresh blockers and meetings for the authorization matrix, inserted directly on a fresh plan (plans-fixture).
// Blockers are public so that every role can see them: a refusal is then a 401/403, never a 404.
import type { BlockerStatus } from '../../src/db/tables/plans-governance.ts';
import type { Fixture } from './matrix.ts';
import { newPlan } from './plans-fixture.ts';

const now = () => new Date().toISOString();

export async function newBlocker(fx: Fixture, status: BlockerStatus = 'open') {
  const plan = await newPlan(fx);
  const db = fx.db.db;
  const { id: planId } = await db
    .selectFrom('plans')
    .select('id')
    .where('slug', '=', plan.slug)
    .executeTakeFirstOrThrow();
  const id = crypto.randomUUID();
  await db
    .insertInto('plan_blockers')
    .values({
      id,
      plan_id: planId,
      commitment_id: plan.commitmentId,
      title: 'Blocked',
      problem: 'P',
      needed: 'N',
      lang: 'en',
      public: 1,
      status,
      raised_by: null,
      answer: status === 'answered' ? 'A' : null,
      answered_at: status === 'answered' ? now() : null,
      closed_at: null,
      created_at: now(),
      updated_at: now(),
    })
    .execute();
  return { slug: plan.slug, id };
}

/** A published meeting with one decision. */
export async function newMeeting(fx: Fixture) {
  const plan = await newPlan(fx);
  const db = fx.db.db;
  const { id: planId } = await db
    .selectFrom('plans')
    .select('id')
    .where('slug', '=', plan.slug)
    .executeTakeFirstOrThrow();
  const id = crypto.randomUUID();
  const decisionId = crypto.randomUUID();
  await db
    .insertInto('plan_meetings')
    .values({
      id,
      plan_id: planId,
      kind: 'steering',
      held_on: '2024-03-01',
      place: 'Rabat',
      agenda: '{}',
      minutes: '{}',
      include_progress: 0,
      published: 1,
      created_by: null,
      created_at: now(),
      updated_at: now(),
    })
    .execute();
  await db
    .insertInto('plan_meeting_decisions')
    .values({
      id: decisionId,
      meeting_id: id,
      text: JSON.stringify({ en: 'Do it' }),
      owner: 'Team',
      due_on: null,
      status: 'open',
      position: 0,
      updated_at: now(),
    })
    .execute();
  return { slug: plan.slug, id, decisionId };
}
