// The scheduler queues due harvests and resource refreshes once, however many workers tick at the same time;
// a resource refreshed from a URL gets each new file as a new version, keeps the previous one when the
// download fails, and calls the DataStore hook.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, it } from 'node:test';
import { describeWithApp } from '../../../test/app.ts';
import { createOrg } from '../../../test/session.ts';
import { JobQueue, Scheduler, Worker } from '../../jobs/index.ts';
import type { AppError } from '../../kernel/errors.ts';
import { datasetsService, resourcesService } from '../catalog/index.ts';
import { queueDueHarvests } from './due.ts';
import {
  getResourceRefresh,
  onResourceRefreshed,
  refreshResourceNow,
  setResourceRefresh,
} from './refresh.ts';
import * as sources from './sources.service.ts';
import { contextOf, type Handler, localServer, servicesOf } from './test-kit.ts';

const past = '2020-01-01T00:00:00.000Z';

describeWithApp(
  'scheduler and resource refresh',
  (get) => {
    let server: Awaited<ReturnType<typeof localServer>>;
    let file: Handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/csv' });
      res.end('region,value\nRabat,1\nFès,2\n');
    };
    before(async () => {
      server = await localServer({ '/data.csv': (req, res) => file(req, res) });
      await createOrg(get().db, 'producer');
    });
    after(() => server.close());

    it('queues a due source once when two workers tick together, then moves its next run', async () => {
      const ctx = contextOf(get());
      const hourly = await sources.createSource(ctx, {
        title: 'Hourly',
        url: 'https://portal.example.org',
        type: 'ckan',
        organization: 'producer',
        schedule: 'hourly',
      });
      await sources.createSource(ctx, {
        title: 'Manual',
        url: 'https://other.example.org',
        type: 'ckan',
        organization: 'producer',
        schedule: 'manual',
      });
      await sources.createSource(ctx, {
        title: 'Paused',
        url: 'https://paused.example.org',
        type: 'ckan',
        organization: 'producer',
        schedule: 'daily',
        active: false,
      });
      await get().db.db.updateTable('harvest_sources').set({ next_run_at: past }).execute();
      const second = await get().db.reopen();
      try {
        const other = { ...servicesOf(get()), db: second, queue: new JobQueue(second, get().queue.registry) };
        const now = Date.now();
        const task = (svc: typeof other) => [
          { name: 'h', everyMs: 1000, run: (t: number) => queueDueHarvests(svc, t) },
        ];
        const a = new Scheduler(get().db, get().queue, [], undefined, task(servicesOf(get())));
        const b = new Scheduler(second, other.queue, [], undefined, task(other));
        const [x, y] = await Promise.all([a.tick(now), b.tick(now)]);
        assert.equal(x.length + y.length, 1);
        // Within its interval a scheduler does not run the task again.
        assert.deepEqual(await a.tick(now + 10), []);
      } finally {
        await second.close();
      }
      const runs = await get().db.db.selectFrom('harvest_runs').selectAll().execute();
      assert.equal(runs.length, 1);
      assert.equal(runs[0]!.source_id, hourly.id);
      assert.equal(runs[0]!.trigger, 'schedule');
      const s = await sources.getSource(ctx, hourly.id);
      assert.ok(s.nextRunAt! > new Date(Date.now() + 3_500_000).toISOString());
      assert.equal((await get().queue.list({ kind: 'harvest.run' })).length, 1);
    });

    it('refreshes a resource from its URL into storage, as new versions, keeping the last good one', async () => {
      const ctx = contextOf(get());
      const ds = await datasetsService.createDataset(ctx, {
        name: 'regional-figures',
        organization: 'producer',
        title: { fr: 'Chiffres régionaux' },
      });
      const r = await resourcesService.createResource(ctx, ds.id, {
        url: server.url('/data.csv'),
        title: { fr: 'Données' },
      });
      const events: string[] = [];
      const off = onResourceRefreshed((e) => {
        events.push(e.sha256);
      });
      const view = await setResourceRefresh(ctx, ds.name, r.id, { schedule: 'daily' });
      assert.equal(view.url, server.url('/data.csv'));
      await get().db.db.updateTable('resource_refreshes').set({ next_run_at: past }).execute();
      assert.equal(await queueDueHarvests(servicesOf(get())), 1);
      await new Worker(get().db, get().queue).drain();

      const sha = (s: string) => createHash('sha256').update(s).digest('hex');
      const first = 'region,value\nRabat,1\nFès,2\n';
      let res = await resourcesService.getResource(ctx, ds.id, r.id);
      assert.equal(res.stored, true);
      assert.equal(res.sha256, sha(first));
      assert.equal((await getResourceRefresh(ctx, ds.name, r.id))?.lastStatus, 'ok');
      assert.deepEqual(events, [sha(first)]);
      const download = async () =>
        (await get().app.inject({ method: 'GET', url: `/datasets/${ds.name}/resources/${r.id}/download` }))
          .body;
      assert.equal(await download(), first);

      // Same file again: unchanged, no new version.
      await refreshResourceNow(ctx, ds.name, r.id);
      await new Worker(get().db, get().queue).drain();
      assert.equal((await getResourceRefresh(ctx, ds.name, r.id))?.lastStatus, 'unchanged');

      // The producer's server fails: the previous file stays, the failure is recorded.
      file = (_req, res) => {
        res.writeHead(500);
        res.end('down');
      };
      await refreshResourceNow(ctx, ds.name, r.id);
      await new Worker(get().db, get().queue).drain();
      const failed = await getResourceRefresh(ctx, ds.name, r.id);
      assert.equal(failed?.lastStatus, 'failed');
      assert.equal(failed?.lastError?.code, 'harvest.fetch_status');
      assert.equal(await download(), first);

      // A new file: a new version.
      const second = 'region,value\nRabat,3\nFès,4\nOujda,5\n';
      file = (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/csv' });
        res.end(second);
      };
      await refreshResourceNow(ctx, ds.name, r.id);
      await new Worker(get().db, get().queue).drain();
      res = await resourcesService.getResource(ctx, ds.id, r.id);
      assert.equal(res.sha256, sha(second));
      assert.equal(await download(), second);
      assert.deepEqual(events, [sha(first), sha(second)]);
      off();
    });

    it('refuses a bad schedule or URL, naming the field', async () => {
      const ctx = contextOf(get());
      const ds = await datasetsService.getDataset(ctx, 'regional-figures');
      const rid = ds.resources[0]!.id;
      await assert.rejects(
        setResourceRefresh(ctx, ds.name, rid, { schedule: 'yearly' }),
        (e: unknown) => (e as AppError).fields?.schedule?.reason === 'invalid_value',
      );
      await assert.rejects(
        setResourceRefresh(ctx, ds.name, rid, { url: 'file:///etc/passwd', schedule: 'daily' }),
        (e: unknown) => (e as AppError).fields?.url?.reason === 'invalid_format',
      );
    });
  },
  { HARVEST_ALLOW_PRIVATE: true },
);
