// Reading an action's parameters as CKAN does: from a GET query (all strings) or a POST body (JSON values);
// a bad value is a Validation Error naming the parameter.
import { Fields } from '../../kernel/validate.ts';

export type Params = Record<string, unknown>;

/** A text parameter ('' when absent). Numbers are accepted as their text. */
export function text(f: Fields, p: Params, name: string, opts: { required?: boolean; max?: number } = {}) {
  const v = p[name];
  const s = typeof v === 'number' ? String(v) : v;
  return f.text(name, s, { max: opts.max ?? 1000, required: opts.required });
}

/** An integer between min and max; `fallback` when absent. */
export function int(
  f: Fields,
  p: Params,
  name: string,
  opts: { fallback: number; min?: number; max?: number; clamp?: boolean },
): number {
  const v = p[name];
  if (v === undefined || v === null || v === '') return opts.fallback;
  const n =
    typeof v === 'number' ? v : typeof v === 'string' && /^\s*-?\d+\s*$/.test(v) ? Number(v) : Number.NaN;
  if (!Number.isInteger(n)) {
    f.add(name, 'invalid_value');
    return opts.fallback;
  }
  if (opts.min !== undefined && n < opts.min) {
    f.add(name, 'too_small', { min: opts.min });
    return opts.fallback;
  }
  if (opts.max !== undefined && n > opts.max) {
    if (opts.clamp) return opts.max;
    f.add(name, 'too_large', { max: opts.max });
    return opts.fallback;
  }
  return n;
}

/** true/false, 1/0, yes/no, on/off (any case); `fallback` when absent. */
export function bool(f: Fields, p: Params, name: string, fallback: boolean): boolean {
  const v = p[name];
  if (v === undefined || v === null || v === '') return fallback;
  if (typeof v === 'boolean') return v;
  const s = String(v).toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(s)) return true;
  if (['false', '0', 'no', 'off'].includes(s)) return false;
  f.add(name, 'invalid_value');
  return fallback;
}

/** A list of strings given as a JSON array, a JSON text of one, a repeated parameter or a single string. */
export function stringList(f: Fields, p: Params, name: string): string[] | undefined {
  let v = p[name];
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'string' && v.trim().startsWith('[')) {
    try {
      v = JSON.parse(v);
    } catch {
      f.add(name, 'invalid_format');
      return undefined;
    }
  }
  const list = Array.isArray(v) ? v : [v];
  if (!list.every((x) => typeof x === 'string')) {
    f.add(name, 'invalid_value');
    return undefined;
  }
  return list as string[];
}

/** The `id` of show/update/delete actions (CKAN accepts the id or the name). */
export function idParam(p: Params, name = 'id'): string {
  const f = new Fields();
  const id = text(f, p, name, { required: true, max: 200 });
  f.check();
  return id;
}

/** Runs the checks of `read` and throws every bad parameter at once. */
export function read<T>(read: (f: Fields) => T): T {
  const f = new Fields();
  const out = read(f);
  f.check();
  return out;
}
