// A plan's documents and team on each database: the steering committee adds and removes them (REST and forms),
// bad input names its field and writes nothing, others are refused, and the plan page lists them in ar/fr/en.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../test/app.ts';
import { type Caller, limits, plansClient, samplePlan } from './test-kit.ts';

describeWithApp(
  'plan documents and team',
  (get) => {
    const { ok, user, grant, call } = plansClient(get);
    let team: Caller;
    let other: Caller;
    const count = async (t: 'plan_documents' | 'plan_members') =>
      Number(
        (
          await get()
            .db.db.selectFrom(t)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    before(async () => {
      team = await user('team@example.ma');
      other = await user('other@example.ma');
      await grant(team.id, 'steering_committee', { type: 'platform', id: '' });
      const root = await user('root@example.ma', { sysadmin: true });
      await ok(201, 'POST', '/api/v1/plans', root, samplePlan('nap'));
    });

    test('bad input names the field and writes nothing; others are refused', async () => {
      const bad = await call('POST', '/api/v1/plans/nap/documents', team, { title: {}, url: 'ftp://x' });
      assert.equal(bad.statusCode, 400);
      assert.deepEqual(Object.keys(bad.json().error.fields).sort(), ['title', 'url']);
      const noName = await call('POST', '/api/v1/plans/nap/members', team, { role: { fr: 'Chef' } });
      assert.equal(noName.json().error.fields.name.reason, 'required');
      const refused = await call('POST', '/api/v1/plans/nap/documents', other, {
        title: { fr: 'PV' },
        url: 'https://x.ma',
      });
      assert.equal(refused.statusCode, 403);
      assert.equal(await count('plan_documents'), 0);
      assert.equal(await count('plan_members'), 0);
    });

    test('added through the API and the forms, listed on the plan page in three languages, removed', async () => {
      const d = await ok(201, 'POST', '/api/v1/plans/nap/documents', team, {
        title: { fr: 'Procès-verbal du comité', ar: 'محضر اللجنة' },
        url: 'https://example.ma/pv.pdf',
      });
      const form = await get().app.inject({
        method: 'POST',
        url: '/fr/manage/plans/nap/members',
        headers: { cookie: team.headers.cookie!, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({
          name: 'Amina Alaoui',
          'role.fr': 'Coordinatrice',
          'institution.fr': 'Ministère de la transition numérique',
          _csrf: team.headers['x-csrf-token']!,
        }).toString(),
      });
      assert.equal(form.statusCode, 303);
      assert.equal(form.headers.location, '/fr/manage/plans/nap/documents');
      const plan = await ok(200, 'GET', '/api/v1/plans/nap', null);
      assert.equal(plan.documents[0].url, 'https://example.ma/pv.pdf');
      assert.equal(plan.team[0].name, 'Amina Alaoui');
      for (const [lang, words] of [
        ['ar', ['محضر اللجنة', 'الفريق', 'Amina Alaoui']],
        ['fr', ['Procès-verbal du comité', 'Équipe', 'Coordinatrice']],
        ['en', ['Documents', 'Team', 'Amina Alaoui']],
      ] as const) {
        const res = await get().app.inject({ url: `/${lang}/plans/nap` });
        for (const w of words) assert.ok(res.body.includes(w), `${lang}: ${w}`);
      }
      const manage = await get().app.inject({
        url: '/ar/manage/plans/nap/documents',
        headers: { cookie: team.headers.cookie! },
      });
      assert.equal(manage.statusCode, 200);
      await ok(200, 'DELETE', `/api/v1/plans/nap/documents/${d.id}`, team);
      assert.equal((await call('DELETE', `/api/v1/plans/nap/documents/${d.id}`, team)).statusCode, 404);
      await ok(200, 'DELETE', `/api/v1/plans/nap/members/${plan.team[0].id}`, team);
      assert.equal(await count('plan_documents'), 0);
      assert.equal(await count('plan_members'), 0);
    });
  },
  limits,
);
