// The roles an actor holds towards one request, and the rules' view of a request.
import type { TransitionRole } from '../../db/tables/requests.ts';
import { type Actor, can, hasOrgRole } from '../accounts/index.ts';

export interface RequestTarget {
  requester_id: string;
  organization_id: string | null;
}

export const resourceOf = (r: RequestTarget) => ({
  requesterId: r.requester_id,
  organizationId: r.organization_id,
});

export function rolesOf(actor: Actor, r: RequestTarget): Set<TransitionRole> {
  const roles = new Set<TransitionRole>();
  if (actor.userId !== null && actor.userId === r.requester_id) roles.add('requester');
  if (can(actor, 'request:moderate', undefined)) roles.add('moderator');
  if (r.organization_id && hasOrgRole(actor, r.organization_id, 'editor')) roles.add('organization');
  return roles;
}

/** Today's date (UTC) as YYYY-MM-DD. */
export const today = (now = new Date()) => now.toISOString().slice(0, 10);
