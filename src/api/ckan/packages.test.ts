import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../test/app.ts';
import { multipartBody } from '../../../test/multipart.ts';
import { limits } from '../../modules/catalog/test-kit.ts';
import { type ApiUser, ckanClient, failure, result } from './test-kit.ts';

describeWithApp(
  'CKAN API: datasets and resources',
  (get) => {
    const c = ckanClient(get);
    let org: Awaited<ReturnType<typeof c.organisation>>;
    let other: Awaited<ReturnType<typeof c.organisation>>;
    let outsider: ApiUser;

    before(async () => {
      org = await c.organisation('finances');
      other = await c.organisation('sante');
      outsider = await c.user('outsider');
    });

    const create = async (body: Record<string, unknown>, as: ApiUser = org.editor) =>
      result(await c.post('package_create', { owner_org: org.name, ...body }, as));

    test('package_create with resources, then package_show by name and by id: CKAN dict shapes', async () => {
      const created = await create({
        name: 'budget-2024',
        title: 'Budget 2024',
        notes: 'The **budget**.',
        license_id: 'CC-BY-4.0',
        version: '1.0',
        maintainer: 'Direction du budget',
        maintainer_email: 'budget@finances.gov.ma',
        tags: [{ name: 'budget' }, { name: 'finances' }],
        extras: [{ key: 'source', value: 'Loi de finances' }],
        resources: [
          { url: 'https://example.ma/budget.csv', name: 'Budget CSV', format: 'csv' },
          { url: 'https://example.ma/budget.pdf', name: 'Note' },
        ],
        unknown_key: 'ignored',
      });
      for (const key of ['budget-2024', created.id]) {
        const res = await c.get('package_show', { id: key });
        const d = result(res);
        assert.equal(d.name, 'budget-2024');
        assert.equal(d.type, 'dataset');
        assert.equal(d.owner_org, org.id);
        assert.equal(d.organization.name, org.name);
        assert.equal(d.license_id, 'CC-BY-4.0');
        assert.equal(d.isopen, true);
        assert.ok(d.license_title);
        assert.equal(d.private, false);
        assert.equal(d.state, 'active');
        assert.equal(d.num_tags, 2);
        assert.deepEqual(
          d.tags.map((t: { name: string }) => t.name),
          ['budget', 'finances'],
        );
        assert.deepEqual(d.extras, [{ key: 'source', value: 'Loi de finances' }]);
        assert.equal(d.num_resources, 2);
        assert.equal(d.resources[0].package_id, d.id);
        assert.equal(d.resources[0].format, 'CSV');
        assert.equal(d.resources[0].url_type, '');
        assert.equal(d.resources[1].position, 1);
        assert.match(d.metadata_created, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/);
        assert.equal(d.maintainer_email, 'budget@finances.gov.ma');
        assert.ok(!('unknown_key' in d));
      }
    });

    test('the dicts have every key of CKAN’s package and resource dicts', async () => {
      const d = result(await c.get('package_show', { id: 'budget-2024' }));
      const packageKeys =
        'id name title notes url version author author_email maintainer maintainer_email license_id license_title license_url isopen owner_org organization private state type metadata_created metadata_modified creator_user_id num_resources num_tags tags groups extras resources relationships_as_object relationships_as_subject';
      for (const k of packageKeys.split(' ')) assert.ok(k in d, `package dict without ${k}`);
      for (const k of 'id name title description image_url type is_organization state'.split(' '))
        assert.ok(k in d.organization, `organization without ${k}`);
      for (const k of 'id name display_name state vocabulary_id'.split(' '))
        assert.ok(k in d.tags[0], `tag without ${k}`);
      const resourceKeys =
        'id package_id url name description format mimetype size hash url_type created last_modified metadata_modified position state datastore_active';
      for (const k of resourceKeys.split(' ')) assert.ok(k in d.resources[0], `resource dict without ${k}`);
    });

    test('multilingual fields: title in the request language, all languages in *_translated', async () => {
      await create({
        name: 'population',
        title_translated: { ar: 'السكان', fr: 'Population', en: 'Population' },
        notes_translated: { fr: 'Recensement' },
      });
      const fr = result(await c.get('package_show', { id: 'population', lang: 'fr' }));
      assert.equal(fr.title, 'Population');
      assert.equal(fr.notes, 'Recensement');
      const ar = result(await c.get('package_show', { id: 'population', lang: 'ar' }));
      assert.equal(ar.title, 'السكان');
      assert.equal(ar.notes, 'Recensement'); // the first language that has it
      assert.deepEqual(ar.title_translated, { ar: 'السكان', fr: 'Population', en: 'Population' });
      // A plain title in one language keeps the others.
      result(
        await c.post('package_patch', { id: 'population', title: 'Population (EN)', lang: 'en' }, org.editor),
      );
      const after = result(await c.get('package_show', { id: 'population' }));
      assert.deepEqual(after.title_translated, { ar: 'السكان', fr: 'Population', en: 'Population (EN)' });
    });

    test('the title defaults to the name; a missing name and owner_org are Validation Errors (409)', async () => {
      const d = await create({ name: 'no-title' });
      assert.equal(d.title, 'no-title');
      const err = failure(
        await c.post('package_create', { title: 'x' }, org.editor),
        409,
        'Validation Error',
      );
      assert.ok(Array.isArray(err.name) && err.name.length === 1);
      assert.ok(Array.isArray(err.owner_org));
      const dup = failure(
        await c.post('package_create', { name: 'no-title', owner_org: org.name }, org.editor),
        409,
        'Validation Error',
      );
      assert.ok(dup.name[0]);
      const bad = failure(
        await c.post(
          'package_create',
          { name: 'with-bad-resource', owner_org: org.name, resources: [{ url: 'not a url' }] },
          org.editor,
        ),
        409,
        'Validation Error',
      );
      assert.ok(bad['resources.0.url']);
      // Nothing was written by the refused call.
      failure(await c.get('package_show', { id: 'with-bad-resource' }), 404, 'Not Found Error');
    });

    test('authorization: another organisation, members, anonymous callers → 403', async () => {
      await create({ name: 'owned' });
      for (const as of [other.editor, org.member, outsider, null])
        failure(await c.post('package_patch', { id: 'owned', notes: 'x' }, as), 403, 'Authorization Error');
      failure(
        await c.post('package_create', { name: 'elsewhere', owner_org: org.name }, other.admin),
        403,
        'Authorization Error',
      );
      failure(await c.post('package_delete', { id: 'owned' }, org.member), 403, 'Authorization Error');
    });

    test('API tokens: raw Authorization, Bearer and X-CKAN-API-Key; an unknown token is refused', async () => {
      const body = JSON.stringify({ name: 'by-token-1', owner_org: org.name });
      for (const [i, headers] of [
        { authorization: org.editor.token },
        { authorization: `Bearer ${org.editor.token}` },
        { 'x-ckan-api-key': org.editor.token },
      ].entries()) {
        const res = await get().app.inject({
          method: 'POST',
          url: '/api/action/package_create',
          headers: { ...headers, 'content-type': 'application/json' },
          payload: body.replace('by-token-1', `by-token-${i}`),
        });
        assert.equal(res.statusCode, 200, res.body);
      }
      const res = await get().app.inject({
        method: 'POST',
        url: '/api/3/action/package_create',
        headers: { authorization: 'shf_not-a-token', 'content-type': 'application/json' },
        payload: body,
      });
      failure(res, 403, 'Authorization Error');
    });

    test('private and draft datasets: hidden from others (404), shown to their organisation', async () => {
      await create({ name: 'secret', private: true });
      await create({ name: 'unfinished', state: 'draft' });
      for (const id of ['secret', 'unfinished']) {
        for (const as of [null, outsider, other.admin])
          failure(await c.get('package_show', { id }, as), 404, 'Not Found Error');
        assert.equal(result(await c.get('package_show', { id }, org.member)).name, id);
      }
      assert.equal(result(await c.get('package_show', { id: 'secret' }, org.member)).private, true);
      const names = result<string[]>(await c.get('package_list', {}, org.admin));
      assert.ok(!names.includes('secret') && !names.includes('unfinished'));
      assert.ok(names.includes('owned'));
    });

    test('package_update replaces: fields not given take defaults, resources not listed are deleted', async () => {
      const d = await create({
        name: 'to-update',
        version: '1',
        resources: [
          { url: 'https://example.ma/a.csv', name: 'A' },
          { url: 'https://example.ma/b.csv', name: 'B' },
        ],
      });
      const [a, b] = d.resources;
      const updated = result(
        await c.post(
          'package_update',
          {
            ...d,
            version: undefined,
            resources: [
              { ...b, name: 'B2' },
              { url: 'https://example.ma/c.json', name: 'C' },
            ],
          },
          org.editor,
        ),
      );
      assert.equal(updated.version, '');
      assert.deepEqual(
        updated.resources.map((r: { name: string }) => r.name),
        ['B2', 'C'],
      );
      assert.equal(updated.resources[0].id, b.id);
      failure(await c.get('resource_show', { id: a.id }), 404, 'Not Found Error');
      // The dict from package_show goes back unchanged.
      const same = result(await c.post('package_update', updated, org.editor));
      assert.equal(same.metadata_modified, updated.metadata_modified);
    });

    test('package_patch changes only the keys given; package_delete hides the dataset', async () => {
      const d = await create({
        name: 'to-patch',
        version: '1',
        tags: [{ name: 'x' }],
        resources: [{ url: 'https://example.ma/x.csv' }],
      });
      const p = result(await c.post('package_patch', { id: d.id, notes: 'New notes' }, org.editor));
      assert.equal(p.notes, 'New notes');
      assert.equal(p.version, '1');
      assert.equal(p.num_tags, 1);
      assert.equal(p.num_resources, 1);
      assert.equal(result(await c.post('package_delete', { id: 'to-patch' }, org.editor)), null);
      failure(await c.get('package_show', { id: 'to-patch' }), 404, 'Not Found Error');
      assert.equal(result(await c.get('package_show', { id: 'to-patch' }, org.member)).state, 'deleted');
    });

    test('resources: create (URL), show, update, patch, delete; errors by field', async () => {
      await create({ name: 'with-resources' });
      const r = result(
        await c.post(
          'resource_create',
          {
            package_id: 'with-resources',
            url: 'https://example.ma/data.xlsx',
            name: 'Data',
            description: 'All',
          },
          org.editor,
        ),
      );
      assert.equal(r.format, 'XLSX');
      assert.equal(r.position, 0);
      assert.equal(result(await c.get('resource_show', { id: r.id })).name, 'Data');
      const u = result(
        await c.post('resource_update', { id: r.id, name: 'Data 2', format: 'csv' }, org.editor),
      );
      assert.equal(u.name, 'Data 2');
      assert.equal(u.format, 'CSV');
      const p = result(await c.post('resource_patch', { id: r.id, mimetype: 'text/csv' }, org.editor));
      assert.equal(p.mimetype, 'text/csv');
      assert.equal(p.name, 'Data 2');
      const err = failure(
        await c.post('resource_create', { package_id: 'with-resources', url: 'ftp:/x' }, org.editor),
        409,
        'Validation Error',
      );
      assert.ok(err.url);
      failure(
        await c.post('resource_patch', { id: r.id, name: 'x' }, other.admin),
        403,
        'Authorization Error',
      );
      failure(await c.post('resource_show', { id: 'nope' }), 404, 'Not Found Error');
      failure(
        await c.post('resource_create', { package_id: 'nope', url: 'https://example.ma/x.csv' }, org.editor),
        404,
        'Not Found Error',
      );
      assert.equal(result(await c.post('resource_delete', { id: r.id }, org.editor)), null);
      failure(await c.get('resource_show', { id: r.id }), 404, 'Not Found Error');
    });

    test('resource_create and resource_update with a file in `upload` (multipart)', async () => {
      const ds = await create({ name: 'with-file' });
      const upload = (action: string, fields: Record<string, string>, content: string) => {
        const body = multipartBody({
          field: 'upload',
          filename: 'budget.csv',
          content: Buffer.from(content),
          contentType: 'text/csv',
          fields,
        });
        return get().app.inject({
          method: 'POST',
          url: `/api/3/action/${action}`,
          headers: { authorization: org.editor.token, 'content-type': body.contentType },
          payload: body.payload,
        });
      };
      const r = result(
        await upload('resource_create', { package_id: 'with-file', name: 'Budget' }, 'a,b\n1,2\n'),
      );
      assert.equal(r.url_type, 'upload');
      assert.equal(r.name, 'Budget');
      assert.equal(r.format, 'CSV');
      assert.equal(r.size, 8);
      assert.equal(r.url, `http://localhost:3000/dataset/${ds.id}/resource/${r.id}/download/budget.csv`);
      const download = await get().app.inject({ url: new URL(r.url).pathname });
      assert.equal(download.statusCode, 200);
      assert.equal(download.body, 'a,b\n1,2\n');
      const u = result(await upload('resource_update', { id: r.id }, 'a,b\n1,2\n3,4\n'));
      assert.equal(u.id, r.id);
      assert.equal(u.size, 12);
      // Over the size limit (1 MB here): a Validation Error on `upload`, and nothing is written.
      const big = multipartBody({
        field: 'upload',
        filename: 'big.csv',
        content: Buffer.alloc(1_100_000, 'a'),
        contentType: 'text/csv',
        fields: { package_id: 'with-file' },
      });
      const tooBig = await get().app.inject({
        method: 'POST',
        url: '/api/3/action/resource_create',
        headers: { authorization: org.editor.token, 'content-type': big.contentType },
        payload: big.payload,
      });
      assert.ok(failure(tooBig, 409, 'Validation Error').upload);
      assert.equal(result(await c.get('package_show', { id: 'with-file' })).num_resources, 1);
      // Without a file, url_type=upload is refused by field.
      const err = failure(
        await c.post(
          'resource_create',
          { package_id: 'with-file', url_type: 'upload', url: 'x.csv' },
          org.editor,
        ),
        409,
        'Validation Error',
      );
      assert.ok(err.upload);
    });

    test('lists: package_list pages, current_package_list_with_resources, package_activity_list, tag_list', async () => {
      const all = result<string[]>(await c.get('package_list'));
      const page = result<string[]>(await c.get('package_list', { limit: '2', offset: '1' }));
      assert.deepEqual(page, all.slice(1, 3));
      failure(await c.get('package_list', { limit: 'many' }), 409, 'Validation Error');
      const current = result(await c.get('current_package_list_with_resources', { limit: '2' }));
      assert.equal(current.length, 2);
      assert.ok(Array.isArray(current[0].resources));
      const activity = result(await c.get('package_activity_list', { id: 'budget-2024' }));
      assert.equal(activity.at(-1).activity_type, 'new package');
      assert.ok(activity.some((a: { activity_type: string }) => a.activity_type === 'changed package'));
      const tags = result<string[]>(await c.get('tag_list'));
      assert.ok(tags.includes('budget'));
      assert.deepEqual(result(await c.get('tag_list', { query: 'fin' })), ['finances']);
      const full = result(await c.get('tag_list', { all_fields: 'true', query: 'budget' }));
      assert.equal(full[0].name, 'budget');
    });
  },
  { ...limits, UPLOAD_MAX_MB: 1 },
);
