import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../test/app.ts';
import { limits } from '../../modules/catalog/test-kit.ts';
import { type ApiUser, ckanClient, failure, result } from './test-kit.ts';

describeWithApp(
  'CKAN API: package_search over the search service',
  (get) => {
    const c = ckanClient(get);
    let fin: Awaited<ReturnType<typeof c.organisation>>;
    let root: ApiUser;

    before(async () => {
      fin = await c.organisation('finances');
      const sante = await c.organisation('sante');
      root = await c.user('root', { sysadmin: true });
      result(await c.post('group_create', { name: 'economie', title: 'Économie' }, root));
      const make = (as: ApiUser, body: Record<string, unknown>) =>
        c.post('package_create', body, as).then(result);
      await make(fin.editor, {
        name: 'budget-2024',
        owner_org: 'finances',
        title_translated: { fr: 'Budget de l’État 2024', en: 'State budget 2024' },
        tags: [{ name: 'budget' }],
        groups: [{ name: 'economie' }],
        license_id: 'CC-BY-4.0',
        resources: [{ url: 'https://example.ma/b.csv', format: 'CSV' }],
      });
      await make(fin.editor, {
        name: 'dette',
        owner_org: 'finances',
        title_translated: { fr: 'Dette publique' },
        tags: [{ name: 'dette' }, { name: 'budget' }],
        license_id: 'ODbL-1.0',
        resources: [{ url: 'https://example.ma/d.xlsx', format: 'XLSX' }],
      });
      await make(fin.editor, { name: 'secret-plan', owner_org: 'finances', title: 'Plan', private: true });
      await make(fin.editor, {
        name: 'draft-plan',
        owner_org: 'finances',
        title: 'Brouillon',
        state: 'draft',
      });
      await make(sante.editor, {
        name: 'hopitaux',
        owner_org: 'sante',
        title_translated: { fr: 'Hôpitaux publics' },
        tags: [{ name: 'santé' }],
        resources: [{ url: 'https://example.ma/h.csv', format: 'CSV' }],
      });
    });

    const names = (r: { results: { name: string }[] }) => r.results.map((d) => d.name).sort();

    test('q searches words; fq filters; count and rows/start page', async () => {
      const all = result(await c.get('package_search'));
      assert.equal(all.count, 3);
      assert.equal(all.sort, 'score desc, metadata_modified desc');
      assert.deepEqual(
        names(result(await c.get('package_search', { q: 'budget' }))).includes('budget-2024'),
        true,
      );
      assert.deepEqual(names(result(await c.get('package_search', { fq: 'organization:finances' }))), [
        'budget-2024',
        'dette',
      ]);
      assert.deepEqual(
        names(result(await c.get('package_search', { fq: 'res_format:CSV AND -organization:sante' }))),
        ['budget-2024'],
      );
      assert.deepEqual(
        names(result(await c.get('package_search', { fq: 'tags:dette OR groups:economie' }))),
        ['budget-2024', 'dette'],
      );
      assert.deepEqual(names(result(await c.get('package_search', { fq: 'license_id:"ODbL-1.0"' }))), [
        'dette',
      ]);
      const page = result(
        await c.get('package_search', { rows: '1', start: '1', sort: 'metadata_created desc' }),
      );
      assert.equal(page.count, 3);
      assert.equal(page.results.length, 1);
      failure(await c.get('package_search', { fq: 'title:x' }), 400, 'Search Query Error');
    });

    test('facets: facets and search_facets with display names, limit and mincount', async () => {
      const r = result(
        await c.get('package_search', {
          'facet.field': '["organization","tags","res_format","license_id","groups"]',
          rows: '0',
        }),
      );
      assert.equal(r.results.length, 0);
      assert.deepEqual(r.facets.organization, { finances: 2, sante: 1 });
      assert.equal(r.facets.tags.budget, 2);
      assert.equal(r.facets.res_format.CSV, 2);
      const org = r.search_facets.organization.items.find((i: { name: string }) => i.name === 'finances');
      assert.equal(org.count, 2);
      assert.ok(org.display_name.includes('finances'));
      const min = result(await c.get('package_search', { 'facet.field': '["tags"]', 'facet.mincount': '2' }));
      assert.deepEqual(min.facets.tags, { budget: 2 });
    });

    test('include_private and include_drafts for members; never for others', async () => {
      const mine = result(
        await c.get(
          'package_search',
          { include_private: 'true', include_drafts: 'true', fq: 'organization:finances' },
          fin.member,
        ),
      );
      assert.deepEqual(names(mine), ['budget-2024', 'dette', 'draft-plan', 'secret-plan']);
      assert.deepEqual(
        names(result(await c.get('package_search', { fq: 'organization:finances' }, fin.member))),
        ['budget-2024', 'dette'],
      );
      const outsider = result(
        await c.get('package_search', {
          include_private: 'true',
          include_drafts: 'true',
          fq: 'organization:finances',
        }),
      );
      assert.equal(outsider.count, 2);
    });
  },
  limits,
);
