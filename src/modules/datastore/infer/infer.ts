// Type inference over a sample of rows, and the casters that turn cell text into typed values at load time.
import type { Cell, FieldType, TableField } from '../table-schema.ts';
import {
  DATE_FORMATS,
  DATETIME_FORMATS,
  type DateFormat,
  type DatetimeFormat,
  hasFraction,
  isCodeLike,
  NUMBER_STYLES,
  type NumberStyle,
  parseBoolean,
  parseDate,
  parseDatetime,
  parseNumber,
  parseTime,
} from './values.ts';

/** Cell texts read as "no value" in typed columns (string columns only treat blank cells so). */
export const MISSING_VALUES = ['', 'NA', 'N/A', 'n/a', 'null', 'NULL', '-', '—', '..'];
const MISSING = new Set(MISSING_VALUES);
const MISSING_MAX_LENGTH = Math.max(...MISSING_VALUES.map((v) => v.length));

export type Inferred = Pick<TableField, 'type' | 'format' | 'decimalChar' | 'groupChar'>;

function inferNumber(values: readonly string[]): Inferred | undefined {
  if (values.some(isCodeLike)) return undefined;
  for (const style of NUMBER_STYLES) {
    if (!values.every((v) => parseNumber(v, style) !== undefined)) continue;
    const integer = !values.some((v) => hasFraction(v, style));
    const extra: Partial<Inferred> =
      style.decimalChar === '.' && style.groupChar === ''
        ? {}
        : { decimalChar: style.decimalChar, groupChar: style.groupChar };
    if (integer) {
      if (values.some((v) => !Number.isSafeInteger(parseNumber(v, style)))) return undefined;
      // An integer column written with a decimal comma style needs only the group separator.
      return style.groupChar ? { type: 'integer', groupChar: style.groupChar } : { type: 'integer' };
    }
    return { type: 'number', ...extra };
  }
  return undefined;
}

/** The type of one column from its sampled (trimmed, non-missing) values. */
export function inferColumn(values: readonly string[]): Inferred {
  if (values.length === 0) return { type: 'string' };
  if (values.every((v) => parseBoolean(v) !== undefined)) return { type: 'boolean' };
  const num = inferNumber(values);
  if (num) return num;
  for (const format of DATE_FORMATS)
    if (values.every((v) => parseDate(v, format) !== undefined)) return { type: 'date', format };
  for (const format of DATETIME_FORMATS)
    if (values.every((v) => parseDatetime(v, format) !== undefined)) return { type: 'datetime', format };
  if (values.every((v) => parseTime(v) !== undefined)) return { type: 'time' };
  return { type: 'string' };
}

/** The number style that reads most of `values` (for a type the publisher declared on a text column). */
export function bestNumberStyle(values: readonly string[]): NumberStyle {
  let best = NUMBER_STYLES[0]!;
  let hits = -1;
  for (const style of NUMBER_STYLES) {
    const n = values.filter((v) => parseNumber(v, style) !== undefined).length;
    if (n > hits) [best, hits] = [style, n];
  }
  return best;
}

/** Infers every column from sample records (already aligned to `width` columns). */
export function inferColumns(records: readonly string[][], width: number): Inferred[] {
  const out: Inferred[] = [];
  for (let c = 0; c < width; c++) {
    const values: string[] = [];
    for (const r of records) {
      const t = (r[c] ?? '').trim();
      if (!MISSING.has(t)) values.push(t);
    }
    out.push(inferColumn(values));
  }
  return out;
}

const isSpaceCode = (c: number) => c === 32 || c === 9 || c === 160 || c === 10 || c === 13 || c === 0x202f;
const hasOuterSpace = (t: string) =>
  t.length > 0 && (isSpaceCode(t.charCodeAt(0)) || isSpaceCode(t.charCodeAt(t.length - 1)));
const isBlank = (t: string) => t.length === 0 || (hasOuterSpace(t) && t.trim() === '');

/** Returned by a caster when the text is not of the field's type. */
export const TYPE_ERROR = Symbol('type-error');
export type Caster = (text: string) => Cell | typeof TYPE_ERROR;

const styleOf = (f: TableField): NumberStyle => ({
  decimalChar: f.decimalChar === ',' ? ',' : '.',
  groupChar: (f.groupChar ?? '') as NumberStyle['groupChar'],
});

function anyFormat<T extends string>(
  formats: readonly T[],
  given: string | undefined,
  parse: (t: string, f: T) => string | undefined,
) {
  const list = given && (formats as readonly string[]).includes(given) ? [given as T] : formats;
  return (t: string) => {
    for (const f of list) {
      const v = parse(t, f);
      if (v !== undefined) return v;
    }
    return TYPE_ERROR;
  };
}

/** The caster of a field: blank (or missing-value) text → null, otherwise the typed value or TYPE_ERROR. */
export function casterOf(field: TableField): Caster {
  const type: FieldType = field.type;
  if (type === 'string' || type === 'any') return (t) => (isBlank(t) ? null : t);
  const typed = typedCaster(field);
  return (t) => {
    const s = hasOuterSpace(t) ? t.trim() : t;
    return s.length <= MISSING_MAX_LENGTH && MISSING.has(s) ? null : typed(s);
  };
}

function typedCaster(field: TableField): Caster {
  switch (field.type) {
    case 'integer':
    case 'year': {
      const style = styleOf(field);
      return (t) => {
        const n = parseNumber(t, style);
        return n !== undefined && Number.isSafeInteger(n) ? n : TYPE_ERROR;
      };
    }
    case 'number': {
      const style = styleOf(field);
      return (t) => parseNumber(t, style) ?? TYPE_ERROR;
    }
    case 'boolean':
      return (t) => parseBoolean(t) ?? TYPE_ERROR;
    case 'date':
      return anyFormat<DateFormat>(DATE_FORMATS, field.format, parseDate);
    case 'datetime':
      return anyFormat<DatetimeFormat>(DATETIME_FORMATS, field.format, parseDatetime);
    case 'time':
      return (t) => parseTime(t) ?? TYPE_ERROR;
    case 'object':
    case 'array':
      return (t) => {
        try {
          const v = JSON.parse(t);
          const ok =
            field.type === 'array'
              ? Array.isArray(v)
              : v !== null && typeof v === 'object' && !Array.isArray(v);
          return ok ? t : TYPE_ERROR;
        } catch {
          return TYPE_ERROR;
        }
      };
    default:
      return (t) => t;
  }
}

/** The first constraint a value breaks (Frictionless names), or null. `required` is checked on null. */
export function brokenConstraint(field: TableField, value: Cell): string | null {
  const c = field.constraints;
  if (!c) return null;
  if (value === null) return c.required ? 'required' : null;
  if (c.enum && !c.enum.some((e) => String(e) === String(value))) return 'enum';
  if (typeof value === 'number') {
    if (c.minimum !== undefined && value < Number(c.minimum)) return 'minimum';
    if (c.maximum !== undefined && value > Number(c.maximum)) return 'maximum';
  } else if (typeof value === 'string') {
    if (c.minimum !== undefined && value < String(c.minimum)) return 'minimum';
    if (c.maximum !== undefined && value > String(c.maximum)) return 'maximum';
  }
  if (typeof value === 'string') {
    if (c.minLength !== undefined && [...value].length < c.minLength) return 'minLength';
    if (c.maxLength !== undefined && [...value].length > c.maxLength) return 'maxLength';
    if (c.pattern !== undefined && !safeRegex(c.pattern)?.test(value)) return 'pattern';
  }
  return null;
}

const regexCache = new Map<string, RegExp | null>();
function safeRegex(pattern: string): RegExp | null {
  if (!regexCache.has(pattern)) {
    try {
      regexCache.set(pattern, new RegExp(`^(?:${pattern})$`, 'u'));
    } catch {
      regexCache.set(pattern, null);
    }
  }
  return regexCache.get(pattern) ?? null;
}
