// The plan managers' back-office through real form posts (CSRF, POST/redirect/GET, error summary naming the
// fields, values kept, nothing written when refused): plans, commitments (OGP template), activities (evidence,
// weight, removal), the import form; refused to others; project leads reach only their activities' forms.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../../test/app.ts';
import { multipart, validCsv } from '../import.fixtures.ts';
import { type Caller, limits, plansClient } from '../test-kit.ts';

describeWithApp(
  'plan managers’ forms',
  (get) => {
    const { ok, user, grant, count } = plansClient(get);
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

    const plan = {
      slug: 'pan-forms',
      'title.fr': 'Plan des formulaires',
      'title.ar': 'خطة الاستمارات',
      'description.en': 'Made with the forms.',
      periodStart: '2024-01-01',
      periodEnd: '2025-12-31',
      status: 'implementation',
      published: '1',
      aggregation: 'mean',
      reportingPeriodDays: '60',
      'thresholds.limited': '1',
      'thresholds.substantial': '50',
      'thresholds.complete': '100',
    };

    before(async () => {
      team = await user('team@example.ma');
      lead = await user('lead@example.ma');
      other = await user('other@example.ma');
      await grant(team.id, 'steering_committee', { type: 'platform', id: '' });
    });

    test('only plan managers reach the forms', async () => {
      const anon = await page(null, '/fr/manage/plans/new');
      assert.equal(anon.statusCode, 303);
      assert.match(String(anon.headers.location), /\/fr\/login/);
      assert.equal((await page(other, '/fr/manage/plans/new')).statusCode, 403);
      assert.equal((await page(other, '/fr/manage/plans')).statusCode, 403);
      assert.equal((await post(other, '/fr/manage/plans/new', plan)).statusCode, 403);
      for (const l of ['ar', 'fr', 'en'])
        assert.equal((await page(team, `/${l}/manage/plans/new`)).statusCode, 200);
    });

    test('a plan: refused with the fields named and nothing written, then created and edited', async () => {
      const n = await count('plans');
      const bad = await post(team, '/fr/manage/plans/new', {
        ...plan,
        slug: 'Bad Slug',
        'title.fr': '',
        'title.ar': '',
        periodEnd: '2023-01-01',
      });
      assert.equal(bad.statusCode, 400);
      for (const f of ['f-slug', 'f-title', 'f-periodEnd'])
        assert.match(bad.body, new RegExp(`href="#${f}"`));
      assert.match(bad.body, /Made with the forms\./, 'values typed are kept');
      assert.match(
        bad.body,
        /id="f-title" tabindex="-1"><p class="error-text"/,
        'the summary’s link has a target',
      );
      assert.equal(await count('plans'), n);
      const res = await post(team, '/fr/manage/plans/new', plan);
      assert.equal(res.statusCode, 303, res.body.slice(0, 500));
      assert.equal(res.headers.location, '/fr/manage/plans/pan-forms');
      const edit = await post(team, '/fr/manage/plans/pan-forms', {
        ...plan,
        status: 'evaluation',
        published: '',
      });
      assert.equal(edit.statusCode, 303);
      const view = await ok(200, 'GET', '/api/v1/plans/pan-forms', team);
      assert.equal(view.plan.status, 'evaluation');
      assert.equal(view.plan.published, false);
      assert.equal(view.plan.title.ar, 'خطة الاستمارات');
      assert.equal(view.plan.reportingPeriodDays, 60);
      assert.equal((await post(team, '/fr/manage/plans/pan-forms', plan)).statusCode, 303);
    });

    const commitment = {
      number: '1',
      'title.fr': 'Transparence budgétaire',
      'leadInstitution.fr': 'Ministère des finances',
      'otherActors.fr': 'Associations',
      'projectLeads.ar': 'مدير المشروع',
      'problem.fr': 'Budget peu lisible',
      'objective.fr': 'Publier le budget citoyen',
      'expectedResults.fr': 'Budget citoyen annuel',
      startDate: '2024-01-01',
      endDate: '2025-06-30',
      'values.access_to_information': '1',
      'values.public_accountability': '1',
      contact: 'budget@example.ma',
      weight: '2',
      levelOverride: '',
      levelOverrideReason: '',
    };

    test('a commitment with the OGP template fields; an override needs its reason', async () => {
      const url = '/fr/manage/plans/pan-forms/commitments/new';
      const bad = await post(team, url, { ...commitment, levelOverride: 'complete' });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /href="#f-levelOverrideReason"/);
      assert.equal(await count('commitments'), 0);
      assert.equal((await post(team, url, commitment)).statusCode, 303);
      const c = await ok(200, 'GET', '/api/v1/plans/pan-forms/commitments/1', team);
      assert.deepEqual(c.commitment.values, ['access_to_information', 'public_accountability']);
      assert.equal(c.commitment.projectLeads.ar, 'مدير المشروع');
      assert.equal(c.commitment.weight, 2);
      const edit = await post(team, '/fr/manage/plans/pan-forms/commitments/1', {
        ...commitment,
        'values.public_accountability': '',
        levelOverride: 'limited',
        levelOverrideReason: 'Retard constaté',
      });
      assert.equal(edit.statusCode, 303);
      const after = await ok(200, 'GET', '/api/v1/plans/pan-forms/commitments/1', team);
      assert.deepEqual(after.commitment.values, ['access_to_information']);
      assert.equal(after.level.level, 'limited');
      const grantee = await ok(200, 'GET', '/api/v1/plans/pan-forms/commitments/1', team);
      await grant(lead.id, 'project_lead', { type: 'commitment', id: grantee.commitment.id });
    });

    test('activities: added with evidence, edited, removed; project leads too, but not the commitment', async () => {
      const base = '/fr/manage/plans/pan-forms/commitments/1';
      assert.equal((await page(lead, `${base}/activities/new`)).statusCode, 200);
      assert.equal((await page(lead, base)).statusCode, 403);
      assert.equal((await page(other, `${base}/activities/new`)).statusCode, 403);
      const activity = {
        'title.fr': 'Publier le budget citoyen',
        'responsibleBody.fr': 'Direction du budget',
        plannedStart: '2024-01-01',
        plannedEnd: '2024-12-31',
        weight: '3',
        status: 'planned',
        evidence: 'Note | https://example.ma/note.pdf\nftp://example.ma/x',
        since: '2024-01-01',
      };
      const bad = await post(lead, `${base}/activities/new`, activity);
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /href="#f-evidence-1-url"|Adresse|format/);
      assert.equal(await count('activities'), 0);
      const res = await post(lead, `${base}/activities/new`, {
        ...activity,
        evidence: 'Note | https://example.ma/note.pdf',
      });
      assert.equal(res.statusCode, 303, res.body.slice(0, 400));
      const c = await ok(200, 'GET', '/api/v1/plans/pan-forms/commitments/1', team);
      const [a] = c.activities;
      assert.equal(a.weight, 3);
      const edit = await post(lead, `${base}/activities/${a.id}`, {
        ...activity,
        evidence: '',
        weight: '5',
        status: 'in_progress',
      });
      assert.equal(edit.statusCode, 303);
      const page2 = await page(lead, `${base}/activities/${a.id}`);
      assert.match(page2.body, /value="5"/);
      assert.equal((await page(lead, `${base}/activities/${a.id}/remove`)).statusCode, 200);
      assert.equal((await post(lead, `${base}/activities/${a.id}/remove`, {})).statusCode, 303);
      const after = await ok(200, 'GET', '/api/v1/plans/pan-forms/commitments/1', team);
      assert.equal(after.activities.length, 0);
    });

    test('the import form reports each row and changes nothing, then imports a valid file', async () => {
      assert.equal((await page(team, '/ar/manage/plans/import')).statusCode, 200);
      const csrf = encodeURIComponent(team.headers['x-csrf-token']!);
      const send = (file: string) => {
        const m = multipart(file, 'plan.csv');
        return get().app.inject({
          method: 'POST',
          url: `/fr/manage/plans/import?_csrf=${csrf}`,
          headers: { cookie: team.headers.cookie!, ...m.headers },
          payload: m.payload,
        });
      };
      const n = await count('plans');
      const bad = await send(validCsv.replace('pan-importe', 'Pan Importé').replace(';3;', ';-1;'));
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /class="error-summary"/);
      assert.match(bad.body, /<th scope="row">2<\/th>\s*<td dir="auto">identifiant<\/td>/);
      assert.match(bad.body, /<td dir="auto">poids<\/td>/);
      assert.equal(await count('plans'), n);
      const good = await send(validCsv);
      assert.equal(good.statusCode, 303);
      assert.equal(good.headers.location, '/fr/manage/plans/pan-importe');
      assert.equal(await count('plans'), n + 1);
    });
  },
  limits,
);
