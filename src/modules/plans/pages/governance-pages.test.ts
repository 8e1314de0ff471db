// The governance forms through real form posts (CSRF, POST/redirect/GET): a meeting created and edited from the
// form's rows (blank rows ignored, the other languages of its texts kept), a decision marked done, a blocker
// raised and answered, a refused submission shown again with the values typed; pages refused to those who may
// not use them.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../../test/app.ts';
import { type Caller, limits, plansClient, sampleCommitment, samplePlan } from '../test-kit.ts';

describeWithApp(
  'plan governance forms',
  (get) => {
    const { ok, user, grant } = plansClient(get);
    let team: Caller;
    let lead: Caller;
    let other: Caller;

    const post = (as: Caller, url: string, form: Record<string, string>) =>
      get().app.inject({
        method: 'POST',
        url,
        headers: { cookie: as.headers.cookie!, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ ...form, _csrf: as.headers['x-csrf-token']! }).toString(),
      });
    const page = (as: Caller | null, url: string) =>
      get().app.inject({ url, headers: as ? { cookie: as.headers.cookie! } : {} });

    before(async () => {
      const root = await user('root@forms.ma', { sysadmin: true });
      team = await user('team@forms.ma', { name: 'Committee' });
      lead = await user('lead@forms.ma', { name: 'Lead' });
      other = await user('other@forms.ma');
      await grant(team.id, 'steering_committee', { type: 'platform', id: '' });
      await ok(201, 'POST', '/api/v1/plans', root, samplePlan('frm'));
      const c = await ok(201, 'POST', '/api/v1/plans/frm/commitments', root, sampleCommitment(1));
      await grant(lead.id, 'project_lead', { type: 'commitment', id: c.id });
    });

    test('a meeting from the form: rows, blank rows ignored, other languages kept on edit', async () => {
      assert.equal((await page(other, '/fr/plans/frm/meetings/new')).statusCode, 403);
      assert.equal((await page(team, '/fr/plans/frm/meetings/new')).statusCode, 200);
      const form = {
        kind: 'steering',
        heldOn: '2024-06-01',
        place: 'Rabat',
        'agenda.fr': 'Ordre du jour',
        'minutes.fr': 'Plateforme de suivi **non mise à jour**.',
        includeProgress: 'true',
        published: 'true',
        'participants.0.name': 'A. Membre',
        'participants.0.institution': 'Ministère',
        'participants.0.role': 'Présidente',
        'participants.0.user': 'team@forms.ma',
        'participants.1.name': '',
        'participants.1.institution': '',
        'participants.1.role': '',
        'participants.1.user': '',
        'decisions.0.text': 'Écrire au ministère',
        'decisions.0.owner': 'Secrétariat',
        'decisions.0.dueOn': '2024-07-01',
        'decisions.0.status': 'open',
        'decisions.1.text': '',
        'decisions.1.owner': '',
        'decisions.1.dueOn': '',
        'decisions.1.status': 'open',
      };
      const bad = await post(team, '/fr/plans/frm/meetings/new', { ...form, heldOn: '2024-02-31' });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /class="error-summary"/);
      assert.match(bad.body, /value="A\. Membre"/);
      assert.deepEqual((await ok(200, 'GET', '/api/v1/plans/frm/meetings', team)).meetings, []);

      const res = await post(team, '/fr/plans/frm/meetings/new', form);
      assert.equal(res.statusCode, 303);
      const id = /\/meetings\/([0-9a-f-]{36})$/.exec(String(res.headers.location))![1]!;
      const m = await ok(200, 'GET', `/api/v1/plans/frm/meetings/${id}`, team);
      assert.equal(m.meeting.participants.length, 1);
      assert.equal(m.meeting.participants[0].userId, team.id);
      assert.equal(m.meeting.decisions.length, 1);
      assert.equal(m.meeting.includeProgress, true);
      assert.ok(m.progress);
      // An English text added through the API survives an edit of the French form.
      await ok(200, 'PATCH', `/api/v1/plans/frm/meetings/${id}`, team, {
        minutes: { ...m.meeting.minutes, en: 'Tracking platform not updated.' },
        decisions: [{ ...m.meeting.decisions[0], text: { ...m.meeting.decisions[0].text, en: 'Write' } }],
      });
      const edit = await post(team, `/fr/plans/frm/meetings/${id}/edit`, {
        ...form,
        'minutes.fr': 'Procès-verbal corrigé.',
        includeProgress: '',
      });
      assert.equal(edit.statusCode, 303);
      const after = await ok(200, 'GET', `/api/v1/plans/frm/meetings/${id}`, team);
      assert.deepEqual(after.meeting.minutes, {
        fr: 'Procès-verbal corrigé.',
        en: 'Tracking platform not updated.',
      });
      assert.deepEqual(after.meeting.decisions[0].text, { fr: 'Écrire au ministère', en: 'Write' });
      assert.equal(after.meeting.includeProgress, false, 'an unticked box is false');
      assert.equal(after.progress, null);

      // Mark the decision done from the meeting page.
      const decision = after.meeting.decisions[0].id;
      assert.equal(
        (await post(other, `/fr/plans/frm/meetings/${id}`, { decision, status: 'done' })).statusCode,
        403,
      );
      assert.equal(
        (await post(team, `/fr/plans/frm/meetings/${id}`, { decision, status: 'done' })).statusCode,
        303,
      );
      const done = await ok(200, 'GET', `/api/v1/plans/frm/meetings/${id}`, team);
      assert.equal(done.meeting.decisions[0].status, 'done');
      const html = (await page(null, `/fr/plans/frm/meetings/${id}`)).body;
      assert.match(html, /<p>Procès-verbal corrigé\.<\/p>/);
    });

    test('a blocker from the forms: raised by the lead, answered by the committee', async () => {
      assert.equal((await page(other, '/fr/plans/frm/commitments/1/blockers/new')).statusCode, 403);
      const raised = await post(lead, '/fr/plans/frm/commitments/1/blockers/new', {
        title: 'Bloqué',
        problem: 'Le problème',
        needed: 'Une lettre',
      });
      assert.equal(raised.statusCode, 303);
      const url = String(raised.headers.location);
      const id = url.split('/').pop()!;
      const b = await ok(200, 'GET', `/api/v1/plans/frm/blockers/${id}`, lead);
      assert.equal(b.blocker.public, false, 'an unticked box is a restricted request');
      assert.equal(b.blocker.lang, 'fr');
      // The lead's page offers a comment form, not the committee's.
      const leadPage = (await page(lead, url)).body;
      assert.match(leadPage, /name="body"/);
      assert.doesNotMatch(leadPage, /name="answer"/);
      assert.equal((await post(lead, url, { step: 'answer', answer: 'moi' })).statusCode, 403);
      const empty = await post(team, url, { step: 'answer', answer: '' });
      assert.equal(empty.statusCode, 400);
      assert.equal((await post(team, url, { step: 'answer', answer: 'Réponse du comité' })).statusCode, 303);
      const answered = await ok(200, 'GET', `/api/v1/plans/frm/blockers/${id}`, lead);
      assert.equal(answered.blocker.status, 'answered');
      assert.equal((await post(team, url, { step: 'nothing' })).statusCode, 400);
      // The commitment page lists it for the lead, not for the public.
      assert.match((await page(lead, '/fr/plans/frm/commitments/1')).body, /Bloqué/);
      assert.doesNotMatch((await page(null, '/fr/plans/frm/commitments/1')).body, /Bloqué/);
    });
  },
  limits,
);
