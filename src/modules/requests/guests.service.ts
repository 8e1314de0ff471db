// Data requests from people without an account (REQUEST_ANONYMOUS). The request waits, with the e-mail it
// came from, in a single-use e-mail token (stored as its hash, expiring after REQUEST_VERIFY_HOURS): nothing is
// public until the link in the e-mail is followed. Confirming creates the request as `submitted`, owned by the
// shared "requester without an account" user, with the e-mail kept apart in `request_guests` (never shown).
// The requester may then withdraw it, or stop its e-mails, through signed links (guest-links.ts).
import type { ServiceContext } from '../../context.ts';
import type { Executor } from '../../db/types.ts';
import { RateLimiter } from '../../http/rate-limit.ts';
import { translate } from '../../i18n/index.ts';
import { AppError } from '../../kernel/errors.ts';
import { isoAfter, newId, nowIso } from '../../kernel/ids.ts';
import { Fields } from '../../kernel/validate.ts';
import { queueMail } from '../../mail/outbox.ts';
import { consumeEmailToken, insertEmailToken } from '../accounts/credentials.repo.ts';
import { hashToken, newSecret } from '../accounts/secrets.ts';
import { checkGuestSignature, siteSecret } from './guest-links.ts';
import type { RequestView } from './present.ts';
import * as repo from './requests.repo.ts';
import {
  getRequest,
  insertNewRequest,
  loadRequest,
  type RequestFields,
  requestFields,
} from './requests.service.ts';
import { record } from './transitions.service.ts';
import { transitions } from './workflow.ts';

/** The one user that owns every request made without an account; it cannot sign in (no password, not active). */
export const GUEST_USER_ID = 'request-guest';

async function ensureGuestUser(tx: Executor, now: string) {
  await tx
    .insertInto('users')
    .values({
      id: GUEST_USER_ID,
      email: 'request-guest@invalid',
      name: '',
      password_hash: null,
      locale: 'fr',
      state: 'deactivated',
      sysadmin: 0,
      email_verified_at: null,
      failed_logins: 0,
      locked_until: null,
      last_login_at: null,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

/** Per client address, per process (one hour windows); the per-e-mail count is in the database. */
const byClient = new RateLimiter(3_600_000);

interface Pending {
  request: RequestFields;
  name: string;
}

/** Checks a request made without an account and e-mails the confirmation link; stores nothing public. */
export async function submitAnonymousRequest(
  ctx: ServiceContext,
  input: Record<string, unknown>,
): Promise<{ pending: true; expires_at: string }> {
  if (!ctx.config.REQUEST_ANONYMOUS) throw new AppError('requests.anonymous_disabled');
  const f = new Fields();
  const email = f.email('email', input.email);
  const name = f.text('name', input.name, { max: 100 });
  const request = await requestFields(ctx, f, input);
  f.check();
  const limit = ctx.config.REQUEST_ANONYMOUS_PER_HOUR;
  const recent = await ctx.db.db
    .selectFrom('email_tokens')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('purpose', '=', 'request')
    .where('email', '=', email)
    .where('created_at', '>', isoAfter(-3_600_000))
    .executeTakeFirstOrThrow();
  if (Number(recent.n) >= limit) throw new AppError('http.rate_limited', { retryAfter: 3600 });
  // One address may be shared by many people (a library, a mobile network): ten times the per-e-mail limit.
  byClient.hit('anonymous-request', ctx.ip ?? 'unknown', limit * 10);

  const token = newSecret();
  const expiresAt = isoAfter(ctx.config.REQUEST_VERIFY_HOURS * 3_600_000);
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(ctx.locale, key, params);
  const url = `${ctx.config.BASE_URL.replace(/\/$/, '')}/${ctx.locale}/requests/confirm?token=${token}`;
  await ctx.db.db.transaction().execute(async (tx) => {
    const pending: Pending = { request, name };
    await insertEmailToken(tx, {
      tokenHash: hashToken(token),
      purpose: 'request',
      userId: null,
      email,
      data: pending,
      expiresAt,
    });
    await queueMail(tx, ctx.queue, {
      to: email,
      subject: t('requests.mail.confirm_subject', { title: request.title }),
      text: [
        t('requests.mail.confirm_body', { title: request.title }),
        url,
        t('requests.mail.confirm_expiry', { hours: ctx.config.REQUEST_VERIFY_HOURS }),
      ].join('\n\n'),
      kind: 'request.confirm',
    });
  });
  return { pending: true, expires_at: expiresAt };
}

/** Follows the e-mail link: once, before it expires. The request then enters the workflow as `submitted`. */
export async function confirmAnonymousRequest(ctx: ServiceContext, token: unknown): Promise<RequestView> {
  if (typeof token !== 'string' || !token) throw new AppError('requests.token_invalid');
  const id = newId();
  const created = await ctx.db.db.transaction().execute(async (tx) => {
    const row = await consumeEmailToken(tx, hashToken(token), 'request');
    if (!row) return false;
    const pending = JSON.parse(row.data) as Pending;
    const now = nowIso();
    await ensureGuestUser(tx, now);
    await insertNewRequest(ctx, tx, id, pending.request, GUEST_USER_ID, now);
    await tx
      .insertInto('request_guests')
      .values({
        request_id: id,
        email: row.email,
        name: pending.name,
        unsubscribed_at: null,
        created_at: now,
      })
      .execute();
    return true;
  });
  if (!created) throw new AppError('requests.token_invalid');
  return getRequest(ctx, id);
}

async function guestRequest(ctx: ServiceContext, id: string) {
  const row = await loadRequest(ctx, id);
  if (!row.guest_of) throw new AppError('requests.bad_signature');
  return row;
}

/** Withdraws a request made without an account (signed link from its e-mails). */
export async function withdrawAsGuest(
  ctx: ServiceContext,
  id: string,
  input: { signature?: unknown },
): Promise<RequestView> {
  const row = await guestRequest(ctx, id);
  checkGuestSignature(await siteSecret(ctx.db.db, ctx.config), id, 'withdraw', input.signature);
  if (!transitions[row.status].withdrawn?.includes('requester'))
    throw new AppError('requests.invalid_transition', { from: row.status, to: 'withdrawn' });
  const at = nowIso();
  await ctx.db.db.transaction().execute(async (tx) => {
    await repo.updateRequest(tx, id, { status: 'withdrawn', updated_at: at });
    await record(ctx, tx, row, 'status', row.status, 'withdrawn', 'requester', '', at);
  });
  return getRequest(ctx, id);
}

/** Stops the e-mails of a request made without an account (signed link from its e-mails). */
export async function unsubscribeGuest(
  ctx: ServiceContext,
  id: string,
  input: { signature?: unknown },
): Promise<{ unsubscribed: true }> {
  await guestRequest(ctx, id);
  checkGuestSignature(await siteSecret(ctx.db.db, ctx.config), id, 'unsubscribe', input.signature);
  await ctx.db.db
    .updateTable('request_guests')
    .set({ unsubscribed_at: nowIso() })
    .where('request_id', '=', id)
    .where('unsubscribed_at', 'is', null)
    .execute();
  return { unsubscribed: true };
}
