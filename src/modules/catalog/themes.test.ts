// Themes: sysadmins create and update them; everyone lists (by position, with counts) and reads them.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../test/app.ts';
import { type Caller, limits, restClient, sampleDataset } from './test-kit.ts';

describeWithApp(
  'catalog: themes',
  (get) => {
    const { call, user, anonymous, organisation, dataset, counts } = restClient(get);
    let root: Caller;

    before(async () => {
      root = await user('root@example.ma', { sysadmin: true, name: 'Root' });
    });

    test('a sysadmin creates themes; the list is ordered by position and counts datasets', async () => {
      for (const [name, fr, position] of [
        ['sante', 'Santé', 2],
        ['finances', 'Finances', 1],
        ['education', 'Éducation', 3],
      ] as const) {
        const res = await call('POST', '/api/v1/themes', root, {
          name,
          title: { fr, ar: `موضوع ${position}` },
          description: { fr: `Les données de ${fr}.` },
          icon: name,
          position,
        });
        assert.equal(res.statusCode, 201, res.body);
      }
      const org = await organisation('mef');
      await dataset(org.editor, sampleDataset('budget', org.name, { themes: ['finances', 'sante'] }));
      await dataset(org.editor, sampleDataset('dette', org.name, { themes: ['finances'] }));
      const list = (await call('GET', '/api/v1/themes')).json().data;
      assert.deepEqual(
        list.map((t: { name: string; dataset_count: number }) => [t.name, t.dataset_count]),
        [
          ['finances', 2],
          ['sante', 1],
          ['education', 0],
        ],
      );
      const one = (await call('GET', '/api/v1/themes/sante')).json().data;
      assert.deepEqual(one.title, { fr: 'Santé', ar: 'موضوع 2' });
      assert.equal(one.icon, 'sante');
      assert.equal((await call('GET', `/api/v1/themes/${one.id}`)).json().data.name, 'sante');
    });

    test('PATCH changes the keys given (a rename keeps the datasets) and records a revision', async () => {
      const res = await call('PATCH', '/api/v1/themes/sante', root, { name: 'health', position: 0 });
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual(res.json().data.title, { fr: 'Santé', ar: 'موضوع 2' });
      const budget = (await call('GET', '/api/v1/datasets/budget')).json().data;
      assert.deepEqual(
        budget.themes.map((t: { name: string }) => t.name),
        ['health', 'finances'],
      );
      assert.equal((await call('GET', '/api/v1/themes')).json().data[0].name, 'health');
      const revisions = await get()
        .db.db.selectFrom('revisions')
        .selectAll()
        .where('entity_type', '=', 'theme')
        .where('action', '=', 'updated')
        .execute();
      assert.equal(revisions.length, 1);
      assert.equal(revisions[0]!.actor_label, 'Root');
      assert.deepEqual(JSON.parse(revisions[0]!.changes), {
        name: { before: 'sante', after: 'health' },
        position: { before: 2, after: 0 },
      });
      const audit = await get()
        .db.db.selectFrom('audit_log')
        .select('action')
        .where('action', 'like', 'theme.%')
        .execute();
      assert.equal(audit.length, 4);
    });

    test('the EU data-theme code is chosen among the 13 EU codes, changed and cleared', async () => {
      const none = (await call('GET', '/api/v1/themes/education')).json().data;
      assert.equal(none.eu_theme, null);
      const set = await call('PATCH', '/api/v1/themes/education', root, { eu_theme: 'educ' });
      assert.equal(set.statusCode, 200, set.body);
      assert.equal(set.json().data.eu_theme, 'EDUC');
      const created = await call('POST', '/api/v1/themes', root, {
        name: 'roads',
        title: { fr: 'Routes' },
        eu_theme: 'TRAN',
      });
      assert.equal(created.json().data.eu_theme, 'TRAN');
      const before = await counts();
      for (const bad of ['XXXX', 'data-theme/ECON', 42]) {
        const res = await get().app.inject({
          method: 'PATCH',
          url: '/api/v1/themes/education',
          headers: { ...root.headers, 'content-type': 'application/json', 'accept-language': 'fr' },
          payload: JSON.stringify({ eu_theme: bad, position: 7 }),
        });
        assert.equal(res.statusCode, 400);
        assert.equal(res.json().error.fields.eu_theme.reason, 'invalid_value');
        assert.match(res.json().error.fields.eu_theme.message, /./);
      }
      assert.deepEqual(await counts(), before);
      const kept = (await call('GET', '/api/v1/themes/education')).json().data;
      assert.equal(kept.eu_theme, 'EDUC');
      assert.equal(kept.position, 3);
      // A PATCH without the key keeps it; null clears it.
      await call('PATCH', '/api/v1/themes/education', root, { position: 4 });
      assert.equal((await call('GET', '/api/v1/themes/education')).json().data.eu_theme, 'EDUC');
      const cleared = await call('PATCH', '/api/v1/themes/education', root, { eu_theme: null });
      assert.equal(cleared.json().data.eu_theme, null);
    });

    test('only sysadmins write themes; unknown themes are catalog.theme_not_found', async () => {
      const org = await organisation('other');
      const before = await counts();
      for (const [as, status] of [
        [org.admin, 403],
        [org.editor, 403],
        [await anonymous(), 401],
      ] as const) {
        assert.equal(
          (await call('POST', '/api/v1/themes', as, { name: 'x-theme', title: { fr: 'X' } })).statusCode,
          status,
        );
        assert.equal((await call('PATCH', '/api/v1/themes/health', as, { position: 9 })).statusCode, status);
        assert.equal((await call('DELETE', '/api/v1/themes/health', as)).statusCode, status);
      }
      assert.deepEqual(await counts(), before);
      const missing = await call('GET', '/api/v1/themes/nothing-here');
      assert.equal(missing.statusCode, 404);
      assert.equal(missing.json().error.code, 'catalog.theme_not_found');
      assert.equal(
        (await call('PATCH', '/api/v1/themes/nothing-here', root, { position: 1 })).statusCode,
        404,
      );
      assert.equal((await call('DELETE', '/api/v1/themes/nothing-here', root)).statusCode, 404);
    });

    test('DELETE removes a theme: its datasets keep their other themes, search forgets it, a revision stays', async () => {
      const before = (await call('GET', '/api/v1/datasets/budget')).json().data;
      const facet = async () =>
        (await call('GET', '/api/v1/search/datasets?facet=theme', root))
          .json()
          .data.facets.theme.map((v: { value: string }) => v.value);
      assert.ok((await facet()).includes('health'), 'a renamed theme is its new name in the facet');
      const res = await call('DELETE', '/api/v1/themes/health', root);
      assert.equal(res.statusCode, 200, res.body);
      assert.equal((await call('GET', '/api/v1/themes/health')).statusCode, 404);
      const after = (await call('GET', '/api/v1/datasets/budget')).json().data;
      assert.deepEqual(
        after.themes.map((t: { name: string }) => t.name),
        ['finances'],
      );
      assert.ok(after.updated_at > before.updated_at, 'marked modified for incremental harvesters');
      assert.ok(!(await facet()).includes('health'));
      const revision = await get()
        .db.db.selectFrom('revisions')
        .selectAll()
        .where('entity_type', '=', 'theme')
        .where('action', '=', 'deleted')
        .executeTakeFirstOrThrow();
      assert.deepEqual(JSON.parse(revision.changes), {
        name: { before: 'health', after: null },
        datasets: { before: 1, after: 0 },
      });
    });
  },
  limits,
);
