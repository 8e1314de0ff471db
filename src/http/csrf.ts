// CSRF: a random HttpOnly cookie per browser; forms carry HMAC(secret, cookie) in `_csrf` (or the
// `X-CSRF-Token` header for scripts using the session). Every unsafe request that is not authenticated by an
// API token must carry it. (A small synchronizer-token scheme of our own: no session state needed, works for
// anonymous forms such as sign-in, and is the same on every instance sharing SECRET_KEY.)
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../kernel/errors.ts';

export const CSRF_COOKIE = 'csrf';
export const CSRF_FIELD = '_csrf';

const sign = (secret: string, value: string) =>
  createHmac('sha256', secret).update(value).digest('base64url');

/** The token to embed in forms; sets the cookie when the browser has none. */
export function csrfToken(req: FastifyRequest, reply: FastifyReply, secret: string, secure: boolean): string {
  let cookie = req.cookies[CSRF_COOKIE];
  if (!cookie || cookie.length < 20) {
    cookie = randomBytes(24).toString('base64url');
    req.cookies[CSRF_COOKIE] = cookie;
    reply.setCookie(CSRF_COOKIE, cookie, { path: '/', httpOnly: true, sameSite: 'lax', secure });
  }
  return sign(secret, cookie);
}

export function checkCsrf(req: FastifyRequest, secret: string): void {
  const cookie = req.cookies[CSRF_COOKIE];
  const body = req.body as Record<string, unknown> | undefined;
  // Multipart forms (file uploads) carry the token in the action URL: the body is streamed after this check.
  const multipart = (req.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/form-data');
  const fromQuery = multipart ? (req.query as Record<string, unknown> | undefined)?.[CSRF_FIELD] : undefined;
  const given =
    (req.headers['x-csrf-token'] as string | undefined) ??
    (body?.[CSRF_FIELD] as string | undefined) ??
    (typeof fromQuery === 'string' ? fromQuery : undefined);
  if (!cookie || typeof given !== 'string') throw new AppError('auth.csrf');
  const expected = Buffer.from(sign(secret, cookie));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual))
    throw new AppError('auth.csrf');
}
