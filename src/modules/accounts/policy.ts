// Who may do what: one readable allow-table. Services call authorize(); pages receive can() flags;
// list queries use the scope helpers so that what a user cannot see never leaves the database.
import { AppError } from '../../kernel/errors.ts';
import { type Actor, hasGrant, hasOrgRole, isSignedIn } from './actor.ts';

export interface OrgResource {
  organizationId: string;
}
export interface UserResource {
  userId: string;
}
/** A dataset as the rules see it: its organisation, and whether everyone may read it. */
export interface DatasetResource extends OrgResource {
  visibility: 'public' | 'private';
  state: 'draft' | 'active' | 'deleted';
}

/** An action plan as the rules see it: whether it is published (readable by everyone). */
export interface PlanResource {
  published: boolean;
}
/** A commitment of a plan: its id is the scope of the project_lead role. */
export interface CommitmentResource {
  commitmentId: string;
}
/** A data request as the rules see it: who asked, and the organisation it is routed to (if any). */
export interface RequestResource {
  requesterId: string;
  organizationId: string | null;
}

type Rule<R> = (actor: Actor, resource: R) => boolean;

const signedIn = (a: Actor) => isSignedIn(a);
const sysadmin = (a: Actor, _resource?: unknown) => a.sysadmin;
const self: Rule<UserResource> = (a, r) => a.sysadmin || (a.userId !== null && a.userId === r.userId);
const orgAdmin: Rule<OrgResource> = (a, r) => a.sysadmin || hasOrgRole(a, r.organizationId, 'admin');
const orgEditor: Rule<OrgResource> = (a, r) => a.sysadmin || hasOrgRole(a, r.organizationId, 'editor');
/** Public and active: everyone; otherwise members of its organisation (any role) and sysadmins.
 *  The SQL form of this rule is `datasetScope` in src/modules/catalog/scope.ts. */
const readDataset: Rule<DatasetResource> = (a, r) =>
  (r.visibility === 'public' && r.state === 'active') ||
  a.sysadmin ||
  hasOrgRole(a, r.organizationId, 'member');

/** Plan managers (the open government team): sysadmins and holders of the steering_committee role. */
const planManager = (a: Actor, _resource?: unknown) => a.sysadmin || hasGrant(a, 'steering_committee');
/** A commitment's project lead(s) (project_lead granted on the commitment's id) and plan managers. */
const commitmentLead: Rule<CommitmentResource> = (a, r) =>
  planManager(a) || (a.userId !== null && hasGrant(a, 'project_lead', r.commitmentId));
/** Platform moderators of data requests and comments: sysadmins and holders of the platform `moderator` role. */
const moderator = (a: Actor, _resource?: unknown) =>
  a.sysadmin || a.grants.some((g) => g.role === 'moderator' && g.scopeType === 'platform');
/** Answers for the organisation a request is routed to: its editors and admins, and moderators. */
const answerRequest: Rule<RequestResource> = (a, r) =>
  moderator(a) || (r.organizationId !== null && hasOrgRole(a, r.organizationId, 'editor'));

/** Keeps an organisation's data inventory: its editors and admins, its open data officers and data managers
 *  (platform roles granted on the organisation), and sysadmins. */
const inventoryKeeper: Rule<OrgResource> = (a, r) =>
  orgEditor(a, r) ||
  hasGrant(a, 'open_data_officer', r.organizationId) ||
  hasGrant(a, 'data_manager', r.organizationId);

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
  'dataset:read': readDataset,
  'dataset:create': orgEditor,
  'dataset:update': orgEditor,
  'dataset:delete': orgEditor,
  'dataset:feature': sysadmin,
  'resource:create': orgEditor,
  'resource:update': orgEditor,
  'resource:delete': orgEditor,
  'theme:create': sysadmin,
  'theme:update': sysadmin,
  'theme:delete': sysadmin,
  'plan:read': (a: Actor, r: PlanResource) => r.published || planManager(a),
  'plan:create': planManager,
  'plan:update': planManager,
  'commitment:create': planManager,
  'commitment:update': planManager,
  'activity:manage': commitmentLead,
  'progress:report': commitmentLead,
  /** Blockers: a commitment's leads raise them and take part in the discussion; the committee decides. */
  'blocker:raise': commitmentLead,
  'blocker:comment': commitmentLead,
  'blocker:reopen': commitmentLead,
  'blocker:decide': planManager,
  'meeting:manage': planManager,
  /** The coordinators' dashboard (late, not-updated, blockers, changes since the last meeting). */
  'plan:dashboard': planManager,
  'request:create': signedIn,
  'request:vote': signedIn,
  'request:follow': signedIn,
  'request:comment': signedIn,
  'request:moderate': moderator,
  'request:answer': answerRequest,
  /** Assigning a routed request to a data manager: the organisation's open data officer(s) (its admins), and
   *  moderators. */
  'request:assign': (a: Actor, r: RequestResource) =>
    moderator(a) || (r.organizationId !== null && hasOrgRole(a, r.organizationId, 'admin')),
  /** Any move of the workflow: the requester, the organisation or a moderator (workflow.ts decides which). */
  'request:transition': (a: Actor, r: RequestResource) =>
    answerRequest(a, r) || (a.userId !== null && a.userId === r.requesterId),
  'inventory:manage': inventoryKeeper,
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
