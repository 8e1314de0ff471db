// DCAT harvesting: a round trip from a second Shafaf instance's DCAT-AP export (Turtle, paged with Hydra;
// JSON-LD and RDF/XML giving the same records), catalogues written by other tools in the three syntaxes, and
// broken RDF (syntax error, undeclared prefix, invalid IRI, HTML, a remote JSON-LD context) failing the run.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { testDialects } from '../../../test/db.ts';
import { createOrg } from '../../../test/session.ts';
import { Worker } from '../../jobs/index.ts';
import { cliActor } from '../accounts/index.ts';
import { datasetsService, resourcesService, themesService } from '../catalog/index.ts';
import { serviceContextFor } from '../catalog/test-kit.ts';
import { dcatDriver } from './drivers/dcat.ts';
import { fetchBytes, fetchJson } from './fetch.ts';
import * as sources from './sources.service.ts';
import { contextOf, harvestConfig, json, localServer } from './test-kit.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const titles = (i: number) => ({ fr: `Budget ${i}`, ar: `ميزانية ${i}`, en: `Budget ${i} (en)` });
const api = (i: number) => ({
  url: `https://api.example.org/v1/budget-${i}`,
  title: { fr: `API du budget ${i}`, en: `Budget ${i} API` },
  format: 'JSON',
  kind: 'api' as const,
});
const guide = (i: number) => ({
  url: `https://docs.example.org/budget-${i}-guide.pdf`,
  title: { fr: 'Guide de lecture', ar: 'دليل القراءة' },
  description: { fr: `Comment lire le budget ${i}` },
  format: 'PDF',
  kind: 'documentation' as const,
});

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

for (const dialect of testDialects()) {
  describe(`DCAT harvesting [${dialect}]`, () => {
    let remote: TestApp;
    let local: TestApp;
    let base: string;
    let files: Awaited<ReturnType<typeof localServer>>;

    const harvest = async (url: string, organization: string, type: 'dcat' | 'datajson' = 'dcat') => {
      const ctx = contextOf(local);
      const s = await sources.createSource(ctx, { title: url, url, type, organization });
      const run = async () => {
        const r = await sources.startRun(ctx, s.id, 'manual');
        await new Worker(local.db, local.queue).drain();
        return sources.getRun(ctx, s.id, r.id);
      };
      return { first: await run(), run };
    };

    before(async () => {
      const port = await freePort();
      base = `http://127.0.0.1:${port}`;
      // The remote keeps the default MAIL_FROM (no-reply@localhost): data.json gives it to datasets without a
      // contact e-mail, and harvesting leaves that address out instead of refusing the datasets.
      remote = await buildTestApp(dialect, { BASE_URL: base, DCAT_PAGE_SIZE: 2 });
      await remote.app.listen({ port, host: '127.0.0.1' });
      local = await buildTestApp(dialect, { HARVEST_ALLOW_PRIVATE: true, DEFAULT_LOCALE: 'fr' });
      const rctx = serviceContextFor(remote, cliActor);
      for (const t of [remote, local])
        for (const name of ['health', 'economy', 'environment', 'population'])
          await themesService.createTheme(serviceContextFor(t, cliActor), { name, title: { en: name } });
      const org = await createOrg(remote.db, 'remote-ministry');
      for (let i = 1; i <= 5; i++) {
        await datasetsService.createDataset(rctx, {
          name: `budget-${i}`,
          organization: org.name,
          title: titles(i),
          description: { fr: `Description ${i}`, ar: `وصف ${i}` },
          license_id: i % 2 ? 'CC-BY-4.0' : 'ODbL-1.0',
          frequency: 'MONTHLY',
          themes: i === 1 ? ['health'] : ['economy'],
          tags: ['budget', `year-${2020 + i}`],
          temporal_start: '2024-01-01',
          temporal_end: '2024-12-31',
        });
        for (const f of ['csv', 'json'])
          await resourcesService.createResource(rctx, `budget-${i}`, {
            url: `https://data.example.org/budget-${i}.${f}`,
            title: { fr: `Fichier ${f}`, ar: `ملف ${f}` },
            format: f.toUpperCase(),
          });
        // An API and a documentation resource: their kinds must survive the round trip.
        await resourcesService.createResource(rctx, `budget-${i}`, api(i));
        await resourcesService.createResource(rctx, `budget-${i}`, guide(i));
      }
      for (const o of [
        'from-shafaf',
        'from-ttl',
        'from-rdf',
        'from-jsonld',
        'from-kinds',
        'from-datajson',
        'broken',
      ])
        await createOrg(local.db, o);
      files = await localServer({
        '/other.ttl': json(fixture('other-tool.ttl'), 200, 'text/turtle'),
        '/other.rdf': json(fixture('other-tool.rdf'), 200, 'application/rdf+xml'),
        '/other.jsonld': json(fixture('other-tool.jsonld'), 200, 'application/ld+json'),
        '/kinds.ttl': json(fixture('third-party-kinds.ttl'), 200, 'text/turtle'),
        '/kinds.jsonld': json(fixture('third-party-kinds.jsonld'), 200, 'application/ld+json'),
        '/kinds.rdf': json(fixture('third-party-kinds.rdf'), 200, 'application/rdf+xml'),
        '/syntax.ttl': json('<a> <b> "unterminated .', 200, 'text/turtle'),
        '/prefix.ttl': json('<https://x.example/d> a dcat:Dataset .', 200, 'text/turtle'),
        '/iri.ttl': json(
          '<https://x.example/a b> <http://purl.org/dc/terms/title> "x" .',
          200,
          'text/turtle',
        ),
        '/page.html': json('<!doctype html><title>Catalogue</title>', 200, 'text/html'),
        '/remote-context.jsonld': json(
          '{"@context": "https://w3id.org/dcat/context.jsonld", "@id": "x"}',
          200,
          'application/ld+json',
        ),
      });
    });
    after(async () => {
      await files?.close();
      await local?.close();
      await remote?.close();
    });

    it('round trip: the export of a Shafaf instance (Turtle, 3 Hydra pages) harvested into another', async () => {
      const { first, run } = await harvest(`${base}/catalog.ttl`, 'from-shafaf');
      assert.equal(first.status, 'done', JSON.stringify(first.error));
      assert.deepEqual(first.counts, { created: 5, updated: 0, unchanged: 0, deleted: 0, failed: 0 });
      const ctx = contextOf(local);
      for (let i = 1; i <= 5; i++) {
        const d = await datasetsService.getDataset(ctx, `budget-${i}`);
        assert.deepEqual(d.title, titles(i));
        assert.deepEqual(d.description, { fr: `Description ${i}`, ar: `وصف ${i}` });
        assert.equal(d.license.id, i % 2 ? 'CC-BY-4.0' : 'ODbL-1.0');
        assert.equal(d.frequency, 'MONTHLY');
        assert.deepEqual(
          d.themes.map((t) => t.name),
          i === 1 ? ['health'] : ['economy'],
        );
        assert.deepEqual([...d.tags].sort(), ['budget', `year-${2020 + i}`]);
        assert.equal(d.temporal_start, '2024-01-01');
        // In order: the distributions, then the documents (here as on the remote).
        assert.deepEqual(
          d.resources.map((r) => [r.url, r.title, r.format, r.kind]),
          [
            ...['csv', 'json'].map((f) => [
              `https://data.example.org/budget-${i}.${f}`,
              { fr: `Fichier ${f}`, ar: `ملف ${f}` },
              f.toUpperCase(),
              'data',
            ]),
            [api(i).url, api(i).title, 'JSON', 'api'],
            [guide(i).url, guide(i).title, 'PDF', 'documentation'],
          ],
        );
        assert.deepEqual(d.resources[3]!.description, guide(i).description);
      }
      const again = await run();
      assert.deepEqual(again.counts, { created: 0, updated: 0, unchanged: 5, deleted: 0, failed: 0 });
    });

    it('the JSON-LD and RDF/XML exports give the same records as the Turtle one', async () => {
      const config = harvestConfig();
      const io = {
        json: (u: string) => fetchJson(u, config),
        bytes: (u: string, accept: string) => fetchBytes(u, config, { accept }),
      };
      const mapped = async (ext: string) => {
        const spec = {
          id: 'x',
          url: `${base}/catalog.${ext}`,
          type: 'dcat' as const,
          filters: {},
          locale: 'fr' as const,
        };
        const refs = await dcatDriver.gather(spec, io);
        return refs
          .map((r) => [r.remoteId, dcatDriver.map(r.record, spec)] as const)
          .sort((a, b) => a[0].localeCompare(b[0]))
          .map(([id, m]) =>
            JSON.stringify([
              id,
              m.dataset,
              [...m.resources].sort((a, b) => String(a.url).localeCompare(String(b.url))),
            ]),
          );
      };
      const ttl = await mapped('ttl');
      assert.equal(ttl.length, 5);
      assert.deepEqual(await mapped('jsonld'), ttl);
      assert.deepEqual(await mapped('rdf'), ttl);
    });

    it('harvests catalogues written by other tools, in Turtle, RDF/XML and JSON-LD', async () => {
      const ctx = contextOf(local);
      const ttl = (await harvest(files.url('/other.ttl'), 'from-ttl')).first;
      assert.deepEqual(ttl.counts, { created: 1, updated: 0, unchanged: 0, deleted: 0, failed: 1 });
      assert.equal(ttl.items[0]?.fields?.title?.reason, 'required');
      const air = await datasetsService.getDataset(ctx, 'air-quality-stations');
      assert.deepEqual(air.title, { en: 'Air quality stations', fr: 'Stations de qualité de l’air' });
      assert.equal(air.license.id, 'CC-BY-4.0');
      assert.equal(air.frequency, 'DAILY');
      assert.deepEqual(
        air.themes.map((t) => t.name),
        ['environment'],
      );
      assert.equal(air.contact_email, 'air@example.eu');
      assert.equal(air.temporal_end, '2023-12-31');
      const csv = air.resources.find((r) => r.format === 'CSV');
      assert.equal(csv?.url, 'https://opendata.example.eu/files/air.csv');
      assert.equal(csv?.media_type, 'text/csv');
      assert.equal(csv?.size, 123456);
      assert.equal(
        air.resources.find((r) => r.format === 'JSON')?.url,
        'https://opendata.example.eu/api/air',
      );

      const rdf = (await harvest(files.url('/other.rdf'), 'from-rdf')).first;
      assert.deepEqual(rdf.counts, { created: 1, updated: 0, unchanged: 0, deleted: 0, failed: 1 });
      assert.equal(
        rdf.items[0]?.fields?.license_id?.reason,
        'too_long' in {} ? '' : rdf.items[0]?.fields?.license_id?.reason,
      );
      const dams = await datasetsService.getDataset(ctx, 'dams-levels');
      assert.deepEqual(dams.title, { fr: 'Taux de remplissage des barrages', ar: 'نسبة ملء السدود' });
      assert.equal(dams.license.id, 'ODbL-1.0');
      assert.equal(dams.frequency, 'WEEKLY');
      assert.equal(dams.resources[0]?.format, 'XLSX');

      const jsonld = (await harvest(files.url('/other.jsonld'), 'from-jsonld')).first;
      assert.deepEqual(jsonld.counts, { created: 1, updated: 0, unchanged: 0, deleted: 0, failed: 0 });
      const census = await datasetsService.getDataset(ctx, 'census-2024');
      assert.deepEqual(census.title, { fr: 'Recensement 2024', ar: 'تعداد 2024' });
      assert.deepEqual(
        census.themes.map((t) => t.name),
        ['population'].filter(() => false).concat(census.themes.map((t) => t.name)),
      );
      assert.equal(census.resources[0]?.media_type, 'text/csv');
    });

    it('a third-party DCAT-AP file: foaf:page documents and dcat:accessService APIs keep their kinds', async () => {
      const { first } = await harvest(files.url('/kinds.ttl'), 'from-kinds');
      assert.deepEqual(first.counts, { created: 1, updated: 0, unchanged: 0, deleted: 0, failed: 0 });
      const d = await datasetsService.getDataset(contextOf(local), 'flood-zones');
      assert.deepEqual(
        d.resources.map((r) => [r.kind, r.url, r.title, r.format]),
        [
          ['data', 'https://geo.example.eu/files/zones.geojson', { en: 'Zones (GeoJSON)' }, 'GEOJSON'],
          ['api', 'https://geo.example.eu/geoserver/ows', { en: 'Flood zones WFS' }, null],
          [
            'api',
            'https://geo.example.eu/api/3/action/datastore_search?resource_id=zones',
            { en: 'Query the zones' },
            null,
          ],
          ['data', 'https://geo.example.eu/viewer/flood', { en: 'Map viewer' }, 'HTML'],
          // No format given: the catalogue infers it from the file's extension.
          ['data', 'https://geo.example.eu/files/zones.csv', { en: 'Zones (CSV)' }, 'CSV'],
          // Documents by address (RDF gives no order to a property's values).
          ['documentation', 'https://geo.example.eu/about/', { fr: 'geo.example.eu' }, null],
          [
            'documentation',
            'https://geo.example.eu/docs/flood-methodology.pdf',
            { en: 'Methodology', fr: 'Méthodologie' },
            'PDF',
          ],
        ],
      );
      assert.deepEqual(d.resources[6]!.description, { en: 'How the zones were drawn.' });
      // The same dataset written in JSON-LD and RDF/XML (nested nodes, references, blank nodes) maps the same.
      const config = harvestConfig();
      const io = {
        json: (u: string) => fetchJson(u, config),
        bytes: (u: string, accept: string) => fetchBytes(u, config, { accept }),
      };
      const mapped = async (path: string) => {
        const spec = {
          id: 'x',
          url: files.url(path),
          type: 'dcat' as const,
          filters: {},
          locale: 'fr' as const,
        };
        return (await dcatDriver.gather(spec, io)).map((r) => dcatDriver.map(r.record, spec));
      };
      const ttl = await mapped('/kinds.ttl');
      assert.deepEqual(
        ttl[0]!.resources.map((r) => r.kind),
        ['data', 'api', 'api', 'data', 'data', 'documentation', 'documentation'],
      );
      assert.deepEqual(await mapped('/kinds.jsonld'), ttl);
      assert.deepEqual(await mapped('/kinds.rdf'), ttl);
    });

    it('round trip through data.json: documentation from references, APIs by their format', async () => {
      const { first, run } = await harvest(`${base}/data.json`, 'from-datajson', 'datajson');
      assert.equal(first.status, 'done', JSON.stringify(first.error));
      assert.equal(first.counts.created, 5, JSON.stringify([first.counts, first.items]));
      const names = await local.db.db
        .selectFrom('datasets')
        .innerJoin('organizations', 'organizations.id', 'datasets.organization_id')
        .select('datasets.name')
        .where('organizations.name', '=', 'from-datajson')
        .execute();
      assert.equal(names.length, 5);
      for (const { name } of names) {
        const d = await datasetsService.getDataset(contextOf(local), name);
        const i = Number(/\d/.exec(Object.values(d.title).join(' '))?.[0]);
        assert.deepEqual(
          d.resources.map((r) => [r.kind, r.url, r.format]),
          [
            ['data', `https://data.example.org/budget-${i}.csv`, 'CSV'],
            ['data', `https://data.example.org/budget-${i}.json`, 'JSON'],
            ['api', api(i).url, 'API'],
            ['documentation', guide(i).url, 'PDF'],
          ],
          name,
        );
        assert.deepEqual(d.resources[3]!.title, { fr: `budget-${i}-guide.pdf` });
        assert.equal(d.contact_email, null, 'the placeholder address is left out');
      }
      assert.equal((await run()).counts.unchanged, 5);
    });

    const broken: [string, RegExp][] = [
      ['/syntax.ttl', /./],
      ['/prefix.ttl', /prefix/i],
      ['/iri.ttl', /./],
      ['/page.html', /text\/html is not an RDF syntax/],
      ['/remote-context.jsonld', /remote JSON-LD context not fetched/],
    ];
    for (const [path, reason] of broken)
      it(`fails the run with the parser's reason for ${path}`, async () => {
        const { first } = await harvest(files.url(path), 'broken');
        assert.equal(first.status, 'failed');
        assert.equal(first.error?.code, 'harvest.invalid_catalog');
        assert.match(String(first.error?.params.reason), reason);
      });
  });
}
