// data.json harvesting and broken sources, served by a real local HTTP server: bad records fail one by one with
// their reason and leave nothing half-written; unreadable sources (HTML, invalid JSON, 500, timeout, huge
// answer) fail the run with a report, never crash, and withdraw nothing.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeWithApp } from '../../../test/app.ts';
import { createOrg } from '../../../test/session.ts';
import { i18nFor } from '../../i18n/index.ts';
import { Worker } from '../../jobs/index.ts';
import { cliActor } from '../accounts/index.ts';
import { datasetsService, themesService } from '../catalog/index.ts';
import { serviceContextFor } from '../catalog/test-kit.ts';
import { nameOf } from './drivers/datajson.ts';
import { reasonText } from './pages/kit.tsx';
import * as sources from './sources.service.ts';
import { contextOf, type Handler, json, localServer } from './test-kit.ts';

const good = {
  identifier: 'https://data.example.gov/id/air-quality',
  title: 'Qualité de l’air 2024',
  description: 'Mesures horaires.',
  keyword: ['air', 'santé'],
  modified: '2024-05-01',
  license: 'https://creativecommons.org/licenses/by/4.0/',
  accrualPeriodicity: 'R/P1M',
  theme: ['Health'],
  temporal: '2024-01-01/2024-12-31',
  contactPoint: { fn: 'Observatoire', hasEmail: 'mailto:air@example.gov' },
  distribution: [
    { downloadURL: 'https://data.example.gov/air.csv', mediaType: 'text/csv', format: 'CSV', title: 'CSV' },
  ],
};
const records = [
  good,
  { ...good, identifier: 'no-title', title: '' },
  { ...good, identifier: 'bad-licence', title: 'Bad licence', license: 'not-a-licence' },
  {
    ...good,
    identifier: 'bad-resource',
    title: 'Bad resource',
    distribution: [{ downloadURL: 'javascript:alert(1)' }],
  },
  { ...good, identifier: '', title: 'No identifier' },
];

describeWithApp(
  'data.json and broken sources',
  (get) => {
    let server: Awaited<ReturnType<typeof localServer>>;
    let catalog: Handler = json({
      conformsTo: 'https://project-open-data.cio.gov/v1.1/schema',
      dataset: records,
    });
    const huge: Handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`{"dataset": [${'"x",'.repeat(600_000)}"x"]}`);
    };
    before(async () => {
      server = await localServer({
        '/data.json': (req, res) => catalog(req, res),
        '/html/api/3/action/package_search': json('<!doctype html><title>Portal</title>', 200, 'text/html'),
        '/invalid/data.json': json('{"dataset": [{"title": "x"', 200),
        '/error/api/3/action/package_search': json({ error: 'down' }, 500),
        '/slow/data.json': () => {},
        '/huge/data.json': huge,
        '/notckan/api/3/action/package_search': json({ hello: 'world' }),
      });
      await createOrg(get().db, 'observatory');
      await themesService.createTheme(serviceContextFor(get(), cliActor), {
        name: 'health',
        title: { en: 'Health' },
      });
    });
    after(() => server.close());

    const harvest = async (url: string, type: string) => {
      const ctx = contextOf(get());
      const s = await sources.createSource(ctx, {
        title: `Source ${url}`,
        url,
        type,
        organization: 'observatory',
      });
      const r = await sources.startRun(ctx, s.id, 'manual');
      await new Worker(get().db, get().queue).drain();
      return { source: s, run: await sources.getRun(ctx, s.id, r.id) };
    };
    const datasetCount = async () =>
      Number(
        (
          await get()
            .db.db.selectFrom('datasets')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    let datajsonId = '';
    it('imports the good records and reports each bad one with its reason', async () => {
      const { source, run } = await harvest(server.url('/data.json'), 'datajson');
      datajsonId = source.id;
      assert.equal(run.status, 'done');
      assert.deepEqual(run.counts, { created: 1, updated: 0, unchanged: 0, deleted: 0, failed: 4 });
      const byId = Object.fromEntries(run.items.map((i) => [i.remoteId, i]));
      assert.equal(byId['no-title']?.fields?.title?.reason, 'required');
      assert.equal(byId['bad-licence']?.fields?.license_id?.reason, 'invalid_value');
      assert.equal(byId['bad-resource']?.fields?.url?.reason, 'invalid_format');
      assert.equal(byId['#4']?.code, 'harvest.invalid_catalog');
      const fr = i18nFor('fr');
      assert.match(reasonText(fr, byId['no-title']!), /^title: /);
      // Nothing half-written: the record whose resource failed left no dataset behind.
      assert.equal(await datasetCount(), 1);
      const name = nameOf(good.identifier, good.title);
      assert.match(name, /^qualite-de-l-air-2024-[0-9a-f]{8}$/);
      const d = await datasetsService.getDataset(contextOf(get()), name);
      assert.deepEqual(d.title, { fr: 'Qualité de l’air 2024' });
      assert.equal(d.license.id, 'CC-BY-4.0');
      assert.equal(d.frequency, 'MONTHLY');
      assert.deepEqual(
        d.themes.map((t) => t.name),
        ['health'],
      );
      assert.equal(d.contact_email, 'air@example.gov');
      assert.equal(d.resources[0]?.url, 'https://data.example.gov/air.csv');
    });

    it('fails a run whose source cannot be read, and withdraws nothing then', async () => {
      catalog = json({ error: 'maintenance' }, 503);
      const ctx = contextOf(get());
      const r = await sources.startRun(ctx, datajsonId, 'manual');
      await new Worker(get().db, get().queue).drain();
      const run = await sources.getRun(ctx, datajsonId, r.id);
      assert.equal(run.status, 'failed');
      assert.equal(run.error?.code, 'harvest.fetch_status');
      assert.equal(run.counts.deleted, 0);
      assert.equal(await datasetCount(), 1);
    });

    const broken: [string, string, string][] = [
      ['/html', 'ckan', 'harvest.not_json'],
      ['/invalid/data.json', 'datajson', 'harvest.invalid_json'],
      ['/error', 'ckan', 'harvest.fetch_status'],
      ['/slow/data.json', 'datajson', 'harvest.fetch_timeout'],
      ['/huge/data.json', 'datajson', 'harvest.fetch_too_large'],
      ['/notckan', 'ckan', 'harvest.invalid_catalog'],
    ];
    for (const [path, type, code] of broken)
      it(`reports ${code} for ${path} (${type})`, async () => {
        const before = await datasetCount();
        const { run } = await harvest(server.url(path), type);
        assert.equal(run.status, 'failed');
        assert.equal(run.error?.code, code);
        assert.equal(await datasetCount(), before);
      });
  },
  { HARVEST_ALLOW_PRIVATE: true, HARVEST_TIMEOUT_SECONDS: 1, HARVEST_MAX_MB: 1, DEFAULT_LOCALE: 'fr' },
);
