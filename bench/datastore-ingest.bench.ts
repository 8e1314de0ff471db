// datastore-ingest: DataStore ingestion of a generated CSV (Arabic and French text, numbers, dates) — reading,
// encoding and delimiter detection, header clean-up, type inference, casting, validation, loading — against
// the tools' own bulk loaders on the same file in the same run: `sqlite3 .import` (the SQLite shell) and
// PostgreSQL `COPY … FROM STDIN (FORMAT csv)` into text columns. Peak RSS is sampled during our ingestion.
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Dialect } from '../src/db/types.ts';
import { ingestFile } from '../src/modules/datastore/ingest.ts';
import { CopyIn } from '../src/modules/datastore/pg-copy.ts';
import { closeDataStore, dataStoreFor } from '../src/modules/datastore/store.ts';
import { insertResource } from '../src/modules/datastore/test-kit.ts';
import { createTestDb } from '../test/db.ts';
import { type BenchOutput, type BenchRow, envInt, row } from './lib.ts';

const CITIES = [
  ['الرباط', 'Rabat'],
  ['الدار البيضاء', 'Casablanca'],
  ['فاس', 'Fès'],
  ['مراكش', 'Marrakech'],
  ['طنجة', 'Tanger'],
  ['أكادير', 'Agadir'],
  ['وجدة', 'Oujda'],
  ['العيون', 'Laâyoune'],
];
const SECTORS = ['التعليم', 'الصحة', 'الفلاحة', 'Éducation', 'Santé', 'Équipement'];

/** Writes N rows (~120 bytes each) without holding them in memory. */
async function generate(file: string, n: number): Promise<number> {
  const out = createWriteStream(file);
  const write = (s: string) =>
    out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r()));
  await write('id,commune_ar,commune_fr,secteur,montant,effectif,date_publication,observation\n');
  let chunk = '';
  for (let i = 1; i <= n; i++) {
    const [ar, fr] = CITIES[i % CITIES.length]!;
    const d = new Date(Date.UTC(2015, 0, 1) + (i % 3650) * 86_400_000).toISOString().slice(0, 10);
    chunk += `${i},${ar} ${i % 97},"${fr}, arrondissement ${i % 13}",${SECTORS[i % SECTORS.length]},${((i * 7919) % 1_000_000) / 100},${i % 500},${d},"Budget ${i % 3 === 0 ? 'révisé' : 'initial'} — ميزانية"\n`;
    if (chunk.length > 1 << 16) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  await new Promise<void>((r) => out.end(() => r()));
  return statSync(file).size;
}

function rssSampler() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  return () => {
    clearInterval(timer);
    return Math.max(peak, process.memoryUsage().rss);
  };
}

async function ours(dialect: Dialect, file: string, n: number) {
  const db = await createTestDb(dialect);
  try {
    const { resourceId } = await insertResource(db);
    if (global.gc) global.gc();
    const stop = rssSampler();
    const t0 = performance.now();
    const { table } = await ingestFile(dataStoreFor(db), {
      resourceId,
      name: 'bench.csv',
      open: async () => createReadStream(file, { highWaterMark: 1 << 20 }),
    });
    const ms = performance.now() - t0;
    const peakRss = stop();
    if (table.rowCount !== n) throw new Error(`${dialect}: ${table.rowCount} rows loaded, expected ${n}`);
    return {
      ms,
      rowsPerSec: n / (ms / 1000),
      peakRssMb: peakRss / 2 ** 20,
      types: table.schema.fields.map((f) => f.type),
    };
  } finally {
    await closeDataStore(db);
    await db.close();
  }
}

function sqliteImport(file: string, dir: string, n: number) {
  const target = join(dir, 'import.db');
  const t0 = performance.now();
  const res = spawnSync('sqlite3', [target, '-cmd', '.mode csv', `.import ${file} t`], { encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (res.status !== 0) throw new Error(`sqlite3 .import failed: ${res.stderr}`);
  const count = spawnSync('sqlite3', [target, 'SELECT count(*) FROM t'], { encoding: 'utf8' }).stdout.trim();
  if (Number(count) !== n) throw new Error(`sqlite3 .import: ${count} rows, expected ${n}`);
  return { ms, rowsPerSec: n / (ms / 1000) };
}

async function pgCopy(file: string, n: number) {
  const db = await createTestDb('postgres');
  const client = await db.pool!.connect();
  try {
    await client.query(
      'CREATE TABLE ref (id text, commune_ar text, commune_fr text, secteur text, montant text, effectif text, date_publication text, observation text)',
    );
    const t0 = performance.now();
    await client.query('BEGIN');
    const copy = new CopyIn('COPY ref FROM STDIN WITH (FORMAT csv, HEADER true)');
    await copy.start(client);
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }))
      await copy.write(chunk as Buffer);
    const copied = await copy.end();
    await client.query('COMMIT');
    const ms = performance.now() - t0;
    if (copied !== n) throw new Error(`COPY: ${copied} rows, expected ${n}`);
    return { ms, rowsPerSec: n / (ms / 1000) };
  } finally {
    client.release();
    await db.close();
  }
}

export async function runDatastoreIngestBench(): Promise<BenchOutput> {
  const n = envInt('BENCH_DATASTORE_N', 100_000);
  const dialects = (process.env.BENCH_DATASTORE_DIALECTS ?? 'sqlite,postgres').split(',') as Dialect[];
  const dir = mkdtempSync(join(tmpdir(), 'shafaf-ds-bench-'));
  const file = join(dir, 'bench.csv');
  try {
    const bytes = await generate(file, n);
    console.log(`generated ${n} rows, ${(bytes / 2 ** 20).toFixed(1)} MB`);
    const rows: BenchRow[] = [];
    const raw: Record<string, unknown> = { bytes };
    const notes: string[] = [];
    if (dialects.includes('sqlite')) {
      const hasShell = spawnSync('sqlite3', ['-version']).status === 0;
      const mine = await ours('sqlite', file, n);
      raw.sqlite = mine;
      console.log(
        `sqlite ours: ${Math.round(mine.rowsPerSec)} rows/s, peak RSS ${Math.round(mine.peakRssMb)} MB`,
      );
      if (hasShell) {
        const ref = sqliteImport(file, dir, n);
        raw.sqliteImport = ref;
        rows.push(
          row(
            'sqlite: ingest vs sqlite3 .import',
            'throughput',
            'rows/s',
            mine.rowsPerSec,
            ref.rowsPerSec,
            true,
          ),
        );
      } else notes.push('The sqlite3 shell is not installed: no SQLite reference in this run.');
      rows.push(row('sqlite: peak RSS vs 300 MB target', 'peak RSS', 'MB', mine.peakRssMb, 300, false));
    }
    if (dialects.includes('postgres')) {
      const mine = await ours('postgres', file, n);
      raw.postgres = mine;
      console.log(
        `postgres ours: ${Math.round(mine.rowsPerSec)} rows/s, peak RSS ${Math.round(mine.peakRssMb)} MB`,
      );
      const ref = await pgCopy(file, n);
      raw.pgCopy = ref;
      rows.push(
        row(
          'postgres: ingest vs COPY FROM STDIN (csv → text columns)',
          'throughput',
          'rows/s',
          mine.rowsPerSec,
          ref.rowsPerSec,
          true,
        ),
      );
      rows.push(row('postgres: peak RSS vs 300 MB target', 'peak RSS', 'MB', mine.peakRssMb, 300, false));
    }
    notes.push(
      'Ours includes encoding and delimiter detection, header clean-up, type inference on 1,000 rows, casting and checking every cell (integer, number, date), the validation report and the atomic table swap; the references load text as is.',
      'Targets: SQLite >= 0.5x sqlite3 .import; PostgreSQL >= 0.7x COPY; peak RSS < 300 MB (RSS of the whole bench process, sampled every 20 ms during our ingestion).',
    );
    return {
      title: `DataStore ingestion of a ${n}-row CSV (${(bytes / 2 ** 20).toFixed(0)} MB) vs sqlite3 .import and PostgreSQL COPY of the same file`,
      params: { rows: n, bytes, dialects: dialects.join(',') },
      rows,
      raw,
      notes,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
