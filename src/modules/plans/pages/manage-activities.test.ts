// The project lead's forms: file a progress report and set activity weights, through real form posts (CSRF,
// POST/redirect/GET, errors shown with the values typed), refused to users who do not lead the commitment.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../../test/app.ts';
import { today } from '../fields.ts';
import { type Caller, limits, plansClient, sampleCommitment, samplePlan } from '../test-kit.ts';

describeWithApp(
  'project lead forms',
  (get) => {
    const { ok, user, grant, count } = plansClient(get);
    let lead: Caller;
    let other: Caller;
    const ids = { a: '', b: '' };
    const c1 = '/api/v1/plans/nap/commitments/1';

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
      const root = await user('root@example.ma', { sysadmin: true });
      lead = await user('lead@example.ma', { name: 'Lead' });
      other = await user('other@example.ma');
      await ok(201, 'POST', '/api/v1/plans', root, samplePlan('nap'));
      const c = await ok(201, 'POST', '/api/v1/plans/nap/commitments', root, sampleCommitment(1));
      await grant(lead.id, 'project_lead', { type: 'commitment', id: c.id });
      ids.a = (
        await ok(201, 'POST', `${c1}/activities`, root, { title: { fr: 'Activité A' }, weight: 1 })
      ).id;
      ids.b = (
        await ok(201, 'POST', `${c1}/activities`, root, { title: { fr: 'Activité B' }, weight: 1 })
      ).id;
    });

    test('the commitment page links the forms for its lead only', async () => {
      const mine = (await page(lead, '/fr/plans/nap/commitments/1')).body;
      assert.ok(mine.includes(`/fr/plans/nap/commitments/1/activities/${ids.a}/report`));
      assert.ok(mine.includes('/fr/plans/nap/commitments/1/weights'));
      const theirs = (await page(other, '/fr/plans/nap/commitments/1')).body;
      assert.ok(!theirs.includes('/weights'));
    });

    test('a refused report shows the errors beside the fields, keeps the values and writes nothing', async () => {
      const url = `/fr/plans/nap/commitments/1/activities/${ids.a}/report`;
      assert.equal((await page(lead, url)).statusCode, 200);
      const n = await count('progress_reports');
      const res = await post(lead, url, {
        completion: '150',
        reportedOn: '2024-02-01',
        'done.fr': 'Atelier tenu',
      });
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /class="error-summary"/);
      assert.match(res.body, /href="#f-completion"/);
      assert.match(res.body, /Atelier tenu/);
      assert.equal(await count('progress_reports'), n);
    });

    test('a report filed through the form moves the figures and appears in the history', async () => {
      const url = `/fr/plans/nap/commitments/1/activities/${ids.a}/report`;
      const res = await post(lead, url, {
        completion: '60',
        reportedOn: today(),
        'done.fr': 'Atelier tenu',
        'evidence.0.title': 'Compte rendu',
        'evidence.0.url': 'https://example.ma/cr.pdf',
      });
      assert.equal(res.statusCode, 303, res.body.slice(0, 300));
      assert.equal(res.headers.location, `/fr/plans/nap/commitments/1#activity-${ids.a}`);
      const data = await ok(200, 'GET', c1, null);
      assert.equal(data.progress, 30); // (60 + 0) / 2
      const report = data.activities[0].reports[0];
      assert.deepEqual(
        [report.done, report.evidence, report.author],
        [{ fr: 'Atelier tenu' }, [{ title: 'Compte rendu', url: 'https://example.ma/cr.pdf' }], 'Lead'],
      );
    });

    test('weights set through the form change the shares and the progress', async () => {
      const url = '/fr/plans/nap/commitments/1/weights';
      const form = (await page(lead, url)).body;
      assert.match(form, new RegExp(`name="weight.${ids.a}"`));
      const bad = await post(lead, url, { [`weight.${ids.a}`]: '-1', [`weight.${ids.b}`]: '1' });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, new RegExp(`href="#f-weight-${ids.a}"`));
      const res = await post(lead, url, { [`weight.${ids.a}`]: '3', [`weight.${ids.b}`]: '1' });
      assert.equal(res.statusCode, 303, res.body.slice(0, 300));
      const data = await ok(200, 'GET', c1, null);
      assert.deepEqual(
        data.activities.map((x: { share: number }) => x.share),
        [75, 25],
      );
      assert.equal(data.progress, 45); // 0.75 × 60
    });

    test('others are refused; visitors are sent to sign in', async () => {
      const url = `/fr/plans/nap/commitments/1/activities/${ids.a}/report`;
      assert.equal((await page(other, url)).statusCode, 403);
      assert.equal((await post(other, url, { completion: '90' })).statusCode, 403);
      assert.equal((await page(other, '/fr/plans/nap/commitments/1/weights')).statusCode, 403);
      const anon = await page(null, url);
      assert.equal(anon.statusCode, 303);
      assert.match(String(anon.headers.location), /\/fr\/login\?next=/);
    });
  },
  limits,
);
