// Accounts: users, sessions, API tokens, organisations and memberships, platform roles, policies, audit log.

export { accountsRoutes, paging } from './accounts.routes.ts';
export { type Actor, anonymous, cliActor, hasGrant, hasOrgRole, isSignedIn, orgsWithRole } from './actor.ts';
export { listAuditLog } from './audit.service.ts';
export { audit } from './audit.ts';
export * as auth from './auth.service.ts';
export * as orgsService from './orgs.service.ts';
export { registerAdminPages } from './pages/admin-pages.tsx';
export { registerAuthPages } from './pages/auth-pages.tsx';
export {
  type Action,
  authorize,
  type CommitmentResource,
  can,
  type DatasetResource,
  type PlanResource,
  type RequestResource,
} from './policy.ts';
export { loadSecretKey } from './secret-key.ts';
export { actorFromApiToken, actorFromSession } from './session.service.ts';
export * as tokens from './tokens.service.ts';
export * as usersService from './users.service.ts';
