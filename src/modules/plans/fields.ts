// Field checks of plans, commitments, activities and reports; each error names its field (kernel `Fields`).
import { type Locale, locales } from '../../i18n/index.ts';
import type { Fields } from '../../kernel/validate.ts';

export type Translated = Partial<Record<Locale, string>>;

export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{1,99}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function slug(f: Fields, name: string, value: unknown): string {
  const s = f.text(name, value, { max: 100, required: true });
  if (s && !f.has(name) && !SLUG_PATTERN.test(s)) f.add(name, 'invalid_format');
  return s;
}

/** A {ar, fr, en} object; each language checked as `<name>.<lang>`; empty languages are dropped. */
export function translated(
  f: Fields,
  name: string,
  value: unknown,
  opts: { max: number; required?: boolean },
): Translated {
  const out: Translated = {};
  if (value !== undefined && value !== null && (typeof value !== 'object' || Array.isArray(value))) {
    f.add(name, 'invalid_value');
    return out;
  }
  const v = (value ?? {}) as Record<string, unknown>;
  for (const l of locales) {
    const s = f.text(`${name}.${l}`, v[l], { max: opts.max });
    if (s) out[l] = s;
  }
  if (opts.required && Object.keys(out).length === 0 && !f.has(name)) f.add(name, 'required');
  return out;
}

/** A calendar date YYYY-MM-DD, or null when absent (`required` adds an error then). */
export function isoDate(f: Fields, name: string, value: unknown, required = false): string | null {
  const s = f.text(name, value, { max: 10, required });
  if (!s) return null;
  const m = DATE.exec(s);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!d || d.toISOString().slice(0, 10) !== s) {
    f.add(name, 'invalid_format');
    return null;
  }
  return s;
}

/** A finite number within [min, max]; numeric strings (form posts) are accepted. */
export function numberIn(
  f: Fields,
  name: string,
  value: unknown,
  opts: { min: number; max: number; required?: boolean; fallback?: number; integer?: boolean },
): number {
  if (value === undefined || value === null || value === '') {
    if (opts.required || opts.fallback === undefined) f.add(name, 'required');
    return opts.fallback ?? opts.min;
  }
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : Number.NaN;
  if (!Number.isFinite(n) || (opts.integer && !Number.isInteger(n))) f.add(name, 'invalid_value');
  else if (n < opts.min) f.add(name, 'too_small', { min: opts.min });
  else if (n > opts.max) f.add(name, 'too_large', { max: opts.max });
  return Number.isFinite(n) ? n : opts.min;
}

/** A boolean from JSON (true/false) or a form ('1', 'on', 'true' / '0', 'false', ''). */
export function flag(f: Fields, name: string, value: unknown, fallback = false): boolean {
  if (value === undefined || value === null || value === '') return fallback;
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === '1' || value === 'on') return true;
  if (value === 'false' || value === '0') return false;
  f.add(name, 'invalid_value');
  return fallback;
}

export interface Evidence {
  title: string;
  url: string;
}

/** Whether the text is an absolute http(s) URL. */
export function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Evidence links: [{title, url}] with http(s) URLs, at most 20. */
export function evidence(f: Fields, name: string, value: unknown): Evidence[] {
  if (value === undefined || value === null || value === '') return [];
  if (!Array.isArray(value) || value.length > 20) {
    f.add(
      name,
      Array.isArray(value) ? 'too_large' : 'invalid_value',
      Array.isArray(value) ? { max: 20 } : undefined,
    );
    return [];
  }
  const out: Evidence[] = [];
  value.forEach((item, k) => {
    const v = (item && typeof item === 'object' ? item : {}) as Record<string, unknown>;
    const url = f.text(`${name}.${k}.url`, v.url, { max: 2000, required: true });
    const title = f.text(`${name}.${k}.title`, v.title, { max: 300 });
    if (url && !f.has(`${name}.${k}.url`)) {
      if (!isHttpUrl(url)) f.add(`${name}.${k}.url`, 'invalid_format');
      else out.push({ title: title || url, url });
    }
  });
  return out;
}

/** Evidence lines "Title | https://…" or "https://…" → [{title, url}] (the service checks each URL). */
export function evidenceLines(text: string | undefined): Evidence[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const k = line.lastIndexOf('|');
      return k === -1
        ? { title: '', url: line }
        : { title: line.slice(0, k).trim(), url: line.slice(k + 1).trim() };
    });
}

export const evidenceText = (list: readonly Evidence[]) =>
  list.map((e) => (e.title && e.title !== e.url ? `${e.title} | ${e.url}` : e.url)).join('\n');

export const parseTranslated = (json: string): Translated => JSON.parse(json) as Translated;

/** Today in UTC, YYYY-MM-DD. */
export const today = (): string => new Date().toISOString().slice(0, 10);
