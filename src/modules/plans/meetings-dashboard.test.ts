// Meetings and dashboards through the REST API on each database, with hand-computed figures: the minutes of a
// meeting embed the progress of its date (and follow a report filed late for a date before it), the
// coordinators' dashboard counts late and not-updated items and the changes since the last meeting, the public
// one gives the plan's progress month by month.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../test/app.ts';
import { type Caller, limits, plansClient, sampleCommitment, samplePlan } from './test-kit.ts';

describeWithApp(
  'plan meetings and dashboards',
  (get) => {
    const { call, ok, user, anonymous, grant } = plansClient(get);
    let root: Caller;
    let team: Caller;
    let lead: Caller;
    let anon: Caller;
    const act = { a: '', b: '', x: '' };
    let meetingId = '';
    const P = '/api/v1/plans/mtg';

    const report = (n: number, id: string, completion: number, reportedOn: string, url?: string) =>
      ok(201, 'POST', `${P}/commitments/${n}/activities/${id}/reports`, root, {
        completion,
        reportedOn,
        evidence: url ? [{ title: `Evidence ${completion}`, url }] : [],
      });

    before(async () => {
      root = await user('root@mtg.ma', { sysadmin: true });
      team = await user('team@mtg.ma', { name: 'Committee' });
      lead = await user('lead@mtg.ma');
      anon = await anonymous();
      await grant(team.id, 'steering_committee', { type: 'platform', id: '' });
      await ok(201, 'POST', '/api/v1/plans', root, samplePlan('mtg'));
      const inst = (name: string) => ({ leadInstitution: { en: name, fr: name } });
      const c1 = await ok(201, 'POST', `${P}/commitments`, root, sampleCommitment(1, inst('Ministry A')));
      await ok(201, 'POST', `${P}/commitments`, root, sampleCommitment(2, inst('Ministry B')));
      await ok(201, 'POST', `${P}/commitments`, root, sampleCommitment(3, inst('Ministry A')));
      await grant(lead.id, 'project_lead', { type: 'commitment', id: c1.id });
      const since = '2024-01-01';
      const add = (n: number, body: Record<string, unknown>) =>
        ok(201, 'POST', `${P}/commitments/${n}/activities`, root, { since, ...body });
      act.a = (await add(1, { title: { en: 'A' }, weight: 3 })).id;
      act.b = (await add(1, { title: { en: 'B' }, weight: 1 })).id;
      act.x = (await add(2, { title: { en: 'X' }, weight: 1, plannedEnd: '2024-04-30' })).id;
      await report(1, act.a, 40, '2024-03-01');
      await report(1, act.b, 100, '2024-03-01', 'https://example.ma/b.pdf');
      await report(1, act.a, 80, '2024-06-01');
      await report(2, act.x, 50, '2024-02-01');
    });

    test('plan managers record meetings; bad input names the field and writes nothing; others are refused', async () => {
      const body = {
        kind: 'steering',
        heldOn: '2024-03-15',
        place: 'Rabat',
        agenda: { en: '1. Progress\n2. Blockers' },
        minutes: {
          en: 'Tracking platform **not updated** for commitment 2.',
          fr: 'Plateforme non mise à jour.',
        },
        includeProgress: true,
        published: true,
        participants: [
          { name: 'A. Member', institution: 'Civil society', role: 'Co-chair', user: 'team@mtg.ma' },
          { name: 'B. Official', institution: 'Ministry A', role: 'Member' },
        ],
        decisions: [{ text: { en: 'Write to Ministry B' }, owner: 'Secretariat', dueOn: '2024-04-01' }],
      };
      assert.equal((await call('POST', `${P}/meetings`, anon, body)).statusCode, 401);
      assert.equal((await call('POST', `${P}/meetings`, lead, body)).statusCode, 403);
      const bad = await call('POST', `${P}/meetings`, team, {
        ...body,
        heldOn: '2024-02-30',
        minutes: { en: '<script>alert(1)</script>' },
        participants: [{ name: '', user: 'nobody@mtg.ma' }],
      });
      assert.equal(bad.statusCode, 400);
      const fields = bad.json().error.fields;
      assert.equal(fields.heldOn.reason, 'invalid_format');
      assert.equal(fields['minutes.en'].reason, 'invalid_value');
      assert.equal(fields['participants.0.name'].reason, 'required');
      assert.equal(fields['participants.0.user'].reason, 'invalid_value');
      assert.deepEqual((await ok(200, 'GET', `${P}/meetings`, team)).meetings, []);

      const m = await ok(201, 'POST', `${P}/meetings`, team, body);
      meetingId = m.id;
      assert.equal(m.participants.length, 2);
      assert.equal(m.participants[0].userId, team.id);
      assert.equal(m.decisions[0].status, 'open');
      const hidden = await ok(201, 'POST', `${P}/meetings`, team, {
        kind: 'implementation',
        heldOn: '2024-09-01',
        published: false,
      });
      assert.equal((await call('GET', `${P}/meetings/${hidden.id}`, anon)).statusCode, 404);
      assert.equal((await ok(200, 'GET', `${P}/meetings`, anon)).meetings.length, 1);
      assert.equal((await ok(200, 'GET', `${P}/meetings`, team)).meetings.length, 2);

      const d = await ok(201, 'POST', `${P}/meetings/${meetingId}/decisions`, team, {
        text: { en: 'Publish the minutes' },
        owner: 'Secretariat',
      });
      assert.equal(d.decisions.length, 2);
      const decisionId = d.decisions[0].id;
      assert.equal(
        (await call('PATCH', `${P}/meetings/${meetingId}/decisions/${decisionId}`, lead, { status: 'done' }))
          .statusCode,
        403,
      );
      const done = await ok(200, 'PATCH', `${P}/meetings/${meetingId}/decisions/${decisionId}`, team, {
        status: 'done',
      });
      assert.equal(done.decisions[0].status, 'done');
      assert.deepEqual(done.decisions[0].text, { en: 'Write to Ministry B' });
      const patched = await ok(200, 'PATCH', `${P}/meetings/${meetingId}`, team, { place: 'Salé' });
      assert.equal(patched.place, 'Salé');
      assert.equal(patched.participants.length, 2, 'lists are kept when not given');
      assert.equal(patched.decisions.length, 2);
      await ok(200, 'DELETE', `${P}/meetings/${hidden.id}`, team);
      assert.equal((await ok(200, 'GET', `${P}/meetings`, team)).meetings.length, 1);
    });

    test('the minutes embed the progress as of the meeting date (hand-computed)', async () => {
      // On 2024-03-15: c1 = A 40 × 3/4 + B 100 × 1/4 = 30 + 25 = 55; c2 = X 50; c3 = 0; plan = 105 / 3 = 35.
      const got = await ok(200, 'GET', `${P}/meetings/${meetingId}`, anon);
      assert.equal(got.progress.date, '2024-03-15');
      assert.deepEqual(
        got.progress.commitments.map((c: { progress: number }) => c.progress),
        [55, 50, 0],
      );
      assert.equal(got.progress.progress, 35);
      // A report filed today for a date before the meeting corrects the table of that date: c2 70, plan 41.67.
      await report(2, act.x, 70, '2024-03-10');
      const again = await ok(200, 'GET', `${P}/meetings/${meetingId}`, anon);
      assert.deepEqual(
        again.progress.commitments.map((c: { progress: number }) => c.progress),
        [55, 70, 0],
      );
      assert.equal(again.progress.progress, 41.67);
      // The page renders the same table.
      const html = (await call('GET', `/en/plans/mtg/meetings/${meetingId}`, anon)).body;
      assert.match(html, /id="meeting-progress"/);
      assert.match(html, /<strong>not updated<\/strong>/);
      // Without the checkbox there is no table.
      await ok(200, 'PATCH', `${P}/meetings/${meetingId}`, team, { includeProgress: false });
      assert.equal((await ok(200, 'GET', `${P}/meetings/${meetingId}`, anon)).progress, null);
      await ok(200, 'PATCH', `${P}/meetings/${meetingId}`, team, { includeProgress: true });
    });

    test('the coordinators’ dashboard: late, not updated, institutions, changes since the last meeting', async () => {
      assert.equal((await call('GET', `${P}/dashboard`, anon)).statusCode, 401);
      assert.equal((await call('GET', `${P}/dashboard`, lead)).statusCode, 403);
      const d = await ok(200, 'GET', `${P}/dashboard?date=2024-07-01`, team);
      // c1 = 80 × 3/4 + 100 × 1/4 = 85; c2 = 70 (the report dated 03-10 is later than the one of 02-01);
      // c3 = 0; plan = 155 / 3 = 51.67.
      assert.deepEqual(
        d.commitments.map((c: { progress: number }) => c.progress),
        [85, 70, 0],
      );
      assert.equal(d.progress, 51.67);
      // X ended on 2024-04-30 at 70%: late by 62 days on 2024-07-01.
      assert.deepEqual(
        d.late.map((a: { commitment: number; daysLate: number; completion: number }) => [
          a.commitment,
          a.daysLate,
          a.completion,
        ]),
        [[2, 62, 70]],
      );
      // Reporting period 30 days: c1 reported on 06-01 (30 days: not late), c2 on 03-10, c3 never (start 01-01).
      assert.deepEqual(d.notUpdated, [2, 3]);
      assert.deepEqual(d.institutions, [
        { institution: 'Ministry A', commitments: 2, progress: 42.5 },
        { institution: 'Ministry B', commitments: 1, progress: 70 },
      ]);
      assert.equal(d.lastMeeting.heldOn, '2024-03-15');
      assert.equal(d.lastMeeting.planProgress, 41.67);
      assert.deepEqual(
        d.lastMeeting.changes.map((c: { before: number; now: number; change: number }) => [
          c.before,
          c.now,
          c.change,
        ]),
        [
          [55, 85, 30],
          [70, 70, 0],
          [0, 0, 0],
        ],
      );
      // Before any meeting there is nothing to compare with.
      assert.equal((await ok(200, 'GET', `${P}/dashboard?date=2024-03-01`, team)).lastMeeting, null);
      // Open blockers are counted.
      await ok(201, 'POST', `${P}/blockers`, lead, { commitment: 1, title: 'T', problem: 'P', needed: 'N' });
      assert.equal((await ok(200, 'GET', `${P}/dashboard?date=2024-07-01`, team)).blockers.length, 1);
    });

    test('the public progress: month by month, per commitment, with evidence', async () => {
      const p = await ok(200, 'GET', `${P}/progress?date=2024-04-15`, anon);
      // Jan 31: nothing; Feb 29: c2 50 → 16.67; Mar 31 and Apr 15: c1 55, c2 70 → 41.67.
      assert.deepEqual(p.series, [
        { date: '2024-01-31', progress: 0 },
        { date: '2024-02-29', progress: 16.67 },
        { date: '2024-03-31', progress: 41.67 },
        { date: '2024-04-15', progress: 41.67 },
      ]);
      assert.deepEqual(
        p.commitments.map((c: { level: { level: string } }) => c.level.level),
        ['substantial', 'substantial', 'not_started'],
      );
      assert.deepEqual(
        p.commitments[0].evidence.map((e: { url: string; reportedOn: string }) => [e.url, e.reportedOn]),
        [['https://example.ma/b.pdf', '2024-03-01']],
      );
      for (const lang of ['ar', 'fr', 'en']) {
        const html = (await call('GET', `/${lang}/plans/mtg/progress?date=2024-04-15`, anon)).body;
        assert.match(html, /<svg role="img"/);
        assert.match(html, /class="data chart-data"/);
      }
      const dash = await call('GET', '/fr/plans/mtg/dashboard?date=2024-07-01', team);
      assert.equal(dash.statusCode, 200);
      assert.match(dash.body, /id="chart-changes"/);
    });
  },
  limits,
);
