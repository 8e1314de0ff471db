// Parsers of cell text into typed values: numbers in the styles public files use, booleans in three languages,
// dates and datetimes in common formats. Each returns undefined when the text is not of its kind.

/** A number style: decimal mark and thousands separator (`' '` stands for any space: ASCII, NBSP, NNBSP). */
export interface NumberStyle {
  decimalChar: '.' | ',';
  groupChar: '' | ',' | '.' | ' ';
}

/** Tried in this order: the first style that reads every sampled value of a column wins. */
export const NUMBER_STYLES: readonly NumberStyle[] = [
  { decimalChar: '.', groupChar: '' },
  { decimalChar: '.', groupChar: ',' },
  { decimalChar: '.', groupChar: ' ' },
  { decimalChar: ',', groupChar: '' },
  { decimalChar: ',', groupChar: ' ' },
  { decimalChar: ',', groupChar: '.' },
];

const SPACES = /[ \u00a0\u202f]/g;
const patterns = new Map<NumberStyle, RegExp>();

function patternOf(style: NumberStyle): RegExp {
  let re = patterns.get(style);
  if (!re) {
    const dec = style.decimalChar === '.' ? '\\.' : ',';
    const group = style.groupChar === '' ? null : style.groupChar === ' ' ? ' ' : `\\${style.groupChar}`;
    const int = group ? `(?:\\d{1,3}(?:${group}\\d{3})+|\\d+)` : '\\d+';
    re = new RegExp(`^[+-]?(?:${int}(?:${dec}\\d+)?|${dec}\\d+)(?:[eE][+-]?\\d+)?$`);
    patterns.set(style, re);
  }
  return re;
}

/** The number written in `text` in `style` (spaces as group separators normalised first), or undefined. */
const PLAIN = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * The value of `text` when it is digits with an optional sign and decimal part (`-12`, `3.25`), read without a
 * regex (integers of up to 15 digits summed here, exactly); NaN when it is not of that form.
 */
function plainDecimal(text: string): number {
  const n = text.length;
  let i = 0;
  let c = text.charCodeAt(0);
  if (c === 43 || c === 45) c = text.charCodeAt(++i);
  const start = i;
  let value = 0;
  while (c >= 48 && c <= 57) {
    value = value * 10 + (c - 48);
    c = text.charCodeAt(++i);
  }
  if (i === start) return Number.NaN;
  if (i === n) return i - start <= 15 ? (text.charCodeAt(0) === 45 ? -value : value) : Number(text);
  if (c !== 46) return Number.NaN;
  const fraction = ++i;
  for (c = text.charCodeAt(i); c >= 48 && c <= 57; c = text.charCodeAt(++i));
  return i === n && i > fraction ? Number(text) : Number.NaN;
}

export function parseNumber(text: string, style: NumberStyle): number | undefined {
  // The common case first: a plain number (no group separator, decimal point).
  if (style.decimalChar === '.') {
    const plain = plainDecimal(text);
    if (!Number.isNaN(plain)) return plain;
    if (PLAIN.test(text)) return Number(text);
  }
  const t = style.groupChar === ' ' ? text.replace(SPACES, ' ') : text;
  if (!patternOf(style).test(t)) return undefined;
  let plain = t;
  if (style.groupChar === ' ') plain = plain.replaceAll(' ', '');
  else if (style.groupChar) plain = plain.replaceAll(style.groupChar, '');
  if (style.decimalChar === ',') plain = plain.replace(',', '.');
  const n = Number(plain);
  return Number.isFinite(n) ? n : undefined;
}

/** Whether a number text has a fractional part or an exponent (then the column is `number`, not `integer`). */
export const hasFraction = (text: string, style: NumberStyle): boolean =>
  text.includes(style.decimalChar) || /[eE]/.test(text);

/**
 * Integers that must stay text: leading zeros (postal codes, identity numbers) and more than 15 digits
 * (identifiers beyond exact floating point).
 */
export const isCodeLike = (text: string): boolean =>
  /^[+-]?0\d/.test(text) || text.replace(/\D/g, '').length > 15;

const TRUE = new Set(['true', 'yes', 'oui', 'vrai', 'نعم', 'صحيح']);
const FALSE = new Set(['false', 'no', 'non', 'faux', 'لا', 'خطأ']);

export function parseBoolean(text: string): boolean | undefined {
  const t = text.toLowerCase();
  if (TRUE.has(t)) return true;
  if (FALSE.has(t)) return false;
  return undefined;
}

export type DateFormat = '%Y-%m-%d' | '%d/%m/%Y' | '%m/%d/%Y' | '%d-%m-%Y' | '%d.%m.%Y' | '%Y/%m/%d';
export const DATE_FORMATS: readonly DateFormat[] = [
  '%Y-%m-%d',
  '%d/%m/%Y',
  '%m/%d/%Y',
  '%d-%m-%Y',
  '%d.%m.%Y',
  '%Y/%m/%d',
];

const DATE_RE: Record<DateFormat, RegExp> = {
  '%Y-%m-%d': /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
  '%d/%m/%Y': /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/,
  '%m/%d/%Y': /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/,
  '%d-%m-%Y': /^(\d{1,2})-(\d{1,2})-(\d{4})$/,
  '%d.%m.%Y': /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/,
  '%Y/%m/%d': /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/,
};

const pad = (n: number, w = 2) =>
  (w === 2 && n >= 10) || (w === 4 && n >= 1000) ? String(n) : String(n).padStart(w, '0');

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isoDate(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || y < 1 || y > 9999) return undefined;
  const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > (leap ? 29 : MONTH_DAYS[m - 1]!)) return undefined;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

const digitAt = (t: string, i: number) => {
  const d = t.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1000;
};

/** `YYYY-MM-DD`, or undefined. */
export function parseDate(text: string, format: DateFormat): string | undefined {
  // The common case without a regex or a new string: already `YYYY-MM-DD`.
  if (format === '%Y-%m-%d' && text.length === 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) {
    const y = digitAt(text, 0) * 1000 + digitAt(text, 1) * 100 + digitAt(text, 2) * 10 + digitAt(text, 3);
    const m = digitAt(text, 5) * 10 + digitAt(text, 6);
    const d = digitAt(text, 8) * 10 + digitAt(text, 9);
    return y >= 0 && m >= 0 && d >= 0 && isoDate(y, m, d) !== undefined ? text : undefined;
  }
  const m = DATE_RE[format].exec(text);
  if (!m) return undefined;
  const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
  switch (format) {
    case '%Y-%m-%d':
    case '%Y/%m/%d':
      return isoDate(a, b, c);
    case '%m/%d/%Y':
      return isoDate(c, a, b);
    default:
      return isoDate(c, b, a);
  }
}

export type DatetimeFormat = 'iso' | '%d/%m/%Y %H:%M:%S';
export const DATETIME_FORMATS: readonly DatetimeFormat[] = ['iso', '%d/%m/%Y %H:%M:%S'];

const ISO_DT = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?$/;
const FR_DT = /^(\d{1,2})\/(\d{1,2})\/(\d{4})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** `YYYY-MM-DDTHH:MM:SS` (UTC when the text had an offset), or undefined. */
export function parseDatetime(text: string, format: DatetimeFormat): string | undefined {
  const m = (format === 'iso' ? ISO_DT : FR_DT).exec(text);
  if (!m) return undefined;
  const date = format === 'iso' ? isoDate(+m[1]!, +m[2]!, +m[3]!) : isoDate(+m[3]!, +m[2]!, +m[1]!);
  const [h, min, s] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (!date || h > 23 || min > 59 || s > 59) return undefined;
  const local = `${date}T${pad(h)}:${pad(min)}:${pad(s)}`;
  const zone = format === 'iso' ? m[8] : undefined;
  if (!zone) return local;
  const ms = Date.parse(
    `${local}${zone === 'Z' ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`,
  );
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString().slice(0, 19);
}

const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
export function parseTime(text: string): string | undefined {
  const m = TIME.exec(text);
  if (!m) return undefined;
  const [h, min, s] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  return h > 23 || min > 59 || s > 59 ? undefined : `${pad(h)}:${pad(min)}:${pad(s)}`;
}
