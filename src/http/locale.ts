import type { FastifyRequest } from 'fastify';
import { fromAcceptLanguage, isLocale, type Locale } from '../i18n/index.ts';

export const LOCALE_COOKIE = 'lang';

/** The URL prefix wins, then the `lang` cookie, then Accept-Language, then the configured default. */
export function negotiateLocale(req: FastifyRequest, fallback: Locale): Locale {
  const first = req.url.split('?')[0]!.split('/')[1];
  if (isLocale(first)) return first;
  const cookie = req.cookies?.[LOCALE_COOKIE];
  if (isLocale(cookie)) return cookie;
  return fromAcceptLanguage(req.headers['accept-language']) ?? fallback;
}

/** The same page in another language: swaps the /<lang>/ prefix, keeps the rest (path and query). */
export function pathInLocale(url: string, locale: Locale): string {
  const [path = '/', query] = url.split('?');
  const parts = path.split('/');
  if (isLocale(parts[1])) parts[1] = locale;
  else return `/${locale}/`;
  const out = parts.join('/') || `/${locale}/`;
  return query ? `${out}?${query}` : out;
}
