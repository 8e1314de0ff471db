// The native REST twins of the DataStore actions on both databases: an editor (API token) creates, upserts and
// deletes; anyone reads (info, search, SQL); errors are the REST shape with the field and a translated message.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../test/app.ts';
import { ckanClient, result } from '../../api/ckan/test-kit.ts';
import { limits } from '../catalog/test-kit.ts';

describeWithApp(
  'datastore: REST routes',
  (get) => {
    const c = ckanClient(get);
    let token = '';
    let rid = '';
    const call = (method: 'GET' | 'POST', url: string, body?: unknown, auth = false) =>
      get().app.inject({
        method,
        url,
        headers: {
          ...(auth ? { authorization: `Bearer ${token}` } : {}),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        payload: body === undefined ? undefined : JSON.stringify(body),
      });

    before(async () => {
      const org = await c.organisation('rest-ds');
      token = org.editor.token;
      const ds = result(await c.post('package_create', { name: 'rest-ds', owner_org: org.name }, org.editor));
      rid = result(
        await c.post('resource_create', { package_id: ds.id, url: 'https://example.ma/x.csv' }, org.editor),
      ).id;
    });

    test('create, upsert, search, SQL, info and delete through /api/v1/datastore', async () => {
      const created = await call(
        'POST',
        `/api/v1/datastore/${rid}`,
        {
          fields: [{ id: 'code' }, { id: 'n', type: 'int' }],
          primary_key: ['code'],
          records: [
            { code: 'a', n: 1 },
            { code: 'b', n: 2 },
          ],
        },
        true,
      );
      assert.equal(created.statusCode, 201, created.body);
      assert.equal(
        (await call('POST', `/api/v1/datastore/${rid}`, { fields: [{ id: 'x' }] })).statusCode,
        401,
        'anonymous writes need a sign-in',
      );
      const up = await call(
        'POST',
        `/api/v1/datastore/${rid}/upsert`,
        {
          records: [
            { code: 'b', n: 20 },
            { code: 'c', n: 3 },
          ],
        },
        true,
      );
      assert.equal(up.statusCode, 200, up.body);
      const s = (
        await call(
          'GET',
          `/api/v1/datastore/${rid}/search?sort=n%20desc&filters=${encodeURIComponent('{"code":["b","c"]}')}`,
        )
      ).json();
      assert.deepEqual(
        s.data.records.map((r: any) => [r.code, r.n]),
        [
          ['b', 20],
          ['c', 3],
        ],
      );
      const posted = (await call('POST', `/api/v1/datastore/${rid}/search`, { q: 'a' })).json();
      assert.equal(posted.data.total, 1);
      const sql = (
        await call(
          'GET',
          `/api/v1/datastore/sql?sql=${encodeURIComponent(`SELECT sum(n) AS s FROM "${rid}"`)}`,
        )
      ).json();
      assert.equal(Number(sql.data.records[0].s), 24);
      assert.equal((await call('GET', `/api/v1/datastore/${rid}`)).json().data.meta.count, 3);
      const del = await call('POST', `/api/v1/datastore/${rid}/delete`, { filters: { code: 'a' } }, true);
      assert.equal(del.json().data.deleted, 1);
    });

    test('refusals: the REST error shape naming the field, in the language asked for', async () => {
      const bad = await get().app.inject({
        method: 'POST',
        url: '/api/v1/datastore/sql',
        headers: { 'content-type': 'application/json', 'accept-language': 'fr' },
        payload: JSON.stringify({ sql: 'SELECT * FROM users; DROP TABLE users' }),
      });
      assert.equal(bad.statusCode, 400);
      const err = bad.json().error;
      assert.equal(err.code, 'datastore.sql_multiple_statements');
      assert.equal(err.fields.sql.reason, 'invalid_value');
      assert.match(err.message, /Une seule instruction SQL/);
      const unknown = await call('GET', `/api/v1/datastore/${rid}/search?sort=pays`);
      assert.equal(unknown.statusCode, 400);
      assert.equal(unknown.json().error.fields['sort.pays'].reason, 'unknown_field');
      assert.equal(
        (await call('GET', '/api/v1/datastore/00000000-0000-4000-8000-000000000000/search')).statusCode,
        404,
      );
    });
  },
  limits,
);
