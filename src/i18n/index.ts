import { ar } from './messages/ar.ts';
import { en, type MessageKey, type Messages } from './messages/en.ts';
import { fr } from './messages/fr.ts';

export type { MessageKey, Messages };
export const locales = ['ar', 'fr', 'en'] as const;
export type Locale = (typeof locales)[number];

export const catalogs: Record<Locale, Messages> = { ar, fr, en };

/** Each language's own name, for the language switcher. */
export const localeNames: Record<Locale, string> = { ar: 'العربية', fr: 'Français', en: 'English' };

export const isLocale = (v: unknown): v is Locale =>
  typeof v === 'string' && (locales as readonly string[]).includes(v);

export const dir = (locale: Locale): 'rtl' | 'ltr' => (locale === 'ar' ? 'rtl' : 'ltr');

/** Intl tags: Moroccan conventions; Arabic keeps Western digits as used in Morocco. */
const intlTags: Record<Locale, string> = { ar: 'ar-MA-u-nu-latn', fr: 'fr-MA', en: 'en-GB' };

export function translate(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  const text = catalogs[locale][key] ?? en[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = params[name];
    return v === undefined ? m : typeof v === 'number' ? formatNumber(locale, v) : v;
  });
}

/** Message keys that are computed (error codes, field reasons) go through here. */
export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

export function formatNumber(locale: Locale, n: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlTags[locale], options).format(n);
}

export function formatDate(locale: Locale, d: Date | string, options?: Intl.DateTimeFormatOptions): string {
  const date = typeof d === 'string' ? new Date(d) : d;
  return new Intl.DateTimeFormat(
    intlTags[locale],
    options ?? { dateStyle: 'long', timeZone: 'Africa/Casablanca' },
  ).format(date);
}

/** Picks the best locale from an Accept-Language header, or null. */
export function fromAcceptLanguage(header: string | undefined): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.find((p) => p.trim().startsWith('q='));
      return { lang: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { lang } of ranked) if (isLocale(lang)) return lang;
  return null;
}

export interface I18n {
  locale: Locale;
  dir: 'rtl' | 'ltr';
  t(key: MessageKey, params?: Record<string, string | number>): string;
  n(value: number, options?: Intl.NumberFormatOptions): string;
  d(value: Date | string, options?: Intl.DateTimeFormatOptions): string;
}

export function i18nFor(locale: Locale): I18n {
  return {
    locale,
    dir: dir(locale),
    t: (key, params) => translate(locale, key, params),
    n: (value, options) => formatNumber(locale, value, options),
    d: (value, options) => formatDate(locale, value, options),
  };
}
