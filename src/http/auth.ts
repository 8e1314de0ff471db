// Resolves the caller (API token or session cookie) and guards writes: CSRF and rate limits.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Services } from '../context.ts';
import { AppError } from '../kernel/errors.ts';
import { actorFromApiToken, actorFromSession } from '../modules/accounts/index.ts';
import { checkCsrf } from './csrf.ts';
import { RateLimiter } from './rate-limit.ts';

export const SESSION_COOKIE = 'sid';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** `Authorization: <token>` (CKAN clients), `Authorization: Bearer <token>`, or `X-CKAN-API-Key`. */
export function apiTokenOf(req: FastifyRequest): string | null {
  const auth = req.headers.authorization?.trim();
  if (auth) return auth.toLowerCase().startsWith('bearer ') ? auth.slice(7).trim() : auth;
  const key = req.headers['x-ckan-api-key'];
  return typeof key === 'string' && key.trim() ? key.trim() : null;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The key that signs CSRF tokens. */
    secretKey(): Promise<string>;
  }
  interface FastifyContextConfig {
    /** Rate-limit bucket for this route: 'auth' (sign-in, sign-up, reset) or the default for writes. */
    rateLimit?: 'auth' | 'none';
    /** false: a route that changes nothing whatever its method (CKAN's read actions over POST): no CSRF check. */
    csrf?: false;
  }
}

export function installAuth(
  app: FastifyInstance,
  services: Services,
  secret: () => Promise<string>,
): RateLimiter {
  const limiter = new RateLimiter();
  app.addHook('onRequest', async (req) => {
    // Static files and health checks never depend on the caller: no session or token lookup for them.
    if (req.url.startsWith('/assets/') || req.url === '/healthz' || req.url === '/readyz') return;
    const token = apiTokenOf(req);
    if (token) {
      req.ctx.actor = await actorFromApiToken(services, token);
      req.ctx.viaToken = true;
      return;
    }
    const sid = req.cookies[SESSION_COOKIE];
    if (sid) {
      const actor = await actorFromSession(services, sid);
      if (actor) {
        req.ctx.actor = actor;
        req.ctx.sessionToken = sid;
      }
    }
  });
  app.addHook('preHandler', async (req) => {
    if (!UNSAFE.has(req.method)) return;
    const client = req.ctx.actor.userId ?? req.ip;
    const bucket = req.routeOptions.config?.rateLimit;
    if (bucket === 'auth') limiter.hit('auth', req.ip, services.config.RATE_LIMIT_LOGIN_PER_MINUTE);
    else if (bucket !== 'none') limiter.hit('write', client, services.config.RATE_LIMIT_WRITES_PER_MINUTE);
    if (needsCsrf(req)) checkCsrf(req, await secret());
  });
  return limiter;
}

/**
 * A token-authenticated call carries no ambient credential: no check. Bodies a cross-site page can send
 * without a CORS preflight (forms: urlencoded, multipart, text/plain) always need the token; so does
 * anything sent with a session cookie. A JSON call without a session (a script signing in) does not.
 */
function needsCsrf(req: FastifyRequest): boolean {
  if (req.ctx.viaToken || req.routeOptions.config?.csrf === false) return false;
  if (req.ctx.sessionToken) return true;
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  return !type.startsWith('application/json');
}

export function requireSignedIn(req: FastifyRequest): string {
  if (!req.ctx.actor.userId) throw new AppError('auth.unauthenticated');
  return req.ctx.actor.userId;
}

export function setSessionCookie(
  reply: import('fastify').FastifyReply,
  token: string,
  options: { secure: boolean; maxAgeSeconds: number },
): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: options.secure,
    maxAge: options.maxAgeSeconds,
  });
}

export function clearSessionCookie(reply: import('fastify').FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
