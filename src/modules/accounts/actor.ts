import type { OrgRole, RoleGrantsTable } from '../../db/tables/accounts.ts';

export type PlatformRole = RoleGrantsTable['role'];

export interface RoleGrant {
  role: PlatformRole;
  scopeType: RoleGrantsTable['scope_type'];
  scopeId: string;
}

/** Who is acting: an anonymous visitor, a signed-in user (session or API token), or the CLI. */
export interface Actor {
  userId: string | null;
  email: string | null;
  name: string | null;
  sysadmin: boolean;
  /** organization id → role */
  orgRoles: Readonly<Record<string, OrgRole>>;
  grants: readonly RoleGrant[];
  via: 'anonymous' | 'session' | 'token' | 'cli';
}

export const anonymous: Actor = Object.freeze({
  userId: null,
  email: null,
  name: null,
  sysadmin: false,
  orgRoles: Object.freeze({}),
  grants: Object.freeze([]),
  via: 'anonymous' as const,
});

/** The command line acts as a sysadmin (it has the database anyway). */
export const cliActor: Actor = Object.freeze({
  ...anonymous,
  sysadmin: true,
  name: 'cli',
  via: 'cli' as const,
});

export const isSignedIn = (a: Actor): boolean => a.userId !== null;

const rank: Record<OrgRole, number> = { member: 1, editor: 2, admin: 3 };

/** True when the actor has at least `min` in the organization. */
export function hasOrgRole(actor: Actor, orgId: string, min: OrgRole): boolean {
  const role = actor.orgRoles[orgId];
  return role !== undefined && rank[role] >= rank[min];
}

/** Organization ids where the actor has at least `min`. */
export function orgsWithRole(actor: Actor, min: OrgRole): string[] {
  return Object.entries(actor.orgRoles)
    .filter(([, role]) => rank[role] >= rank[min])
    .map(([id]) => id);
}

export function hasGrant(actor: Actor, role: PlatformRole, scopeId?: string): boolean {
  return actor.grants.some((g) => g.role === role && (scopeId === undefined || g.scopeId === scopeId));
}
