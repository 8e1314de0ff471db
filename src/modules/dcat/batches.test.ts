// The streamed read of public datasets: keyset batches cover a page exactly (no gap, no repeat) whatever the
// batch size, start and count; private and draft datasets never appear.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../test/app.ts';
import { demoDatasets } from '../../demo/catalog.seed.ts';
import { publicBatches } from './batches.ts';
import { countPublic } from './dcat.repo.ts';
import { loadDemoInto } from './demo-kit.ts';

describeWithApp('public datasets in batches', (get) => {
  const hidden = [demoDatasets[0]!.name, demoDatasets[1]!.name];
  before(async () => {
    await loadDemoInto(get());
    const db = get().db.db;
    await db.updateTable('datasets').set({ visibility: 'private' }).where('name', '=', hidden[0]!).execute();
    await db.updateTable('datasets').set({ state: 'deleted' }).where('name', '=', hidden[1]!).execute();
  });

  const names = async (start: number, count: number, batch: number) => {
    const out: string[] = [];
    for await (const b of publicBatches(get().db.db, {}, start, count, [], batch)) {
      assert.ok(b.views.length <= batch);
      for (const v of b.views) {
        assert.ok(b.orgs.has(v.organization.id), 'publisher loaded');
        out.push(v.name);
      }
    }
    return out;
  };

  test('batches of any size give the same ordered page; hidden datasets are left out', async () => {
    const { total } = await countPublic(get().db.db, {});
    assert.equal(total, demoDatasets.length - 2);
    const expected = demoDatasets
      .map((d) => d.name)
      .filter((n) => !hidden.includes(n))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    assert.deepEqual(await names(0, total, 500), expected);
    for (const batch of [1, 3, 7]) {
      assert.deepEqual(await names(0, total, batch), expected, `batch ${batch}`);
      assert.deepEqual(await names(5, 6, batch), expected.slice(5, 11), `batch ${batch}, 5..10`);
      assert.deepEqual(await names(total - 2, 10, batch), expected.slice(-2), `batch ${batch}, tail`);
    }
  });
});
