// Datasets through REST: an editor of the organisation creates, updates, patches and deletes; others are
// refused; every write records a revision (before/after) and an audit row.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../test/app.ts';
import { type Caller, limits, restClient, sampleDataset } from './test-kit.ts';

describeWithApp(
  'catalog: dataset lifecycle through REST',
  (get) => {
    const { call, user, anonymous, organisation, counts, dataset } = restClient(get);
    let org: Awaited<ReturnType<typeof organisation>>;
    let other: Awaited<ReturnType<typeof organisation>>;
    let root: Caller;

    before(async () => {
      org = await organisation('hcp');
      other = await organisation('anrt');
      root = await user('root@example.ma', { sysadmin: true });
      for (const [name, title] of [
        ['finances', 'Finances'],
        ['sante', 'Santé'],
      ])
        assert.equal(
          (await call('POST', '/api/v1/themes', root, { name, title: { fr: title } })).statusCode,
          201,
        );
    });

    test('an editor creates a dataset; GET returns every field; a revision and an audit row record it', async () => {
      const res = await call('POST', '/api/v1/datasets', org.editor, {
        ...sampleDataset('budget-2024', org.name),
        themes: ['finances'],
        unknown_key: 'ignored like CKAN',
      });
      assert.equal(res.statusCode, 201, res.body);
      const created = res.json().data;
      assert.equal(created.organization.name, org.name);
      assert.equal(created.license.open, true);
      assert.equal(created.frequency_days, 366);
      assert.equal(created.state, 'active');
      assert.equal(created.visibility, 'public');
      assert.equal(created.issued, created.created_at.slice(0, 10), 'published today');
      assert.equal(created.created_by, org.editor.id);
      assert.deepEqual(created.tags, ['budget', 'finances']);
      assert.deepEqual(
        created.themes.map((t: { name: string }) => t.name),
        ['finances'],
      );
      const got = (await call('GET', '/api/v1/datasets/budget-2024')).json().data;
      assert.deepEqual(got, created);
      assert.equal((await call('GET', `/api/v1/datasets/${created.id}`)).json().data.name, 'budget-2024');

      const activity = (await call('GET', '/api/v1/datasets/budget-2024/activity')).json().data;
      assert.equal(activity.total, 1);
      const [rev] = activity.items;
      assert.equal(rev.action, 'created');
      assert.equal(rev.actor.name, 'hcp editor');
      assert.equal(rev.organization_id, org.id);
      assert.deepEqual(rev.changes.title, { before: null, after: created.title });
      assert.deepEqual(rev.changes.themes, { before: null, after: ['finances'] });
      const audit = await get()
        .db.db.selectFrom('audit_log')
        .selectAll()
        .where('target_id', '=', created.id)
        .execute();
      assert.deepEqual(
        audit.map((a) => [a.action, a.actor_label]),
        [['dataset.created', org.editor.email]],
      );
    });

    test('PUT replaces every metadata field; PATCH changes only the keys given; revisions show before/after', async () => {
      const created = await dataset(
        org.admin,
        sampleDataset('census-2014', org.name, { visibility: 'private' }),
      );
      const put = await call('PUT', '/api/v1/datasets/census-2014', org.editor, {
        title: { ar: 'الإحصاء العام 2014' },
        frequency: 'DECENNIAL',
        themes: ['sante', 'finances'],
        tags: ['population'],
      });
      assert.equal(put.statusCode, 200, put.body);
      const full = put.json().data;
      assert.deepEqual(full.title, { ar: 'الإحصاء العام 2014' });
      assert.deepEqual(full.description, {}, 'absent fields take their defaults');
      assert.equal(full.license_id, 'notspecified');
      assert.equal(full.contact_email, null);
      assert.deepEqual(full.extras, []);
      assert.deepEqual(full.tags, ['population']);
      assert.equal(full.visibility, 'private', 'visibility and state keep their values when absent');
      assert.equal(full.name, 'census-2014');
      assert.ok(full.updated_at >= created.updated_at);

      const patch = await call('PATCH', '/api/v1/datasets/census-2014', org.editor, {
        license_id: 'odc-odbl',
        visibility: 'public',
      });
      assert.equal(patch.statusCode, 200, patch.body);
      const patched = patch.json().data;
      assert.equal(patched.license_id, 'ODbL-1.0', 'CKAN ids resolve to the canonical id');
      assert.equal(patched.visibility, 'public');
      assert.deepEqual(patched.title, full.title, 'other fields unchanged');
      assert.deepEqual(patched.tags, ['population']);
      assert.deepEqual(
        patched.themes.map((t: { name: string }) => t.name),
        ['finances', 'sante'],
      );

      // A PUT of what GET returns changes nothing and records nothing.
      const revisionsBefore = (await counts()).revisions;
      const again = await call('PUT', '/api/v1/datasets/census-2014', org.editor, patched);
      assert.equal(again.statusCode, 200, again.body);
      assert.equal(again.json().data.updated_at, patched.updated_at);
      assert.equal((await counts()).revisions, revisionsBefore);

      const items = (await call('GET', '/api/v1/datasets/census-2014/activity', org.member)).json().data
        .items;
      assert.deepEqual(
        items.map((r: { action: string }) => r.action),
        ['updated', 'updated', 'created'],
      );
      assert.deepEqual(items[0].changes, {
        license_id: { before: 'notspecified', after: 'ODbL-1.0' },
        visibility: { before: 'private', after: 'public' },
      });
      assert.deepEqual(items[1].changes.frequency, { before: 'ANNUAL', after: 'DECENNIAL' });
      assert.deepEqual(items[1].changes.tags, { before: ['budget', 'finances'], after: ['population'] });
      assert.deepEqual(items[1].changes.themes, { before: [], after: ['finances', 'sante'] });
      assert.equal(items[1].changes.name, undefined, 'unchanged fields are not listed');
    });

    test('a dataset can be renamed (not to a taken name) and moved only to an organisation the editor publishes in', async () => {
      await dataset(org.editor, sampleDataset('old-name', org.name));
      const renamed = await call('PATCH', '/api/v1/datasets/old-name', org.editor, { name: 'new-name' });
      assert.equal(renamed.json().data.name, 'new-name');
      assert.equal((await call('GET', '/api/v1/datasets/old-name')).statusCode, 404);
      const taken = await call('PATCH', '/api/v1/datasets/new-name', org.editor, { name: 'budget-2024' });
      assert.equal(taken.json().error.fields.name.reason, 'not_unique');
      const move = await call('PATCH', '/api/v1/datasets/new-name', org.editor, { organization: other.name });
      assert.equal(move.statusCode, 403);
      const moved = await call('PATCH', '/api/v1/datasets/new-name', root, { organization: other.name });
      assert.equal(moved.json().data.organization.name, other.name);
    });

    test('only sysadmins feature a dataset; an editor may send the flag back unchanged', async () => {
      await dataset(org.editor, sampleDataset('featured-one', org.name));
      const refused = await call('PATCH', '/api/v1/datasets/featured-one', org.editor, { featured: true });
      assert.equal(refused.statusCode, 403);
      const ok = await call('PATCH', '/api/v1/datasets/featured-one', root, { featured: true });
      assert.equal(ok.json().data.featured, true);
      const view = ok.json().data;
      const edit = await call('PUT', '/api/v1/datasets/featured-one', org.editor, {
        ...view,
        version: '2.0',
      });
      assert.equal(edit.statusCode, 200, edit.body);
      assert.equal(edit.json().data.featured, true);
    });

    test('delete marks the dataset deleted, records it, and it can be restored by its organisation', async () => {
      await dataset(org.editor, sampleDataset('to-delete', org.name));
      const del = await call('DELETE', '/api/v1/datasets/to-delete', org.editor);
      assert.equal(del.statusCode, 200, del.body);
      assert.equal((await call('GET', '/api/v1/datasets/to-delete')).statusCode, 404);
      const seen = (await call('GET', '/api/v1/datasets/to-delete', org.member)).json().data;
      assert.equal(seen.state, 'deleted');
      const items = (await call('GET', '/api/v1/datasets/to-delete/activity', org.member)).json().data.items;
      assert.equal(items[0].action, 'deleted');
      assert.deepEqual(items[0].changes, { state: { before: 'active', after: 'deleted' } });
      const audit = await get()
        .db.db.selectFrom('audit_log')
        .select('action')
        .where('target_id', '=', seen.id)
        .orderBy('at')
        .execute();
      assert.deepEqual(
        audit.map((a) => a.action),
        ['dataset.created', 'dataset.deleted'],
      );
      const restore = await call('PATCH', '/api/v1/datasets/to-delete', org.editor, { state: 'active' });
      assert.equal(restore.json().data.state, 'active');
      assert.equal((await call('GET', '/api/v1/datasets/to-delete')).statusCode, 200);
    });

    test('an editor of another organisation, a member, a plain user and anonymous callers are refused', async () => {
      await dataset(org.editor, sampleDataset('guarded', org.name));
      const plain = await user('plain@example.ma');
      const before = await counts();
      for (const [as, status] of [
        [other.editor, 403],
        [other.admin, 403],
        [org.member, 403],
        [plain, 403],
        [await anonymous(), 401],
      ] as const) {
        const who = as.email;
        const create = await call('POST', '/api/v1/datasets', as, sampleDataset(`x-${status}`, org.name));
        assert.equal(create.statusCode, status, `create as ${who}`);
        const put = await call('PUT', '/api/v1/datasets/guarded', as, { title: { fr: 'X' } });
        assert.equal(put.statusCode, status, `update as ${who}`);
        const patch = await call('PATCH', '/api/v1/datasets/guarded', as, { version: '9' });
        assert.equal(patch.statusCode, status, `patch as ${who}`);
        assert.equal(
          (await call('DELETE', '/api/v1/datasets/guarded', as)).statusCode,
          status,
          `delete as ${who}`,
        );
      }
      assert.deepEqual(await counts(), before, 'nothing changed');
      assert.equal((await call('GET', '/api/v1/datasets/guarded')).json().data.version, '1.0');
    });
  },
  limits,
);
