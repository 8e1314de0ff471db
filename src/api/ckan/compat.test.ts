// Compatibility: a client script driven the way CKAN clients (ckanapi's RemoteCKAN, ckan.js) drive the API,
// over real HTTP: every action POSTed as JSON with the token in `Authorization`, uploads as multipart with the
// file in `upload` (encoded by Node's own FormData), `success` checked and errors raised by `__type`.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../test/app.ts';
import { limits } from '../../modules/catalog/test-kit.ts';
import { ckanClient } from './test-kit.ts';

class CkanError extends Error {
  constructor(
    readonly type: string,
    readonly status: number,
    readonly error: Record<string, unknown>,
  ) {
    super(`${type}: ${JSON.stringify(error)}`);
  }
}

/** What a client library does: one function per call, the result or an error named after `__type`. */
function remoteCkan(address: string, apiKey?: string) {
  return async (action: string, data: Record<string, unknown> = {}, files?: Record<string, Blob>) => {
    let body: BodyInit;
    const headers: Record<string, string> = apiKey ? { Authorization: apiKey } : {};
    if (files) {
      const form = new FormData();
      for (const [k, v] of Object.entries(data)) form.append(k, String(v));
      for (const [k, blob] of Object.entries(files)) form.append(k, blob, 'export.csv');
      body = form;
    } else {
      body = JSON.stringify(data);
      headers['Content-Type'] = 'application/json';
    }
    const res = await fetch(`${address}/api/action/${action}`, { method: 'POST', headers, body });
    const json = (await res.json()) as { success: boolean; result?: any; error?: Record<string, unknown> };
    if (!json.success) throw new CkanError(String(json.error?.__type), res.status, json.error ?? {});
    return json.result;
  };
}

describeWithApp(
  'CKAN API: a client script over HTTP',
  (get) => {
    let address = '';
    let sysadminKey = '';
    before(async () => {
      await get().app.listen({ port: 0, host: '127.0.0.1' });
      address = `http://127.0.0.1:${(get().app.server.address() as AddressInfo).port}`;
      sysadminKey = (await ckanClient(get).user('script', { sysadmin: true })).token;
    });

    test('create an organisation, publish, upload, read, search, patch and delete', async () => {
      const ckan = remoteCkan(address, sysadminKey);
      const anonymous = remoteCkan(address);

      assert.equal((await anonymous('status_show')).ckan_version.split('.')[0], '2');
      const org = await ckan('organization_create', { name: 'ministere-test', title: 'Ministère test' });
      const pkg = await ckan('package_create', {
        name: 'depenses-2025',
        title: 'Dépenses 2025',
        owner_org: org.id,
        notes: 'Dépenses par chapitre.',
        license_id: 'cc-by', // CKAN's historical id, resolved to ours
        tags: [{ name: 'budget' }, { name: 'dépenses' }],
        extras: [{ key: 'frequency_note', value: 'yearly' }],
        resources: [{ url: 'https://example.ma/depenses.json', name: 'API', format: 'JSON' }],
      });
      assert.equal(pkg.license_id, 'CC-BY-4.0');
      assert.equal(pkg.resources.length, 1);

      const res = await ckan(
        'resource_create',
        { package_id: pkg.id, name: 'Export CSV', description: 'Export complet' },
        { upload: new Blob(['chapitre,montant\nA,10\nB,20\n'], { type: 'text/csv' }) },
      );
      assert.equal(res.url_type, 'upload');
      assert.equal(res.format, 'CSV');
      const file = await fetch(res.url.replace('http://localhost:3000', address));
      assert.equal(await file.text(), 'chapitre,montant\nA,10\nB,20\n');

      const shown = await anonymous('package_show', { id: 'depenses-2025' });
      assert.deepEqual(
        shown.resources.map((r: { name: string }) => r.name),
        ['API', 'Export CSV'],
      );
      assert.equal(shown.organization.name, 'ministere-test');

      const found = await anonymous('package_search', {
        fq: 'organization:ministere-test +tags:budget',
        rows: 10,
      });
      assert.equal(found.count, 1);
      assert.equal(found.results[0].name, 'depenses-2025');
      const none = await anonymous('package_search', { fq: 'organization:ministere-test tags:absent' });
      assert.equal(none.count, 0);
      await assert.rejects(
        anonymous('package_search', { fq: 'organization:(unclosed' }),
        (e: unknown) => e instanceof CkanError && e.type === 'Search Query Error' && e.status === 400,
      );

      const patched = await ckan('package_patch', { id: pkg.id, version: '2.0' });
      assert.equal(patched.version, '2.0');
      assert.equal(patched.num_resources, 2);
      await assert.rejects(
        anonymous('package_patch', { id: pkg.id, version: '3.0' }),
        (e: unknown) => e instanceof CkanError && e.type === 'Authorization Error' && e.status === 403,
      );
      await assert.rejects(
        ckan('package_create', { name: 'X Bad Name', owner_org: org.id }),
        (e: unknown) =>
          e instanceof CkanError && e.type === 'Validation Error' && Array.isArray(e.error.name),
      );

      await ckan('package_delete', { id: 'depenses-2025' });
      await assert.rejects(
        anonymous('package_show', { id: 'depenses-2025' }),
        (e: unknown) => e instanceof CkanError && e.type === 'Not Found Error' && e.status === 404,
      );
      assert.ok(!(await anonymous('package_list')).includes('depenses-2025'));
    });
  },
  limits,
);
