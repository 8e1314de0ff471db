// harvest: N datasets (BENCH_HARVEST_N, default 500) published on a second local Shafaf instance, harvested
// through its CKAN API into a first one (real HTTP, the real job: gather, fetch, import one transaction per
// dataset), then harvested again with nothing changed (incremental). Reference, in the same run: plain HTTP
// GETs of the same records (one package_show per dataset, keep-alive), and of the same listing pages
// (package_search, 1000 rows a page) that the incremental run reads.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { configWith } from '../src/config.ts';
import type { ServiceContext } from '../src/context.ts';
import { joined } from '../src/db/joined.ts';
import type { Dialect } from '../src/db/types.ts';
import { Worker } from '../src/jobs/index.ts';
import { silentLog } from '../src/kernel/log.ts';
import { cliActor } from '../src/modules/accounts/index.ts';
import { datasetsService, resourcesService, themesService } from '../src/modules/catalog/index.ts';
import { harvestSources } from '../src/modules/harvest/index.ts';
import { buildTestApp, type TestApp } from '../test/app.ts';
import { createOrg } from '../test/session.ts';
import { type BenchOutput, envInt, row } from './lib.ts';

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function get(port: number, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path, agent }, (res) => {
        let n = 0;
        res.on('data', (c: Buffer) => {
          n += c.length;
        });
        res.on('end', () =>
          res.statusCode === 200 ? resolve(n) : reject(new Error(`${path}: ${res.statusCode}`)),
        );
      })
      .on('error', reject);
  });
}

const ctxOf = (t: TestApp): ServiceContext => ({
  config: configWith({ DEMO: false, HARVEST_ALLOW_PRIVATE: true }),
  db: t.db,
  queue: t.queue,
  log: silentLog,
  actor: cliActor,
  locale: 'fr',
  ip: null,
  requestId: null,
});

/** N datasets with two resources each, written through the services in transactions of 250. */
async function publish(remote: TestApp, n: number) {
  const base = ctxOf(remote);
  await themesService.createTheme(base, { name: 'economy', title: { fr: 'Économie', ar: 'الاقتصاد' } });
  const org = await createOrg(remote.db, 'remote-ministry');
  for (let start = 0; start < n; start += 250)
    await remote.db.db.transaction().execute(async (tx) => {
      const ctx = { ...base, db: { ...remote.db, db: joined(tx) } };
      for (let i = start; i < Math.min(n, start + 250); i++) {
        const d = await datasetsService.createDataset(ctx, {
          name: `dataset-${i}`,
          organization: org.name,
          title: { fr: `Jeu de données ${i}`, ar: `مجموعة بيانات ${i}`, en: `Dataset ${i}` },
          description: { fr: `Description du jeu ${i}, par région et par mois.` },
          license_id: 'CC-BY-4.0',
          frequency: 'MONTHLY',
          themes: ['economy'],
          tags: ['bench', `t${i % 50}`],
        });
        for (const f of ['csv', 'json'])
          await resourcesService.createResource(ctx, d.id, {
            url: `https://data.example.org/${i}.${f}`,
            format: f,
          });
      }
    });
}

async function harvestOnce(local: TestApp, sourceId: string) {
  const ctx = ctxOf(local);
  const t0 = performance.now();
  const run = await harvestSources.startRun(ctx, sourceId, 'manual');
  await new Worker(local.db, local.queue).drain();
  const ms = performance.now() - t0;
  return { ms, report: await harvestSources.getRun(ctx, sourceId, run.id) };
}

export async function runHarvestBench(): Promise<BenchOutput> {
  const n = envInt('BENCH_HARVEST_N', 500);
  const dialect = (process.env.BENCH_HARVEST_DIALECT ?? 'sqlite') as Dialect;
  const remote = await buildTestApp(dialect);
  const local = await buildTestApp(dialect, { HARVEST_ALLOW_PRIVATE: true, HARVEST_TIMEOUT_SECONDS: 600 });
  try {
    await remote.app.listen({ port: 0, host: '127.0.0.1' });
    const port = (remote.app.server.address() as AddressInfo).port;
    const t0 = performance.now();
    await publish(remote, n);
    const publishMs = performance.now() - t0;
    console.log(`  published ${n} datasets on the remote instance in ${Math.round(publishMs)} ms`);
    await themesService.createTheme(ctxOf(local), { name: 'economy', title: { fr: 'Économie' } });
    await createOrg(local.db, 'local-ministry');
    const source = await harvestSources.createSource(ctxOf(local), {
      title: 'Remote',
      url: `http://127.0.0.1:${port}`,
      type: 'ckan',
      organization: 'local-ministry',
    });

    const first = await harvestOnce(local, source.id);
    if (first.report.counts.created !== n)
      throw new Error(
        `first run: ${JSON.stringify({ ...first.report, items: first.report.items.slice(0, 3) })}`,
      );
    console.log(`  first harvest: ${Math.round(first.ms)} ms`);
    const second = await harvestOnce(local, source.id);
    if (second.report.counts.unchanged !== n)
      throw new Error(
        `second run: ${JSON.stringify({ ...second.report, items: second.report.items.slice(0, 3) })}`,
      );
    console.log(`  incremental harvest: ${Math.round(second.ms)} ms`);

    // Reference 1: one plain GET of package_show per dataset (the records alone, nothing written).
    const r0 = performance.now();
    for (let i = 0; i < n; i++) await get(port, `/api/3/action/package_show?id=dataset-${i}`);
    const showMs = performance.now() - r0;
    // Reference 2: the listing pages the incremental run reads (package_search, 1000 rows a page).
    const s0 = performance.now();
    for (let start = 0; start < n; start += 1000)
      await get(port, `/api/3/action/package_search?rows=1000&start=${start}&sort=id%20asc`);
    const searchMs = performance.now() - s0;
    console.log(
      `  reference: ${n} package_show ${Math.round(showMs)} ms; package_search pages ${Math.round(searchMs)} ms`,
    );

    const rate = (ms: number) => n / (ms / 1000);
    return {
      title: `Harvest of ${n} datasets from a second Shafaf instance through its CKAN API (${dialect}) vs plain HTTP GETs of the same records`,
      params: { datasets: n, dialect, resourcesPerDataset: 2 },
      rows: [
        row(
          `first harvest (${n} created)`,
          'vs GET package_show ×N',
          'datasets/s',
          rate(first.ms),
          rate(showMs),
          true,
        ),
        row(
          `incremental harvest (${n} unchanged)`,
          'vs GET package_search pages',
          'datasets/s',
          rate(second.ms),
          rate(searchMs),
          true,
        ),
      ],
      raw: {
        publishMs,
        firstMs: first.ms,
        secondMs: second.ms,
        showMs,
        searchMs,
        first: first.report.counts,
        second: second.report.counts,
      },
      notes: [
        'Both instances run in this process on their own database; the remote one listens on a local port and the harvester reaches it through the safe fetcher (HARVEST_ALLOW_PRIVATE).',
        'First harvest: listing (package_search pages) + for each dataset one transaction through the catalogue services (validation, revision, audit, search index) with its 2 resources and its reconciliation row.',
        'Incremental harvest: the same listing; every record has the metadata_modified stored at the first run, so none is read again or written.',
        'The remote datasets are written through the services too (transactions of 250); that time is not part of either figure.',
      ],
    };
  } finally {
    agent.destroy();
    await local.close();
    await remote.close();
  }
}
