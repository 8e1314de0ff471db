import type { FastifyRequest } from 'fastify';
import type { ServiceContext, Services } from '../context.ts';
import type { I18n, Locale } from '../i18n/index.ts';
import type { Actor } from '../modules/accounts/actor.ts';

/** What every handler knows about the request; services receive the parts they need. */
export interface RequestContext {
  requestId: string;
  locale: Locale;
  i18n: I18n;
  ip: string;
  /** True for a `.json` twin request or an API call: errors and pages answer in JSON. */
  wantsJson: boolean;
  /** Who is calling (anonymous until the auth hook resolves a session or token). */
  actor: Actor;
  /** True when an API token authenticated the request (no ambient credential: no CSRF check). */
  viaToken: boolean;
  /** The session cookie's token, when there is one. */
  sessionToken?: string;
  /** CSRF token for forms rendered in this request. */
  csrf?: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    ctx: RequestContext;
  }
}

export function wantsJsonByHeaders(req: FastifyRequest): boolean {
  if (req.url.startsWith('/api/')) return true;
  const accept = req.headers.accept ?? '';
  return accept.includes('application/json') && !accept.includes('text/html');
}

/** The service context of a request: services call authorize() with its actor. */
export function serviceContext(req: FastifyRequest, services: Services): ServiceContext {
  return {
    ...services,
    actor: req.ctx.actor,
    locale: req.ctx.locale,
    ip: req.ip ?? null,
    requestId: req.id,
  };
}
