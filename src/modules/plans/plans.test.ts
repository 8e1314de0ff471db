// Plans through the REST API on each database: who may write what, weighted progress changing by exactly the
// weighted amounts, zero weights, a removed activity, past figures reproduced, "not updated" flags, validation
// that changes nothing, and unpublished plans hidden.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../test/app.ts';
import { today } from './fields.ts';
import { type Caller, limits, plansClient, sampleCommitment, samplePlan } from './test-kit.ts';

describeWithApp(
  'action plans',
  (get) => {
    const { call, ok, user, anonymous, grant, count } = plansClient(get);
    let root: Caller;
    let team: Caller;
    let lead: Caller;
    let other: Caller;
    let anon: Caller;
    const c1 = '/api/v1/plans/nap/commitments/1';
    const c2 = '/api/v1/plans/nap/commitments/2';
    const act: Record<'a' | 'b' | 'c', string> = { a: '', b: '', c: '' };

    before(async () => {
      root = await user('root@example.ma', { sysadmin: true });
      team = await user('team@example.ma');
      lead = await user('lead@example.ma', { name: 'Lead One' });
      other = await user('other@example.ma');
      anon = await anonymous();
      await grant(team.id, 'steering_committee', { type: 'platform', id: '' });
    });

    test('plan managers create plans and commitments; others are refused and nothing is written', async () => {
      const before = await count('plans');
      assert.equal((await call('POST', '/api/v1/plans', anon, samplePlan('nap'))).statusCode, 401);
      assert.equal((await call('POST', '/api/v1/plans', other, samplePlan('nap'))).statusCode, 403);
      assert.equal(await count('plans'), before);
      const plan = await ok(201, 'POST', '/api/v1/plans', root, samplePlan('nap'));
      assert.equal(plan.slug, 'nap');
      assert.deepEqual(plan.thresholds, { limited: 1, substantial: 50, complete: 100 });
      const one = await ok(201, 'POST', '/api/v1/plans/nap/commitments', team, sampleCommitment(1));
      assert.deepEqual(one.values, ['access_to_information']);
      await ok(201, 'POST', '/api/v1/plans/nap/commitments', team, sampleCommitment(2));
      const dup = await call('POST', '/api/v1/plans/nap/commitments', team, sampleCommitment(2));
      assert.equal(dup.statusCode, 400);
      assert.equal(dup.json().error.fields.number.reason, 'not_unique');
      assert.equal(
        (await call('POST', '/api/v1/plans/nap/commitments', other, sampleCommitment(3))).statusCode,
        403,
      );
      await grant(lead.id, 'project_lead', { type: 'commitment', id: one.id });
    });

    test('a project lead manages the activities of their commitment only', async () => {
      const since = '2024-01-01';
      const a = await ok(201, 'POST', `${c1}/activities`, lead, {
        title: { fr: 'Activité A', en: 'Activity A' },
        weight: 3,
        since,
      });
      const b = await ok(201, 'POST', `${c1}/activities`, lead, {
        title: { en: 'Activity B' },
        weight: 1,
        since,
      });
      assert.equal(b.position, a.position + 1);
      const refused = await call('POST', `${c2}/activities`, lead, { title: { en: 'C' }, since });
      assert.equal(refused.statusCode, 403);
      assert.equal((await call('POST', `${c1}/activities`, other, { title: { en: 'X' } })).statusCode, 403);
      const c = await ok(201, 'POST', `${c2}/activities`, team, {
        title: { en: 'Activity C' },
        weight: 1,
        since,
      });
      Object.assign(act, { a: a.id, b: b.id, c: c.id });
    });

    const figures = async (date?: string) => {
      const q = date ? `?date=${date}` : '';
      const plan = await ok(200, 'GET', `/api/v1/plans/nap${q}`, null);
      return {
        plan: plan.plan.progress as number,
        c1: plan.commitments[0].progress as number,
        c2: plan.commitments[1].progress as number,
        flags: plan.commitments.map((x: { notUpdated: boolean }) => x.notUpdated) as boolean[],
      };
    };

    test('reports move commitment and plan progress by exactly the weighted amounts', async () => {
      const report = (id: string, n: number, completion: number, reportedOn: string, as = lead) =>
        ok(201, 'POST', `/api/v1/plans/nap/commitments/${n}/activities/${id}/reports`, as, {
          completion,
          reportedOn,
          done: { en: `Reached ${completion}%` },
          evidence: [{ title: 'Minutes', url: 'https://example.ma/minutes.pdf' }],
          communication: { fr: 'Communiqué de presse' },
        });
      await report(act.a, 1, 40, '2024-01-15');
      await report(act.b, 1, 80, '2024-01-15');
      // c1 = (3×40 + 1×80) / 4 = 50; c2 = 0; plan (mean) = 25
      assert.deepEqual(await figures('2024-01-31'), { plan: 25, c1: 50, c2: 0, flags: [false, false] });

      // Two activities updated with evidence: A +20 (share 75%) moves c1 by 15; C +50 moves c2 by 50.
      await report(act.a, 1, 60, '2024-03-15');
      await report(act.c, 2, 50, '2024-03-15', team);
      const after = await figures('2024-03-31');
      assert.deepEqual(after, { plan: 57.5, c1: 65, c2: 50, flags: [false, false] });

      const detail = await ok(200, 'GET', `${c1}?date=2024-03-31`, null);
      assert.deepEqual(
        detail.activities.map((x: { share: number; completion: number; weight: number }) => [
          x.weight,
          x.share,
          x.completion,
        ]),
        [
          [3, 75, 60],
          [1, 25, 80],
        ],
      );
      assert.equal(detail.activities[0].reports.length, 2);
      assert.equal(detail.activities[0].reports[1].evidence[0].url, 'https://example.ma/minutes.pdf');
      assert.deepEqual(detail.history, [
        { date: '2024-01-15', progress: 50 },
        { date: '2024-03-15', progress: 65 },
      ]);
      assert.equal(detail.level.level, 'substantial');
      assert.equal(detail.can.report, false); // anonymous
    });

    test('zero weights mean equal shares; a removed activity stops counting; the past is reproduced', async () => {
      await ok(200, 'PATCH', `${c1}/activities/${act.a}`, lead, { weight: 0 });
      await ok(200, 'PATCH', `${c1}/activities/${act.b}`, lead, { weight: 0 });
      // all zero: (60 + 80) / 2 = 70; plan = (70 + 50) / 2 = 60
      let now = await figures();
      assert.equal(now.c1, 70);
      assert.equal(now.plan, 60);
      await ok(200, 'PATCH', `${c1}/activities/${act.b}`, lead, { weight: 1 });
      // A weight 0, B weight 1: c1 = 80
      assert.equal((await figures()).c1, 80);
      await ok(200, 'DELETE', `${c1}/activities/${act.b}`, lead);
      // only A (weight 0, alone: equal share): c1 = 60; plan = (60 + 50) / 2 = 55
      now = await figures();
      assert.equal(now.c1, 60);
      assert.equal(now.plan, 55);
      assert.equal((await call('PATCH', `${c1}/activities/${act.b}`, lead, { weight: 2 })).statusCode, 404);
      // The figures of past dates are those computed then.
      assert.deepEqual(await figures('2024-01-31'), { plan: 25, c1: 50, c2: 0, flags: [false, false] });
      assert.deepEqual(await figures('2024-03-31'), { plan: 57.5, c1: 65, c2: 50, flags: [false, false] });
    });

    test('a commitment without a report for longer than the reporting period is flagged "not updated"', async () => {
      // Both commitments last reported in March 2024, more than 30 days before today.
      assert.deepEqual((await figures()).flags, [true, true]);
      assert.deepEqual((await figures('2024-04-10')).flags, [false, false]);
      assert.deepEqual((await figures('2024-04-20')).flags, [true, true]);
      await ok(201, 'POST', `${c1}/activities/${act.a}/reports`, lead, { completion: 70 });
      const now = await figures();
      assert.deepEqual(now.flags, [false, true]);
      assert.equal(now.c1, 70);
      const plan = await ok(200, 'GET', '/api/v1/plans/nap', null);
      assert.equal(plan.commitments[0].lastReport, today());
    });

    test('bad input names the field and changes nothing', async () => {
      const n = [await count('progress_reports'), await count('audit_log')];
      const bad = await call('POST', `${c1}/activities/${act.a}/reports`, lead, {
        completion: 150,
        reportedOn: '2999-01-01',
        evidence: [{ url: 'javascript:alert(1)' }],
      });
      assert.equal(bad.statusCode, 400);
      const fields = bad.json().error.fields;
      assert.equal(fields.completion.reason, 'too_large');
      assert.equal(fields.reportedOn.reason, 'invalid_value');
      assert.equal(fields['evidence.0.url'].reason, 'invalid_format');
      assert.deepEqual([await count('progress_reports'), await count('audit_log')], n);
      const fr = await call('PATCH', c1, root, { levelOverride: 'complete' });
      assert.equal(fr.json().error.fields.levelOverrideReason.reason, 'required');
      const thresholds = await call('PATCH', '/api/v1/plans/nap', root, { thresholds: { limited: 60 } });
      assert.equal(thresholds.json().error.fields.thresholds.reason, 'invalid_value');
      assert.equal(
        (await call('GET', '/api/v1/plans/nap?date=2024-02-30', null)).json().error.fields.date.reason,
        'invalid_format',
      );
    });

    test('a level override with its reason; thresholds are configurable', async () => {
      const c = await ok(200, 'PATCH', c1, root, {
        levelOverride: 'limited',
        levelOverrideReason: 'No evidence',
      });
      assert.equal(c.levelOverride, 'limited');
      let plan = await ok(200, 'GET', '/api/v1/plans/nap', null);
      assert.deepEqual(plan.commitments[0].level, {
        level: 'limited',
        derived: 'substantial',
        overridden: true,
        reason: 'No evidence',
      });
      await ok(200, 'PATCH', c1, root, { levelOverride: null });
      await ok(200, 'PATCH', '/api/v1/plans/nap', team, { thresholds: { substantial: 75 } });
      plan = await ok(200, 'GET', '/api/v1/plans/nap', null);
      assert.equal(plan.commitments[0].level.level, 'limited'); // 70 < 75
      assert.equal(plan.plan.thresholds.substantial, 75);
    });

    test('weighted plan aggregation uses commitment weights', async () => {
      await ok(200, 'PATCH', c2, team, { weight: 3 });
      await ok(200, 'PATCH', '/api/v1/plans/nap', team, { aggregation: 'weighted' });
      // c1 = 70 (weight 1), c2 = 50 (weight 3): (70 + 150) / 4 = 55
      assert.equal((await figures()).plan, 55);
    });

    test('unpublished plans are hidden from visitors and shown to managers', async () => {
      await ok(201, 'POST', '/api/v1/plans', root, samplePlan('draft-plan', { published: false }));
      assert.equal((await call('GET', '/api/v1/plans/draft-plan', null)).statusCode, 404);
      assert.equal((await call('GET', '/api/v1/plans/draft-plan', other)).statusCode, 404);
      const seen = (await ok(200, 'GET', '/api/v1/plans', null)).map((p: { slug: string }) => p.slug);
      assert.deepEqual(seen, ['nap']);
      const managed = (await ok(200, 'GET', '/api/v1/plans', team)).map((p: { slug: string }) => p.slug);
      assert.deepEqual(managed.sort(), ['draft-plan', 'nap']);
    });

    test('writes leave audit rows', async () => {
      const rows = await get()
        .db.db.selectFrom('audit_log')
        .select(['action', 'actor_id'])
        .where('action', 'like', 'p%')
        .execute();
      const actions = new Set(rows.map((r) => r.action));
      for (const a of ['plan.create', 'plan.update', 'progress.report']) assert.ok(actions.has(a), a);
      assert.ok(rows.some((r) => r.action === 'progress.report' && r.actor_id === lead.id));
    });
  },
  limits,
);
