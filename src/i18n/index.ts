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

/** The name of language `l` in the page's language ("arabe" on a French page), for labels and legends. */
export const languageName = (page: Locale, l: Locale): string => translate(page, `admin.lang.${l}`);

/** Intl tags: Moroccan conventions; Arabic keeps Western digits as used in Morocco. */
const intlTags: Record<Locale, string> = { ar: 'ar-MA-u-nu-latn', fr: 'fr-MA', en: 'en-GB' };

export function translate(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  const text = catalogs[locale][key] ?? en[key];
  if (!params) return text;
  return formatMessage(locale, text, params);
}

/**
 * Fills a message: `{name}` takes the parameter (numbers formatted for the locale), and
 * `{name, plural, =0 {…} one {…} two {…} few {…} many {…} other {…}}` picks the branch of the number's plural
 * category in the locale (Intl.PluralRules: Arabic has all six, French counts 0 and 1 as one), an exact `=N`
 * first; `#` in the branch is the formatted number, and a branch may hold other `{name}`s. The subset of ICU
 * MessageFormat our catalogues need, no more.
 */
export function formatMessage(locale: Locale, text: string, params: Record<string, string | number>): string {
  let out = '';
  let i = 0;
  for (;;) {
    const at = text.indexOf('{', i);
    if (at < 0) return out + text.slice(i);
    out += text.slice(i, at);
    const plural = /^\{(\w+),\s*plural,/.exec(text.slice(at));
    if (!plural) {
      const simple = /^\{(\w+)\}/.exec(text.slice(at));
      const v = simple ? params[simple[1]!] : undefined;
      if (simple && v !== undefined) out += typeof v === 'number' ? formatNumber(locale, v) : v;
      else out += simple ? simple[0] : '{';
      i = at + (simple ? simple[0].length : 1);
      continue;
    }
    const end = closingBrace(text, at);
    const v = params[plural[1]!];
    if (v === undefined || end < 0) {
      out += text.slice(at, end < 0 ? text.length : end + 1);
      i = end < 0 ? text.length : end + 1;
      continue;
    }
    const branches = pluralBranches(text.slice(at + plural[0].length, end));
    const n = Number(v);
    const branch =
      branches.get(`=${n}`) ?? branches.get(pluralRules(locale).select(n)) ?? branches.get('other') ?? '';
    // `#` first: a parameter filled in the branch (a user's query) may itself contain a `#`.
    out += formatMessage(locale, branch.replaceAll('#', formatNumber(locale, n)), params);
    i = end + 1;
  }
}

/** Index of the brace closing the one at `open`, or -1. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let j = open; j < text.length; j++) {
    if (text[j] === '{') depth++;
    else if (text[j] === '}' && --depth === 0) return j;
  }
  return -1;
}

/** `one {…} other {…}` → selector → text. */
function pluralBranches(body: string): Map<string, string> {
  const out = new Map<string, string>();
  const selector = /\s*(=\d+|zero|one|two|few|many|other)\s*\{/y;
  let at = 0;
  for (;;) {
    selector.lastIndex = at;
    const m = selector.exec(body);
    if (!m) return out;
    const open = at + m[0].length - 1;
    const end = closingBrace(body, open);
    if (end < 0) return out;
    out.set(m[1]!, body.slice(open + 1, end));
    at = end + 1;
  }
}

const rulesCache = new Map<Locale, Intl.PluralRules>();
function pluralRules(locale: Locale): Intl.PluralRules {
  let rules = rulesCache.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(intlTags[locale]);
    rulesCache.set(locale, rules);
  }
  return rules;
}

/** A message for documentation: each plural shown as its `other` branch, `#` written `{name}`. */
export function messageTemplate(text: string): string {
  let out = '';
  let i = 0;
  for (;;) {
    const m = /\{(\w+),\s*plural,/g;
    m.lastIndex = i;
    const found = m.exec(text);
    const end = found ? closingBrace(text, found.index) : -1;
    if (!found || end < 0) return out + text.slice(i);
    const other = pluralBranches(text.slice(found.index + found[0].length, end)).get('other') ?? '';
    out += text.slice(i, found.index) + messageTemplate(other.replaceAll('#', `{${found[1]}}`));
    i = end + 1;
  }
}

/** The parameter names of a message, plural ones included (for the catalogue tests). */
export function messageParams(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(/\{(\w+)(\}|,\s*plural,)/g)) names.add(m[1]!);
  return [...names].sort();
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
