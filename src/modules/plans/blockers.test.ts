// Blockers through the REST API on each database: a project lead raises one, the steering committee discusses,
// answers and closes it, the lead reopens an answer; who sees it at each step (restricted: committee and the
// commitment's leads; public: everyone), who may do what, e-mails in the outbox, the dated history.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../test/app.ts';
import { type Caller, limits, plansClient, sampleCommitment, samplePlan } from './test-kit.ts';

describeWithApp(
  'plan blockers',
  (get) => {
    const { call, ok, user, anonymous, grant } = plansClient(get);
    let root: Caller;
    let team: Caller;
    let lead: Caller;
    let lead2: Caller;
    let other: Caller;
    let anon: Caller;
    let restricted = '';
    let open = '';
    const base = '/api/v1/plans/gov/blockers';

    const mails = (to: string, kind: string) =>
      get()
        .db.db.selectFrom('mail_outbox')
        .selectAll()
        .where('to_address', '=', to)
        .where('kind', '=', kind)
        .execute();
    const seen = async (as: Caller) =>
      ((await ok(200, 'GET', base, as)) as { id: string }[]).map((b) => b.id).sort();

    before(async () => {
      root = await user('root@gov.ma', { sysadmin: true });
      team = await user('team@gov.ma', { name: 'Committee Member' });
      lead = await user('lead@gov.ma', { name: 'Lead One' });
      lead2 = await user('lead2@gov.ma');
      other = await user('other@gov.ma');
      anon = await anonymous();
      await grant(team.id, 'steering_committee', { type: 'platform', id: '' });
      await ok(201, 'POST', '/api/v1/plans', root, samplePlan('gov'));
      const c1 = await ok(201, 'POST', '/api/v1/plans/gov/commitments', root, sampleCommitment(1));
      const c2 = await ok(201, 'POST', '/api/v1/plans/gov/commitments', root, sampleCommitment(2));
      await grant(lead.id, 'project_lead', { type: 'commitment', id: c1.id });
      await grant(lead2.id, 'project_lead', { type: 'commitment', id: c2.id });
    });

    test('only the commitment’s leads (and the committee) raise; bad input names the field and writes nothing', async () => {
      const body = {
        commitment: 1,
        title: 'Budget data not shared',
        problem: 'No data.',
        needed: 'A letter.',
      };
      assert.equal((await call('POST', base, anon, body)).statusCode, 401);
      assert.equal((await call('POST', base, other, body)).statusCode, 403);
      assert.equal((await call('POST', base, lead2, body)).statusCode, 403);
      const bad = await call('POST', base, lead, { commitment: 1, title: 'x', problem: 'p' });
      assert.equal(bad.statusCode, 400);
      assert.equal(bad.json().error.fields.needed.reason, 'required');
      assert.equal((await call('POST', base, lead, { ...body, commitment: 9 })).statusCode, 404);
      assert.equal(
        (await call('POST', base, lead, { ...body, commitment: '' })).json().error.fields.commitment.reason,
        'required',
      );
      assert.deepEqual(await seen(team), []);
      assert.equal((await mails('team@gov.ma', 'plan.blocker.raised')).length, 0);

      const made = await ok(201, 'POST', base, lead, body);
      restricted = made.blocker.id;
      assert.equal(made.blocker.status, 'open');
      assert.equal(made.blocker.public, false);
      assert.deepEqual(made.can, { comment: true, answer: false, close: false, reopen: false });
      assert.equal(made.events.length, 1);
      assert.equal(made.events[0].kind, 'raised');
      assert.equal(made.events[0].role, 'lead');
      assert.equal(made.events[0].author, 'Lead One');
      // The committee is told by e-mail, in the same transaction; the lead (the actor) is not.
      const sent = await mails('team@gov.ma', 'plan.blocker.raised');
      assert.equal(sent.length, 1);
      assert.match(sent[0]!.body_text, new RegExp(`/plans/gov/blockers/${restricted}`));
      assert.match(sent[0]!.body_text, /No data\.\n\nA letter\./);
      assert.equal((await mails('lead@gov.ma', 'plan.blocker.raised')).length, 0);

      const pub = await ok(201, 'POST', base, lead, { ...body, title: 'Public one', public: true });
      open = pub.blocker.id;
    });

    test('a restricted blocker is seen by the committee and the commitment’s leads only; a public one by all', async () => {
      const both = [restricted, open].sort();
      assert.deepEqual(await seen(team), both);
      assert.deepEqual(await seen(root), both);
      assert.deepEqual(await seen(lead), both);
      assert.deepEqual(await seen(lead2), [open]);
      assert.deepEqual(await seen(other), [open]);
      assert.deepEqual(await seen(anon), [open]);
      assert.equal((await call('GET', `${base}/${restricted}`, lead2)).statusCode, 404);
      assert.equal((await call('GET', `${base}/${restricted}`, anon)).statusCode, 404);
      assert.equal((await call('GET', `${base}/${open}`, anon)).statusCode, 200);
      // The commitment page's JSON twin lists the same blockers per reader.
      const page = async (as: Caller) =>
        (await call('GET', '/en/plans/gov/commitments/1.json', as))
          .json()
          .blockers.map((b: { id: string }) => b.id);
      assert.deepEqual(await page(anon), [open]);
      assert.deepEqual((await page(lead)).sort(), both);
    });

    test('the committee discusses and answers; the lead replies, reopens; the committee closes', async () => {
      const url = `${base}/${restricted}`;
      assert.equal((await call('POST', `${url}/comments`, lead2, { body: 'hi' })).statusCode, 404);
      assert.equal((await call('POST', `${base}/${open}/comments`, other, { body: 'hi' })).statusCode, 403);
      let b = await ok(200, 'POST', `${url}/comments`, team, { body: 'Which data exactly?' });
      assert.equal(b.blocker.status, 'under_discussion');
      b = await ok(200, 'POST', `${url}/comments`, lead, { body: 'The 2023 budget lines.' });
      assert.equal(b.blocker.status, 'under_discussion');
      assert.equal((await call('POST', `${url}/answer`, lead, { answer: 'self' })).statusCode, 403);
      assert.equal((await call('POST', `${url}/close`, lead, {})).statusCode, 403);
      assert.equal((await call('POST', `${url}/reopen`, lead, { reason: 'x' })).statusCode, 409);
      const empty = await call('POST', `${url}/answer`, team, { answer: ' ' });
      assert.equal(empty.json().error.fields.answer.reason, 'required');

      b = await ok(200, 'POST', `${url}/answer`, team, { answer: 'The committee wrote to the ministry.' });
      assert.equal(b.blocker.status, 'answered');
      assert.equal(b.blocker.answer, 'The committee wrote to the ministry.');
      const told = await mails('lead@gov.ma', 'plan.blocker.answer');
      assert.equal(told.length, 1);
      assert.match(told[0]!.body_text, /wrote to the ministry/);
      assert.equal((await mails('lead2@gov.ma', 'plan.blocker.answer')).length, 0);
      // Still restricted after the answer.
      assert.equal((await call('GET', url, anon)).statusCode, 404);

      const asLead = await ok(200, 'GET', url, lead);
      assert.deepEqual(asLead.can, { comment: true, answer: false, close: false, reopen: true });
      b = await ok(200, 'POST', `${url}/reopen`, lead, { reason: 'No answer from the ministry yet.' });
      assert.equal(b.blocker.status, 'under_discussion');
      await ok(200, 'POST', `${url}/answer`, team, { answer: 'The minister will sign on Monday.' });
      b = await ok(200, 'POST', `${url}/close`, team, { note: 'Signed.' });
      assert.equal(b.blocker.status, 'closed');
      assert.ok(b.blocker.closedAt);
      assert.equal((await mails('lead@gov.ma', 'plan.blocker.close')).length, 1);

      assert.equal((await call('POST', `${url}/comments`, lead, { body: 'more' })).statusCode, 409);
      assert.equal((await call('POST', `${url}/reopen`, lead, { reason: 'again' })).statusCode, 403);
      assert.equal((await call('POST', `${url}/close`, team, {})).statusCode, 409);

      const final = await ok(200, 'GET', url, lead);
      assert.deepEqual(
        final.events.map((e: { kind: string; role: string }) => `${e.kind}:${e.role}`),
        [
          'raised:lead',
          'comment:committee',
          'comment:lead',
          'answer:committee',
          'reopen:lead',
          'answer:committee',
          'close:committee',
        ],
      );
      assert.deepEqual(
        final.events.map((e: { to: string }) => e.to),
        [
          'open',
          'under_discussion',
          'under_discussion',
          'answered',
          'under_discussion',
          'answered',
          'closed',
        ],
      );
      for (const e of final.events) assert.match(e.at, /^\d{4}-\d{2}-\d{2}T/);
      assert.equal(final.events[1].author, 'Committee Member');

      // Filters of the queue.
      const closed = await ok(200, 'GET', `${base}?status=closed`, team);
      assert.deepEqual(
        closed.map((x: { id: string }) => x.id),
        [restricted],
      );
      const ofTwo = await ok(200, 'GET', `${base}?commitment=2`, team);
      assert.deepEqual(ofTwo, []);
    });

    test('every step is audited', async () => {
      const rows = await get()
        .db.db.selectFrom('audit_log')
        .select('action')
        .where('action', 'like', 'blocker.%')
        .execute();
      const actions = new Set(rows.map((r) => r.action));
      for (const a of [
        'blocker.raised',
        'blocker.comment',
        'blocker.answer',
        'blocker.reopen',
        'blocker.close',
      ])
        assert.ok(actions.has(a), a);
    });
  },
  limits,
);
