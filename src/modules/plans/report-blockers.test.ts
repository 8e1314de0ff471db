// Blockers in the self-assessment report, on each database: a report lists the blockers raised up to its date
// with the status and answer they had on that date (from the dated history), and only those the reader may see.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../test/app.ts';
import { type Caller, limits, plansClient, sampleCommitment, samplePlan } from './test-kit.ts';

describeWithApp(
  'blockers in the report',
  (get) => {
    const { ok, user, anonymous, grant, call } = plansClient(get);
    let root: Caller;
    let lead: Caller;
    const base = '/api/v1/plans/gov/blockers';
    const redate = async (id: string, raised: string, answered: string) => {
      const db = get().db.db;
      await db.updateTable('plan_blockers').set({ created_at: raised }).where('id', '=', id).execute();
      await db
        .updateTable('plan_blockers')
        .set({ answered_at: answered })
        .where('id', '=', id)
        .where('answered_at', 'is not', null)
        .execute();
      await db
        .updateTable('plan_blocker_events')
        .set({ at: raised })
        .where('blocker_id', '=', id)
        .where('kind', '=', 'raised')
        .execute();
      await db
        .updateTable('plan_blocker_events')
        .set({ at: answered })
        .where('blocker_id', '=', id)
        .where('kind', '=', 'answer')
        .execute();
    };
    const blockersOn = async (date: string, as: Caller | null) => {
      const res = await call('GET', `/en/plans/gov/report.json?date=${date}`, as);
      assert.equal(res.statusCode, 200, res.body);
      return res.json().commitments[0].blockers as {
        title: { en?: string };
        status: string;
        raisedOn: string;
        answer: { en?: string };
      }[];
    };

    before(async () => {
      root = await user('root@gov.ma', { sysadmin: true });
      lead = await user('lead@gov.ma', { name: 'Lead One' });
      await ok(201, 'POST', '/api/v1/plans', root, samplePlan('gov', { periodStart: '2021-01-01' }));
      const c1 = await ok(201, 'POST', '/api/v1/plans/gov/commitments', root, sampleCommitment(1));
      await grant(lead.id, 'project_lead', { type: 'commitment', id: c1.id });
      const body = { commitment: 1, problem: 'No data from the ministry.', needed: 'A letter.', lang: 'en' };
      const pub = await ok(201, 'POST', base, lead, { ...body, title: 'Public one', public: true });
      const hidden = await ok(201, 'POST', base, lead, { ...body, title: 'Restricted one' });
      const pubId = (pub.blocker ?? pub).id;
      await ok(200, 'POST', `${base}/${pubId}/answer`, root, {
        answer: 'The committee wrote to the ministry.',
      });
      await redate(pubId, '2022-03-01T09:00:00.000Z', '2022-05-10T09:00:00.000Z');
      await redate((hidden.blocker ?? hidden).id, '2022-03-02T09:00:00.000Z', '2022-05-10T09:00:00.000Z');
    });

    test('a past report shows a blocker as it stood on its date; later reports show the answer', async () => {
      const anon = await anonymous();
      assert.deepEqual(await blockersOn('2022-02-28', anon), []);
      const april = await blockersOn('2022-04-01', anon);
      assert.equal(april.length, 1);
      assert.equal(Object.values(april[0]?.title ?? {})[0], 'Public one');
      assert.equal(april[0]?.status, 'open');
      assert.equal(april[0]?.raisedOn, '2022-03-01');
      assert.deepEqual(april[0]?.answer, {});
      const june = await blockersOn('2022-06-01', anon);
      assert.equal(june[0]?.status, 'answered');
      assert.equal(Object.values(june[0]?.answer ?? {})[0], 'The committee wrote to the ministry.');
    });

    test('restricted blockers are in the report only for readers who may see them', async () => {
      const titles = async (as: Caller | null) =>
        (await blockersOn('2022-06-01', as)).map((b) => Object.values(b.title)[0]).sort();
      assert.deepEqual(await titles(await anonymous()), ['Public one']);
      assert.deepEqual(await titles(lead), ['Public one', 'Restricted one']);
      assert.deepEqual(await titles(root), ['Public one', 'Restricted one']);
      const html = await call('GET', '/en/plans/gov/report?date=2022-06-01', root);
      assert.match(html.body, /Restricted one<\/span> \(Open\)/);
      assert.match(
        html.body,
        /Public one<\/span> \(Answered\) — <span[^>]*>The committee wrote to the ministry\./,
      );
    });
  },
  limits,
);
