// The resource page's DataStore preview (paging, sort, column filters and a chart from GET parameters, the JSON
// twin) and the exports of a filtered view (CSV, JSON, XLSX read back with exceljs), on both databases.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import ExcelJS from 'exceljs';
import { describeWithApp } from '../../../test/app.ts';
import { ckanClient, result } from '../../api/ckan/test-kit.ts';
import { limits } from '../catalog/test-kit.ts';
import { createFilterIndex, createFullTextIndex } from './query-index.ts';

const regions = ['Souss-Massa', 'Oriental', 'الرباط سلا القنيطرة'];
const records = Array.from({ length: 45 }, (_, i) => ({
  ville: `Ville ${String(i + 1).padStart(2, '0')}`,
  region: regions[i % 3],
  population: (i + 1) * 1000,
  capitale: i === 0,
}));

describeWithApp(
  'datastore: resource preview and exports',
  (get) => {
    const c = ckanClient(get);
    let page = '';
    let rid = '';
    before(async () => {
      const org = await c.organisation('preview');
      const ds = result(await c.post('package_create', { name: 'apercu', owner_org: org.name }, org.editor));
      rid = result(
        await c.post(
          'datastore_create',
          {
            resource: { package_id: ds.id, name: 'Villes' },
            fields: [
              { id: 'ville' },
              { id: 'region' },
              { id: 'population', type: 'int' },
              { id: 'capitale', type: 'bool' },
            ],
            records,
          },
          org.editor,
        ),
      ).resource_id;
      page = `/fr/datasets/apercu/resources/${rid}`;
    });

    test('the page shows 20 rows with column types, sort links and paging links that work without JavaScript', async () => {
      const res = await get().app.inject({ url: page });
      assert.equal(res.statusCode, 200);
      const html = res.body;
      assert.match(html, /Lignes 1 à 20 sur 45/);
      assert.match(html, /nombre entier/);
      const table = html.slice(
        html.indexOf('<table class="data-table">'),
        html.indexOf('</table>', html.indexOf('data-table')),
      );
      assert.equal((table.match(/<tr/g) ?? []).length, 21, 'a header row and 20 rows');
      assert.match(html, /rel="next"/);
      const twin = (await get().app.inject({ url: `${page}.json?page=3&sort=population&dir=desc` })).json();
      assert.equal(twin.sections.preview.page, 3);
      assert.equal(twin.sections.preview.rows.length, 5);
      assert.deepEqual(
        twin.sections.preview.rows.map((r: unknown[]) => r[3]),
        [5000, 4000, 3000, 2000, 1000],
      );
      const sorted = await get().app.inject({ url: `${page}?sort=population&dir=desc` });
      assert.match(sorted.body, /aria-sort="descending"/);
    });

    test('column filters: text contains, numbers equal; a chart of the sum by category', async () => {
      const twin = (
        await get().app.inject({
          url: `${page}.json?f.region=oriental&f.capitale=false&chart=bar&x=region&agg=sum&y=population`,
        })
      ).json();
      assert.equal(twin.sections.preview.total, 15);
      assert.ok(twin.sections.preview.rows.every((r: unknown[]) => r[2] === 'Oriental'));
      assert.deepEqual(twin.sections.preview.chart.categories, ['Oriental']);
      assert.equal(
        twin.sections.preview.chart.values[0],
        records.filter((r) => r.region === 'Oriental').reduce((a, r) => a + r.population, 0),
      );
      const all = (await get().app.inject({ url: `${page}.json?chart=line&x=region&agg=count` })).json();
      assert.deepEqual(all.sections.preview.chart.values, [15, 15, 15]);
      const html = (
        await get().app.inject({
          url: `/ar/datasets/apercu/resources/${rid}?chart=bar&x=region&agg=avg&y=population`,
        })
      ).body;
      assert.match(html, /<svg role="img"/);
      assert.match(html, /متوسط population حسب region/);
      const none = (await get().app.inject({ url: `${page}.json?f.population=abc` })).json();
      assert.equal(none.sections.preview.total, 0);
    });

    test('exports of the filtered, sorted view: CSV, JSON and XLSX', async () => {
      const q = `filters=${encodeURIComponent('{"region":"Oriental"}')}&sort=population%20desc&fields=ville,population`;
      const csv = await get().app.inject({ url: `/api/v1/datastore/${rid}/export/csv?${q}` });
      assert.equal(csv.statusCode, 200);
      assert.match(csv.headers['content-type'] as string, /text\/csv/);
      const lines = csv.body
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      assert.equal(lines.length, 16);
      assert.equal(lines[0], 'ville,population');
      assert.equal(lines[1], 'Ville 44,44000');
      const json = (
        await get().app.inject({ url: `/api/v1/datastore/${rid}/export/json?${q}&limit=2` })
      ).json();
      assert.deepEqual(json.records, [
        { ville: 'Ville 44', population: 44000 },
        { ville: 'Ville 41', population: 41000 },
      ]);
      const xlsx = await get().app.inject({ url: `/api/v1/datastore/${rid}/export/xlsx?${q}` });
      assert.equal(xlsx.statusCode, 200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const sheet = wb.worksheets[0]!;
      assert.equal(sheet.rowCount, 16);
      assert.deepEqual((sheet.getRow(2).values as unknown[]).slice(1), ['Ville 44', 44000]);
      assert.equal((await get().app.inject({ url: `/api/v1/datastore/${rid}/export/pdf` })).statusCode, 400);
    });

    test('with a full-text index (FTS5 / tsvector) and a filter index, q and filters give the same rows', async () => {
      const ask = async () => {
        const r = result(
          await c.get('datastore_search', {
            resource_id: rid,
            q: 'oriental ville',
            filters: '{"capitale":false}',
            sort: 'population',
            limit: '3',
          }),
        );
        return { total: r.total, rows: r.records.map((x: any) => x.ville) };
      };
      const before = await ask();
      await createFullTextIndex(get().db, rid);
      await createFilterIndex(get().db, rid, 'capitale');
      assert.deepEqual(await ask(), before);
      assert.deepEqual(before, { total: 15, rows: ['Ville 02', 'Ville 05', 'Ville 08'] });
      const r = result(await c.get('datastore_search', { resource_id: rid, q: 'الرباط' }));
      assert.equal(r.total, 15);
    });
  },
  limits,
);
