// A real CKAN client library from npm (okfn's `ckan`, ckan.js) against a live server: it POSTs JSON to
// `<endpoint>/api/3/action/<name>` with the key in `X-CKAN-API-KEY` and treats any status but 200 as an error.
// A read scenario (anonymous) and a write scenario (with a token), on both databases.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../test/app.ts';
import { limits } from '../../modules/catalog/test-kit.ts';
import { ckanClient } from './test-kit.ts';

interface CkanJsClient {
  action(name: string, data: Record<string, unknown>, cb: (err: unknown, body: any) => void): void;
}
const { Client } = createRequire(import.meta.url)('ckan') as {
  Client: new (endpoint: string, apiKey?: string) => CkanJsClient;
};

/** ckan.js's callback API as a promise of the whole answer (envelope included). */
const call = (client: CkanJsClient, name: string, data: Record<string, unknown> = {}) =>
  new Promise<any>((resolve, reject) =>
    client.action(name, data, (err, body) => (err ? reject(new Error(String(err))) : resolve(body))),
  );

describeWithApp(
  'CKAN API: the ckan.js client library',
  (get) => {
    let endpoint = '';
    let key = '';
    let orgName = '';
    before(async () => {
      await get().app.listen({ port: 0, host: '127.0.0.1' });
      endpoint = `http://127.0.0.1:${(get().app.server.address() as AddressInfo).port}`;
      const kit = ckanClient(get);
      key = (await kit.user('ckanjs-editor', { sysadmin: true })).token;
      const org = new Client(endpoint, key);
      orgName = (
        await call(org, 'organization_create', { name: 'ckanjs-org', title: 'Organisation ckan.js' })
      ).result.name;
    });

    test('write: create, add a resource, patch and delete a dataset with an API key', async () => {
      const client = new Client(endpoint, key);
      const created = await call(client, 'package_create', {
        name: 'ckanjs-budget',
        title: 'Budget (ckan.js)',
        owner_org: orgName,
        notes: 'Créé par la bibliothèque cliente.',
        tags: [{ name: 'budget' }],
      });
      assert.equal(created.success, true);
      assert.equal(created.result.name, 'ckanjs-budget');
      const res = await call(client, 'resource_create', {
        package_id: created.result.id,
        url: 'https://data.example.ma/budget.csv',
        name: 'Budget CSV',
        format: 'CSV',
      });
      assert.equal(res.result.package_id, created.result.id);
      // ckan.js renames dataset_* actions to package_*.
      const patched = await call(client, 'dataset_patch', { id: 'ckanjs-budget', title: 'Budget 2025' });
      assert.equal(patched.result.title, 'Budget 2025');
      assert.equal(patched.result.num_resources, 1);
      await assert.rejects(
        call(new Client(endpoint), 'package_delete', { id: 'ckanjs-budget' }),
        /HTTP code 403/,
        'no key: refused',
      );
      assert.equal((await call(client, 'package_delete', { id: 'ckanjs-budget' })).success, true);
      await assert.rejects(
        call(new Client(endpoint), 'package_show', { id: 'ckanjs-budget' }),
        /HTTP code 404/,
      );
    });

    test('read: anonymous search, show, lists and a validation error', async () => {
      const writer = new Client(endpoint, key);
      await call(writer, 'package_create', {
        name: 'ckanjs-ecoles',
        title: 'Écoles publiques',
        owner_org: orgName,
        tags: [{ name: 'education' }],
      });
      const client = new Client(`${endpoint}/`);
      const found = await call(client, 'package_search', {
        q: 'écoles',
        fq: `organization:${orgName}`,
        rows: 5,
      });
      assert.equal(found.result.count, 1);
      assert.equal(found.result.results[0].name, 'ckanjs-ecoles');
      const shown = await call(client, 'package_show', { id: 'ckanjs-ecoles' });
      assert.equal(shown.result.organization.name, orgName);
      assert.ok((await call(client, 'package_list')).result.includes('ckanjs-ecoles'));
      assert.ok((await call(client, 'tag_list')).result.includes('education'));
      assert.ok(
        (await call(client, 'license_list')).result.some((l: { id: string }) => l.id === 'CC-BY-4.0'),
      );
      await assert.rejects(
        call(writer, 'package_create', { name: 'ckanjs-ecoles', owner_org: orgName, title: 'Doublon' }),
        /HTTP code 409[\s\S]*Validation Error/,
      );
    });
  },
  limits,
);
