import type { Selectable } from 'kysely';
import type { RoleGrantsTable, UsersTable } from '../../db/tables/accounts.ts';
import type { Executor } from '../../db/types.ts';
import { nowIso } from '../../kernel/ids.ts';

export type UserRow = Selectable<UsersTable>;

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

export function findUserByEmail(db: Executor, email: string) {
  return db.selectFrom('users').selectAll().where('email', '=', normalizeEmail(email)).executeTakeFirst();
}

export function findUserById(db: Executor, id: string) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertUser(
  db: Executor,
  row: Omit<UserRow, 'created_at' | 'updated_at'>,
): Promise<UserRow> {
  const now = nowIso();
  return db
    .insertInto('users')
    .values({ ...row, email: normalizeEmail(row.email), created_at: now, updated_at: now })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateUser(
  db: Executor,
  id: string,
  patch: Partial<Omit<UserRow, 'id' | 'created_at'>>,
): Promise<UserRow> {
  return db
    .updateTable('users')
    .set({ ...patch, updated_at: nowIso() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface UserFilter {
  q?: string;
  state?: UsersTable['state'];
  limit: number;
  offset: number;
}

export async function listUsers(db: Executor, f: UserFilter) {
  let q = db.selectFrom('users');
  if (f.q) {
    const like = `%${f.q.toLowerCase().replace(/[%_]/g, '')}%`;
    q = q.where((eb) => eb.or([eb('email', 'like', like), eb(eb.fn('lower', ['name']), 'like', like)]));
  }
  if (f.state) q = q.where('state', '=', f.state);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q.selectAll().orderBy('email').limit(f.limit).offset(f.offset).execute();
  return { total: Number(total.n), rows };
}

export function membershipsOfUser(db: Executor, userId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('organizations', 'organizations.id', 'memberships.organization_id')
    .select(['memberships.organization_id', 'memberships.role', 'organizations.name', 'organizations.title'])
    .where('memberships.user_id', '=', userId)
    .where('organizations.state', '=', 'active')
    .execute();
}

export function grantsOfUser(db: Executor, userId: string) {
  return db.selectFrom('role_grants').selectAll().where('user_id', '=', userId).execute();
}

export async function insertGrant(db: Executor, row: Selectable<RoleGrantsTable>): Promise<void> {
  await db
    .insertInto('role_grants')
    .values(row)
    .onConflict((oc) => oc.columns(['user_id', 'role', 'scope_type', 'scope_id']).doNothing())
    .execute();
}

export async function deleteGrant(
  db: Executor,
  g: Pick<RoleGrantsTable, 'user_id' | 'role' | 'scope_type' | 'scope_id'>,
): Promise<number> {
  const r = await db
    .deleteFrom('role_grants')
    .where('user_id', '=', g.user_id)
    .where('role', '=', g.role)
    .where('scope_type', '=', g.scope_type)
    .where('scope_id', '=', g.scope_id)
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** Active sysadmins other than `exceptId`. */
export async function countActiveSysadmins(db: Executor, exceptId: string): Promise<number> {
  const r = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('sysadmin', '=', 1)
    .where('state', '=', 'active')
    .where('id', '!=', exceptId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
