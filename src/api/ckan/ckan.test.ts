import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeWithApp } from '../../../test/app.ts';
import { limits } from '../../modules/catalog/test-kit.ts';
import { ckanClient, failure, result } from './test-kit.ts';

describeWithApp(
  'CKAN API: envelope and request errors',
  (get) => {
    const c = ckanClient(get);

    test('success envelope on both paths, GET and POST', async () => {
      for (const url of ['/api/3/action/site_read', '/api/action/site_read']) {
        for (const method of ['GET', 'POST'] as const) {
          const res = await get().app.inject({ method, url });
          assert.equal(res.statusCode, 200, res.body);
          const body = res.json();
          assert.equal(body.success, true);
          assert.equal(body.result, true);
          assert.match(body.help, /\/api\/3\/action\/help_show\?name=site_read$/);
        }
      }
    });

    test('unknown action, malformed JSON, a body that is not an object, a write over GET: bare 400', async () => {
      const headers = { 'content-type': 'application/json', 'accept-language': 'en' };
      let res = await get().app.inject({ url: '/api/3/action/no_such_action', headers });
      assert.equal(res.statusCode, 400);
      assert.match(res.json(), /Action name not known: no_such_action/);
      res = await get().app.inject({
        method: 'POST',
        url: '/api/3/action/package_show',
        headers,
        payload: '{"id": ',
      });
      assert.equal(res.statusCode, 400);
      assert.match(res.json(), /^JSON Error: /);
      res = await get().app.inject({
        method: 'POST',
        url: '/api/3/action/package_show',
        headers,
        payload: '[1, 2]',
      });
      assert.equal(res.statusCode, 400);
      assert.equal(typeof res.json(), 'string');
      res = await get().app.inject({ url: '/api/3/action/package_create?name=x', headers });
      assert.equal(res.statusCode, 400);
      assert.match(res.json(), /POST/);
    });

    test('a missing parameter is a Validation Error naming it; an unknown id a Not Found Error', async () => {
      const err = failure(await c.get('package_show'), 409, 'Validation Error');
      assert.ok(Array.isArray(err.id) && err.id.length === 1);
      const missing = failure(
        await c.get('package_show', { id: 'nothing-here', lang: 'en' }),
        404,
        'Not Found Error',
      );
      assert.match(missing.message, /^Not found: /);
      const help = result(await c.get('help_show', { name: 'package_search' }));
      assert.match(help, /fq/);
    });

    test('JSONP: a callback wraps the answer and drops the caller', async () => {
      const user = await c.user('jsonp');
      const res = await get().app.inject({
        url: '/api/3/action/user_show?callback=show',
        headers: { authorization: user.token },
      });
      assert.equal(res.statusCode, 403);
      const ok = await get().app.inject({ url: '/api/3/action/site_read?callback=cb.done' });
      assert.match(String(ok.headers['content-type']), /^application\/javascript/);
      assert.match(ok.body, /^cb\.done\(\{.*"result":true.*\}\);$/);
    });

    test('the API roots answer their version', async () => {
      assert.deepEqual((await get().app.inject({ url: '/api/3' })).json(), { version: 3 });
      assert.deepEqual((await get().app.inject({ url: '/api' })).json(), { version: 1 });
    });

    test('status_show and license_list', async () => {
      const status = result(await c.get('status_show'));
      assert.equal(status.ckan_version, '2.10.0');
      assert.ok(status.site_url.startsWith('http'));
      const licenses = result(await c.get('license_list'));
      const ccby = licenses.find((l: { id: string }) => l.id === 'CC-BY-4.0');
      assert.equal(ccby.od_conformance, 'approved');
      assert.ok(ccby.title);
    });
  },
  limits,
);
