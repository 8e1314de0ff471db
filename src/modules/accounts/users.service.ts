// Profiles, passwords, deactivation, platform roles, and the administration of users.
import type { ServiceContext } from '../../context.ts';
import { locales } from '../../i18n/index.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId, nowIso } from '../../kernel/ids.ts';
import { Fields } from '../../kernel/validate.ts';
import type { PlatformRole, RoleGrant } from './actor.ts';
import { audit } from './audit.ts';
import { checkPassword } from './auth.service.ts';
import * as creds from './credentials.repo.ts';
import { authorize } from './policy.ts';
import { hashPassword, hashToken, verifyPassword } from './secrets.ts';
import * as users from './users.repo.ts';

export const platformRoles: readonly PlatformRole[] = [
  'open_data_officer',
  'data_manager',
  'project_lead',
  'steering_committee',
  'moderator',
];
/** Which scope each platform role takes. */
export const roleScopes: Record<PlatformRole, RoleGrant['scopeType']> = {
  open_data_officer: 'organization',
  data_manager: 'organization',
  project_lead: 'commitment',
  steering_committee: 'platform',
  moderator: 'platform',
};

export interface UserView {
  id: string;
  email: string;
  name: string;
  locale: string;
  state: users.UserRow['state'];
  sysadmin: boolean;
  emailVerifiedAt: string | null;
  lastLoginAt: string | null;
  createdAt: string;
}

export const presentUser = (u: users.UserRow): UserView => ({
  id: u.id,
  email: u.email,
  name: u.name,
  locale: u.locale,
  state: u.state,
  sysadmin: u.sysadmin === 1,
  emailVerifiedAt: u.email_verified_at,
  lastLoginAt: u.last_login_at,
  createdAt: u.created_at,
});

async function loadUser(ctx: ServiceContext, userId: string) {
  const user = await users.findUserById(ctx.db.db, userId);
  if (!user) throw new AppError('accounts.user_not_found', { email: userId });
  return user;
}

export async function getUser(ctx: ServiceContext, userId: string) {
  authorize(ctx.actor, 'user:read', { userId });
  const user = await loadUser(ctx, userId);
  const [memberships, grants] = await Promise.all([
    users.membershipsOfUser(ctx.db.db, userId),
    users.grantsOfUser(ctx.db.db, userId),
  ]);
  return {
    user: presentUser(user),
    memberships: memberships.map((m) => ({
      organizationId: m.organization_id,
      name: m.name,
      title: JSON.parse(m.title),
      role: m.role,
    })),
    roles: grants.map((g) => ({ role: g.role, scopeType: g.scope_type, scopeId: g.scope_id })),
  };
}

export async function updateProfile(
  ctx: ServiceContext,
  userId: string,
  input: { name?: unknown; locale?: unknown },
) {
  authorize(ctx.actor, 'user:update', { userId });
  const f = new Fields();
  const name = f.text('name', input.name, { max: 120, required: true });
  const locale = f.oneOf('locale', input.locale, locales);
  f.check();
  return ctx.db.db.transaction().execute(async (tx) => {
    const row = await users.updateUser(tx, userId, { name, locale });
    await audit(ctx, tx, 'user.updated', { type: 'user', id: userId }, { fields: ['name', 'locale'] });
    return presentUser(row);
  });
}

/** Needs the current password; every other session of the account ends. */
export async function changePassword(
  ctx: ServiceContext,
  userId: string,
  input: { current?: unknown; password?: unknown },
  keepSessionToken?: string,
): Promise<void> {
  authorize(ctx.actor, 'user:update', { userId });
  const user = await loadUser(ctx, userId);
  const f = new Fields();
  const next = checkPassword(f, 'password', input.password);
  const current = typeof input.current === 'string' ? input.current : '';
  if (!current) f.add('current', 'required');
  f.check();
  if (!(await verifyPassword(current, user.password_hash))) {
    new Fields().add('current', 'invalid_value').check();
  }
  const hash = await hashPassword(next);
  await ctx.db.db.transaction().execute(async (tx) => {
    await users.updateUser(tx, userId, { password_hash: hash });
    const sessions = await tx
      .selectFrom('sessions')
      .select('id_hash')
      .where('user_id', '=', userId)
      .execute();
    const keep = keepSessionToken ? hashToken(keepSessionToken) : null;
    for (const s of sessions) if (s.id_hash !== keep) await creds.deleteSession(tx, s.id_hash);
    await audit(ctx, tx, 'user.password_changed', { type: 'user', id: userId });
  });
}

export async function logoutEverywhere(ctx: ServiceContext, userId: string): Promise<number> {
  authorize(ctx.actor, 'session:revoke_all', { userId });
  return ctx.db.db.transaction().execute(async (tx) => {
    const n = await creds.deleteUserSessions(tx, userId);
    await audit(ctx, tx, 'auth.logout_everywhere', { type: 'user', id: userId }, { sessions: n });
    return n;
  });
}

/** Ends every session and revokes every token; the account can no longer sign in. */
export async function setUserState(ctx: ServiceContext, userId: string, state: 'active' | 'deactivated') {
  if (state === 'deactivated') authorize(ctx.actor, 'user:deactivate', { userId });
  else authorize(ctx.actor, 'user:manage', undefined);
  const target = await loadUser(ctx, userId);
  return ctx.db.db.transaction().execute(async (tx) => {
    if (
      state === 'deactivated' &&
      target.sysadmin === 1 &&
      (await users.countActiveSysadmins(tx, userId)) === 0
    )
      throw new AppError('accounts.last_sysadmin');
    const row = await users.updateUser(tx, userId, { state });
    if (state === 'deactivated') {
      await creds.deleteUserSessions(tx, userId);
      await tx
        .updateTable('api_tokens')
        .set({ revoked_at: nowIso() })
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .execute();
    }
    await audit(ctx, tx, state === 'deactivated' ? 'user.deactivated' : 'user.reactivated', {
      type: 'user',
      id: userId,
    });
    return presentUser(row);
  });
}

export async function listUsers(
  ctx: ServiceContext,
  filter: { q?: string; state?: users.UserRow['state']; limit: number; offset: number },
) {
  authorize(ctx.actor, 'user:list', undefined);
  const { total, rows } = await users.listUsers(ctx.db.db, filter);
  return { total, items: rows.map(presentUser) };
}

export async function setSysadmin(ctx: ServiceContext, userId: string, value: boolean) {
  authorize(ctx.actor, 'role:grant', undefined);
  await loadUser(ctx, userId);
  return ctx.db.db.transaction().execute(async (tx) => {
    if (!value && (await users.countActiveSysadmins(tx, userId)) === 0)
      throw new AppError('accounts.last_sysadmin');
    const row = await users.updateUser(tx, userId, { sysadmin: value ? 1 : 0 });
    await audit(
      ctx,
      tx,
      value ? 'role.granted' : 'role.revoked',
      { type: 'user', id: userId },
      { role: 'sysadmin' },
    );
    return presentUser(row);
  });
}

export async function changeRole(
  ctx: ServiceContext,
  userId: string,
  input: { role?: unknown; scopeId?: unknown; grant: boolean },
): Promise<void> {
  authorize(ctx.actor, 'role:grant', undefined);
  const f = new Fields();
  const role = f.oneOf('role', input.role, platformRoles);
  const scopeType = roleScopes[role];
  const scopeId =
    scopeType === 'platform' ? '' : f.text('scopeId', input.scopeId, { max: 100, required: true });
  f.check();
  await loadUser(ctx, userId);
  await ctx.db.db.transaction().execute(async (tx) => {
    if (
      scopeType === 'organization' &&
      !(await tx.selectFrom('organizations').select('id').where('id', '=', scopeId).executeTakeFirst())
    )
      new Fields().add('scopeId', 'invalid_value').check();
    const g = { user_id: userId, role, scope_type: scopeType, scope_id: scopeId };
    if (input.grant)
      await users.insertGrant(tx, { id: newId(), ...g, granted_by: ctx.actor.userId, created_at: nowIso() });
    else await users.deleteGrant(tx, g);
    await audit(
      ctx,
      tx,
      input.grant ? 'role.granted' : 'role.revoked',
      { type: 'user', id: userId },
      { role, scopeType, scopeId },
    );
  });
}

/** For the CLI and the demo seed: an active, verified account. */
export async function createActiveUser(
  ctx: ServiceContext,
  input: { email?: unknown; name?: unknown; password?: unknown; sysadmin?: boolean },
) {
  authorize(ctx.actor, 'user:manage', undefined);
  const f = new Fields();
  const email = f.email('email', input.email);
  const name = f.text('name', input.name ?? email.split('@')[0], { max: 120, required: true });
  const password = checkPassword(f, 'password', input.password);
  if (!f.has('email') && (await users.findUserByEmail(ctx.db.db, email))) f.add('email', 'not_unique');
  f.check();
  const hash = await hashPassword(password);
  return ctx.db.db.transaction().execute(async (tx) => {
    const row = await users.insertUser(tx, {
      id: newId(),
      email,
      name,
      password_hash: hash,
      locale: ctx.locale,
      state: 'active',
      sysadmin: input.sysadmin ? 1 : 0,
      email_verified_at: nowIso(),
      failed_logins: 0,
      locked_until: null,
      last_login_at: null,
    });
    await audit(ctx, tx, 'user.created', { type: 'user', id: row.id }, { email, sysadmin: !!input.sysadmin });
    return presentUser(row);
  });
}
