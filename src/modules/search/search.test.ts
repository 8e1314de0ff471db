// Search over the catalogue, on each database with the same expectations (so both give the same results):
// Arabic variants, French accents, phrases, prefixes, exclusions, OR, facet counts with filters, visibility,
// the index written in the catalogue's transaction, and reindexing.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { sql } from 'kysely';
import { describeWithApp } from '../../../test/app.ts';
import { type Actor, anonymous, cliActor } from '../accounts/index.ts';
import { type Caller, limits, restClient, sampleDataset, serviceContextFor } from '../catalog/test-kit.ts';
import type { DatasetSearch } from './contract.ts';
import { indexDatasets, reindexAll } from './indexer.ts';
import { searchDatasets } from './search.service.ts';

describeWithApp(
  'search: full text, facets and visibility',
  (get) => {
    const { call, user, organisation, dataset } = restClient(get);
    let a: Awaited<ReturnType<typeof organisation>>;
    let b: Awaited<ReturnType<typeof organisation>>;
    let root: Caller;

    const run = (actor: Actor, query: Partial<DatasetSearch>) =>
      searchDatasets(serviceContextFor(get(), actor), { limit: 100, offset: 0, ...query });
    const names = async (query: Partial<DatasetSearch>, actor: Actor = anonymous) =>
      (await run(actor, query)).hits.map((h) => h.dataset.name).sort();
    const ranked = async (q: string) => (await run(anonymous, { q })).hits.map((h) => h.dataset.name);
    const memberOfA = (): Actor => ({ ...anonymous, userId: a.member.id, orgRoles: { [a.id]: 'member' } });

    before(async () => {
      a = await organisation('org-a');
      b = await organisation('org-b');
      root = await user('root@example.ma', { sysadmin: true });
      for (const [name, fr] of [
        ['education', 'Éducation'],
        ['sante', 'Santé'],
      ])
        await call('POST', '/api/v1/themes', root, { name, title: { fr, ar: name, en: name } });
      const make = (as: Caller, name: string, org: string, extra: Record<string, unknown>) =>
        dataset(as, sampleDataset(name, org, { tags: [], themes: [], ...extra }));
      await make(a.editor, 'open-data-ar', a.name, {
        title: { ar: 'المعطيات المفتوحة للتعليم', fr: 'Écoles' },
        description: { ar: 'قائمة المدارس العمومية' },
        themes: ['education'],
        tags: ['ecoles'],
      });
      await make(a.editor, 'donnees-sante', a.name, {
        title: { fr: 'Données de santé publique' },
        description: { fr: 'Le **budget annuel** des hôpitaux régionaux.' },
        themes: ['sante'],
        tags: ['sante', 'budget'],
      });
      await make(a.editor, 'statistiques', a.name, {
        title: { fr: 'Statistiques scolaires', en: 'School statistics' },
        description: { fr: 'Effectifs annuels, budget non détaillé.' },
        themes: ['education'],
        tags: ['ecoles'],
        license_id: 'ODbL-1.0',
      });
      await make(b.editor, 'budget-etat', b.name, {
        title: { fr: 'Budget annuel de l’État', ar: 'ميزانية الدولة' },
        description: { fr: 'Lois de finances.' },
        tags: ['budget'],
      });
      await make(b.editor, 'b-private', b.name, { title: { fr: 'Budget privé' }, visibility: 'private' });
      await make(a.editor, 'a-private', a.name, { title: { fr: 'Budget interne' }, visibility: 'private' });
      await make(a.editor, 'a-draft', a.name, { title: { fr: 'Budget brouillon' }, state: 'draft' });
      await make(a.editor, 'a-deleted', a.name, { title: { fr: 'Budget supprimé' } });
      assert.equal((await call('DELETE', '/api/v1/datasets/a-deleted', a.editor)).statusCode, 200);
      const res = await call('POST', '/api/v1/datasets/budget-etat/resources', b.editor, {
        title: { fr: 'Tableau des dépenses' },
        url: 'https://finances.gov.ma/depenses.xlsx',
      });
      assert.equal(res.statusCode, 201, res.body);
    });

    test('Arabic: article, particles, harakat and hamza variants find the same dataset', async () => {
      for (const q of ['معطيات', 'المعطيات', 'والمعطيات', 'بالمعطيات', 'المُعْطَيَات', 'مدرسة OR المدارس'])
        assert.deepEqual(await names({ q }), ['open-data-ar'], q);
      assert.deepEqual(await names({ q: 'ميزانيه' }), ['budget-etat']);
    });

    test('French and English: case, accents, elisions and plurals fold', async () => {
      for (const q of ['donnees', 'DONNÉE', 'Données', 'santé publique', 'hopital'])
        assert.deepEqual(await names({ q }), ['donnees-sante'], q);
      for (const q of ['etat', 'l’état', "de l'Etat"])
        assert.deepEqual(await names({ q }), ['budget-etat'], q);
      assert.deepEqual(await names({ q: 'statistic' }), ['statistiques']);
    });

    test('phrases, prefixes, exclusions, OR; any input is accepted', async () => {
      assert.deepEqual(await names({ q: '"budget annuel"' }), ['budget-etat', 'donnees-sante']);
      assert.deepEqual(await names({ q: 'annuel budget' }), ['budget-etat', 'donnees-sante', 'statistiques']);
      assert.deepEqual(await names({ q: 'stat*' }), ['statistiques']);
      assert.deepEqual(await names({ q: 'budget -sante' }), ['budget-etat', 'statistiques']);
      assert.deepEqual(await names({ q: '-budget' }), ['open-data-ar']);
      assert.deepEqual(await names({ q: 'ecoles OR finances' }), [
        'budget-etat',
        'open-data-ar',
        'statistiques',
      ]);
      assert.deepEqual(await names({ q: 'xlsx dépenses' }), ['budget-etat'], 'resource titles and formats');
      assert.deepEqual(await names({ q: 'organisation org-b' }), ['budget-etat'], 'organisation names');
      for (const q of ['"unbalanced', 'OR', '-', '*', '"" AND (', "'; drop table x --", 'NEAR(a b)', '{x}:y'])
        await run(anonymous, { q });
    });

    test('relevance: a title match ranks above a description match', async () => {
      const order = await ranked('budget');
      assert.equal(order[0], 'budget-etat');
      assert.deepEqual([...order].sort(), ['budget-etat', 'donnees-sante', 'statistiques']);
    });

    test('snippets mark the matched words and escape the text', async () => {
      const hit = (await run(anonymous, { q: 'hôpital' })).hits[0]!;
      assert.match(hit.snippet ?? '', /<mark>hôpitaux<\/mark>/);
      assert.doesNotMatch(hit.snippet ?? '', /\*\*/);
    });

    test('facets: counts respect the other fields’ checkbox filters, not their own', async () => {
      const r = await run(anonymous, {
        filters: { organization: [a.name] },
        facets: ['organization', 'theme', 'tag', 'license'],
      });
      assert.equal(r.total, 3);
      assert.deepEqual(r.facets.organization, [
        { value: a.name, count: 3 },
        { value: b.name, count: 1 },
      ]);
      assert.deepEqual(r.facets.theme, [
        { value: 'education', count: 2 },
        { value: 'sante', count: 1 },
      ]);
      assert.deepEqual(r.facets.tag, [
        { value: 'ecoles', count: 2 },
        { value: 'budget', count: 1 },
        { value: 'sante', count: 1 },
      ]);
      const both = await run(anonymous, {
        q: 'budget',
        filters: { organization: [a.name], tag: ['budget', 'ecoles'] },
        facets: ['organization', 'format'],
        facetLimit: 1,
      });
      assert.deepEqual(both.hits.map((h) => h.dataset.name).sort(), ['donnees-sante', 'statistiques']);
      assert.equal(both.total, 2);
      assert.deepEqual(both.facets.organization, [{ value: a.name, count: 2 }]);
      const fmt = await run(anonymous, { filters: { format: ['xlsx'] }, facets: ['format'] });
      assert.deepEqual(
        fmt.hits.map((h) => h.dataset.name),
        ['budget-etat'],
      );
      assert.deepEqual(fmt.facets.format, [{ value: 'XLSX', count: 1 }]);
    });

    test('filter expressions apply to results and to every facet count', async () => {
      const r = await run(anonymous, {
        filter: {
          and: [
            { field: 'tag', values: ['budget', 'ecoles'] },
            { not: { field: 'name', values: ['statistiques'] } },
          ],
        },
        facets: ['tag'],
      });
      assert.deepEqual(r.hits.map((h) => h.dataset.name).sort(), [
        'budget-etat',
        'donnees-sante',
        'open-data-ar',
      ]);
      assert.deepEqual(r.facets.tag, [
        { value: 'budget', count: 2 },
        { value: 'ecoles', count: 1 },
        { value: 'sante', count: 1 },
      ]);
      assert.deepEqual(await names({ filter: { or: [{ field: 'license', values: ['ODbL-1.0'] }] } }), [
        'statistiques',
      ]);
    });

    test('sorts and paging', async () => {
      const all = await run(anonymous, { sort: 'title', limit: 2, offset: 0 });
      assert.equal(all.total, 4);
      assert.deepEqual(
        all.hits.map((h) => h.dataset.name),
        ['budget-etat', 'donnees-sante'],
      );
      const next = await run(anonymous, { sort: 'title', limit: 2, offset: 2 });
      assert.deepEqual(
        next.hits.map((h) => h.dataset.name),
        ['open-data-ar', 'statistiques'],
      );
      await assert.rejects(run(anonymous, { sort: 'nope' as never }), /validation/);
      await assert.rejects(run(anonymous, { modifiedSince: '2024-13-45' }), /validation/);
      assert.equal((await run(anonymous, { modifiedSince: '2999-01-01' })).total, 0);
    });

    test('private and draft datasets: hidden from others, shown to members; deleted ones never', async () => {
      const everyone = ['budget-etat', 'donnees-sante', 'open-data-ar', 'statistiques'];
      assert.deepEqual(await names({}), everyone);
      assert.deepEqual(await names({ includeDrafts: true }), everyone);
      assert.deepEqual(await names({}, memberOfA()), [...everyone, 'a-private'].sort());
      assert.deepEqual(
        await names({ includeDrafts: true }, memberOfA()),
        [...everyone, 'a-draft', 'a-private'].sort(),
      );
      assert.deepEqual(await names({ includePrivate: false }, memberOfA()), everyone);
      assert.deepEqual(
        await names({ includeDrafts: true }, cliActor),
        [...everyone, 'a-draft', 'a-private', 'b-private'].sort(),
      );
      assert.deepEqual(await names({ q: 'supprimé', includeDrafts: true }, cliActor), []);
      assert.equal(
        (await run(anonymous, { q: 'budget', facets: ['organization'] })).facets.organization?.length,
        2,
      );
    });

    test('the index follows every write, inside its transaction', async () => {
      const patched = await call('PATCH', '/api/v1/datasets/statistiques', a.editor, {
        title: { fr: 'Effectifs des lycées' },
      });
      assert.equal(patched.statusCode, 200, patched.body);
      assert.deepEqual(await names({ q: 'lycée' }), ['statistiques']);
      assert.deepEqual(await names({ q: 'statistique' }), []);
      // A write that rolls back leaves the index as it was.
      const t = get();
      await assert.rejects(
        t.db.db.transaction().execute(async (tx) => {
          await tx
            .updateTable('datasets')
            .set({ title: JSON.stringify({ fr: 'Girafes' }) })
            .where('name', '=', 'statistiques')
            .execute();
          const id = (
            await tx
              .selectFrom('datasets')
              .select('id')
              .where('name', '=', 'statistiques')
              .executeTakeFirstOrThrow()
          ).id;
          await indexDatasets(tx, t.db.dialect, [id]);
          throw new Error('rollback');
        }),
        /rollback/,
      );
      assert.deepEqual(await names({ q: 'girafes' }), []);
      assert.deepEqual(await names({ q: 'lycées' }), ['statistiques']);
      // An organisation's new title is searchable in its datasets.
      const upd = await call('PATCH', `/api/v1/organizations/${b.name}`, b.admin, {
        title: { fr: 'Trésorerie générale' },
      });
      assert.equal(upd.statusCode, 200, upd.body);
      assert.deepEqual(await names({ q: 'trésorerie' }), ['budget-etat']);
    });

    test('reindexing rebuilds the same index', async () => {
      const t = get();
      const before = await run(cliActor, {
        q: 'budget',
        includeDrafts: true,
        facets: ['tag', 'organization'],
      });
      await sql`DELETE FROM search_facets`.execute(t.db.db);
      if (t.db.dialect === 'sqlite') await sql`DELETE FROM search_fts`.execute(t.db.db);
      await sql`DELETE FROM search_docs`.execute(t.db.db);
      assert.equal((await run(cliActor, { q: 'budget' })).total, 0);
      assert.equal(await reindexAll(t.db.db, t.db.dialect, { batch: 3 }), 8);
      const after = await run(cliActor, {
        q: 'budget',
        includeDrafts: true,
        facets: ['tag', 'organization'],
      });
      assert.deepEqual(after.facets, before.facets);
      assert.deepEqual(
        after.hits.map((h) => h.dataset.name),
        before.hits.map((h) => h.dataset.name),
      );
    });
  },
  limits,
);
