// Public plan pages through real HTTP handling: three languages (Arabic right-to-left), JSON twins equal to the
// REST data, progress bars with their figure as text, "not updated" flags, past dates, hidden drafts.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../../test/app.ts';
import { limits, plansClient, sampleCommitment, samplePlan } from '../test-kit.ts';

describeWithApp(
  'public plan pages',
  (get) => {
    const { ok, user } = plansClient(get);
    const page = (url: string) => get().app.inject({ url });

    before(async () => {
      const root = await user('root@example.ma', { sysadmin: true });
      await ok(201, 'POST', '/api/v1/plans', root, samplePlan('nap'));
      await ok(201, 'POST', '/api/v1/plans', root, samplePlan('hidden', { published: false }));
      await ok(
        201,
        'POST',
        '/api/v1/plans/nap/commitments',
        root,
        sampleCommitment(1, { contact: 'ogp@example.ma' }),
      );
      await ok(201, 'POST', '/api/v1/plans/nap/commitments', root, sampleCommitment(2));
      const c1 = '/api/v1/plans/nap/commitments/1';
      const a = await ok(201, 'POST', `${c1}/activities`, root, {
        title: { ar: 'النشاط أ', fr: 'Activité A', en: 'Activity A' },
        weight: 3,
        since: '2024-01-01',
        plannedEnd: '2024-06-30',
      });
      const b = await ok(201, 'POST', `${c1}/activities`, root, {
        title: { fr: 'Activité B', en: 'Activity B' },
        weight: 1,
        since: '2024-01-01',
      });
      await ok(201, 'POST', `${c1}/activities/${a.id}/reports`, root, {
        completion: 40,
        reportedOn: '2024-02-01',
        evidence: [{ title: 'Procès-verbal', url: 'https://example.ma/pv.pdf' }],
      });
      await ok(201, 'POST', `${c1}/activities/${b.id}/reports`, root, {
        completion: 100,
        reportedOn: '2024-02-01',
      });
    });

    for (const [lang, dir, words] of [
      ['ar', 'rtl', ['خطط العمل', 'خطة nap', 'الالتزام 1', 'لم يُحدَّث', 'النشاط أ', 'الحصة']],
      ['fr', 'ltr', ['Plans d’action', 'Plan nap', 'Engagement 1', 'Non mis à jour', 'Activité A', 'Part']],
      ['en', 'ltr', ['Action plans', 'Plan nap', 'Commitment 1', 'Not updated', 'Activity A', 'Share']],
    ] as const) {
      test(`the three pages render in ${lang} (${dir}) with their JSON twins`, async () => {
        const html: string[] = [];
        for (const path of ['/plans', '/plans/nap', '/plans/nap/commitments/1']) {
          const res = await page(`/${lang}${path}`);
          assert.equal(res.statusCode, 200, `${path}: ${res.body}`);
          assert.match(res.body, new RegExp(`<html lang="${lang}" dir="${dir}"`));
          assert.match(String(res.headers.link), new RegExp(`/${lang}${path}.json`));
          const twin = await page(`/${lang}${path}.json`);
          assert.equal(twin.statusCode, 200);
          assert.match(String(twin.headers['content-type']), /application\/json/);
          html.push(res.body);
        }
        const all = html.join('\n');
        for (const w of words) assert.ok(all.includes(w), `${lang}: missing ${w}`);
        assert.ok(!all.includes('Plan hidden'), 'an unpublished plan is listed');
      });
    }

    test('the figures: JSON twin equals the REST data; bars carry their figure as text', async () => {
      // c1 = (3×40 + 1×100) / 4 = 55; c2 = 0; plan = 27.5
      const twin = (await page('/en/plans/nap.json')).json();
      const rest = await ok(200, 'GET', '/api/v1/plans/nap', null);
      assert.deepEqual(twin, rest);
      assert.equal(twin.plan.progress, 27.5);
      assert.equal(twin.commitments[0].progress, 55);
      const body = (await page('/en/plans/nap')).body;
      assert.match(body, /<progress max="100" value="27.5" aria-label="Progress">27.5%<\/progress>/);
      const c = (await page('/en/plans/nap/commitments/1.json')).json();
      assert.deepEqual(
        c.activities.map((x: { share: number; late: boolean }) => [x.share, x.late]),
        [
          [75, true],
          [25, false],
        ],
      );
      const cp = (await page('/en/plans/nap/commitments/1')).body;
      assert.ok(cp.includes('https://example.ma/pv.pdf'));
      assert.ok(cp.includes('ogp@example.ma'));
      assert.ok(cp.includes('Access to information'));
    });

    test('a past date shows that date’s figures; a bad date is a 400 naming the field', async () => {
      const before = (await page('/fr/plans/nap.json?date=2024-01-15')).json();
      assert.equal(before.plan.progress, 0);
      assert.equal(before.plan.date, '2024-01-15');
      const bad = await page('/fr/plans/nap?date=2024-13-01');
      assert.equal(bad.statusCode, 400);
      assert.ok(bad.body.includes('date'));
    });

    test('unknown or unpublished plans and commitments are 404 pages', async () => {
      for (const path of [
        '/en/plans/hidden',
        '/en/plans/nope',
        '/en/plans/nap/commitments/9',
        '/en/plans/nap/commitments/x',
      ])
        assert.equal((await page(path)).statusCode, 404, path);
    });
  },
  limits,
);
