import type { Selectable } from 'kysely';
import type { MembershipRequestsTable, OrganizationsTable, OrgRole } from '../../db/tables/accounts.ts';
import type { Executor } from '../../db/types.ts';
import { nowIso } from '../../kernel/ids.ts';

export type OrgRow = Selectable<OrganizationsTable>;

export function findOrgByName(db: Executor, name: string) {
  return db.selectFrom('organizations').selectAll().where('name', '=', name).executeTakeFirst();
}

export function findOrgById(db: Executor, id: string) {
  return db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertOrg(
  db: Executor,
  row: Omit<OrgRow, 'created_at' | 'updated_at'>,
): Promise<OrgRow> {
  const now = nowIso();
  return db
    .insertInto('organizations')
    .values({ ...row, created_at: now, updated_at: now })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateOrg(db: Executor, id: string, patch: Partial<Omit<OrgRow, 'id' | 'created_at'>>) {
  return db
    .updateTable('organizations')
    .set({ ...patch, updated_at: nowIso() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Public lists show active organisations; `includeArchived` is for sysadmins (the scope is decided by the caller). */
export async function listOrgs(
  db: Executor,
  opts: { includeArchived: boolean; limit: number; offset: number },
) {
  let q = db.selectFrom('organizations');
  if (!opts.includeArchived) q = q.where('state', '=', 'active');
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q.selectAll().orderBy('name').limit(opts.limit).offset(opts.offset).execute();
  return { total: Number(total.n), rows };
}

export function listMembers(db: Executor, orgId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select([
      'users.id as user_id',
      'users.email',
      'users.name',
      'memberships.role',
      'memberships.created_at',
    ])
    .where('memberships.organization_id', '=', orgId)
    .orderBy('users.email')
    .execute();
}

export function findMembership(db: Executor, orgId: string, userId: string) {
  return db
    .selectFrom('memberships')
    .selectAll()
    .where('organization_id', '=', orgId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function upsertMembership(db: Executor, orgId: string, userId: string, role: OrgRole) {
  await db
    .insertInto('memberships')
    .values({ organization_id: orgId, user_id: userId, role, created_at: nowIso() })
    .onConflict((oc) => oc.columns(['organization_id', 'user_id']).doUpdateSet({ role }))
    .execute();
}

export async function deleteMembership(db: Executor, orgId: string, userId: string): Promise<number> {
  const r = await db
    .deleteFrom('memberships')
    .where('organization_id', '=', orgId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function countAdmins(db: Executor, orgId: string): Promise<number> {
  const r = await db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organization_id', '=', orgId)
    .where('role', '=', 'admin')
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function insertMembershipRequest(db: Executor, row: Selectable<MembershipRequestsTable>) {
  await db.insertInto('membership_requests').values(row).execute();
}

export function findMembershipRequest(db: Executor, id: string) {
  return db.selectFrom('membership_requests').selectAll().where('id', '=', id).executeTakeFirst();
}

export function pendingRequestOf(db: Executor, orgId: string, userId: string) {
  return db
    .selectFrom('membership_requests')
    .selectAll()
    .where('organization_id', '=', orgId)
    .where('user_id', '=', userId)
    .where('state', '=', 'pending')
    .executeTakeFirst();
}

export function listMembershipRequests(db: Executor, orgId: string) {
  return db
    .selectFrom('membership_requests')
    .innerJoin('users', 'users.id', 'membership_requests.user_id')
    .select([
      'membership_requests.id',
      'membership_requests.message',
      'membership_requests.created_at',
      'users.id as user_id',
      'users.email',
      'users.name',
    ])
    .where('membership_requests.organization_id', '=', orgId)
    .where('membership_requests.state', '=', 'pending')
    .orderBy('membership_requests.created_at')
    .execute();
}

export async function decideMembershipRequest(
  db: Executor,
  id: string,
  state: 'approved' | 'rejected',
  decidedBy: string | null,
) {
  await db
    .updateTable('membership_requests')
    .set({ state, decided_by: decidedBy, decided_at: nowIso() })
    .where('id', '=', id)
    .execute();
}
