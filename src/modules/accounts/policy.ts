// Who may do what: one readable allow-table. Services call authorize(); pages receive can() flags;
// list queries use the scope helpers so that what a user cannot see never leaves the database.
import { AppError } from '../../kernel/errors.ts';
import { type Actor, hasOrgRole, isSignedIn } from './actor.ts';

export interface OrgResource {
  organizationId: string;
}
export interface UserResource {
  userId: string;
}

type Rule<R> = (actor: Actor, resource: R) => boolean;

const signedIn = (a: Actor) => isSignedIn(a);
const sysadmin = (a: Actor, _resource?: unknown) => a.sysadmin;
const self: Rule<UserResource> = (a, r) => a.sysadmin || (a.userId !== null && a.userId === r.userId);
const orgAdmin: Rule<OrgResource> = (a, r) => a.sysadmin || hasOrgRole(a, r.organizationId, 'admin');

export const rules = {
  'user:read': self,
  'user:update': self,
  'user:deactivate': self,
  'user:list': sysadmin,
  'user:manage': sysadmin,
  'token:create': self,
  'token:revoke': self,
  'session:revoke_all': self,
  'organization:create': sysadmin,
  'organization:update': orgAdmin,
  'organization:archive': sysadmin,
  'member:list': (a: Actor, r: OrgResource) => a.sysadmin || hasOrgRole(a, r.organizationId, 'member'),
  'member:manage': orgAdmin,
  'membership:request': (a: Actor, r: OrgResource) =>
    signedIn(a) && !hasOrgRole(a, r.organizationId, 'member'),
  'membership:decide': orgAdmin,
  'role:grant': sysadmin,
  'audit:read': sysadmin,
  'jobs:read': sysadmin,
} satisfies Record<string, Rule<any>>;

export type Action = keyof typeof rules;
type ResourceOf<A extends Action> = Parameters<(typeof rules)[A]>[1];

export function can<A extends Action>(actor: Actor, action: A, resource: ResourceOf<A>): boolean {
  return (rules[action] as Rule<ResourceOf<A>>)(actor, resource);
}

/** Throws auth.unauthenticated (anonymous) or auth.forbidden (signed in) when the action is not allowed. */
export function authorize<A extends Action>(actor: Actor, action: A, resource: ResourceOf<A>): void {
  if (can(actor, action, resource)) return;
  throw new AppError(isSignedIn(actor) || actor.via === 'cli' ? 'auth.forbidden' : 'auth.unauthenticated', {
    action,
  });
}
