// SQL of blockers (requests for the steering committee's intervention) and their history. Lists are filtered
// in SQL by the reader's scope: committee members see all, project leads their commitments', everyone the public.
import type { Insertable, Selectable, Updateable } from 'kysely';
import type {
  BlockerStatus,
  PlanBlockerEventsTable,
  PlanBlockersTable,
} from '../../db/tables/plans-governance.ts';
import type { Executor } from '../../db/types.ts';

export type BlockerRow = Selectable<PlanBlockersTable> & { commitment_number: number };
export type BlockerEventRow = Selectable<PlanBlockerEventsTable>;

/** Who reads: `all` (committee members), else public ones plus those of the commitments they lead. */
export interface BlockerScope {
  all: boolean;
  commitmentIds: readonly string[];
}

function base(db: Executor) {
  return db
    .selectFrom('plan_blockers as b')
    .innerJoin('commitments as c', 'c.id', 'b.commitment_id')
    .selectAll('b')
    .select('c.number as commitment_number');
}

function scoped(db: Executor, scope: BlockerScope) {
  const q = base(db);
  if (scope.all) return q;
  return q.where((eb) =>
    eb.or([
      eb('b.public', '=', 1),
      ...(scope.commitmentIds.length ? [eb('b.commitment_id', 'in', [...scope.commitmentIds])] : []),
    ]),
  );
}

export function listBlockers(
  db: Executor,
  scope: BlockerScope,
  filter: { planId: string; commitmentId?: string; statuses?: readonly BlockerStatus[] },
): Promise<BlockerRow[]> {
  let q = scoped(db, scope).where('b.plan_id', '=', filter.planId);
  if (filter.commitmentId) q = q.where('b.commitment_id', '=', filter.commitmentId);
  if (filter.statuses?.length) q = q.where('b.status', 'in', [...filter.statuses]);
  return q.orderBy('b.created_at', 'desc').orderBy('b.id').execute() as Promise<BlockerRow[]>;
}

export function findBlocker(db: Executor, scope: BlockerScope, planId: string, id: string) {
  return scoped(db, scope)
    .where('b.plan_id', '=', planId)
    .where('b.id', '=', id)
    .executeTakeFirst() as Promise<BlockerRow | undefined>;
}

export async function insertBlocker(db: Executor, row: Insertable<PlanBlockersTable>): Promise<void> {
  await db.insertInto('plan_blockers').values(row).execute();
}

export async function updateBlocker(db: Executor, id: string, patch: Updateable<PlanBlockersTable>) {
  await db.updateTable('plan_blockers').set(patch).where('id', '=', id).execute();
}

export async function insertEvent(db: Executor, row: Insertable<PlanBlockerEventsTable>): Promise<void> {
  await db.insertInto('plan_blocker_events').values(row).execute();
}

export function listEvents(db: Executor, blockerId: string): Promise<BlockerEventRow[]> {
  return db
    .selectFrom('plan_blocker_events')
    .selectAll()
    .where('blocker_id', '=', blockerId)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

/** Active users holding the platform role `steering_committee` (the committee to notify). */
export function committeeMembers(db: Executor) {
  return db
    .selectFrom('users as u')
    .innerJoin('role_grants as g', 'g.user_id', 'u.id')
    .select(['u.id', 'u.email', 'u.locale'])
    .distinct()
    .where('u.state', '=', 'active')
    .where('g.role', '=', 'steering_committee')
    .orderBy('u.id')
    .execute();
}

/** Active users holding `project_lead` on the commitment. */
export function commitmentLeads(db: Executor, commitmentId: string) {
  return db
    .selectFrom('users as u')
    .innerJoin('role_grants as g', 'g.user_id', 'u.id')
    .select(['u.id', 'u.email', 'u.locale', 'u.name'])
    .distinct()
    .where('u.state', '=', 'active')
    .where('g.role', '=', 'project_lead')
    .where('g.scope_type', '=', 'commitment')
    .where('g.scope_id', '=', commitmentId)
    .orderBy('u.id')
    .execute();
}

export function userContact(db: Executor, userId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'locale', 'name'])
    .where('id', '=', userId)
    .where('state', '=', 'active')
    .executeTakeFirst();
}
