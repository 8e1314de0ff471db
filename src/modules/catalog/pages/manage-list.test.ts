// "My datasets" and bulk actions: the list holds only the organisations where the actor publishes (in SQL),
// drafts and private ones included; a bulk action is confirmed, then applied all-or-nothing with a revision per
// changed dataset, through the form and through REST alike.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../../test/app.ts';
import { type Caller, limits, restClient, sampleDataset } from '../test-kit.ts';

describeWithApp(
  'catalogue back-office: my datasets and bulk actions',
  (get) => {
    const { call, form, user, organisation, dataset, counts } = restClient(get);
    let a: Awaited<ReturnType<typeof organisation>>;
    let b: Awaited<ReturnType<typeof organisation>>;
    let root: Caller;
    const ids: Record<string, string> = {};

    const page = (url: string, as: Caller | null) => get().app.inject({ url, headers: as?.headers ?? {} });
    const names = (items: { name: string }[]) => items.map((d) => d.name).sort();
    const row = (name: string) =>
      get()
        .db.db.selectFrom('datasets')
        .select(['state', 'visibility', 'issued'])
        .where('name', '=', name)
        .executeTakeFirstOrThrow();

    before(async () => {
      a = await organisation('dgct');
      b = await organisation('anrt');
      root = await user('root-list@example.ma', { sysadmin: true });
      const make = async (as: Caller, name: string, org: string, extra: Record<string, unknown> = {}) => {
        ids[name] = (await dataset(as, sampleDataset(name, org, extra))).id;
      };
      await make(a.editor, 'a-draft', a.name, { state: 'draft' });
      await make(a.editor, 'a-draft-2', a.name, { state: 'draft', visibility: 'private' });
      await make(a.editor, 'a-public', a.name);
      await make(a.admin, 'a-gone', a.name);
      await call('DELETE', '/api/v1/datasets/a-gone', a.admin);
      await make(b.editor, 'b-public', b.name);
      await make(b.editor, 'b-draft', b.name, { state: 'draft' });
    });

    test('an editor lists the datasets of their organisations only, by status and organisation', async () => {
      const mine = await page('/fr/manage/datasets.json', a.editor);
      assert.equal(mine.statusCode, 200);
      assert.deepEqual(names(mine.json().items), ['a-draft', 'a-draft-2', 'a-public']);
      assert.equal(mine.json().total, 3);
      const drafts = (await page('/fr/manage/datasets.json?state=draft', a.editor)).json();
      assert.deepEqual(names(drafts.items), ['a-draft', 'a-draft-2']);
      const deleted = (await page('/fr/manage/datasets.json?state=deleted', a.editor)).json();
      assert.deepEqual(names(deleted.items), ['a-gone']);
      const other = (await page(`/fr/manage/datasets.json?organization=${b.name}`, a.editor)).json();
      assert.deepEqual(other.items, [], "another organisation's datasets are not listed, even when asked");
      const member = (await page('/fr/manage/datasets.json', a.member)).json();
      assert.deepEqual(member.items, [], 'members do not publish');
      const all = (await page('/fr/manage/datasets.json', root)).json();
      for (const n of ['a-draft', 'a-public', 'b-public', 'b-draft'])
        assert.ok(names(all.items).includes(n), `${n} for a sysadmin`);
      const onlyB = (await page(`/fr/manage/datasets.json?organization=${b.name}`, root)).json();
      assert.deepEqual(names(onlyB.items), ['b-draft', 'b-public']);
      const bad = await page('/fr/manage/datasets?state=archived', a.editor);
      assert.equal(bad.statusCode, 400);
      assert.equal((await page('/fr/manage/datasets', null)).statusCode, 303, 'anonymous: sign in first');
    });

    test('the list page: RTL, a labelled checkbox per dataset, the action select, filters kept', async () => {
      const res = await page(`/ar/manage/datasets?organization=${a.name}&state=draft`, a.editor);
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<html lang="ar" dir="rtl">/);
      for (const n of ['a-draft', 'a-draft-2']) {
        const id = ids[n]!;
        assert.ok(res.body.includes(`<input type="checkbox" id="select-${id}" name="ids" value="${id}"`), n);
        assert.ok(res.body.includes(`<label for="select-${id}"`), `${n} has a label`);
      }
      assert.ok(!res.body.includes(ids['a-public']!), 'the status filter applies');
      assert.match(res.body, /<form method="get" action="\/ar\/manage\/datasets\/bulk"/);
      assert.match(res.body, /<option value="publish"/);
      assert.match(res.body, new RegExp(`<option value="${a.name}" selected`));
      assert.match(res.body, /<option value="draft" selected/);
    });

    test('publishing drafts: a confirmation page, then one revision per changed dataset', async () => {
      const query = `ids=${ids['a-draft']}&ids=${ids['a-public']}&action=publish`;
      const confirm = await page(`/fr/manage/datasets/bulk?${query}`, a.editor);
      assert.equal(confirm.statusCode, 200, confirm.body.slice(0, 300));
      assert.match(confirm.body, /<form method="post" action="\/fr\/manage\/datasets\/bulk"/);
      assert.ok(confirm.body.includes(`name="ids" value="${ids['a-draft']}"`));
      const twin = (await page(`/fr/manage/datasets/bulk.json?${query}`, a.editor)).json();
      assert.deepEqual(
        twin.preview.items.map((i: { name: string; changed: string[] }) => [i.name, i.changed]),
        [
          ['a-draft', ['state', 'issued']],
          ['a-public', []],
        ],
      );
      const found = async () =>
        (await page('/fr/datasets.json?organization=dgct', null))
          .json()
          .hits.map((h: { dataset: { name: string } }) => h.dataset.name);
      assert.deepEqual(await found(), ['a-public'], 'visitors find no draft');
      const before = await counts();
      assert.equal((await row('a-draft')).state, 'draft', 'the preview changed nothing');
      const res = await form('/fr/manage/datasets/bulk', a.editor, [
        ['ids', ids['a-draft']!],
        ['ids', ids['a-public']!],
        ['action', 'publish'],
      ]);
      assert.equal(res.statusCode, 303, res.body.slice(0, 300));
      assert.equal(res.headers.location, '/fr/manage/datasets');
      const published = await row('a-draft');
      assert.equal(published.state, 'active');
      assert.match(String(published.issued), /^\d{4}-\d{2}-\d{2}$/);
      assert.equal(
        (await counts()).revisions,
        before.revisions + 1,
        'nothing recorded for the unchanged one',
      );
      const rev = (await call('GET', '/api/v1/datasets/a-draft/activity', a.editor)).json().data.items[0];
      assert.equal(rev.changes.state.before, 'draft');
      assert.equal(rev.changes.state.after, 'active');
      assert.deepEqual((await found()).sort(), ['a-draft', 'a-public'], 'the search index follows');
    });

    test('all or nothing: one dataset not allowed or not found, nothing changes and the error names it', async () => {
      const before = await counts();
      const mixed = await form('/fr/manage/datasets/bulk', a.editor, [
        ['ids', ids['a-draft-2']!],
        ['ids', ids['b-public']!],
        ['action', 'private'],
      ]);
      assert.equal(mixed.statusCode, 403);
      assert.match(mixed.body, /b-public/);
      assert.match(mixed.body, /class="error-summary"/);
      const preview = await page(
        `/fr/manage/datasets/bulk?ids=${ids['a-public']}&ids=b-public&action=delete`,
        a.editor,
      );
      assert.equal(preview.statusCode, 403, 'the confirmation page refuses before anything is confirmed');
      assert.match(preview.body, /b-public/);
      assert.ok(
        !preview.body.includes('method="post" action="/fr/manage/datasets/bulk"'),
        'no confirm button',
      );
      const rest = await call('POST', '/api/v1/datasets/bulk', a.editor, {
        ids: ['a-public', 'no-such-dataset'],
        action: 'private',
      });
      assert.equal(rest.statusCode, 404);
      assert.equal(rest.json().error.code, 'catalog.bulk_not_found');
      assert.match(rest.json().error.message, /no-such-dataset/);
      const hidden = await call('POST', '/api/v1/datasets/bulk', a.editor, {
        ids: ['b-draft'],
        action: 'public',
      });
      assert.equal(hidden.statusCode, 404, "another organisation's draft is not revealed");
      const member = await call('POST', '/api/v1/datasets/bulk', a.member, {
        ids: ['a-public'],
        action: 'delete',
      });
      assert.equal(member.statusCode, 403);
      assert.equal(member.json().error.code, 'catalog.bulk_forbidden');
      assert.deepEqual(await counts(), before);
      assert.equal((await row('a-public')).visibility, 'public');
      assert.equal((await row('a-draft-2')).visibility, 'private');
    });

    test('the addresses of back-office pages are not dataset names', async () => {
      for (const name of ['new', 'bulk']) {
        const res = await call('POST', '/api/v1/datasets', a.editor, sampleDataset(name, a.name));
        assert.equal(res.statusCode, 400, name);
        assert.equal(res.json().error.fields.name.reason, 'not_unique');
      }
    });

    test('bad requests name the field', async () => {
      const none = await call('POST', '/api/v1/datasets/bulk', a.editor, { action: 'delete' });
      assert.equal(none.statusCode, 400);
      assert.equal(none.json().error.fields.ids.reason, 'required');
      const action = await call('POST', '/api/v1/datasets/bulk', a.editor, {
        ids: ['a-public'],
        action: 'burn',
      });
      assert.equal(action.json().error.fields.action.reason, 'invalid_value');
      const page400 = await page('/fr/manage/datasets/bulk?action=delete', a.editor);
      assert.equal(page400.statusCode, 400);
      assert.match(page400.body, /href="#f-ids"/);
      const tooMany = await call('POST', '/api/v1/datasets/bulk', a.editor, {
        ids: Array.from({ length: 201 }, (_, i) => `d-${i}`),
        action: 'public',
      });
      assert.equal(tooMany.json().error.fields.ids.reason, 'too_large');
    });

    test('REST: make private, then delete, in one call each; the sysadmin crosses organisations', async () => {
      const before = await counts();
      const res = await call('POST', '/api/v1/datasets/bulk', root, {
        ids: ['a-public', ids['b-public']],
        action: 'private',
      });
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual(
        res.json().data.items.map((i: { name: string; changed: string[] }) => [i.name, i.changed]),
        [
          ['a-public', ['visibility']],
          ['b-public', ['visibility']],
        ],
      );
      assert.equal((await row('b-public')).visibility, 'private');
      const del = await call('POST', '/api/v1/datasets/bulk', a.admin, {
        ids: ['a-public', 'a-draft-2'],
        action: 'delete',
      });
      assert.equal(del.statusCode, 200, del.body);
      assert.equal((await row('a-public')).state, 'deleted');
      assert.equal((await counts()).revisions, before.revisions + 4);
      const rev = (await call('GET', '/api/v1/datasets/a-draft-2/activity', a.admin)).json().data.items[0];
      assert.equal(rev.action, 'deleted');
      const deleted = (await page('/fr/manage/datasets.json?state=deleted', a.editor)).json();
      assert.deepEqual(names(deleted.items), ['a-draft-2', 'a-gone', 'a-public']);
    });
  },
  limits,
);
