// Signed links for requesters without an account: withdrawing their request and stopping its e-mails.
// A link is the request id signed with the site's secret key (HMAC-SHA256) for one action; it needs no
// account and cannot be forged for another request or action.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Config } from '../../config.ts';
import type { Executor } from '../../db/types.ts';
import { AppError } from '../../kernel/errors.ts';
import { loadSecretKey } from '../accounts/index.ts';

export type GuestAction = 'withdraw' | 'unsubscribe';

/** The site's secret key, read through `db` (a transaction may pass itself: no second connection needed). */
export const siteSecret = (db: Executor, config: Config) => loadSecretKey(db, config.SECRET_KEY);

export function guestSignature(secret: string, requestId: string, action: GuestAction): string {
  return createHmac('sha256', secret).update(`request-guest:${action}:${requestId}`).digest('base64url');
}

/** Throws requests.bad_signature unless `signature` is the one of this request and action. */
export function checkGuestSignature(
  secret: string,
  requestId: string,
  action: GuestAction,
  signature: unknown,
): void {
  const expected = Buffer.from(guestSignature(secret, requestId, action));
  const given = Buffer.from(typeof signature === 'string' ? signature : '');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    throw new AppError('requests.bad_signature');
}

export const guestLink = (
  config: Config,
  locale: string,
  requestId: string,
  action: GuestAction,
  secret: string,
) =>
  `${config.BASE_URL.replace(/\/$/, '')}/${locale}/requests/${requestId}/${action}?s=${guestSignature(secret, requestId, action)}`;
