// Who sees what: private, draft and deleted datasets are visible only to their organisation's members and
// to sysadmins, in get and in lists (the scope is applied in SQL: totals say so), themes' counts and activity.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../test/app.ts';
import { anonymous as anonymousActor, cliActor } from '../accounts/index.ts';
import { listActivity } from './activity.service.ts';
import { type Caller, limits, restClient, sampleDataset, serviceContextFor } from './test-kit.ts';

describeWithApp(
  'catalog: visibility of private, draft and deleted datasets',
  (get) => {
    const { call, user, organisation, dataset } = restClient(get);
    let a: Awaited<ReturnType<typeof organisation>>;
    let b: Awaited<ReturnType<typeof organisation>>;
    let root: Caller;
    let plain: Caller;

    before(async () => {
      a = await organisation('org-a');
      b = await organisation('org-b');
      root = await user('root@example.ma', { sysadmin: true });
      plain = await user('plain@example.ma');
      await call('POST', '/api/v1/themes', root, { name: 'education', title: { fr: 'Éducation' } });
      const make = (as: Caller, name: string, org: string, extra: Record<string, unknown> = {}) =>
        dataset(as, sampleDataset(name, org, { themes: ['education'], tags: ['ecoles'], ...extra }));
      await make(a.editor, 'a-public', a.name, { title: { fr: 'Zèbres', ar: 'أ' } });
      await make(a.editor, 'a-private', a.name, { visibility: 'private' });
      await make(a.editor, 'a-draft', a.name, { state: 'draft' });
      await make(a.admin, 'a-private-draft', a.name, { state: 'draft', visibility: 'private' });
      await make(a.editor, 'a-deleted', a.name);
      assert.equal((await call('DELETE', '/api/v1/datasets/a-deleted', a.editor)).statusCode, 200);
      await make(b.editor, 'b-public', b.name, { title: { fr: 'Abeilles', ar: 'ي' } });
      await make(b.editor, 'b-private', b.name, { visibility: 'private' });
      // Distinct creation times, in the order above (several may fall in one millisecond).
      const order = [
        'a-public',
        'a-private',
        'a-draft',
        'a-private-draft',
        'a-deleted',
        'b-public',
        'b-private',
      ];
      for (const [i, name] of order.entries())
        await get()
          .db.db.updateTable('datasets')
          .set({ created_at: `2025-01-0${i + 1}T00:00:00.000Z` })
          .where('name', '=', name)
          .execute();
    });

    const names = async (as: Caller | null, qs = '') => {
      const res = await call('GET', `/api/v1/datasets?limit=100${qs}`, as);
      assert.equal(res.statusCode, 200, res.body);
      const { total, items } = res.json().data;
      const list = items.map((d: { name: string }) => d.name).sort();
      assert.equal(total, list.length, 'the total counts what the reader may see');
      return list;
    };

    test('anonymous visitors and plain users see only public, active datasets', async () => {
      for (const as of [null, plain]) {
        assert.deepEqual(await names(as), ['a-public', 'b-public']);
        assert.deepEqual(await names(as, '&state=draft'), []);
        assert.deepEqual(await names(as, '&state=deleted'), []);
        for (const hidden of ['a-private', 'a-draft', 'a-private-draft', 'a-deleted', 'b-private']) {
          const res = await call('GET', `/api/v1/datasets/${hidden}`, as);
          assert.equal(res.statusCode, 404, hidden);
          assert.equal(res.json().error.code, 'catalog.dataset_not_found');
          assert.equal((await call('GET', `/api/v1/datasets/${hidden}/activity`, as)).statusCode, 404);
        }
      }
    });

    test('members of the organisation (any role) see its private, draft and deleted datasets; others do not', async () => {
      const ownAndPublic = ['a-draft', 'a-private', 'a-private-draft', 'a-public', 'b-public'];
      for (const as of [a.member, a.editor, a.admin]) {
        assert.deepEqual(await names(as), ownAndPublic, as.email);
        assert.deepEqual(await names(as, '&state=deleted'), ['a-deleted']);
        assert.equal((await call('GET', '/api/v1/datasets/a-private-draft', as)).statusCode, 200);
      }
      assert.deepEqual(await names(b.admin), ['a-public', 'b-private', 'b-public']);
      assert.deepEqual(await names(b.member, '&state=draft'), []);
      assert.equal((await call('GET', '/api/v1/datasets/a-private', b.admin)).statusCode, 404);
      assert.equal((await call('GET', '/api/v1/datasets/a-draft', b.editor)).statusCode, 404);
    });

    test('sysadmins see everything', async () => {
      assert.deepEqual(await names(root), [
        'a-draft',
        'a-private',
        'a-private-draft',
        'a-public',
        'b-private',
        'b-public',
      ]);
      assert.deepEqual(await names(root, '&state=deleted'), ['a-deleted']);
    });

    test('filters (organisation, theme, tag, state) keep the scope', async () => {
      assert.deepEqual(await names(null, `&organization=${a.name}`), ['a-public']);
      assert.deepEqual(await names(a.member, `&organization=${a.name}&state=draft`), [
        'a-draft',
        'a-private-draft',
      ]);
      assert.deepEqual(await names(null, '&theme=education'), ['a-public', 'b-public']);
      assert.deepEqual(await names(b.admin, '&tag=ecoles'), ['a-public', 'b-private', 'b-public']);
      assert.deepEqual(await names(null, '&tag=nothing'), []);
      assert.deepEqual(await names(null, '&organization=no-such-org'), []);
      const bad = await call('GET', '/api/v1/datasets?state=gone&sort=random');
      assert.equal(bad.statusCode, 400);
      assert.deepEqual(Object.keys(bad.json().error.fields).sort(), ['sort', 'state']);
    });

    test('paging and sorting', async () => {
      const page = (await call('GET', '/api/v1/datasets?limit=2&offset=1&sort=created', root)).json().data;
      assert.equal(page.total, 6);
      assert.deepEqual(
        page.items.map((d: { name: string }) => d.name),
        ['b-public', 'a-private-draft'],
        'newest first, after the first one',
      );
      const byTitle = async (lang: string) =>
        (await get().app.inject({ url: '/api/v1/datasets?sort=title', headers: { 'accept-language': lang } }))
          .json()
          .data.items.map((d: { name: string }) => d.name);
      assert.deepEqual(await byTitle('fr'), ['b-public', 'a-public'], 'Abeilles before Zèbres');
      assert.deepEqual(await byTitle('ar'), ['a-public', 'b-public'], 'أ before ي');
    });

    test('theme counts follow the reader’s scope', async () => {
      const count = async (as: Caller | null) =>
        (await call('GET', '/api/v1/themes', as))
          .json()
          .data.find((t: { name: string }) => t.name === 'education').dataset_count;
      assert.equal(await count(null), 2);
      assert.equal(await count(a.member), 5);
      assert.equal(await count(root), 6);
    });

    test('activity streams of an organisation or a person leave out what the reader may not see', async () => {
      const stream = async (actor: typeof cliActor, filter: { organization?: string; actorId?: string }) => {
        const page = await listActivity(serviceContextFor(get(), actor), filter, { limit: 100, offset: 0 });
        assert.equal(page.total, page.items.length);
        return page.total;
      };
      // Organisation A: 5 creations and 1 deletion; only the public, active dataset is visible to everyone.
      assert.equal(await stream(cliActor, { organization: a.name }), 6);
      assert.equal(await stream(anonymousActor, { organization: a.name }), 1);
      assert.equal(await stream(anonymousActor, { actorId: b.editor.id }), 1);
      assert.equal(await stream(cliActor, { actorId: b.editor.id }), 2);
      assert.equal(await stream(anonymousActor, { organization: 'no-such-org' }), 0);
    });
  },
  limits,
);
