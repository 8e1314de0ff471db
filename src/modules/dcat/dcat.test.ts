// The DCAT-AP feeds through real HTTP handling over the demo catalogue: Hydra paging, the four serialisations
// giving the same graph, per-organisation catalogues, content negotiation at /dataset/<name>, and private or
// draft datasets absent everywhere.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../test/app.ts';
import { demoDatasets } from '../../demo/catalog.seed.ts';
import { cliActor } from '../accounts/index.ts';
import { themesService } from '../catalog/index.ts';
import { serviceContextFor } from '../catalog/test-kit.ts';
import { loadDemoInto } from './demo-kit.ts';
import { NS, type RdfFormat, rdfFormats } from './namespaces.ts';
import { lines, objects, parseRdf } from './rdf-kit.ts';

const BASE = 'http://localhost:3000';
const PAGE = 7;
const HIDDEN = ['abonnements-internet-maroc-2021', 'enquete-tic-menages-individus'];
const dcat = (l: string) => NS.dcat + l;
const dct = (l: string) => NS.dct + l;
const hydra = (l: string) => NS.hydra + l;

describeWithApp(
  'DCAT-AP export',
  (get) => {
    const fetch = (url: string, accept?: string) =>
      get().app.inject({ url, headers: accept ? { accept } : {} });
    const datasetIdOf = async (name: string) =>
      (
        await get()
          .db.db.selectFrom('datasets')
          .select('id')
          .where('name', '=', name)
          .executeTakeFirstOrThrow()
      ).id;
    const visible = demoDatasets.length - HIDDEN.length;

    before(async () => {
      await loadDemoInto(get());
      const db = get().db.db;
      await db
        .updateTable('datasets')
        .set({ visibility: 'private' })
        .where('name', '=', HIDDEN[0]!)
        .execute();
      await db.updateTable('datasets').set({ state: 'draft' }).where('name', '=', HIDDEN[1]!).execute();
    });

    test('the catalogue is paged with Hydra; pages hold disjoint datasets; only public, active ones', async () => {
      const last = Math.ceil(visible / PAGE);
      const seen = new Set<string>();
      for (let page = 1; page <= last; page++) {
        const res = await fetch(`/catalog.ttl?page=${page}`);
        assert.equal(res.statusCode, 200, res.body);
        assert.match(String(res.headers['content-type']), /^text\/turtle/);
        const quads = await parseRdf('ttl', res.body);
        const ds = objects(quads, `${BASE}/catalog`, dcat('dataset')).map((o) => o.value);
        assert.equal(ds.length, page < last ? PAGE : visible - PAGE * (last - 1));
        for (const d of ds) {
          assert.ok(!seen.has(d), `${d} on two pages`);
          seen.add(d);
        }
        const view = `${BASE}/catalog.ttl?page=${page}`;
        const one = (p: string) => objects(quads, view, p).map((o) => o.value);
        assert.deepEqual(one(hydra('totalItems')), [String(visible)]);
        assert.deepEqual(one(hydra('first')), [`${BASE}/catalog.ttl?page=1`]);
        assert.deepEqual(one(hydra('last')), [`${BASE}/catalog.ttl?page=${last}`]);
        assert.deepEqual(one(hydra('next')), page < last ? [`${BASE}/catalog.ttl?page=${page + 1}`] : []);
        assert.deepEqual(one(hydra('previous')), page > 1 ? [`${BASE}/catalog.ttl?page=${page - 1}`] : []);
        assert.deepEqual(one(hydra('nextPage')), page < last ? [`${BASE}/catalog.ttl?page=${page + 1}`] : []);
      }
      assert.equal(seen.size, visible);
      for (const name of HIDDEN) assert.ok(!seen.has(`${BASE}/dataset/${await datasetIdOf(name)}`), name);

      const beyond = await fetch(`/catalog.ttl?page=${last + 1}`);
      assert.equal(beyond.statusCode, 400);
      assert.equal(beyond.json().error.fields.page.reason, 'too_large');
      for (const bad of ['0', 'abc', '-1']) {
        const res = await fetch(`/catalog.ttl?page=${bad}`);
        assert.equal(res.statusCode, 400, bad);
        assert.equal(res.json().error.fields.page.reason, 'invalid_value');
      }
    });

    test('Turtle, N-Triples, JSON-LD and RDF/XML carry the same graph', async () => {
      const graphs: Record<string, string[]> = {};
      for (const format of Object.keys(rdfFormats) as RdfFormat[]) {
        const res = await fetch(`/catalog.${format}?page=2`);
        assert.equal(res.statusCode, 200, `${format}: ${res.body}`);
        assert.equal(String(res.headers['content-type']).split(';')[0], rdfFormats[format]);
        assert.equal(res.headers['access-control-allow-origin'], '*');
        // The Hydra view is the page's own URL, which names the format: the rest must be identical.
        graphs[format] = lines(await parseRdf(format, res.body)).map((l) =>
          l.replaceAll(`catalog.${format}?`, 'catalog.*?'),
        );
      }
      assert.ok(graphs.ttl!.length > 200, `${graphs.ttl!.length} triples`);
      for (const f of ['nt', 'jsonld', 'rdf']) {
        const diff = graphs[f]!.filter((l) => !graphs.ttl!.includes(l)).concat(
          graphs.ttl!.filter((l) => !graphs[f]!.includes(l)),
        );
        assert.deepEqual(diff.slice(0, 5), [], `${f}: ${diff.length} triples differ`);
      }
    });

    test('a dataset: multilingual texts, EU vocabularies, publisher, contact, distributions with checksums', async () => {
      const name = 'etablissements-hospitaliers-par-categorie-2020';
      const res = await fetch(`/dataset/${name}.ttl`);
      assert.equal(res.statusCode, 200, res.body);
      const quads = await parseRdf('ttl', res.body);
      const uri = `${BASE}/dataset/${await datasetIdOf(name)}`;
      const titles = objects(quads, uri, dct('title')) as { language: string }[];
      assert.deepEqual(titles.map((t) => t.language).sort(), ['ar', 'en', 'fr']);
      const themes = objects(quads, uri, dcat('theme')).map((o) => o.value);
      assert.ok(
        themes.includes('http://publications.europa.eu/resource/authority/data-theme/HEAL'),
        themes.join(),
      );
      const freq = objects(quads, uri, dct('accrualPeriodicity'))[0]!.value;
      assert.match(freq, /^http:\/\/publications\.europa\.eu\/resource\/authority\/frequency\/[A-Z_]+$/);
      assert.deepEqual(
        objects(quads, uri, dct('accessRights')).map((o) => o.value),
        ['http://publications.europa.eu/resource/authority/access-right/PUBLIC'],
      );
      const modified = objects(quads, uri, dct('modified'))[0] as { datatype: { value: string } };
      assert.equal(modified.datatype.value, `${NS.xsd}dateTime`);
      const publisher = objects(quads, uri, dct('publisher'))[0]!.value;
      assert.ok(objects(quads, publisher, `${NS.foaf}name`).length >= 1);
      const contact = objects(quads, uri, dcat('contactPoint'))[0]!.value;
      assert.match(objects(quads, contact, `${NS.vcard}hasEmail`)[0]!.value, /^mailto:/);
      const dists = objects(quads, uri, dcat('distribution')).map((o) => o.value);
      assert.ok(dists.length >= 1);
      const stored = dists.find((d) => objects(quads, d, `${NS.spdx}checksum`).length);
      assert.ok(stored, 'an uploaded file carries its sha256');
      const sum = objects(quads, stored, `${NS.spdx}checksum`)[0]!.value;
      assert.match(objects(quads, sum, `${NS.spdx}checksumValue`)[0]!.value, /^[0-9a-f]{64}$/);
      assert.match(objects(quads, stored, dcat('downloadURL'))[0]!.value, /\/resources\/.+\/download$/);
      assert.deepEqual(
        objects(quads, stored, dct('format')).map((o) => o.value),
        ['http://publications.europa.eu/resource/authority/file-type/CSV'],
      );
      assert.deepEqual(
        objects(quads, stored, dcat('mediaType')).map((o) => o.value),
        ['http://www.iana.org/assignments/media-types/text/csv'],
      );
    });

    test('kinds: documentation is a foaf:page, an API a distribution with its data service', async () => {
      const name = 'population-par-region-rgph-2014';
      const id = await datasetIdOf(name);
      const uri = `${BASE}/dataset/${id}`;
      for (const format of Object.keys(rdfFormats) as RdfFormat[]) {
        const quads = await parseRdf(format, (await fetch(`/dataset/${name}.${format}`)).body);
        const pages = objects(quads, uri, `${NS.foaf}page`).map((o) => o.value);
        assert.deepEqual(pages, ['https://rgph2014.hcp.ma/'], format);
        assert.deepEqual(
          objects(quads, pages[0]!, `${NS.rdf}type`).map((o) => o.value),
          [`${NS.foaf}Document`],
        );
        const docTitles = objects(quads, pages[0]!, dct('title')).map((o) => o.value);
        assert.ok(docTitles.includes('Site du RGPH 2014'), docTitles.join());
        assert.deepEqual(
          objects(quads, pages[0]!, dct('format')).map((o) => o.value),
          ['http://publications.europa.eu/resource/authority/file-type/HTML'],
        );
        const dists = objects(quads, uri, dcat('distribution')).map((o) => o.value);
        assert.ok(!dists.some((d) => objects(quads, d, dcat('accessURL'))[0]?.value === pages[0]), format);
        const api = dists.filter((d) => objects(quads, d, dcat('accessService')).length);
        assert.equal(api.length, 1, format);
        assert.deepEqual(
          objects(quads, api[0]!, dcat('accessURL')).map((o) => o.value),
          ['https://www.hcp.ma/'],
        );
        assert.deepEqual(objects(quads, api[0]!, dcat('downloadURL')), []);
        const svc = objects(quads, api[0]!, dcat('accessService'))[0]!.value;
        assert.deepEqual(
          objects(quads, svc, `${NS.rdf}type`).map((o) => o.value),
          [dcat('DataService')],
        );
        assert.deepEqual(
          objects(quads, svc, dcat('endpointURL')).map((o) => o.value),
          ['https://www.hcp.ma/'],
        );
        assert.deepEqual(
          objects(quads, svc, dcat('servesDataset')).map((o) => o.value),
          [uri],
        );
        assert.ok(objects(quads, svc, dct('title')).some((o) => o.value === 'HCP statistical database'));
        assert.deepEqual(
          objects(quads, svc, dct('publisher')).map((o) => o.value),
          objects(quads, uri, dct('publisher')).map((o) => o.value),
        );
      }
    });

    test('themes are exported under the EU data theme administrators chose, else by their name', async () => {
      const codes = await get().db.db.selectFrom('themes').select(['name', 'eu_theme']).execute();
      assert.ok(codes.length >= 12);
      for (const t of codes) assert.match(t.eu_theme ?? '', /^[A-Z]{4}$/, `demo theme ${t.name} has a code`);
      const ctx = serviceContextFor(get(), cliActor);
      const eu = (code: string) => `http://publications.europa.eu/resource/authority/data-theme/${code}`;
      const themesOf = async () => {
        const res = await fetch('/dataset/frequentation-musees.ttl');
        const quads = await parseRdf('ttl', res.body);
        const uri = `${BASE}/dataset/${await datasetIdOf('frequentation-musees')}`;
        const culture = objects(quads, `${BASE}/themes/culture`, `${NS.skos}closeMatch`).map((o) => o.value);
        return { themes: objects(quads, uri, dcat('theme')).map((o) => o.value), culture };
      };
      await themesService.updateTheme(ctx, 'culture', { eu_theme: 'SOCI' });
      let out = await themesOf();
      assert.ok(out.themes.includes(eu('SOCI')), out.themes.join());
      assert.ok(out.themes.includes(eu('ECON')), out.themes.join()); // tourism
      assert.ok(!out.themes.includes(eu('EDUC')), out.themes.join());
      assert.deepEqual(out.culture, [eu('SOCI')]);
      const page = await fetch('/catalog.ttl?page=1');
      assert.ok(page.body.includes('data-theme/SOCI'));
      // No code chosen: the mapping by name (culture → EDUC).
      await themesService.updateTheme(ctx, 'culture', { eu_theme: null });
      out = await themesOf();
      assert.ok(out.themes.includes(eu('EDUC')), out.themes.join());
      assert.deepEqual(out.culture, [eu('EDUC')]);
      await themesService.updateTheme(ctx, 'culture', { eu_theme: 'EDUC' });
    });

    test('/dataset/<name> negotiates: RDF for RDF clients, the page for browsers and by default', async () => {
      const name = demoDatasets.find((d) => !HIDDEN.includes(d.name))!.name;
      for (const [accept, format] of [
        ['text/turtle', 'ttl'],
        ['application/ld+json', 'jsonld'],
        ['application/rdf+xml;q=0.9, text/html;q=0.5', 'rdf'],
        ['application/n-triples', 'nt'],
      ] as const) {
        const res = await fetch(`/dataset/${name}`, accept);
        assert.equal(res.statusCode, 200, `${accept} ${name} ${res.body}`);
        assert.equal(String(res.headers['content-type']).split(';')[0], rdfFormats[format]);
        assert.match(String(res.headers.vary), /Accept/);
        assert.ok((await parseRdf(format, res.body)).length > 10);
      }
      for (const accept of [
        undefined,
        'text/html,application/xhtml+xml,*/*;q=0.8',
        'text/html, text/turtle',
      ]) {
        const res = await get().app.inject({
          url: `/dataset/${name}`,
          headers: { 'accept-language': 'fr', ...(accept ? { accept } : {}) },
        });
        assert.equal(res.statusCode, 301, String(accept));
        assert.equal(res.headers.location, `/fr/datasets/${name}`);
      }
      const twin = await get().app.inject({
        url: `/dataset/${name}.json`,
        headers: { 'accept-language': 'en' },
      });
      assert.equal(twin.statusCode, 301);
      assert.equal(twin.headers.location, `/en/datasets/${name}.json`);
      // The dataset URI (by id) answers too.
      const byId = await fetch(`/dataset/${await datasetIdOf(name)}`, 'text/turtle');
      assert.equal(byId.statusCode, 200);
    });

    test('links with characters an IRI may not hold, and hostile text, keep every format well-formed', async () => {
      const name = 'etablissements-hospitaliers-par-categorie-2020';
      const id = await datasetIdOf(name);
      const db = get().db.db;
      const res0 = await db
        .selectFrom('resources')
        .select('id')
        .where('dataset_id', '=', id)
        .orderBy('position')
        .executeTakeFirstOrThrow();
      const hostile = 'A </rdf:RDF> & "q" \u0001 ]]> \\ """ \'';
      await db
        .updateTable('resources')
        .set({ url: 'https://x.ma/a b>c"d{e}', storage_key: null, title: JSON.stringify({ fr: hostile }) })
        .where('id', '=', res0.id)
        .execute();
      for (const format of Object.keys(rdfFormats) as RdfFormat[]) {
        const res = await fetch(`/dataset/${name}.${format}`);
        assert.equal(res.statusCode, 200, format);
        const quads = await parseRdf(format, res.body);
        const titles = quads.filter((q) => q.predicate.value === dct('title')).map((q) => q.object.value);
        assert.ok(
          titles.some((t) => t.startsWith('A </rdf:RDF> & "q"') && t.endsWith(']]> \\ """ \'')),
          `${format}: ${titles.join(' | ')}`,
        );
        assert.ok(
          quads.some((q) => q.object.value === 'https://x.ma/a%20b%3Ec%22d%7Be%7D'),
          `${format}: the link, percent-encoded`,
        );
      }
    });

    test('private and draft datasets are not found in RDF', async () => {
      for (const name of HIDDEN) {
        assert.equal((await fetch(`/dataset/${name}.ttl`)).statusCode, 404, name);
        assert.equal((await fetch(`/dataset/${name}`, 'text/turtle')).statusCode, 404, name);
      }
      assert.equal((await fetch('/dataset/no-such-dataset.jsonld')).statusCode, 404);
    });

    test("an organisation's catalogue holds its datasets only; unknown organisations are 404", async () => {
      const res = await fetch('/organizations/sante/catalog.ttl');
      assert.equal(res.statusCode, 200, res.body);
      const quads = await parseRdf('ttl', res.body);
      const cat = `${BASE}/organizations/sante/catalog`;
      const ds = objects(quads, cat, dcat('dataset')).map((o) => o.value);
      const expected = demoDatasets.filter((d) => d.organization === 'sante' && !HIDDEN.includes(d.name));
      assert.equal(ds.length, expected.length);
      assert.ok(ds.length > 0);
      for (const d of ds)
        assert.deepEqual(
          objects(quads, d, dct('publisher')).map((o) => o.value),
          [`${BASE}/organization/sante`],
        );
      assert.deepEqual(
        objects(quads, cat, dct('publisher')).map((o) => o.value),
        [`${BASE}/organization/sante`],
      );
      assert.equal((await fetch('/organizations/nope/catalog.ttl')).statusCode, 404);
    });

    test('/catalog negotiates between RDF and the dataset list', async () => {
      const rdf = await fetch('/catalog', 'application/ld+json');
      assert.equal(rdf.statusCode, 200);
      assert.ok(JSON.parse(rdf.body)['@graph'].length > 10);
      const html = await get().app.inject({ url: '/catalog', headers: { 'accept-language': 'ar' } });
      assert.equal(html.statusCode, 303);
      assert.equal(html.headers.location, '/ar/datasets');
      const twin = await get().app.inject({ url: '/catalog.json', headers: { 'accept-language': 'en' } });
      assert.equal(twin.headers.location, '/en/datasets.json');
    });
  },
  { DCAT_PAGE_SIZE: PAGE },
);
