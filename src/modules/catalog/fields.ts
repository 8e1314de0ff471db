// Field checks shared by datasets, resources and themes; each error names its field (kernel `Fields`).
import { type Locale, locales } from '../../i18n/index.ts';
import { Fields } from '../../kernel/validate.ts';
import { hasUnsafeHtml } from './markdown.ts';

export type Translated = Partial<Record<Locale, string>>;

/** Names of datasets and themes (as CKAN's): 2–100 characters, lowercase ASCII letters, digits, - and _. */
export const NAME_PATTERN = /^[a-z0-9][a-z0-9_-]{1,99}$/;
export const MARKDOWN_MAX = 20_000;

export function slug(f: Fields, name: string, value: unknown): string {
  const s = f.text(name, value, { max: 100, required: true });
  if (s && !f.has(name) && !NAME_PATTERN.test(s)) f.add(name, 'invalid_format');
  return s;
}

/** A {ar, fr, en} object; each language checked as `<name>.<lang>`; empty languages are dropped. */
export function translated(
  f: Fields,
  name: string,
  value: unknown,
  opts: { max: number; required?: boolean; markdown?: boolean },
): Translated {
  const out: Translated = {};
  if (value !== undefined && value !== null && (typeof value !== 'object' || Array.isArray(value))) {
    f.add(name, 'invalid_value');
    return out;
  }
  const v = (value ?? {}) as Record<string, unknown>;
  for (const l of locales) {
    const s = f.text(`${name}.${l}`, v[l], { max: opts.max });
    if (s && opts.markdown && hasUnsafeHtml(s)) f.add(`${name}.${l}`, 'unsafe_html');
    else if (s) out[l] = s;
  }
  if (opts.required && Object.keys(out).length === 0 && !f.has(name)) f.add(name, 'required');
  return out;
}

export const parseTranslated = (json: string): Translated => JSON.parse(json) as Translated;

/** Optional text: null when absent or blank. */
export function optionalText(f: Fields, name: string, value: unknown, max: number): string | null {
  return f.text(name, value, { max }) || null;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date YYYY-MM-DD, or null when absent. */
export function isoDate(f: Fields, name: string, value: unknown): string | null {
  const s = f.text(name, value, { max: 10 });
  if (!s) return null;
  const m = DATE.exec(s);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!d || d.toISOString().slice(0, 10) !== s) {
    f.add(name, 'invalid_format');
    return null;
  }
  return s;
}

/** A date (YYYY-MM-DD) or a date-time (ISO 8601), stored as given when valid; null when absent. */
export function isoDateOrTime(f: Fields, name: string, value: unknown): string | null {
  const s = f.text(name, value, { max: 40 });
  if (!s) return null;
  if (s.length === 10) return isoDate(f, name, s);
  if (
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.test(s) ||
    Number.isNaN(Date.parse(s))
  )
    f.add(name, 'invalid_format');
  return s;
}

/** An absolute http(s) URL. */
export function httpUrl(f: Fields, name: string, value: unknown, required: boolean): string | null {
  const s = f.text(name, value, { max: 2000, required });
  if (!s) return null;
  let ok = false;
  try {
    const u = new URL(s);
    ok = (u.protocol === 'http:' || u.protocol === 'https:') && !!u.hostname && !/\s/.test(s);
  } catch {
    ok = false;
  }
  if (!ok) f.add(name, 'invalid_format');
  return s;
}

/** An address the catalogue accepts: something@domain.tld, no spaces. */
export const isEmailAddress = (s: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s);

export function optionalEmail(f: Fields, name: string, value: unknown): string | null {
  const s = f.text(name, value, { max: 254 }).toLowerCase();
  if (s && !f.has(name) && !isEmailAddress(s)) f.add(name, 'invalid_format');
  return s || null;
}

/** A boolean given as true/false, 1/0 or their strings; `fallback` when absent. */
export function bool(f: Fields, name: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined || value === null || value === '') return fallback;
  if (value === true || value === 1 || value === 'true' || value === '1') return true;
  if (value === false || value === 0 || value === 'false' || value === '0') return false;
  f.add(name, 'invalid_value');
  return fallback;
}

/** A non-negative integer, or null when absent. */
export function count(f: Fields, name: string, value: unknown, max = Number.MAX_SAFE_INTEGER): number | null {
  if (value === undefined || value === null || value === '') return null;
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n)) f.add(name, 'invalid_value');
  else if (n < 0) f.add(name, 'too_small', { min: 0 });
  else if (n > max) f.add(name, 'too_large', { max });
  else return n;
  return null;
}

/** A list given as an array (absent: empty); anything else is refused. */
export function list(f: Fields, name: string, value: unknown, max: number): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    f.add(name, 'invalid_value');
    return [];
  }
  if (value.length > max) f.add(name, 'too_large', { max });
  return value;
}

/** A reference given as a name or id, or as an object with one (what the API returns can be sent back). */
export function refName(v: unknown): string {
  if (typeof v === 'string') return v.trim();
  if (v && typeof v === 'object') {
    const o = v as { name?: unknown; id?: unknown };
    if (typeof o.name === 'string') return o.name.trim();
    if (typeof o.id === 'string') return o.id.trim();
  }
  return '';
}

/** True for a unique-constraint failure on either database (a concurrent insert of the same name). */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown };
  return (
    e?.code === '23505' ||
    e?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    (typeof e?.message === 'string' && e.message.includes('UNIQUE constraint failed'))
  );
}

/** Runs a write; a unique-name race lost to a concurrent writer reads as the `name` field error. */
export async function withUniqueName<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (isUniqueViolation(err)) new Fields().add('name', 'not_unique').check();
    throw err;
  }
}
