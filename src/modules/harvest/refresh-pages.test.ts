// The back-office page of a resource's scheduled refresh, through HTTP with plain forms: set the address and
// schedule (bad input names the field, changes nothing), refresh now, the past attempts with their outcome
// (new version, same file kept, failure with its reason), stop; the JSON twin; only the resource's editors.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { describeWithApp } from '../../../test/app.ts';
import { Worker } from '../../jobs/index.ts';
import { type Caller, limits, restClient, sampleDataset } from '../catalog/test-kit.ts';
import { type Handler, localServer } from './test-kit.ts';

describeWithApp(
  'scheduled refresh pages',
  (get) => {
    const { call, form, organisation, dataset } = restClient(get);
    let org: Awaited<ReturnType<typeof organisation>>;
    let other: Awaited<ReturnType<typeof organisation>>;
    let server: Awaited<ReturnType<typeof localServer>>;
    let body = 'region,value\nRabat,1\n';
    let status = 200;
    let resourceId = '';
    let page = '';
    const file: Handler = (_req, res) => {
      res.writeHead(status, { 'content-type': 'text/csv' });
      res.end(body);
    };
    const twin = async (as: Caller) => {
      const res = await get().app.inject({ url: `${page}.json`, headers: as.headers });
      assert.equal(res.statusCode, 200, res.body);
      return res.json();
    };
    const drain = () => new Worker(get().db, get().queue).drain();

    before(async () => {
      server = await localServer({ '/export.csv': (req, res) => file(req, res) });
      org = await organisation('eau');
      other = await organisation('autre');
      await dataset(org.editor, sampleDataset('barrages', 'eau', { state: 'active', visibility: 'public' }));
      const r = await call('POST', '/api/v1/datasets/barrages/resources', org.editor, {
        url: 'https://data.example.gov/barrages.csv',
        title: { fr: 'Remplissage' },
        format: 'CSV',
      });
      assert.equal(r.statusCode, 201, r.body);
      resourceId = r.json().data.id;
      page = `/fr/manage/datasets/barrages/resources/${resourceId}/refresh`;
    });
    after(() => server.close());

    test('the page is linked from the resource and offers the form; strangers are refused', async () => {
      const edit = await get().app.inject({
        url: `/fr/manage/datasets/barrages/resources/${resourceId}`,
        headers: org.editor.headers,
      });
      assert.match(edit.body, new RegExp(`href="[^"]*/resources/${resourceId}/refresh"`));
      const res = await get().app.inject({ url: page, headers: org.editor.headers });
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /name="url"/);
      assert.match(res.body, /Cette ressource n’est pas actualisée automatiquement/);
      assert.equal((await twin(org.editor)).refresh, null);
      const stranger = await get().app.inject({ url: page, headers: other.editor.headers });
      assert.equal(stranger.statusCode, 403);
      const post = await form(page, other.admin, [
        ['url', server.url('/export.csv')],
        ['schedule', 'daily'],
      ]);
      assert.equal(post.statusCode, 403);
      assert.equal((await twin(org.editor)).refresh, null);
    });

    test('bad input names each field in French and sets nothing', async () => {
      const res = await form(page, org.editor, [
        ['url', 'ftp://example.org/x.csv'],
        ['schedule', 'yearly'],
      ]);
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /Adresse du fichier/);
      assert.match(res.body, /aria-invalid="true"/);
      assert.equal((await twin(org.editor)).refresh, null);
    });

    test('set, refresh now, and every outcome listed: new version, same file, failure kept', async () => {
      const set = await form(page, org.editor, [
        ['url', server.url('/export.csv')],
        ['schedule', 'weekly'],
      ]);
      assert.equal(set.statusCode, 303);
      let data = await twin(org.editor);
      assert.equal(data.refresh.schedule, 'weekly');
      assert.equal(data.refresh.url, server.url('/export.csv'));

      assert.equal((await form(`${page}/run`, org.editor)).statusCode, 303);
      await drain();
      body = 'region,value\nRabat,1\n'; // the same file again
      await form(`${page}/run`, org.editor);
      await drain();
      status = 500;
      await form(`${page}/run`, org.editor);
      await drain();
      data = await twin(org.editor);
      assert.deepEqual(
        data.runs.map((r: { status: string; trigger: string }) => [r.status, r.trigger]),
        [
          ['failed', 'manual'],
          ['unchanged', 'manual'],
          ['ok', 'manual'],
        ],
      );
      assert.equal(data.runs[0].error.code, 'harvest.fetch_status');
      const html = (await get().app.inject({ url: page, headers: org.editor.headers })).body;
      assert.match(html, /Nouvelle version enregistrée/);
      assert.match(html, /Même fichier : version précédente gardée/);
      assert.match(html, /Échec, version précédente gardée/);
      assert.match(html, /HTTP 500|500/);
      // The failure kept the stored version.
      const stored = (await call('GET', '/api/v1/datasets/barrages', org.editor)).json().data.resources[0];
      assert.equal(stored.stored, true);
      const api = await call(
        'GET',
        `/api/v1/datasets/barrages/resources/${resourceId}/refresh/runs`,
        org.editor,
      );
      assert.equal(api.json().data.length, 3);
      const ar = await get().app.inject({ url: page.replace('/fr/', '/ar/'), headers: org.editor.headers });
      assert.match(ar.body, /dir="rtl"/);
      assert.match(ar.body, /حُفظت نسخة جديدة/);
    });

    test('the public resource page says the file updates itself, without the address or the technical reason', async () => {
      const publicPage = `/en/datasets/barrages/resources/${resourceId}`;
      const html = (await get().app.inject({ url: publicPage })).body;
      assert.match(html, /<h2 id="refresh-public-title">Automatic updates<\/h2>/);
      assert.match(html, /updated automatically from the producer’s system \(Every week\)/);
      assert.match(html, /the file could not be fetched; the previous version stays/);
      assert.ok(!html.includes(server.url('/export.csv')), 'the address stays private');
      const json = (await get().app.inject({ url: `${publicPage}.json` })).json();
      const section = json.sections.refresh;
      assert.equal(section.schedule, 'weekly');
      assert.equal(section.lastStatus, 'failed');
      assert.ok(section.lastNewVersionAt && section.lastNewVersionAt <= section.lastCheckedAt);
      assert.equal(JSON.stringify(section).includes('export.csv'), false);
      const ar = (await get().app.inject({ url: publicPage.replace('/en/', '/ar/') })).body;
      assert.match(ar, /التحديث التلقائي/);
      // A resource without a refresh has no such section.
      const plain = await call('POST', '/api/v1/datasets/barrages/resources', org.editor, {
        url: 'https://data.example.gov/other.csv',
        title: { fr: 'Autre' },
        format: 'CSV',
      });
      const other = await get().app.inject({
        url: `/en/datasets/barrages/resources/${plain.json().data.id}.json`,
      });
      assert.equal(other.json().sections.refresh, undefined);
    });

    test('stop refreshing: the address is forgotten, the history stays readable', async () => {
      const res = await form(`${page}/remove`, org.editor);
      assert.equal(res.statusCode, 303);
      const data = await twin(org.editor);
      assert.equal(data.refresh, null);
      assert.equal(data.runs.length, 3);
      // Refreshing now without an address is refused on the page, not a crash.
      const now = await form(`${page}/run`, org.editor);
      assert.equal(now.statusCode, 404);
    });
  },
  { ...limits, HARVEST_ALLOW_PRIVATE: true, DEFAULT_LOCALE: 'fr' },
);
