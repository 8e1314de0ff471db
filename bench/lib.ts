// Shared types and helpers of the benchmarks (see bench/run.ts).

/** One compared figure: our code and the reference, measured in the same run. */
export interface BenchRow {
  /** What was measured, e.g. "GET /fr/ (HTML)" or "sqlite: enqueue + drain". */
  case: string;
  /** e.g. "requests/s", "p99 latency". */
  metric: string;
  unit: string;
  ours: number;
  reference: number;
  /** ours / reference. */
  ratio: number;
  /** Whether a larger value is better (throughput) or worse (latency). */
  higherIsBetter: boolean;
}

/** What a benchmark function returns; the harness adds the date, machine and file output. */
export interface BenchOutput {
  /** One line: what is compared with what. */
  title: string;
  params: Record<string, unknown>;
  rows: BenchRow[];
  /** Every measurement, as measured. */
  raw: unknown;
  notes: string[];
}

export function row(
  c: string,
  metric: string,
  unit: string,
  ours: number,
  reference: number,
  higherIsBetter: boolean,
): BenchRow {
  return {
    case: c,
    metric,
    unit,
    ours,
    reference,
    ratio: reference === 0 ? Number.NaN : ours / reference,
    higherIsBetter,
  };
}

export function envInt(name: string, fallback: number): number {
  const v = process.env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number.parseInt(v, 10);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive integer, not ${v}`);
  return n;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Rounds for display and JSON: 3 significant digits below 100, integers above. */
export function round(n: number): number {
  if (!Number.isFinite(n)) return n;
  if (Math.abs(n) >= 100) return Math.round(n);
  return Number(n.toPrecision(3));
}

export function fmt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const r = round(n);
  return Math.abs(r) >= 1000 ? r.toLocaleString('en-US') : String(r);
}

/** Nearest-rank percentile of an ascending-sorted array. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

/** Plain-text table (for the console). */
export function textTable(rows: BenchRow[]): string {
  const head = ['case', 'metric', 'ours', 'reference', 'ratio'];
  const body = rows.map((r) => [
    r.case,
    `${r.metric} (${r.unit})`,
    fmt(r.ours),
    fmt(r.reference),
    `${fmt(r.ratio)}${r.higherIsBetter ? '' : ' (lower is better)'}`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i >= 2 && i <= 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** Markdown table (for bench/results/README.md). */
export function markdownTable(rows: BenchRow[]): string {
  const lines = [
    '| case | metric | ours | reference | ratio (ours / ref) |',
    '| --- | --- | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.case} | ${r.metric} (${r.unit}) | ${fmt(r.ours)} | ${fmt(r.reference)} | ${fmt(r.ratio)}${r.higherIsBetter ? '' : ' (lower is better)'} |`,
    ),
  ];
  return lines.join('\n');
}
