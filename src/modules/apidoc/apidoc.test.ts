import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Value } from 'typebox/value';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { testDialects } from '../../../test/db.ts';
import { limits, restClient, sampleDataset } from '../catalog/test-kit.ts';
import { operations } from './operations.ts';
import { components } from './schemas.ts';

for (const dialect of testDialects()) {
  describe(`REST API description [${dialect}]`, () => {
    let t: TestApp;
    const routes: string[] = [];
    before(async () => {
      t = await buildTestApp(dialect, limits, undefined, (r) => {
        for (const m of [r.method].flat())
          if (r.url.startsWith('/api/v1/') && m !== 'HEAD') routes.push(`${m.toLowerCase()} ${r.url}`);
      });
    });
    after(async () => t?.close());

    test('every /api/v1 route has an operation in the document, and every operation a route', () => {
      const documented = operations.map((o) => `${o.method} ${o.path}`);
      assert.deepEqual(
        routes.filter((r) => !documented.includes(r)),
        [],
        'routes missing from src/modules/apidoc/operations.ts',
      );
      assert.deepEqual(
        documented.filter((d) => !routes.includes(d)),
        [],
        'operations without a route',
      );
    });

    test('GET /api/v1/openapi.json: an OpenAPI 3.1 document whose references resolve', async () => {
      const res = await t.app.inject({ url: '/api/v1/openapi.json' });
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['access-control-allow-origin'], '*');
      const doc = res.json();
      assert.equal(doc.openapi, '3.1.0');
      assert.ok(doc.paths['/api/v1/datasets/{name}'].patch.requestBody);
      const refs = [...res.body.matchAll(/"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1]!);
      assert.ok(refs.length > 20);
      for (const name of refs) assert.ok(doc.components.schemas[name], name);
    });

    test('the documentation page in every language, with its JSON twin', async () => {
      for (const lang of ['ar', 'fr', 'en']) {
        const res = await t.app.inject({ url: `/${lang}/api` });
        assert.equal(res.statusCode, 200);
        assert.match(res.body, /href="\/api\/v1\/openapi.json"/);
        assert.match(res.body, /\/api\/3\/action\/package_search/);
        assert.match(res.body, /<code dir="ltr">PATCH \/api\/v1\/datasets\/:name<\/code>/);
      }
      const twin = (await t.app.inject({ url: '/fr/api.json' })).json();
      assert.equal(twin.rest.title, 'API REST');
      assert.ok(twin.ckan.actions.includes('package_create'));
    });

    test('real answers match the schemas (dataset with resources, theme, organisation, licence list)', async () => {
      const c = restClient(() => t);
      const org = await c.organisation('schema-org');
      const admin = await c.user('schema-root@example.ma', { sysadmin: true });
      const theme = await c.call('POST', '/api/v1/themes', admin, {
        name: 'schema-theme',
        title: { fr: 'T' },
      });
      assert.ok(Value.Check(components.Theme, theme.json().data), theme.body);
      const ds = await c.dataset(
        org.editor,
        sampleDataset('schema-ds', org.name, { themes: ['schema-theme'] }),
      );
      await c.call('POST', `/api/v1/datasets/${ds.name}/resources`, org.editor, {
        url: 'https://example.ma/x.csv',
        title: { fr: 'X' },
      });
      const got = (await c.call('GET', `/api/v1/datasets/${ds.name}`)).json().data;
      assert.deepEqual([...Value.Errors(components.Dataset, got)], []);
      const orgView = (await c.call('GET', `/api/v1/organizations/${org.name}`)).json().data;
      assert.deepEqual([...Value.Errors(components.Organization, orgView)], []);
      for (const l of (await c.call('GET', '/api/v1/licenses')).json().data)
        assert.ok(Value.Check(components.License, l));
      const err = await c.call('POST', '/api/v1/datasets', org.editor, { name: 'X' });
      assert.deepEqual([...Value.Errors(components.ErrorBody, err.json())], []);
    });
  });
}
