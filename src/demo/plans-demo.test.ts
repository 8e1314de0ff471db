// The demo action plan: 22 commitments whose figures on the steering committee's review date are those it
// reviewed (within a point where the illustrative weights of published activities round), and the commitments
// the minutes noted as not updated are flagged on that date.
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
import * as blockersService from '../modules/plans/blockers.service.ts';
import { plansService } from '../modules/plans/index.ts';
import * as meetingsService from '../modules/plans/meetings.service.ts';
import { createJobRegistry } from '../runtime.ts';
import { loadDemo, seeders } from '../seed.ts';
import { demoCommitments, demoPlan, REVIEW_DATE } from './plans.data.ts';

for (const dialect of testDialects()) {
  describe(`demo action plan (${dialect})`, () => {
    let db: TestDb;
    let dir: string;
    let ctx: ServiceContext;

    before(async () => {
      db = await createTestDb(dialect);
      dir = mkdtempSync(join(tmpdir(), 'shafaf-demo-plans-'));
      const config = configWith({ DATA_DIR: dir });
      const rt = { config, db, queue: new JobQueue(db, createJobRegistry({ db, config })) };
      const only = seeders.filter((s) => s.name === 'accounts' || s.name === 'plans');
      assert.equal(await loadDemo(rt, silentLog, only), true);
      ctx = { ...rt, log: silentLog, actor: anonymous, locale: 'en', ip: null, requestId: null };
    });
    after(async () => {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    });

    test('the review date reproduces the reviewed figures and flags', async () => {
      const plan = await plansService.getPlan(ctx, demoPlan.slug, { date: REVIEW_DATE });
      assert.equal(plan.commitments.length, 22);
      for (const c of plan.commitments) {
        const ref = demoCommitments.find((d) => d.number === c.number)!;
        assert.ok(
          Math.abs(c.progress - ref.progress) <= 1,
          `commitment ${c.number}: ${c.progress} vs ${ref.progress}`,
        );
        assert.equal(c.notUpdated, ref.stale === true, `commitment ${c.number} flag`);
        assert.ok(c.title.ar && c.title.fr && c.title.en);
      }
      const mean = demoCommitments.reduce((s, c) => s + c.progress, 0) / 22;
      assert.ok(Math.abs(plan.plan.progress - mean) < 0.2, `${plan.plan.progress} vs ${mean}`);
      const earlier = await plansService.getPlan(ctx, demoPlan.slug, { date: '2022-10-01' });
      assert.ok(earlier.plan.progress < plan.plan.progress);
      assert.deepEqual(
        (await plansService.listPlans(ctx)).map((p) => p.slug),
        [demoPlan.slug],
      );
    });

    test('meetings embed the progress of their date; the public request is closed and readable by all', async () => {
      const list = await meetingsService.listMeetings(ctx, demoPlan.slug);
      assert.deepEqual(
        list.meetings.map((m) => [m.kind, m.heldOn]),
        [
          ['steering', REVIEW_DATE],
          ['implementation', '2023-01-19'],
          ['steering', '2022-10-06'],
        ],
      );
      const review = await meetingsService.getMeeting(ctx, demoPlan.slug, list.meetings[0]!.id);
      for (const l of ['ar', 'fr', 'en'] as const) assert.ok(review.meeting.minutes[l]);
      assert.match(review.meeting.minutes.en ?? '', /Tracking platform not updated/);
      const plan = await plansService.getPlan(ctx, demoPlan.slug, { date: REVIEW_DATE });
      assert.deepEqual(
        review.progress?.commitments.filter((c) => c.notUpdated).map((c) => c.number),
        [3, 11, 19],
      );
      assert.equal(review.progress?.progress, plan.plan.progress);
      const blockers = await blockersService.listBlockers(ctx, demoPlan.slug);
      assert.equal(blockers.length, 1);
      assert.equal(blockers[0]!.status, 'closed');
      assert.equal(blockers[0]!.commitment, 19);
      const detail = await blockersService.getBlocker(ctx, demoPlan.slug, blockers[0]!.id);
      assert.deepEqual(
        detail.events.map((e) => [e.kind, e.at.slice(0, 10)]),
        [
          ['raised', '2023-03-20'],
          ['comment', '2023-03-28'],
          ['answer', '2023-04-04'],
          ['close', '2023-04-20'],
        ],
      );
    });
  });
}
