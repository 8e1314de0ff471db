// Conditional requests on the feeds, through HTTP: the catalogue pages (site-wide and per organisation),
// /data.json and each dataset's document carry an ETag and a Last-Modified; a client whose copy is current gets 304 with no body; any
// change the feed shows (a dataset edited, hidden, a theme or organisation renamed) gives a new validator.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../test/app.ts';
import { type Caller, limits, restClient, sampleDataset } from '../catalog/test-kit.ts';

describeWithApp(
  'feeds: ETag, Last-Modified and 304',
  (get) => {
    const { call, user, organisation, dataset } = restClient(get);
    let root: Caller;
    let mef: Awaited<ReturnType<typeof organisation>>;
    let hcp: Awaited<ReturnType<typeof organisation>>;
    const fetch = (url: string, headers: Record<string, string> = {}) => get().app.inject({ url, headers });
    const etagOf = async (url: string, headers: Record<string, string> = {}) => {
      const res = await fetch(url, headers);
      assert.equal(res.statusCode, 200, res.body);
      return String(res.headers.etag);
    };
    const publicDataset = (name: string, org: string, extra: Record<string, unknown> = {}) =>
      sampleDataset(name, org, { state: 'active', visibility: 'public', themes: ['finances'], ...extra });

    before(async () => {
      root = await user('root@example.ma', { sysadmin: true });
      await call('POST', '/api/v1/themes', root, { name: 'finances', title: { fr: 'Finances' } });
      mef = await organisation('mef');
      hcp = await organisation('hcp');
      await dataset(mef.editor, publicDataset('budget-2024', 'mef'));
      await dataset(mef.editor, publicDataset('dette-2024', 'mef'));
      await dataset(hcp.editor, publicDataset('population-2024', 'hcp'));
    });

    test('a current copy gets 304 with no body, by ETag or by date; a stale one gets the feed', async () => {
      for (const url of ['/catalog.ttl', '/organizations/mef/catalog.jsonld', '/data.json']) {
        const first = await fetch(url);
        assert.equal(first.statusCode, 200, first.body);
        const etag = String(first.headers.etag);
        assert.match(etag, /^W\/"[\w-]+"$/);
        const lastModified = String(first.headers['last-modified']);
        assert.ok(Date.parse(lastModified) > 0, lastModified);
        const again = await fetch(url, { 'if-none-match': etag });
        assert.equal(again.statusCode, 304, url);
        assert.equal(again.body, '');
        assert.equal(again.headers.etag, etag);
        const listed = await fetch(url, { 'if-none-match': `"other", ${etag.slice(2)}` });
        assert.equal(listed.statusCode, 304, 'weak comparison, in a list');
        assert.equal((await fetch(url, { 'if-modified-since': lastModified })).statusCode, 304);
        const older = new Date(Date.parse(lastModified) - 60_000).toUTCString();
        assert.equal((await fetch(url, { 'if-modified-since': older })).statusCode, 200);
        // If-None-Match wins over If-Modified-Since.
        const stale = await fetch(url, { 'if-none-match': 'W/"stale"', 'if-modified-since': lastModified });
        assert.equal(stale.statusCode, 200);
        assert.ok(stale.body.length > 0);
      }
    });

    test('each page, format and language has its own validator', async () => {
      const ttl = await etagOf('/catalog.ttl');
      assert.notEqual(await etagOf('/catalog.nt'), ttl);
      assert.notEqual(
        await etagOf('/catalog.ttl?page=1', {}),
        await etagOf('/organizations/mef/catalog.ttl'),
      );
      const fr = await etagOf('/data.json', { 'accept-language': 'fr' });
      const en = await etagOf('/data.json', { 'accept-language': 'en' });
      assert.notEqual(fr, en);
      const res = await fetch('/data.json', { 'accept-language': 'en', 'if-none-match': fr });
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers.vary), /Accept-Language/);
    });

    test('what the feed shows changes the validator; other organisations’ changes do not', async () => {
      const site = await etagOf('/catalog.ttl');
      const mefFeed = await etagOf('/organizations/mef/catalog.ttl');
      const hcpFeed = await etagOf('/organizations/hcp/catalog.ttl');
      const data = await etagOf('/data.json');
      await new Promise((r) => setTimeout(r, 5));
      const edited = await call('PATCH', '/api/v1/datasets/budget-2024', mef.editor, {
        title: { fr: 'Budget 2024, révisé' },
      });
      assert.equal(edited.statusCode, 200, edited.body);
      const site2 = await etagOf('/catalog.ttl');
      assert.notEqual(site2, site);
      assert.notEqual(await etagOf('/data.json'), data);
      assert.notEqual(await etagOf('/organizations/mef/catalog.ttl'), mefFeed);
      assert.equal(await etagOf('/organizations/hcp/catalog.ttl'), hcpFeed);
      const stale = await fetch('/catalog.ttl', { 'if-none-match': site });
      assert.equal(stale.statusCode, 200);
      assert.match(stale.body, /révisé/);

      // Hidden: gone from the feed, new validator.
      await new Promise((r) => setTimeout(r, 5));
      await call('PATCH', '/api/v1/datasets/dette-2024', mef.editor, { visibility: 'private' });
      const site3 = await etagOf('/catalog.ttl');
      assert.notEqual(site3, site2);
      // A theme's label is in the feed.
      await new Promise((r) => setTimeout(r, 5));
      await call('PATCH', '/api/v1/themes/finances', root, { title: { fr: 'Finances publiques' } });
      const site4 = await etagOf('/catalog.ttl');
      assert.notEqual(site4, site3);
      assert.equal((await fetch('/catalog.ttl', { 'if-none-match': site4 })).statusCode, 304);
    });

    test('one dataset’s document: its own validator, by format, new when it changes', async () => {
      const ttl = await etagOf('/dataset/population-2024.ttl');
      assert.notEqual(await etagOf('/dataset/population-2024.nt'), ttl);
      const negotiated = await fetch('/dataset/population-2024', {
        accept: 'text/turtle',
        'if-none-match': ttl,
      });
      assert.equal(negotiated.statusCode, 304);
      const same = await fetch('/dataset/population-2024.ttl', { 'if-none-match': ttl });
      assert.equal(same.statusCode, 304);
      assert.ok(same.headers['last-modified']);
      // Another dataset's change leaves it alone; its own change does not.
      await call('PATCH', '/api/v1/datasets/budget-2024', mef.editor, { tags: ['budget'] });
      assert.equal((await fetch('/dataset/population-2024.ttl', { 'if-none-match': ttl })).statusCode, 304);
      await new Promise((r) => setTimeout(r, 5));
      await call('PATCH', '/api/v1/datasets/population-2024', hcp.editor, { tags: ['population'] });
      const changed = await fetch('/dataset/population-2024.ttl', { 'if-none-match': ttl });
      assert.equal(changed.statusCode, 200);
      assert.notEqual(changed.headers.etag, ttl);
      // Hidden: not found, whatever the client holds.
      await call('PATCH', '/api/v1/datasets/population-2024', hcp.editor, { visibility: 'private' });
      assert.equal((await fetch('/dataset/population-2024.ttl', { 'if-none-match': '*' })).statusCode, 404);
    });

    test('an unknown organisation is 404 whatever the client holds', async () => {
      const res = await fetch('/organizations/nowhere/catalog.ttl', { 'if-none-match': '*' });
      assert.equal(res.statusCode, 404);
    });
  },
  limits,
);
