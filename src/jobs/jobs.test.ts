import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeWithDb } from '../../test/app.ts';
import { createTestDb } from '../../test/db.ts';
import type { DbHandle } from '../db/types.ts';
import { isoAfter } from '../kernel/ids.ts';
import { backoffDelay, JobQueue, JobRegistry, PermanentJobError, systemJobs, Worker } from './index.ts';

declare module './registry.ts' {
  interface JobKinds {
    'test.record': { n: number; sleepMs?: number };
    'test.fail': { permanent?: boolean };
    'test.progress': { total: number };
    'test.hang': Record<string, never>;
  }
}

function registryWith(ran: number[] = []): JobRegistry {
  return systemJobs(new JobRegistry())
    .define({
      kind: 'test.record',
      async run(p) {
        if (p.sleepMs) await new Promise((r) => setTimeout(r, p.sleepMs));
        ran.push(p.n);
        return { n: p.n };
      },
    })
    .define({
      kind: 'test.fail',
      maxAttempts: 3,
      backoffMs: 100,
      async run(p) {
        throw p.permanent ? new PermanentJobError('bad payload') : new Error('boom');
      },
    })
    .define({
      kind: 'test.progress',
      async run(p, ctx) {
        for (let i = 1; i <= p.total; i++) {
          ctx.progress(i, p.total, `row ${i}`);
          await new Promise((r) => setTimeout(r, 1));
        }
        return { rows: p.total };
      },
    })
    .define({
      kind: 'test.hang',
      async run(_p, ctx) {
        await new Promise((resolve) => ctx.signal.addEventListener('abort', resolve));
      },
    });
}

const fastWorker = (db: DbHandle, queue: JobQueue, extra = {}) =>
  new Worker(db, queue, { pollMs: 10, leaseMs: 60_000, concurrency: 4, ...extra });

async function waitFor(cond: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await cond()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('timed out waiting');
}

test('backoff doubles and is capped at one hour', () => {
  assert.equal(backoffDelay(1, 1000), 1000);
  assert.equal(backoffDelay(2, 1000), 2000);
  assert.equal(backoffDelay(4, 1000), 8000);
  assert.equal(backoffDelay(30, 1000), 3_600_000);
});

describeWithDb('job queue', (getDb) => {
  test('runs a job and stores its result and progress', async () => {
    const db = getDb();
    const queue = new JobQueue(db, registryWith());
    const job = await queue.enqueue('test.progress', { total: 20 });
    assert.equal(job.status, 'queued');
    assert.equal(await fastWorker(db, queue).drain(), 1);
    const done = await queue.get(job.id);
    assert.equal(done.status, 'done');
    assert.deepEqual(done.result, { rows: 20 });
    assert.equal(done.progress.done, 20);
    assert.equal(done.progress.total, 20);
    assert.equal(done.progress.percent, 100);
    assert.equal(done.attempts, 1);
    assert.ok(done.finishedAt);
  });

  test('refuses an unknown kind with jobs.unknown_kind', async () => {
    const queue = new JobQueue(getDb(), registryWith());
    await assert.rejects(() => queue.enqueue('nope' as 'system.noop', {}), { code: 'jobs.unknown_kind' });
    await assert.rejects(() => queue.get('00000000-0000-0000-0000-000000000000'), { code: 'jobs.not_found' });
  });

  test('retries with backoff, then dead-letters; a dead job can be retried', async () => {
    const db = getDb();
    const queue = new JobQueue(db, registryWith());
    const job = await queue.enqueue('test.fail', {});
    const worker = fastWorker(db, queue);
    await worker.drain();
    let row = await queue.get(job.id);
    assert.equal(row.status, 'queued', 'first failure is retried');
    assert.equal(row.attempts, 1);
    assert.equal(row.lastError, 'boom');
    assert.ok(row.runAt > job.runAt, 'the retry is scheduled later');
    await waitFor(async () => {
      await worker.drain();
      return (await queue.get(job.id)).status === 'dead';
    });
    row = await queue.get(job.id);
    assert.equal(row.attempts, 3);
    assert.ok(row.finishedAt);
    const again = await queue.retry(job.id);
    assert.equal(again.status, 'queued');
    assert.equal(again.attempts, 0);
  });

  test('a permanent error goes straight to dead', async () => {
    const db = getDb();
    const queue = new JobQueue(db, registryWith());
    const job = await queue.enqueue('test.fail', { permanent: true });
    await fastWorker(db, queue).drain();
    const row = await queue.get(job.id);
    assert.equal(row.status, 'dead');
    assert.equal(row.attempts, 1);
    assert.equal(row.lastError, 'bad payload');
  });

  test('a delayed job waits for its time; a dedupe key queues once', async () => {
    const db = getDb();
    const ran: number[] = [];
    const queue = new JobQueue(db, registryWith(ran));
    await queue.enqueue('test.record', { n: 1 }, { delayMs: 60_000 });
    const a = await queue.enqueue('test.record', { n: 2 }, { dedupeKey: 'k' });
    const b = await queue.enqueue('test.record', { n: 3 }, { dedupeKey: 'k' });
    assert.equal(a.id, b.id);
    await fastWorker(db, queue).drain();
    assert.deepEqual(ran, [2]);
  });

  test('a job whose worker died is picked up again after the lease', async () => {
    const db = getDb();
    const ran: number[] = [];
    const queue = new JobQueue(db, registryWith(ran));
    const job = await queue.enqueue('test.record', { n: 7 });
    // A worker claims it and dies: the row stays running with an old heartbeat.
    await db.db
      .updateTable('jobs')
      .set({ status: 'running', locked_by: 'dead-worker', attempts: 1, heartbeat_at: isoAfter(-120_000) })
      .where('id', '=', job.id)
      .execute();
    await fastWorker(db, queue, { leaseMs: 60_000 }).drain();
    assert.deepEqual(ran, [7]);
    const row = await queue.get(job.id);
    assert.equal(row.status, 'done');
    assert.equal(row.attempts, 2);
  });

  test('a fresh heartbeat keeps a running job with its worker', async () => {
    const db = getDb();
    const ran: number[] = [];
    const queue = new JobQueue(db, registryWith(ran));
    const job = await queue.enqueue('test.record', { n: 8 });
    await db.db
      .updateTable('jobs')
      .set({ status: 'running', locked_by: 'live-worker', attempts: 1, heartbeat_at: isoAfter(-1_000) })
      .where('id', '=', job.id)
      .execute();
    await fastWorker(db, queue, { leaseMs: 60_000 }).drain();
    assert.deepEqual(ran, []);
    assert.equal((await queue.get(job.id)).status, 'running');
  });

  test('two workers on two connections never run a job twice', async () => {
    const db = await createTestDb(getDb().dialect);
    const other = await db.reopen();
    try {
      const ran: number[] = [];
      const queueA = new JobQueue(db, registryWith(ran));
      const queueB = new JobQueue(other, registryWith(ran));
      const N = 300;
      await db.db.transaction().execute(async (tx) => {
        for (let n = 0; n < N; n++) await queueA.enqueue('test.record', { n, sleepMs: n % 7 }, { tx });
      });
      const a = fastWorker(db, queueA, { concurrency: 4 });
      const b = fastWorker(other, queueB, { concurrency: 4 });
      a.start();
      b.start();
      await waitFor(async () => ((await queueA.counts()).done ?? 0) === N, 60_000);
      await Promise.all([a.stop(), b.stop()]);
      assert.equal(ran.length, N, 'every job ran');
      assert.equal(new Set(ran).size, N, 'no job ran twice');
      const attempts = await db.db.selectFrom('jobs').select('attempts').where('attempts', '!=', 1).execute();
      assert.equal(attempts.length, 0, 'each job was claimed exactly once');
    } finally {
      await other.close();
      await db.close();
    }
  });

  test('stop() waits for running jobs; a job that outlives the timeout is released, not lost', async () => {
    const db = getDb();
    const queue = new JobQueue(db, registryWith());
    const job = await queue.enqueue('test.hang', {});
    const worker = fastWorker(db, queue);
    worker.start();
    await waitFor(async () => (await queue.get(job.id)).status === 'running');
    await worker.stop(50);
    const row = await queue.get(job.id);
    assert.equal(row.status, 'queued');
    assert.equal(row.attempts, 0);
  });
});
