import type { FastifyRequest } from 'fastify';
import type { I18n, Locale } from '../i18n/index.ts';

/** What every handler knows about the request; services receive the parts they need. */
export interface RequestContext {
  requestId: string;
  locale: Locale;
  i18n: I18n;
  ip: string;
  /** True for a `.json` twin request or an API call: errors and pages answer in JSON. */
  wantsJson: boolean;
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
