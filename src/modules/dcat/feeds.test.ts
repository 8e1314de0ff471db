// /data.json (Project Open Data 1.1) and the schema.org JSON-LD of dataset pages over the demo catalogue,
// and the <link rel=alternate> announcing the DCAT-AP feeds.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../test/app.ts';
import { demoDatasets } from '../../demo/catalog.seed.ts';
import { loadDemoInto } from './demo-kit.ts';
import { podCatalogProblems, podDatasetProblems } from './pod-check.ts';

const HIDDEN = 'abonnements-internet-maroc-2021';

describeWithApp('data.json and schema.org', (get) => {
  const fetch = (url: string, lang = 'fr') => get().app.inject({ url, headers: { 'accept-language': lang } });

  before(async () => {
    await loadDemoInto(get());
    await get()
      .db.db.updateTable('datasets')
      .set({ visibility: 'private' })
      .where('name', '=', HIDDEN)
      .execute();
  });

  test('the checker of the Project Open Data schema finds what is missing', () => {
    assert.deepEqual(podCatalogProblems({ dataset: [] }), ['conformsTo']);
    const bad = podDatasetProblems({
      title: 'x',
      keyword: [],
      modified: 'yesterday',
      contactPoint: { fn: 'a', hasEmail: 'a@b.c' },
      accessLevel: 'non-public',
      distribution: [{ downloadURL: 'https://x.ma/f.csv' }],
    });
    for (const p of [
      'description',
      'identifier',
      'keyword',
      'modified',
      'publisher.name',
      'contactPoint.hasEmail',
    ])
      assert.ok(bad.includes(p), p);
    assert.ok(bad.includes('rights') && bad.includes('distribution[0].mediaType'), bad.join());
  });

  test('/data.json: every public demo dataset with the required fields, nothing private', async () => {
    const res = await fetch('/data.json');
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^application\/json/);
    const doc = res.json();
    assert.deepEqual(podCatalogProblems(doc), []);
    assert.equal(doc.dataset.length, demoDatasets.length - 1);
    const titles = doc.dataset.map((d: { title: string }) => d.title);
    assert.ok(!titles.includes('Abonnements à l’Internet au Maroc 2021'));
    const one = doc.dataset.find((d: { landingPage: string }) =>
      d.landingPage.endsWith('/dataset/etablissements-hospitaliers-par-categorie-2020'),
    );
    assert.ok(one);
    assert.equal(one.accessLevel, 'public');
    assert.deepEqual(one.language.sort(), ['ar', 'en', 'fr']);
    assert.match(one.accrualPeriodicity, /^R\/P/);
    const csv = one.distribution.find((x: { mediaType?: string }) => x.mediaType === 'text/csv');
    assert.match(csv.downloadURL, /\/resources\/.+\/download$/);
    // Kinds: documentation is a related document (`references`), an API a distribution by its access URL.
    const census = doc.dataset.find((d: { landingPage: string }) =>
      d.landingPage.endsWith('/dataset/population-par-region-rgph-2014'),
    );
    assert.deepEqual(census.references, ['https://rgph2014.hcp.ma/']);
    const urls = census.distribution.map((x: { accessURL?: string; downloadURL?: string }) =>
      String(x.downloadURL ?? x.accessURL),
    );
    assert.ok(!urls.includes('https://rgph2014.hcp.ma/'), urls.join());
    const api = census.distribution.find(
      (x: { accessURL?: string }) => x.accessURL === 'https://www.hcp.ma/',
    );
    assert.equal(api.format, 'API');
    assert.equal(api.downloadURL, undefined);
    // Texts follow the reader's language.
    const ar = (await fetch('/data.json', 'ar')).json();
    assert.ok(ar.dataset.some((d: { title: string }) => /[\u0600-\u06FF]/.test(d.title)));
  });

  test('every demo dataset page carries complete schema.org Dataset JSON-LD and links to its DCAT-AP', async () => {
    for (const d of demoDatasets.filter((x) => x.name !== HIDDEN)) {
      const res = await fetch(`/fr/datasets/${d.name}`);
      assert.equal(res.statusCode, 200, d.name);
      const m = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(res.body);
      assert.ok(m, `${d.name}: JSON-LD`);
      const ld = JSON.parse(m[1]!);
      assert.equal(ld['@type'], 'Dataset');
      for (const k of ['name', 'description', 'creator', 'dateModified', 'inLanguage', 'keywords', 'sameAs'])
        assert.ok(ld[k] !== undefined && ld[k] !== '', `${d.name}: ${k}`);
      if (d.license_id !== 'notspecified' && d.license_id)
        assert.match(ld.license ?? '', /^https?:\/\//, d.name);
      if (d.temporal_start) assert.ok(ld.temporalCoverage.startsWith(d.temporal_start), d.name);
      assert.ok(ld.spatialCoverage.name, `${d.name}: spatialCoverage (the demo sets Morocco)`);
      assert.equal(ld.distribution.length, d.resources.length, d.name);
      for (const dist of ld.distribution) {
        assert.match(dist.contentUrl, /^http:\/\/localhost:3000\/datasets\/.+\/download$/);
        assert.ok(dist.encodingFormat, `${d.name}: encodingFormat`);
      }
      assert.ok(res.body.includes(`<link rel="alternate" type="text/turtle" href="/dataset/${d.name}.ttl"`));
      assert.ok(res.body.includes(`href="/dataset/${d.name}.jsonld"`));
    }
  });

  test('the home page and organisation pages announce the catalogue feeds', async () => {
    const home = (await fetch('/fr/')).body;
    assert.ok(home.includes('<link rel="alternate" type="text/turtle" href="/catalog.ttl"'));
    assert.ok(home.includes('href="/catalog.jsonld"') && home.includes('href="/data.json"'));
    const org = (await fetch('/fr/organizations/sante')).body;
    assert.ok(org.includes('href="/organizations/sante/catalog.ttl"'));
    for (const href of ['/catalog.ttl', '/catalog.jsonld', '/organizations/sante/catalog.ttl'])
      assert.equal((await fetch(href)).statusCode, 200, href);
  });
});
