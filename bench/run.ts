// Benchmark harness: `npm run bench [name…]` (default: every bench).
//   Each bench measures our code and a reference in the same run and returns the figures; this prints them,
//   writes bench/results/<name>.json and rewrites bench/results/README.md from every results file.
// Knobs (environment): BENCH_HTTP_CONNECTIONS (16), BENCH_HTTP_WARMUP_MS (1000), BENCH_HTTP_DURATION_MS
// (5000), BENCH_JOBS_N (2000), BENCH_JOBS_WARMUP (200), BENCH_SEARCH_N (100000), BENCH_SEARCH_REQUESTS (200),
// BENCH_SEARCH_DIALECTS (sqlite,postgres), BENCH_DCAT_N (2000), BENCH_DCAT_DIALECTS (sqlite), BENCH_HARVEST_N (500),
// BENCH_HARVEST_DIALECT (sqlite), BENCH_DATASTORE_N (100000), BENCH_DATASTORE_DIALECTS (sqlite,postgres),
// BENCH_DATASTORE_QUERY_N (100000), BENCH_DATASTORE_QUERY_REQUESTS (200).
// PostgreSQL: TEST_DATABASE_URL (see test/db.ts).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { type BenchOutput, type BenchRow, markdownTable, round, textTable } from './lib.ts';

const benches: Record<string, { describe: string; run: () => Promise<BenchOutput> }> = {
  http: {
    describe: 'home page /fr/ and /fr.json under load vs a bare node:http server',
    run: async () => (await import('./http.bench.ts')).runHttpBench(),
  },
  search: {
    describe:
      'search with three facets via HTTP vs raw FTS5/tsvector, and bulk indexing (BENCH_SEARCH_N datasets)',
    run: async () => (await import('./search.bench.ts')).runSearchBench(),
  },
  harvest: {
    describe: 'harvest of BENCH_HARVEST_N datasets from a second instance (CKAN API), first and incremental',
    run: async () => (await import('./harvest.bench.ts')).runHarvestBench(),
  },
  jobs: {
    describe: 'job queue throughput vs plain INSERT + UPDATE, SQLite and PostgreSQL',
    run: async () => (await import('./jobs.bench.ts')).runJobsBench(),
  },
  dcat: {
    describe:
      'the whole catalogue as Turtle through GET /catalog.ttl vs reading the same rows (BENCH_DCAT_N)',
    run: async () => (await import('./dcat.bench.ts')).runDcatBench(),
  },
  'datastore-ingest': {
    describe:
      'DataStore ingestion of a generated CSV (BENCH_DATASTORE_N rows) vs sqlite3 .import and PostgreSQL COPY',
    run: async () => (await import('./datastore-ingest.bench.ts')).runDatastoreIngestBench(),
  },
  'datastore-query': {
    describe:
      'datastore_search with an equality filter and with q on BENCH_DATASTORE_QUERY_N rows, HTTP vs raw SQL',
    run: async () => (await import('./datastore-query.bench.ts')).runDatastoreQueryBench(),
  },
};

interface ResultFile extends BenchOutput {
  name: string;
  date: string;
  durationMs: number;
  machine: { node: string; platform: string; arch: string; cores: number; cpu: string; memoryGb: number };
}

const resultsDir = join(dirname(fileURLToPath(import.meta.url)), 'results');

function machine(): ResultFile['machine'] {
  const list = cpus();
  return {
    node: process.version,
    platform: process.platform,
    arch: process.arch,
    cores: list.length,
    cpu: list[0]?.model.trim() ?? 'unknown',
    memoryGb: round(totalmem() / 2 ** 30),
  };
}

/** Rounds every number of the output for the JSON file (raw timings keep 3 significant digits or more). */
function rounded<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === 'number' ? round(v) : v))) as T;
}

function writeReadme(): void {
  const files = readdirSync(resultsDir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const parts = [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (bench/run.ts); each section shows the latest run of that bench.',
    'Ratio = ours / reference, measured in the same run on the same machine. For throughput higher is',
    'better (1.00 = as fast as the reference); for latency lower is better.',
    '',
  ];
  for (const f of files) {
    let r: ResultFile;
    try {
      r = JSON.parse(readFileSync(join(resultsDir, f), 'utf8')) as ResultFile;
    } catch {
      continue;
    }
    if (!r.name || !Array.isArray(r.rows)) continue;
    const m = r.machine;
    parts.push(
      `## ${r.name}`,
      '',
      r.title,
      '',
      `Run ${r.date} in ${(r.durationMs / 1000).toFixed(1)} s — Node ${m.node}, ${m.platform}/${m.arch}, ${m.cores} cores (${m.cpu}), ${m.memoryGb} GB. Raw figures: [${f}](${f}).`,
      '',
      markdownTable(r.rows as BenchRow[]),
      '',
      `Parameters: ${Object.entries(r.params)
        .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
        .join(', ')}`,
      '',
      ...r.notes.map((n) => `- ${n}`),
      '',
    );
  }
  writeFileSync(join(resultsDir, 'README.md'), parts.join('\n'));
}

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  if (args.includes('-h') || args.includes('--help')) {
    console.log(
      'usage: npm run bench [name…] | npm run bench -- --readme (rewrites results/README.md only)\n',
    );
    for (const [name, b] of Object.entries(benches)) console.log(`  ${name.padEnd(6)} ${b.describe}`);
    return 0;
  }
  if (args.includes('--readme')) {
    writeReadme();
    return 0;
  }
  const unknown = args.filter((a) => !(a in benches));
  if (unknown.length) {
    console.error(`Unknown bench: ${unknown.join(', ')} (known: ${Object.keys(benches).join(', ')})`);
    return 2;
  }
  const names = args.length ? [...new Set(args)] : Object.keys(benches);
  mkdirSync(resultsDir, { recursive: true });
  const m = machine();
  console.log(`Node ${m.node}, ${m.cores} cores (${m.cpu})`);
  let failed = 0;
  for (const name of names) {
    console.log(`\n== ${name}: ${benches[name]!.describe}`);
    const t0 = performance.now();
    let out: BenchOutput;
    try {
      out = await benches[name]!.run();
    } catch (err) {
      failed++;
      console.error(`bench ${name} failed:`, err);
      continue;
    }
    const durationMs = performance.now() - t0;
    console.log(`\n${textTable(out.rows)}\n(ratio = ours / reference; ${(durationMs / 1000).toFixed(1)} s)`);
    const file: ResultFile = rounded({
      name,
      date: new Date().toISOString(),
      durationMs,
      machine: m,
      ...out,
    });
    writeFileSync(join(resultsDir, `${name}.json`), `${JSON.stringify(file, null, 2)}\n`);
  }
  writeReadme();
  console.log(`\nResults in ${resultsDir}`);
  return failed ? 1 : 0;
}

// Exit explicitly: a bench that failed half-way may leave a pool or socket open.
main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
