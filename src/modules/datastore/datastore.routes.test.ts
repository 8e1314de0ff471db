// The DataStore through the application: an upload queues the ingestion in its transaction, the job builds the
// table (progress, report, queryable facet), the dictionary edits it, a broken replacement keeps the old table.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import iconv from 'iconv-lite';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { testDialects } from '../../../test/db.ts';
import { multipartBody } from '../../../test/multipart.ts';
import { Worker } from '../../jobs/index.ts';
import { type Caller, limits, restClient, sampleDataset } from '../catalog/test-kit.ts';
import { fullTextIndex } from './query-index.ts';
import { closeDataStore, dataStoreFor } from './store.ts';
import { readRows } from './test-kit.ts';

const budget = iconv.encode(
  'الجهة;المبلغ;التاريخ\r\nالشرق;"1 234,5";31/01/2024\r\nسوس;10,25;01/02/2024\r\nالرباط;x;03/02/2024\r\n',
  'windows-1256',
);

for (const dialect of testDialects())
  describe(`DataStore through the app [${dialect}]`, () => {
    let t: TestApp;
    const { call, organisation, dataset, anonymous } = restClient(() => t);
    let org: Awaited<ReturnType<typeof organisation>>;
    let ds: { id: string; name: string };
    let resourceId: string;
    const base = () => `/api/v1/datasets/${ds.name}/resources/${resourceId}/datastore`;
    const upload = (method: 'POST' | 'PUT', url: string, as: Caller, content: Buffer, filename: string) => {
      const body = multipartBody({ field: 'file', filename, content, contentType: 'text/csv' });
      return t.app.inject({
        method,
        url,
        headers: { ...as.headers, 'content-type': body.contentType },
        payload: body.payload,
      });
    };
    const drain = () => new Worker(t.db, t.queue).drain();

    before(async () => {
      t = await buildTestApp(dialect, limits);
      org = await organisation('ds-org');
      ds = await dataset(org.editor, sampleDataset('ds-budget', org.name));
    });
    after(async () => {
      await closeDataStore(t.db);
      await t.close();
    });

    test('an upload queues the ingestion; the job builds the table, the report and the queryable facet', async () => {
      const res = await upload(
        'POST',
        `/api/v1/datasets/${ds.name}/resources/upload`,
        org.editor,
        budget,
        'budget.csv',
      );
      assert.equal(res.statusCode, 201, res.body);
      resourceId = res.json().data.id;
      const queued = (await call('GET', base())).json().data;
      assert.equal(queued.status, 'queued');
      await drain();
      const view = (await call('GET', base())).json().data;
      assert.equal(view.status, 'ready');
      assert.equal(view.active, true);
      assert.equal(view.rowCount, 3);
      assert.deepEqual(
        view.fields.map((f: { name: string; type: string }) => [f.name, f.type]),
        [
          ['الجهة', 'string'],
          ['المبلغ', 'string'],
          ['التاريخ', 'date'],
        ],
      );
      assert.equal(view.report.source.encoding, 'windows-1256');
      assert.equal(view.progress.rows, 3);
      const stored = await dataStoreFor(t.db).getTable(resourceId);
      assert.ok(await fullTextIndex(t.db, resourceId, stored!.version), 'q has its full-text index');
      assert.equal(view.can.edit, false, 'anonymous reader');
      const search = (await call('GET', '/api/v1/search/datasets?queryable=true&facet=queryable')).json()
        .data;
      assert.deepEqual(
        search.hits.map((h: { dataset: { name: string } }) => h.dataset.name),
        [ds.name],
      );
      assert.deepEqual(search.facets.queryable, [{ value: 'true', count: 1 }]);

      const page = await call('GET', `/fr/datasets/${ds.name}/resources/${resourceId}`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Table de données/);
      assert.match(page.body, /Interrogeable/);
      const twin = (await call('GET', `/ar/datasets/${ds.name}/resources/${resourceId}.json`)).json();
      assert.equal(twin.sections.datastore.rowCount, 3);
      const report = await call('GET', `/en/datasets/${ds.name}/resources/${resourceId}/report.json`);
      assert.equal(report.json().report.source.delimiter, ';');
      assert.equal((await call('GET', `${base()}/report`)).json().data.stats.loadedRows, 3);
    });

    test('the dictionary: titles at once, a type change reloads with type errors; bad input names the field', async () => {
      const bad = await call('PUT', `${base()}/dictionary`, org.editor, {
        fields: [{ name: 'nope' }, { name: 'المبلغ', type: 'money' }],
      });
      assert.equal(bad.statusCode, 400);
      assert.deepEqual(Object.keys(bad.json().error.fields).sort(), ['fields.0.name', 'fields.1.type']);
      const titled = await call('PUT', `${base()}/dictionary`, org.editor, {
        fields: [{ name: 'الجهة', titles: { fr: 'Région', en: 'Region' } }],
      });
      assert.equal(titled.statusCode, 200, titled.body);
      assert.equal(titled.json().data.reingest, false);
      assert.deepEqual(titled.json().data.fields[0].titles, { fr: 'Région', en: 'Region' });
      const typed = await call('PUT', `${base()}/dictionary`, org.editor, {
        fields: [{ name: 'المبلغ', type: 'number' }],
      });
      assert.equal(typed.json().data.reingest, true);
      await drain();
      const view = (await call('GET', base())).json().data;
      assert.equal(view.fields[1].type, 'number');
      assert.deepEqual(view.fields[0].titles, { fr: 'Région', en: 'Region' }, 'titles survive the reload');
      assert.equal(view.report.counts['type-error'], 1);
      const rows = await readRows(t.db, resourceId);
      assert.deepEqual(
        rows.map((r) => (r.المبلغ === null ? null : Number(r.المبلغ))),
        [1234.5, 10.25, null],
      );
      const anon = await call('PUT', `${base()}/dictionary`, await anonymous(), { fields: [] });
      assert.equal(anon.statusCode, 401);
      const member = await call('POST', `${base()}/ingest`, org.member, {});
      assert.equal(member.statusCode, 403);
    });

    test('a broken replacement fails with a reason and keeps the previous table', async () => {
      const binary = Buffer.from([0, 1, 2, 3, 0, 0, 0xff, 0xfe, 0, 0, 0x10, 0x11, 0, 0x80, 0x81, 0]);
      const res = await upload(
        'PUT',
        `/api/v1/datasets/${ds.name}/resources/${resourceId}/file`,
        org.editor,
        binary,
        'budget.csv',
      );
      // The upload policy may refuse binary content outright; either way the table must stay.
      if (res.statusCode === 200) await drain();
      const view = (await call('GET', base())).json().data;
      assert.equal(view.active, true);
      assert.equal(view.rowCount, 3);
      if (res.statusCode === 200) {
        assert.equal(view.status, 'failed');
        assert.equal(view.error.code, 'datastore.unreadable');
      }
      const empty = await upload(
        'PUT',
        `/api/v1/datasets/${ds.name}/resources/${resourceId}/file`,
        org.editor,
        Buffer.from('\n\n'),
        'budget.csv',
      );
      assert.equal(empty.statusCode, 200, empty.body);
      await drain();
      const after = (await call('GET', base())).json().data;
      assert.equal(after.status, 'failed');
      assert.equal(after.error.params.reason, 'empty');
      assert.equal(after.rowCount, 3, 'the previous table is kept');
      const page = await call('GET', `/en/datasets/${ds.name}/resources/${resourceId}`);
      assert.match(page.body, /The last load failed/);
      assert.match(page.body, /the file is empty/);
    });
  });
