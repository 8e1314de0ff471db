// CKAN's DataStore actions on both databases: an editor pushes a table (datastore_create), anyone who may see
// the dataset searches it (filters, q, sort, paging, types) and queries it in SQL; upsert, update and delete
// change it in one transaction; members, strangers and tables loaded from files are refused.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../test/app.ts';
import { limits } from '../../modules/catalog/test-kit.ts';
import { dataStoreFor } from '../../modules/datastore/store.ts';
import { ckanClient, failure, result } from './test-kit.ts';

const fields = [
  { id: 'code', type: 'text' },
  { id: 'ville', type: 'text' },
  { id: 'population', type: 'int' },
  { id: 'part', type: 'numeric' },
  { id: 'capitale', type: 'bool' },
];
const records = [
  { code: 'RBA', ville: 'الرباط', population: 577827, part: 1.6, capitale: true },
  { code: 'CAS', ville: 'Casablanca', population: 3359818, part: 9.2, capitale: false },
  { code: 'FES', ville: 'Fès', population: 1112072, part: 3.1, capitale: false },
  { code: 'AGA', ville: 'Agadir', population: 421844, part: 1.2, capitale: false },
];

describeWithApp(
  'CKAN API: DataStore actions',
  (get) => {
    const c = ckanClient(get);
    let org: Awaited<ReturnType<typeof c.organisation>>;
    let rid = '';
    let privateRid = '';
    before(async () => {
      org = await c.organisation('datastore');
      const ds = result(await c.post('package_create', { name: 'villes', owner_org: org.name }, org.editor));
      const created = result(
        await c.post(
          'datastore_create',
          {
            resource: { package_id: ds.id, name: 'Villes' },
            fields,
            records,
            primary_key: 'code',
            indexes: 'ville',
          },
          org.editor,
        ),
      );
      rid = created.resource_id;
      assert.deepEqual(created.primary_key, ['code']);
      const hidden = result(
        await c.post('package_create', { name: 'secret', owner_org: org.name, private: true }, org.editor),
      );
      privateRid = result(
        await c.post(
          'datastore_create',
          { resource: { package_id: hidden.id }, fields, records },
          org.editor,
        ),
      ).resource_id;
    });

    test('datastore_search: fields with CKAN types, filters, q, sort, paging, total and links', async () => {
      const all = result(await c.get('datastore_search', { resource_id: rid }));
      assert.deepEqual(all.fields, [
        { id: '_id', type: 'int' },
        { id: 'code', type: 'text' },
        { id: 'ville', type: 'text' },
        { id: 'population', type: 'int' },
        { id: 'part', type: 'numeric' },
        { id: 'capitale', type: 'bool' },
      ]);
      assert.equal(all.total, 4);
      assert.deepEqual(all.records[0], { _id: 1, ...records[0] });
      assert.match(all._links.next, /offset=100/);
      const f = result(
        await c.post('datastore_search', {
          resource_id: rid,
          filters: { capitale: false },
          sort: 'population desc',
          limit: 2,
        }),
      );
      assert.deepEqual(
        f.records.map((r: any) => r.code),
        ['CAS', 'FES'],
      );
      assert.equal(f.total, 3);
      const q = result(await c.get('datastore_search', { resource_id: rid, q: 'fès', fields: 'code' }));
      assert.deepEqual(q.records, [{ code: 'FES' }]);
      const csv = result(
        await c.get('datastore_search', {
          resource_id: rid,
          records_format: 'csv',
          fields: 'code,population',
          filters: '{"code":["AGA","RBA"]}',
          sort: 'code',
        }),
      );
      assert.equal(csv.records, 'AGA,421844\nRBA,577827\n');
      const bad = failure(
        await c.get('datastore_search', { resource_id: rid, sort: 'pays desc' }),
        409,
        'Validation Error',
      );
      assert.ok(bad.sort);
    });

    test('datastore_search_sql: a SELECT over the table; other tables, writes and private tables refused', async () => {
      const r = result(
        await c.post('datastore_search_sql', {
          sql: `SELECT capitale, count(*) AS n, sum(population) AS total FROM "${rid}" GROUP BY capitale ORDER BY n DESC`,
        }),
      );
      assert.deepEqual(
        r.records,
        [
          { capitale: false, n: 3, total: 4893734 },
          { capitale: true, n: 1, total: 577827 },
        ].map((x) => ({ ...x, capitale: get().dialect === 'sqlite' ? Number(x.capitale) : x.capitale })),
      );
      for (const sql of [
        `SELECT * FROM "${rid}" UNION SELECT * FROM users`,
        `SELECT * FROM "${privateRid}"`,
        `SELECT * FROM "${rid}"; DELETE FROM "${rid}"`,
        'SELECT * FROM sqlite_master',
        `SELECT pg_sleep(5) FROM "${rid}"`,
      ]) {
        const err = failure(await c.post('datastore_search_sql', { sql }), 409, 'Validation Error');
        assert.ok(err.sql, sql);
      }
      const asEditor = result(
        await c.post(
          'datastore_search_sql',
          { sql: `SELECT count(*) AS n FROM "${privateRid}"` },
          org.editor,
        ),
      );
      assert.equal(Number(asEditor.records[0].n), 4);
    });

    test('datastore_info, and a private table: 404 to strangers, readable by members', async () => {
      const info = result(await c.get('datastore_info', { id: rid }));
      assert.equal(info.meta.count, 4);
      assert.deepEqual(
        info.fields.map((f: any) => f.id),
        ['code', 'ville', 'population', 'part', 'capitale'],
      );
      failure(await c.get('datastore_search', { resource_id: privateRid }), 404, 'Not Found Error');
      assert.equal(result(await c.get('datastore_search', { resource_id: privateRid }, org.member)).total, 4);
    });

    test('datastore_upsert: update, upsert and insert by primary key, in one transaction', async () => {
      result(
        await c.post(
          'datastore_upsert',
          { resource_id: rid, method: 'update', records: [{ code: 'AGA', population: 500000 }] },
          org.editor,
        ),
      );
      result(
        await c.post(
          'datastore_upsert',
          {
            resource_id: rid,
            records: [
              { code: 'FES', capitale: true },
              { code: 'TNG', ville: 'Tanger', population: 947952 },
            ],
          },
          org.editor,
        ),
      );
      const bad = failure(
        await c.post(
          'datastore_upsert',
          {
            resource_id: rid,
            method: 'update',
            records: [
              { code: 'CAS', part: 10 },
              { code: 'XXX', part: 1 },
            ],
          },
          org.editor,
        ),
        409,
        'Validation Error',
      );
      assert.ok(bad.records);
      const rows = result(await c.get('datastore_search', { resource_id: rid, sort: 'code' })).records;
      assert.deepEqual(
        rows.map((r: any) => [r.code, r.population, r.capitale, r.part]),
        [
          ['AGA', 500000, false, 1.2],
          ['CAS', 3359818, false, 9.2],
          ['FES', 1112072, true, 3.1],
          ['RBA', 577827, true, 1.6],
          ['TNG', 947952, null, null],
        ],
      );
      failure(
        await c.post(
          'datastore_upsert',
          { resource_id: rid, records: [{ code: 'RBA', population: 'beaucoup' }] },
          org.editor,
        ),
        409,
        'Validation Error',
      );
      assert.equal(result(await c.get('datastore_info', { id: rid })).meta.count, 5);
    });

    test('writes: members and anonymous refused; tables loaded from a file refused; delete rows then the table', async () => {
      failure(
        await c.post('datastore_upsert', { resource_id: rid, records: [{ code: 'X' }] }, org.member),
        403,
        'Authorization Error',
      );
      failure(await c.post('datastore_delete', { resource_id: rid }), 403, 'Authorization Error');
      const ds = result(await c.post('package_create', { name: 'fichier', owner_org: org.name }, org.editor));
      const res = result(
        await c.post('resource_create', { package_id: ds.id, url: 'https://example.ma/f.csv' }, org.editor),
      );
      await dataStoreFor(get().db).createTable({
        resourceId: res.id,
        origin: 'ingest',
        schema: { fields: [{ name: 'a', type: 'string' }] },
      });
      failure(
        await c.post('datastore_upsert', { resource_id: res.id, records: [{ a: 'x' }] }, org.editor),
        409,
        'Validation Error',
      );
      failure(
        await c.post('datastore_create', { resource_id: res.id, fields: [{ id: 'a' }] }, org.editor),
        409,
        'Validation Error',
      );
      const del = result(
        await c.post('datastore_delete', { resource_id: rid, filters: { capitale: true } }, org.editor),
      );
      assert.equal(del.deleted, 2);
      assert.equal(result(await c.get('datastore_search', { resource_id: rid })).total, 3);
      result(await c.post('datastore_delete', { resource_id: rid }, org.editor));
      failure(await c.get('datastore_search', { resource_id: rid }), 404, 'Not Found Error');
    });

    test('the ckan.js client library: datastoreQuery and datastoreSqlQuery against a live server', async () => {
      await get().app.listen({ port: 0, host: '127.0.0.1' });
      const endpoint = `http://127.0.0.1:${(get().app.server.address() as AddressInfo).port}`;
      const { Client } = createRequire(import.meta.url)('ckan') as { Client: new (e: string) => any };
      const client = new Client(endpoint);
      const ds = result(
        await c.post('package_create', { name: 'ckanjs-ds', owner_org: org.name }, org.editor),
      );
      const id = result(
        await c.post('datastore_create', { resource: { package_id: ds.id }, fields, records }, org.editor),
      ).resource_id;
      const out: any = await new Promise((resolve, reject) =>
        client.datastoreQuery(
          {
            resource_id: id,
            size: 2,
            sort: [{ field: 'population', order: 'desc' }],
            filters: [{ type: 'term', field: 'capitale', term: false }],
          },
          (err: unknown, r: unknown) => (err ? reject(err) : resolve(r)),
        ),
      );
      assert.equal(out.total, 3);
      assert.deepEqual(
        out.hits.map((h: any) => h.code),
        ['CAS', 'FES'],
      );
      assert.equal(out.fields.find((f: any) => f.id === 'population').type, 'integer');
      const sqlOut: any = await new Promise((resolve, reject) =>
        client.datastoreSqlQuery(
          `SELECT code FROM "${id}" WHERE population > 1000000 ORDER BY code`,
          (err: unknown, r: unknown) => (err ? reject(err) : resolve(r)),
        ),
      );
      assert.deepEqual(
        (sqlOut.hits ?? sqlOut.records).map((h: any) => h.code),
        ['CAS', 'FES'],
      );
    });
  },
  limits,
);
