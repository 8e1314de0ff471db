// The scheduler of recurring jobs on every database: one enqueue per period, even with several schedulers
// (worker processes) ticking at the same moment, and a schedule that runs for the first time enqueues at once.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeWithDb } from '../../test/app.ts';
import { JobQueue, JobRegistry, Scheduler, systemJobs } from './index.ts';

describeWithDb('recurring jobs', (get) => {
  const noops = async () =>
    Number(
      (
        await get()
          .db.selectFrom('jobs')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('kind', '=', 'system.noop')
          .executeTakeFirstOrThrow()
      ).n,
    );

  test('several schedulers ticking together enqueue once per period', async () => {
    const queue = new JobQueue(get(), systemJobs(new JobRegistry()));
    const schedules = [{ kind: 'system.noop' as const, payload: { note: 'tick' }, everyMs: 60_000 }];
    const workers = [1, 2, 3].map(() => new Scheduler(get(), queue, schedules));
    const t0 = Date.now();
    const first = await Promise.all(workers.map((s) => s.tick(t0)));
    assert.equal(first.flat().length, 1, 'one of them enqueued');
    assert.equal(await noops(), 1);
    assert.deepEqual((await Promise.all(workers.map((s) => s.tick(t0 + 30_000)))).flat(), []);
    await get().db.updateTable('jobs').set({ status: 'done' }).execute();
    const next = await Promise.all(workers.map((s) => s.tick(t0 + 60_000)));
    assert.equal(next.flat().length, 1);
    assert.equal(await noops(), 2);
    const stored = await get()
      .db.selectFrom('system_state')
      .select('value')
      .where('key', '=', 'schedule:system.noop')
      .executeTakeFirstOrThrow();
    assert.equal(JSON.parse(stored.value), new Date(t0 + 60_000).toISOString());
  });
});
