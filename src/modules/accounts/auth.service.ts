// Sign-up, e-mail verification, sign-in and out, password reset: one function per use case.
import type { ServiceContext } from '../../context.ts';
import type { Executor } from '../../db/types.ts';
import { isLocale, type Locale, locales, translate } from '../../i18n/index.ts';
import { AppError } from '../../kernel/errors.ts';
import { isoAfter, newId, nowIso } from '../../kernel/ids.ts';
import { Fields } from '../../kernel/validate.ts';
import { queueMail } from '../../mail/outbox.ts';
import { audit } from './audit.ts';
import * as creds from './credentials.repo.ts';
import { hashPassword, hashToken, newSecret, verifyAgainstDummy, verifyPassword } from './secrets.ts';
import { LoginThrottle } from './throttle.ts';
import * as users from './users.repo.ts';

export const PASSWORD_MIN = 10;
const VERIFY_TTL_MS = 48 * 3600_000;
const RESET_TTL_MS = 3600_000;

export const loginThrottle = new LoginThrottle();

export function checkPassword(f: Fields, name: string, value: unknown): string {
  const s = typeof value === 'string' ? value : '';
  if (!s) f.add(name, 'required');
  else if (s.length < PASSWORD_MIN) f.add(name, 'too_short', { min: PASSWORD_MIN });
  else if (s.length > 200) f.add(name, 'too_long', { max: 200 });
  return s;
}

const link = (ctx: ServiceContext, locale: string, path: string) => `${ctx.config.BASE_URL}/${locale}${path}`;

async function sendLinkMail(
  ctx: ServiceContext,
  db: Executor,
  to: { email: string; name: string; locale: string },
  kind: 'verify' | 'reset' | 'exists',
  url: string,
) {
  const locale: Locale = isLocale(to.locale) ? to.locale : ctx.locale;
  await queueMail(db, ctx.queue, {
    to: to.email,
    kind,
    subject: translate(locale, `mail.${kind}.subject`),
    text: translate(locale, `mail.${kind}.body`, { name: to.name, link: url }),
  });
}

export interface SignUpInput {
  email?: unknown;
  name?: unknown;
  password?: unknown;
  locale?: unknown;
}

/**
 * Creates a pending account and e-mails a verification link. The answer is the same whether or not the
 * address already has an account (its owner gets an e-mail saying so instead).
 */
export async function signUp(ctx: ServiceContext, input: SignUpInput): Promise<{ email: string }> {
  if (ctx.config.SIGNUP !== 'open' && !ctx.actor.sysadmin) throw new AppError('auth.signup_closed');
  const f = new Fields();
  const email = f.email('email', input.email);
  const name = f.text('name', input.name, { max: 120, required: true });
  const password = checkPassword(f, 'password', input.password);
  const locale = f.oneOf('locale', input.locale, locales, ctx.locale);
  f.check();
  const passwordHash = await hashPassword(password);
  await ctx.db.db.transaction().execute(async (tx) => {
    const existing = await users.findUserByEmail(tx, email);
    if (existing) {
      await sendLinkMail(ctx, tx, existing, 'exists', link(ctx, existing.locale, '/password/forgot'));
      await audit(ctx, tx, 'auth.signup_existing', { type: 'user', id: existing.id });
      return;
    }
    const user = await users.insertUser(tx, {
      id: newId(),
      email,
      name,
      password_hash: passwordHash,
      locale,
      state: 'pending',
      sysadmin: 0,
      email_verified_at: null,
      failed_logins: 0,
      locked_until: null,
      last_login_at: null,
    });
    await issueVerification(ctx, tx, user);
    await audit(ctx, tx, 'auth.signup', { type: 'user', id: user.id }, {}, { id: user.id, label: email });
  });
  return { email };
}

async function issueVerification(ctx: ServiceContext, db: Executor, user: users.UserRow) {
  const token = newSecret();
  await creds.insertEmailToken(db, {
    tokenHash: hashToken(token),
    purpose: 'verify',
    userId: user.id,
    email: user.email,
    data: {},
    expiresAt: isoAfter(VERIFY_TTL_MS),
  });
  await sendLinkMail(ctx, db, user, 'verify', link(ctx, user.locale, `/verify?token=${token}`));
}

/** Activates the account of a verification link; a used or expired link is refused. */
export async function verifyEmail(ctx: ServiceContext, token: string): Promise<users.UserRow> {
  return ctx.db.db.transaction().execute(async (tx) => {
    const t = await creds.consumeEmailToken(tx, hashToken(token), 'verify');
    if (!t?.user_id) throw new AppError('auth.link_invalid');
    const user = await users.findUserById(tx, t.user_id);
    if (!user || user.state === 'deactivated') throw new AppError('auth.link_invalid');
    const now = nowIso();
    const updated = await users.updateUser(tx, user.id, {
      state: 'active',
      email_verified_at: user.email_verified_at ?? now,
    });
    await audit(
      ctx,
      tx,
      'auth.email_verified',
      { type: 'user', id: user.id },
      {},
      { id: user.id, label: user.email },
    );
    return updated;
  });
}

export interface SessionInfo {
  token: string;
  user: users.UserRow;
  expiresAt: string;
}

/** Signs in: a new session (rotation: any session token the client had is not reused). */
export async function login(
  ctx: ServiceContext,
  input: { email?: unknown; password?: unknown },
): Promise<SessionInfo> {
  const f = new Fields();
  const email = f.email('email', input.email);
  const password = typeof input.password === 'string' ? input.password : '';
  if (!password) f.add('password', 'required');
  f.check();
  const wait = loginThrottle.waitFor(email);
  if (wait > 0) throw new AppError('auth.login_throttled', { retryAfter: Math.ceil(wait / 1000) });
  const user = await users.findUserByEmail(ctx.db.db, email);
  const ok = user ? await verifyPassword(password, user.password_hash) : await verifyAgainstDummy(password);
  if (!user || !ok || user.state === 'deactivated') {
    loginThrottle.fail(email);
    await ctx.db.db.transaction().execute(async (tx) => {
      if (user) await users.updateUser(tx, user.id, { failed_logins: user.failed_logins + 1 });
      await audit(
        ctx,
        tx,
        'auth.login_failed',
        { type: 'user', id: user?.id ?? null },
        { email },
        {
          id: null,
          label: email,
        },
      );
    });
    throw new AppError('auth.invalid_credentials');
  }
  if (user.state === 'pending') throw new AppError('auth.email_not_verified');
  loginThrottle.succeed(email);
  const token = newSecret();
  const expiresAt = isoAfter(ctx.config.SESSION_MAX_HOURS * 3600_000);
  await ctx.db.db.transaction().execute(async (tx) => {
    await creds.insertSession(tx, {
      idHash: hashToken(token),
      userId: user.id,
      ip: ctx.ip,
      userAgent: null,
      expiresAt,
    });
    await users.updateUser(tx, user.id, { last_login_at: nowIso(), failed_logins: 0 });
    await audit(ctx, tx, 'auth.login', { type: 'user', id: user.id }, {}, { id: user.id, label: user.email });
  });
  return { token, user, expiresAt };
}

export async function logout(ctx: ServiceContext, sessionToken: string | undefined): Promise<void> {
  if (!sessionToken) return;
  await ctx.db.db.transaction().execute(async (tx) => {
    await creds.deleteSession(tx, hashToken(sessionToken));
    if (ctx.actor.userId) await audit(ctx, tx, 'auth.logout', { type: 'user', id: ctx.actor.userId });
  });
}

/** Sends a reset link when the address belongs to an active account; answers the same either way. */
export async function requestPasswordReset(ctx: ServiceContext, input: { email?: unknown }): Promise<void> {
  const f = new Fields();
  const email = f.email('email', input.email);
  f.check();
  await ctx.db.db.transaction().execute(async (tx) => {
    const user = await users.findUserByEmail(tx, email);
    if (!user || user.state === 'deactivated') {
      await audit(ctx, tx, 'auth.reset_requested_unknown', {}, { email }, { id: null, label: email });
      return;
    }
    const token = newSecret();
    await creds.insertEmailToken(tx, {
      tokenHash: hashToken(token),
      purpose: 'reset',
      userId: user.id,
      email: user.email,
      data: {},
      expiresAt: isoAfter(RESET_TTL_MS),
    });
    await sendLinkMail(ctx, tx, user, 'reset', link(ctx, user.locale, `/password/reset?token=${token}`));
    await audit(
      ctx,
      tx,
      'auth.reset_requested',
      { type: 'user', id: user.id },
      {},
      { id: user.id, label: email },
    );
  });
}

/** Sets a new password from a single-use reset link; every session of the account ends. */
export async function resetPassword(
  ctx: ServiceContext,
  input: { token?: unknown; password?: unknown },
): Promise<users.UserRow> {
  const f = new Fields();
  const password = checkPassword(f, 'password', input.password);
  f.check();
  const passwordHash = await hashPassword(password);
  const token = typeof input.token === 'string' ? input.token : '';
  return ctx.db.db.transaction().execute(async (tx) => {
    const t = await creds.consumeEmailToken(tx, hashToken(token), 'reset');
    if (!t?.user_id) throw new AppError('auth.link_invalid');
    const user = await users.findUserById(tx, t.user_id);
    if (!user || user.state === 'deactivated') throw new AppError('auth.link_invalid');
    // Following the link proves the address, so a pending account becomes active.
    const updated = await users.updateUser(tx, user.id, {
      password_hash: passwordHash,
      state: 'active',
      email_verified_at: user.email_verified_at ?? nowIso(),
      failed_logins: 0,
    });
    await creds.deleteUserSessions(tx, user.id);
    await audit(
      ctx,
      tx,
      'auth.password_reset',
      { type: 'user', id: user.id },
      {},
      { id: user.id, label: user.email },
    );
    loginThrottle.succeed(user.email);
    return updated;
  });
}
