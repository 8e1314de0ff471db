import type { Executor } from '../../db/types.ts';
import type { Actor } from './actor.ts';
import { grantsOfUser, membershipsOfUser, type UserRow } from './users.repo.ts';

/** The actor of an active user: its organisation roles and platform grants, loaded once per request. */
export async function actorForUser(db: Executor, user: UserRow, via: Actor['via']): Promise<Actor> {
  const [memberships, grants] = await Promise.all([
    membershipsOfUser(db, user.id),
    grantsOfUser(db, user.id),
  ]);
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    sysadmin: user.sysadmin === 1,
    orgRoles: Object.fromEntries(memberships.map((m) => [m.organization_id, m.role])),
    grants: grants.map((g) => ({ role: g.role, scopeType: g.scope_type, scopeId: g.scope_id })),
    via,
  };
}
