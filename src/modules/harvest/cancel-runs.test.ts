// Cancelling harvest runs (queued: at once; running: before the next record, with the report so far and
// nothing half-written or withdrawn) and runs a dead worker left behind (failed as interrupted once the
// job's lease has expired, so the source can run again).
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeWithApp } from '../../../test/app.ts';
import { createOrg } from '../../../test/session.ts';
import { Worker } from '../../jobs/index.ts';
import * as jobsRepo from '../../jobs/jobs.repo.ts';
import { restClient } from '../catalog/test-kit.ts';
import { queueDueHarvests } from './due.ts';
import { executeRun } from './run.ts';
import * as sources from './sources.service.ts';
import { contextOf, type Handler, json, localServer, servicesOf } from './test-kit.ts';

const record = (i: number) => ({
  identifier: `record-${i}`,
  title: `Record ${i}`,
  description: 'A record.',
  keyword: ['test'],
  modified: '2024-05-01',
  distribution: [{ downloadURL: `https://data.example.gov/${i}.csv`, mediaType: 'text/csv' }],
});
const catalogOf = (n: number) => ({ dataset: Array.from({ length: n }, (_, i) => record(i)) });

describeWithApp(
  'cancelled and interrupted harvest runs',
  (get) => {
    let server: Awaited<ReturnType<typeof localServer>>;
    let catalog: Handler = json(catalogOf(6));
    let sourceId = '';
    const datasets = async () =>
      Number(
        (
          await get()
            .db.db.selectFrom('datasets')
            .where('state', '=', 'active')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    before(async () => {
      server = await localServer({ '/data.json': (req, res) => catalog(req, res) });
      await createOrg(get().db, 'producer');
      const s = await sources.createSource(contextOf(get()), {
        title: 'Producer',
        url: server.url('/data.json'),
        type: 'datajson',
        organization: 'producer',
      });
      sourceId = s.id;
    });
    after(() => server.close());

    it('stops a running run before the next record, keeping what was imported', async () => {
      const ctx = contextOf(get());
      const run = await sources.startRun(ctx, sourceId, 'manual');
      const result = await executeRun(servicesOf(get()), run.id, async (done, _total, note) => {
        if (note === 'import' && done === 2) await sources.cancelRun(ctx, sourceId, run.id);
      });
      assert.equal(result.status, 'cancelled');
      const view = await sources.getRun(ctx, sourceId, run.id);
      assert.equal(view.status, 'cancelled');
      assert.deepEqual(view.counts, { created: 2, updated: 0, unchanged: 0, deleted: 0, failed: 0 });
      assert.ok(view.finishedAt);
      assert.equal(await datasets(), 2);
      // Finished: a second cancellation is refused.
      await assert.rejects(sources.cancelRun(ctx, sourceId, run.id), { code: 'harvest.run_finished' });
      // The job queued with the run finds it over and does nothing.
      await new Worker(get().db, get().queue).drain();
      assert.equal((await sources.getRun(ctx, sourceId, run.id)).status, 'cancelled');
      // The next run picks up the rest.
      const next = await sources.startRun(ctx, sourceId, 'manual');
      await new Worker(get().db, get().queue).drain();
      const done = await sources.getRun(ctx, sourceId, next.id);
      assert.equal(done.status, 'done');
      assert.deepEqual(done.counts, { created: 4, updated: 0, unchanged: 2, deleted: 0, failed: 0 });
    });

    it('withdraws nothing when a run is cancelled, though records disappeared', async () => {
      catalog = json(catalogOf(3));
      const ctx = contextOf(get());
      const run = await sources.startRun(ctx, sourceId, 'manual');
      await executeRun(servicesOf(get()), run.id, async (done, _total, note) => {
        if (note === 'import' && done === 1) await sources.cancelRun(ctx, sourceId, run.id);
      });
      const view = await sources.getRun(ctx, sourceId, run.id);
      assert.equal(view.status, 'cancelled');
      assert.equal(view.counts.deleted, 0);
      assert.equal(await datasets(), 6);
      catalog = json(catalogOf(6));
    });

    it('cancels a queued run through the API; only its managers may', async () => {
      const rest = restClient(get);
      const root = await rest.user('root@example.ma', { sysadmin: true });
      const stranger = await rest.user('stranger@example.ma');
      const started = await rest.call('POST', `/api/v1/harvest/sources/${sourceId}/runs`, root);
      const runId = started.json().data.id;
      const url = `/api/v1/harvest/sources/${sourceId}/runs/${runId}/cancel`;
      assert.equal((await rest.call('POST', url, stranger)).statusCode, 403);
      const cancelled = await rest.call('POST', url, root);
      assert.equal(cancelled.statusCode, 200);
      assert.equal(cancelled.json().data.status, 'cancelled');
      await new Worker(get().db, get().queue).drain();
      const view = (await rest.call('GET', `/api/v1/harvest/sources/${sourceId}/runs/${runId}`, root)).json()
        .data;
      assert.equal(view.status, 'cancelled');
      assert.deepEqual(view.counts, { created: 0, updated: 0, unchanged: 0, deleted: 0, failed: 0 });
      const again = await rest.call('POST', url, root);
      assert.equal(again.statusCode, 409);
      assert.equal(again.json().error.code, 'harvest.run_finished');
    });

    it('fails a run whose worker died once its lease expired, so the source can run again', async () => {
      const ctx = contextOf(get());
      const db = get().db;
      const run = await sources.startRun(ctx, sourceId, 'manual');
      // A worker takes the job, starts the run, then dies (no more heartbeats).
      const job = await jobsRepo.claimNextJob(db.db, db.dialect, 'dead-worker', ['harvest.run']);
      assert.equal(job?.id, run.job_id);
      await db.db.updateTable('harvest_runs').set({ status: 'running' }).where('id', '=', run.id).execute();
      // Lease not expired: the run is left alone.
      await queueDueHarvests(servicesOf(get()));
      assert.equal((await sources.getRun(ctx, sourceId, run.id)).status, 'running');
      assert.equal((await sources.startRun(ctx, sourceId, 'manual')).id, run.id);
      // The lease expires: the reaper gives the one-attempt job up, the harvest task fails the run.
      await new Promise((r) => setTimeout(r, 20));
      assert.equal(await jobsRepo.reapExpiredJobs(db.db, 10), 1);
      await queueDueHarvests(servicesOf(get()));
      const view = await sources.getRun(ctx, sourceId, run.id);
      assert.equal(view.status, 'failed');
      assert.equal(view.error?.code, 'harvest.interrupted');
      assert.ok(view.finishedAt);
      const fresh = await sources.startRun(ctx, sourceId, 'manual');
      assert.notEqual(fresh.id, run.id);
      assert.equal(fresh.status, 'queued');
    });
  },
  { HARVEST_ALLOW_PRIVATE: true, DEFAULT_LOCALE: 'fr' },
);
