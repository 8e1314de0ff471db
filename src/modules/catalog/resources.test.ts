// Resources through REST: add, change, order, delete; revisions; the dataset's date moves; stored files.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../test/app.ts';
import { cliActor } from '../accounts/index.ts';
import { createResource, updateResource } from './resources.service.ts';
import { limits, restClient, sampleDataset, serviceContextFor } from './test-kit.ts';

describeWithApp(
  'catalog: resources',
  (get) => {
    const { call, anonymous, organisation, dataset, counts } = restClient(get);
    let org: Awaited<ReturnType<typeof organisation>>;
    let other: Awaited<ReturnType<typeof organisation>>;
    const base = '/api/v1/datasets/water/resources';
    const titles = async (name = 'water') =>
      (await call('GET', `/api/v1/datasets/${name}`, org.member))
        .json()
        .data.resources.map(
          (r: { title: { fr: string }; position: number }) => `${r.position}:${r.title.fr}`,
        );

    before(async () => {
      org = await organisation('onee');
      other = await organisation('ormva');
      await dataset(org.editor, sampleDataset('water', org.name));
    });

    test('an editor adds link resources at the end; the format comes from the URL when not given', async () => {
      const before = (await call('GET', '/api/v1/datasets/water')).json().data.updated_at;
      for (const [i, title] of ['Consommation', 'Barrages', 'Guide'].entries()) {
        const res = await call('POST', base, org.editor, {
          title: { fr: title },
          url: `https://data.onee.ma/files/${title.toLowerCase()}.${i === 2 ? 'pdf' : 'csv?v=2'}`,
          kind: i === 2 ? 'documentation' : undefined,
          description: { fr: 'Voir **la notice**.' },
        });
        assert.equal(res.statusCode, 201, res.body);
        const r = res.json().data;
        assert.equal(r.position, i);
        assert.equal(r.format, i === 2 ? 'PDF' : 'CSV');
        assert.equal(r.kind, i === 2 ? 'documentation' : 'data');
        assert.equal(r.stored, false);
        assert.equal('storage_key' in r, false, 'storage keys stay inside');
      }
      assert.deepEqual(await titles(), ['0:Consommation', '1:Barrages', '2:Guide']);
      const after = (await call('GET', '/api/v1/datasets/water')).json().data.updated_at;
      assert.ok(after >= before, 'the dataset is modified with its resources');
      const api = await call('POST', base, org.admin, {
        url: 'https://api.onee.ma/v1',
        kind: 'api',
        format: 'json',
      });
      assert.equal(api.json().data.format, 'JSON');
    });

    test('PUT …/resources/order reorders; the revision records the orders before and after', async () => {
      const ds = (await call('GET', '/api/v1/datasets/water', org.editor)).json().data;
      const ids = ds.resources.map((r: { id: string }) => r.id);
      const reversed = [...ids].reverse();
      const res = await call('PUT', `${base}/order`, org.editor, { order: reversed });
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual(
        res.json().data.map((r: { id: string; position: number }) => [r.id, r.position]),
        reversed.map((id, i) => [id, i]),
      );
      assert.deepEqual((await titles()).slice(1), ['1:Guide', '2:Barrages', '3:Consommation']);
      const [rev] = (await call('GET', '/api/v1/datasets/water/activity', org.editor)).json().data.items;
      assert.equal(rev.entity_type, 'dataset');
      assert.deepEqual(rev.changes, { resource_order: { before: ids, after: reversed } });
      const same = await counts();
      assert.equal((await call('PUT', `${base}/order`, org.editor, { order: reversed })).statusCode, 200);
      assert.deepEqual(await counts(), same, 'the same order again records nothing');
      const partial = await call('PUT', `${base}/order`, org.editor, { order: reversed.slice(1) });
      assert.equal(partial.json().error.fields.order.reason, 'invalid_value');
      const twice = await call('PUT', `${base}/order`, org.editor, { order: [ids[0], ...ids.slice(0, -1)] });
      assert.equal(twice.statusCode, 400);
    });

    test('PATCH changes only the keys given and records before/after; delete closes the gap', async () => {
      const ds = (await call('GET', '/api/v1/datasets/water', org.editor)).json().data;
      const guide = ds.resources.find((r: { title: { fr: string } }) => r.title.fr === 'Guide');
      const res = await call('PATCH', `${base}/${guide.id}`, org.editor, {
        title: { fr: 'Guide 2024', ar: 'دليل' },
        size: 2048,
        sha256: 'A'.repeat(64),
      });
      assert.equal(res.statusCode, 200, res.body);
      const changed = res.json().data;
      assert.equal(changed.url, guide.url);
      assert.equal(changed.kind, 'documentation');
      assert.equal(changed.sha256, 'a'.repeat(64));
      const [rev] = (await call('GET', '/api/v1/datasets/water/activity', org.editor)).json().data.items;
      assert.equal(rev.entity_type, 'resource');
      assert.equal(rev.entity_id, guide.id);
      assert.deepEqual(rev.changes, {
        title: { before: { fr: 'Guide' }, after: { fr: 'Guide 2024', ar: 'دليل' } },
        size: { before: null, after: 2048 },
        sha256: { before: null, after: 'a'.repeat(64) },
      });
      assert.equal((await call('DELETE', `${base}/${guide.id}`, org.editor)).statusCode, 200);
      assert.deepEqual((await titles()).slice(1), ['1:Barrages', '2:Consommation']);
      const [deleted] = (await call('GET', '/api/v1/datasets/water/activity', org.editor)).json().data.items;
      assert.equal(deleted.action, 'deleted');
      assert.deepEqual(deleted.changes.url, { before: guide.url, after: null });
      const gone = await call('PATCH', `${base}/${guide.id}`, org.editor, { size: 1 });
      assert.equal(gone.statusCode, 404);
      assert.equal(gone.json().error.code, 'catalog.resource_not_found');
    });

    test('a resource belongs to its dataset; private datasets hide their resources', async () => {
      await dataset(org.editor, sampleDataset('secret', org.name, { visibility: 'private' }));
      const r = (
        await call('POST', '/api/v1/datasets/secret/resources', org.editor, { url: 'https://x.ma/s.csv' })
      ).json().data;
      assert.equal(
        (await call('GET', `/api/v1/datasets/secret/resources/${r.id}`, org.member)).statusCode,
        200,
      );
      assert.equal((await call('GET', `/api/v1/datasets/secret/resources/${r.id}`)).statusCode, 404);
      assert.equal((await call('GET', `/api/v1/datasets/water/resources/${r.id}`)).statusCode, 404);
      const wrong = await call('DELETE', `/api/v1/datasets/water/resources/${r.id}`, org.editor);
      assert.equal(wrong.json().error.code, 'catalog.resource_not_found');
    });

    test('members, editors of other organisations and anonymous callers cannot touch resources', async () => {
      const [first] = (await call('GET', '/api/v1/datasets/water')).json().data.resources;
      const before = await counts();
      for (const [as, status] of [
        [org.member, 403],
        [other.editor, 403],
        [await anonymous(), 401],
      ] as const) {
        assert.equal((await call('POST', base, as, { url: 'https://x.ma/a.csv' })).statusCode, status);
        assert.equal((await call('PATCH', `${base}/${first.id}`, as, { kind: 'other' })).statusCode, status);
        assert.equal((await call('DELETE', `${base}/${first.id}`, as)).statusCode, status);
        assert.equal((await call('PUT', `${base}/order`, as, { order: [] })).statusCode, status);
      }
      assert.deepEqual(await counts(), before);
    });

    test('a stored file (filled by uploads) needs no URL; its size and checksum cannot be edited', async () => {
      const ctx = serviceContextFor(get(), cliActor);
      const file = {
        storageKey: 'ab/cd/file.csv',
        size: 1234,
        sha256: 'f'.repeat(64),
        mediaType: 'text/csv',
      };
      const r = await createResource(ctx, 'water', { title: { fr: 'Fichier' }, format: 'csv' }, file);
      assert.equal(r.stored, true);
      assert.equal(r.url, null);
      assert.deepEqual([r.size, r.sha256, r.media_type], [1234, 'f'.repeat(64), 'text/csv']);
      const after = await updateResource(ctx, 'water', r.id, {
        size: 1,
        sha256: '0'.repeat(64),
        kind: 'other',
      });
      assert.deepEqual([after.size, after.sha256, after.kind], [1234, 'f'.repeat(64), 'other']);
    });
  },
  limits,
);
