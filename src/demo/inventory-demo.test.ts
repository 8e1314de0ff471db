// The demo inventories: three organisations, a published item linked to its dataset, non-public and restricted
// items with their public justification, and the accepted baccalaureate request recorded in the education
// ministry's inventory (its public history shows the step, its demand counts the request and its votes).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createTestDb, type TestDb, testDialects } from '../../test/db.ts';
import { configWith } from '../config.ts';
import type { ServiceContext } from '../context.ts';
import { JobQueue } from '../jobs/index.ts';
import { silentLog } from '../kernel/log.ts';
import { anonymous } from '../modules/accounts/index.ts';
import { getItemDetail, inventorySummary, listItems } from '../modules/inventory/inventory.service.ts';
import { getRequestDetail } from '../modules/requests/requests.service.ts';
import { createJobRegistry } from '../runtime.ts';
import { loadDemo, seeders } from '../seed.ts';

for (const dialect of testDialects()) {
  describe(`demo inventory (${dialect})`, () => {
    let db: TestDb;
    let dir: string;
    let ctx: ServiceContext;

    before(async () => {
      db = await createTestDb(dialect);
      dir = mkdtempSync(join(tmpdir(), 'shafaf-demo-inventory-'));
      const config = configWith({ DATA_DIR: dir });
      const rt = { config, db, queue: new JobQueue(db, createJobRegistry({ db, config })) };
      const only = seeders.filter((s) => ['accounts', 'catalog', 'requests', 'inventory'].includes(s.name));
      assert.equal(await loadDemo(rt, silentLog, only), true);
      ctx = { ...rt, log: silentLog, actor: anonymous, locale: 'fr', ip: null, requestId: null };
    });
    after(async () => {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    });

    test('three organisations, every status, justifications public, the request chain', async () => {
      const s = await inventorySummary(ctx);
      assert.deepEqual(
        s.organizations.filter((o) => o.total > 0).map((o) => o.organization.name),
        ['men', 'sante', 'hcp'],
      );
      assert.equal(s.totals.total, 8);
      assert.ok(
        s.organizations.some((o) => o.total === 0),
        'organisations without an inventory are shown',
      );
      assert.equal(s.totals.published, 2);
      assert.equal(s.totals.non_public, 2);
      assert.equal(s.totals.restricted, 1);
      assert.equal(s.totals.planned, 3);
      const { items } = await listItems(ctx, { organization: 'men', limit: 50, offset: 0 });
      const bac = items.find((i) => i.title.en === 'Baccalaureate results by school')!;
      assert.deepEqual(bac.demand, { requests: 1, votes: 2 });
      const secret = items.find((i) => i.access_level === 'non_public')!;
      assert.match(secret.restriction!.justification, /09-08/);
      assert.equal(secret.source_system, null);
      for (const i of items)
        for (const l of ['ar', 'fr', 'en'] as const) assert.ok(i.title[l], `${i.id} ${l}`);
      const { requests } = await getItemDetail(ctx, bac.id);
      const r = await getRequestDetail(ctx, requests[0]!.id);
      assert.equal(r.request.inventory_item_id, bac.id);
      assert.equal(r.history.at(-1)!.kind, 'inventory');
      assert.equal(r.history.at(-1)!.role, 'organization');
    });
  });
}
