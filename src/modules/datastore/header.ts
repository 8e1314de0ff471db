// Header clean-up and detection: leading blank rows, one or two header rows (a first row of merged-cell
// groups above a row of names), and column names that are valid, unique and non-empty (the original text is
// kept as the field's title).
import { columnNameProblem, MAX_NAME_BYTES } from './columns.ts';
import { inferColumn, MISSING_VALUES } from './infer/infer.ts';
import type { ReportError } from './report-types.ts';

export interface HeaderInfo {
  /** Records before the header (blank lines). */
  skipped: number;
  /** 1, or 2 for a two-row header. */
  headerRows: number;
  names: string[];
  titles: string[];
  errors: ReportError[];
}

const blank = (r: readonly string[]) => r.every((c) => c.trim() === '');

/** Cells up to the last non-blank one (a trailing delimiter adds an empty cell). */
function trimmedLength(r: readonly string[]): number {
  let n = r.length;
  while (n > 0 && r[n - 1]!.trim() === '') n--;
  return n;
}

/** The most frequent value if it occurs more than `min` times, else 0. */
function modeOf(values: readonly number[], min: number): number {
  const tally = new Map<number, number>();
  let best = 0;
  let hits = 0;
  for (const v of values) {
    const n = (tally.get(v) ?? 0) + 1;
    tally.set(v, n);
    if (n > hits || (n === hits && v > best)) [best, hits] = [v, n];
  }
  return hits > min ? best : 0;
}

const isTyped = (t: string) => {
  const type = inferColumn([t.trim()]).type;
  return type !== 'string' && type !== 'boolean';
};

function cutToBytes(s: string, max: number): string {
  let out = '';
  for (const ch of s) {
    if (Buffer.byteLength(out + ch, 'utf8') > max) break;
    out += ch;
  }
  return out;
}

/** A valid column name made from a header text (without the uniqueness step). */
export function cleanName(raw: string): string {
  let s = raw
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we remove
    .replace(/[\u0000-\u001f\u007f"]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^_+/, '')
    .trim();
  s = cutToBytes(s, MAX_NAME_BYTES).trim();
  return columnNameProblem(s) ? '' : s;
}

/** Unique valid names for the header texts, with report entries for blank and duplicate headers. */
export function cleanHeader(
  raw: readonly string[],
  rowNumber: number,
): { names: string[]; errors: ReportError[] } {
  const errors: ReportError[] = [];
  const used = new Set<string>();
  const names = raw.map((text, i) => {
    let name = cleanName(text);
    if (!name) {
      errors.push({ type: 'blank-header', rowNumber, fieldNumber: i + 1 });
      name = `field_${i + 1}`;
    }
    if (used.has(name.toLowerCase())) {
      errors.push({ type: 'duplicate-header', rowNumber, fieldNumber: i + 1, cell: text.slice(0, 100) });
      for (let n = 2; ; n++) {
        const suffix = `_${n}`;
        const candidate = `${cutToBytes(name, MAX_NAME_BYTES - suffix.length)}${suffix}`;
        if (!used.has(candidate.toLowerCase())) {
          name = candidate;
          break;
        }
      }
    }
    used.add(name.toLowerCase());
    return name;
  });
  return { names, errors };
}

/** Detects the header in the first records of a file (a preview of a few dozen records is enough). */
export function detectHeader(preview: readonly string[][]): HeaderInfo {
  let skipped = 0;
  while (skipped < preview.length && blank(preview[skipped]!)) skipped++;
  const first = preview[skipped] ?? [];
  const second = preview[skipped + 1];
  const data = preview.slice(skipped + 2, skipped + 32).filter((r) => !blank(r));
  // Rows longer than the header widen the table only when most rows are (a header shorter than its data).
  const body = preview.slice(skipped + 1, skipped + 32).filter((r) => !blank(r));
  const width = Math.max(trimmedLength(first), modeOf(body.map(trimmedLength), body.length / 2));
  const errors: ReportError[] = [];
  for (let i = 0; i < skipped; i++) errors.push({ type: 'blank-row', rowNumber: i + 1 });

  let labels = Array.from({ length: width }, (_, i) => first[i] ?? '');
  let headerRows = 1;
  if (second && isTwoRowHeader(labels, second, data, width)) {
    headerRows = 2;
    let group = '';
    labels = labels.map((top, i) => {
      if (top.trim()) group = top.trim();
      const sub = (second[i] ?? '').trim();
      return group && sub ? `${group} ${sub}` : group || sub;
    });
    errors.push({ type: 'multiline-header', rowNumber: skipped + 1, params: { rows: 2 } });
  }
  const { names, errors: headerErrors } = cleanHeader(labels, skipped + 1);
  return {
    skipped,
    headerRows,
    names,
    titles: labels.map((l) => l.replace(/\s+/g, ' ').trim()),
    errors: [...errors, ...headerErrors],
  };
}

/**
 * A first row of group labels over merged cells (some cells blank), a second row of names (no blank, nothing
 * that looks like a number or date), and data below where at least one column is typed.
 */
function isTwoRowHeader(
  first: string[],
  second: readonly string[],
  data: readonly string[][],
  width: number,
): boolean {
  const firstBlanks = first.filter((c) => c.trim() === '').length;
  if (firstBlanks === 0 || width - firstBlanks < 1) return false;
  let secondFilled = 0;
  for (let i = 0; i < width; i++) {
    const top = (first[i] ?? '').trim();
    const t = (second[i] ?? '').trim();
    // Each column is named by one of the two rows (a blank below a label is a vertically merged cell).
    if ((t === '' && top === '') || (t !== '' && isTyped(t))) return false;
    if (t !== '') secondFilled++;
  }
  if (secondFilled < 2) return false;
  if (data.length === 0) return false;
  for (let c = 0; c < width; c++) {
    const values = data.map((r) => (r[c] ?? '').trim()).filter((v) => !MISSING_VALUES.includes(v));
    const type = inferColumn(values).type;
    if (values.length > 0 && type !== 'string' && type !== 'boolean') return true;
  }
  return false;
}
