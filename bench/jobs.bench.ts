// jobs: throughput of the job queue (JobQueue.enqueue, then Worker.drain() or two started workers) against
// the least work any such queue must do on the same database: one INSERT per job, then one UPDATE per job
// setting it 'done' by id (plain Kysely statements, one per row, no transaction).
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { configWith } from '../src/config.ts';
import type { DbHandle, Dialect } from '../src/db/types.ts';
import { JobQueue, Worker } from '../src/jobs/index.ts';
import { createJobRegistry } from '../src/runtime.ts';
import { createTestDb, type TestDb } from '../test/db.ts';
import { type BenchOutput, type BenchRow, envInt, row, sleep } from './lib.ts';

interface Timing {
  jobs: number;
  /** Enqueue (ours) or INSERT (reference) phase. */
  enqueueMs: number;
  /** Run-to-done (ours) or UPDATE (reference) phase. */
  drainMs: number;
  totalMs: number;
  jobsPerSec: number;
  enqueuePerSec: number;
  drainPerSec: number;
}

function timing(jobs: number, enqueueMs: number, drainMs: number): Timing {
  const totalMs = enqueueMs + drainMs;
  return {
    jobs,
    enqueueMs,
    drainMs,
    totalMs,
    jobsPerSec: jobs / (totalMs / 1000),
    enqueuePerSec: jobs / (enqueueMs / 1000),
    drainPerSec: jobs / (drainMs / 1000),
  };
}

async function withDb<T>(dialect: Dialect, fn: (db: TestDb) => Promise<T>): Promise<T> {
  const db = await createTestDb(dialect);
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

async function countDone(db: DbHandle): Promise<{ done: number; dead: number }> {
  const rows = await db.db
    .selectFrom('jobs')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute();
  const by = Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
  return { done: by.done ?? 0, dead: by.dead ?? 0 };
}

async function expectDone(db: DbHandle, jobs: number, label: string): Promise<void> {
  const { done } = await countDone(db);
  if (done !== jobs) throw new Error(`${label}: ${done} jobs done, expected ${jobs}`);
}

async function enqueueAll(queue: JobQueue, jobs: number): Promise<number> {
  const t0 = performance.now();
  for (let i = 0; i < jobs; i++) await queue.enqueue('system.noop', {});
  return performance.now() - t0;
}

/** Ours: N × JobQueue.enqueue, then one Worker.drain(). */
async function oursDrain(db: TestDb, jobs: number): Promise<Timing> {
  const queue = new JobQueue(db, createJobRegistry({ db, config: configWith({}) }));
  const enqueueMs = await enqueueAll(queue, jobs);
  const t0 = performance.now();
  const ran = await new Worker(db, queue).drain();
  const drainMs = performance.now() - t0;
  if (ran !== jobs) throw new Error(`drain ran ${ran} jobs, expected ${jobs}`);
  await expectDone(db, jobs, 'ours (drain)');
  return timing(jobs, enqueueMs, drainMs);
}

/**
 * Ours: N × JobQueue.enqueue, then `workers` Workers (each on its own connection pool, as separate processes
 * would be) started with start(); timed until every job is done (counted every 10 ms).
 */
async function oursStarted(
  db: TestDb,
  jobs: number,
  workers: number,
  concurrency: number,
  timeoutMs: number,
): Promise<Timing> {
  const queue = new JobQueue(db, createJobRegistry({ db, config: configWith({}) }));
  const enqueueMs = await enqueueAll(queue, jobs);
  const handles = await Promise.all(Array.from({ length: workers }, () => db.reopen()));
  const started = handles.map((h) => new Worker(h, queue, { concurrency, pollMs: 50 }));
  try {
    const t0 = performance.now();
    for (const w of started) w.start();
    for (;;) {
      const { done, dead } = await countDone(db);
      if (dead) throw new Error(`${dead} jobs dead`);
      if (done >= jobs) break;
      if (performance.now() - t0 > timeoutMs)
        throw new Error(`workers did ${done} of ${jobs} jobs in ${timeoutMs} ms`);
      await sleep(10);
    }
    const drainMs = performance.now() - t0;
    await expectDone(db, jobs, 'ours (workers)');
    return timing(jobs, enqueueMs, drainMs);
  } finally {
    await Promise.all(started.map((w) => w.stop(5000)));
    await Promise.all(handles.map((h) => h.close()));
  }
}

/**
 * Reference: N plain INSERTs (the same columns our enqueue writes), then one UPDATE … SET status = 'done'
 * WHERE id = ? per row, from `loops` concurrent loops spread over `updaters` (default: one loop on `db`).
 */
async function reference(
  db: DbHandle,
  jobs: number,
  updaters: DbHandle[] = [db],
  loops = 1,
): Promise<Timing> {
  const ids: string[] = [];
  const t0 = performance.now();
  for (let i = 0; i < jobs; i++) {
    const id = randomUUID();
    const now = new Date().toISOString();
    await db.db
      .insertInto('jobs')
      .values({
        id,
        kind: 'system.noop',
        payload: '{}',
        status: 'queued',
        priority: 0,
        max_attempts: 3,
        run_at: now,
        dedupe_key: null,
        locked_by: null,
        locked_at: null,
        heartbeat_at: null,
        progress_total: null,
        progress_note: null,
        last_error: null,
        result: null,
        created_at: now,
        updated_at: now,
        finished_at: null,
      })
      .execute();
    ids.push(id);
  }
  const t1 = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: loops }, async (_, l) => {
      const h = updaters[l % updaters.length]!;
      while (next < ids.length) {
        const id = ids[next++]!;
        await h.db.updateTable('jobs').set({ status: 'done' }).where('id', '=', id).execute();
      }
    }),
  );
  const t2 = performance.now();
  await expectDone(db, jobs, 'reference');
  return timing(jobs, t1 - t0, t2 - t1);
}

/** Reference with the same parallelism as `workers` × `concurrency`, over as many pools as workers. */
async function referenceParallel(db: TestDb, jobs: number, workers: number, concurrency: number) {
  const handles = await Promise.all(Array.from({ length: workers }, () => db.reopen()));
  try {
    return await reference(db, jobs, handles, workers * concurrency);
  } finally {
    await Promise.all(handles.map((h) => h.close()));
  }
}

function rowsFor(label: string, ours: Timing, ref: Timing): BenchRow[] {
  return [
    row(label, 'total: enqueue + run', 'jobs/s', ours.jobsPerSec, ref.jobsPerSec, true),
    row(label, 'enqueue vs INSERT', 'jobs/s', ours.enqueuePerSec, ref.enqueuePerSec, true),
    row(label, 'run to done vs UPDATE done', 'jobs/s', ours.drainPerSec, ref.drainPerSec, true),
  ];
}

function show(label: string, t: Timing): void {
  console.log(
    `  ${label.padEnd(34)} ${Math.round(t.jobsPerSec)} jobs/s (enqueue ${Math.round(t.enqueueMs)} ms, run ${Math.round(t.drainMs)} ms)`,
  );
}

export async function runJobsBench(): Promise<BenchOutput> {
  const jobs = envInt('BENCH_JOBS_N', 2000);
  const warmup = envInt('BENCH_JOBS_WARMUP', 200);
  const workers = 2;
  const concurrency = 2;
  const timeoutMs = 60_000;

  const raw: Record<string, { ours: Timing; reference: Timing }> = {};
  const rows: BenchRow[] = [];

  for (const dialect of ['sqlite', 'postgres'] as const) {
    // Warm-up (JIT, statement paths), not recorded.
    await withDb(dialect, (db) => oursDrain(db, warmup));
    await withDb(dialect, (db) => reference(db, warmup));

    const ours = await withDb(dialect, (db) => oursDrain(db, jobs));
    show(`${dialect} ours (drain)`, ours);
    const ref = await withDb(dialect, (db) => reference(db, jobs));
    show(`${dialect} reference`, ref);
    const label = `${dialect}: Worker.drain()`;
    raw[label] = { ours, reference: ref };
    rows.push(...rowsFor(label, ours, ref));

    if (dialect === 'postgres') {
      const oursW = await withDb(dialect, (db) => oursStarted(db, jobs, workers, concurrency, timeoutMs));
      show(`${dialect} ours (${workers} workers)`, oursW);
      const refW = await withDb(dialect, (db) => referenceParallel(db, jobs, workers, concurrency));
      show(`${dialect} reference (${workers * concurrency} loops)`, refW);
      const labelW = `${dialect}: ${workers} workers × concurrency ${concurrency}`;
      raw[labelW] = { ours: oursW, reference: refW };
      rows.push(...rowsFor(labelW, oursW, refW));
    }
  }

  return {
    title: `Job queue: ${jobs} system.noop jobs enqueued and run vs plain INSERT + UPDATE per row, same database`,
    params: { jobs, warmup, workers, concurrency, dialects: ['sqlite', 'postgres'] },
    rows,
    raw,
    notes: [
      'Each measured case runs on a fresh migrated database (SQLite file / PostgreSQL schema), dropped after.',
      'Ours per job: INSERT … RETURNING (enqueue), claim UPDATE, progress UPDATE, complete UPDATE.',
      'Reference per job: one INSERT, one UPDATE status = done by id; no transaction, no RETURNING.',
      `Started workers: ${workers} Worker instances, each on its own pool (reopen()), concurrency ${concurrency}; ` +
        `their reference runs its UPDATEs from ${workers * concurrency} concurrent loops over ${workers} pools. ` +
        'Completion is detected by counting done jobs every 10 ms.',
    ],
  };
}
