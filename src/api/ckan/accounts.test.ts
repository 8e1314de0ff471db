import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../test/app.ts';
import { createUser, signIn } from '../../../test/session.ts';
import { limits } from '../../modules/catalog/test-kit.ts';
import { type ApiUser, ckanClient, failure, result } from './test-kit.ts';

describeWithApp(
  'CKAN API: organisations, groups, members, users and tokens',
  (get) => {
    const c = ckanClient(get);
    let sysadmin: ApiUser;
    let org: Awaited<ReturnType<typeof c.organisation>>;

    before(async () => {
      sysadmin = await c.user('root', { sysadmin: true });
      org = await c.organisation('interieur');
    });

    test('organization_create / show / list / update / patch / delete', async () => {
      const created = result(
        await c.post(
          'organization_create',
          { name: 'education', title: 'Éducation', description: 'Ministère', url: 'https://men.gov.ma' },
          sysadmin,
        ),
      );
      assert.equal(created.name, 'education');
      assert.equal(created.is_organization, true);
      assert.equal(created.type, 'organization');
      assert.equal(created.url, 'https://men.gov.ma');
      failure(await c.post('organization_create', { name: 'x-org' }, org.admin), 403, 'Authorization Error');
      const dup = failure(
        await c.post('organization_create', { name: 'education', title: 'Again' }, sysadmin),
        409,
        'Validation Error',
      );
      assert.ok(dup.name);

      const names = result<string[]>(await c.get('organization_list'));
      assert.ok(names.includes('education') && names.includes('interieur'));
      const page = result(await c.get('organization_list', { all_fields: 'true', limit: '1', offset: '0' }));
      assert.equal(page.length, 1);
      assert.equal(typeof page[0].package_count, 'number');
      assert.equal(
        result(await c.get('organization_list', { all_fields: 'true', limit: '500' })).length,
        names.length,
      );

      await c.post('package_create', { name: 'schools', owner_org: 'education', title: 'Schools' }, sysadmin);
      const shown = result(await c.get('organization_show', { id: created.id, include_datasets: 'true' }));
      assert.equal(shown.name, 'education');
      assert.equal(shown.package_count, 1);
      assert.equal(shown.packages[0].name, 'schools');
      assert.ok(!('packages' in result(await c.get('organization_show', { id: 'education' }))));
      failure(await c.get('organization_show', { id: 'nowhere' }), 404, 'Not Found Error');

      const patched = result(
        await c.post('organization_patch', { id: 'education', description: 'MEN' }, sysadmin),
      );
      assert.equal(patched.description, 'MEN');
      assert.equal(patched.title, 'Éducation');
      assert.equal(patched.url, 'https://men.gov.ma');
      const updated = result(
        await c.post('organization_update', { id: 'interieur', title: 'Intérieur', lang: 'fr' }, org.admin),
      );
      assert.equal(updated.title, 'Intérieur');
      failure(
        await c.post('organization_patch', { id: 'education', title: 'x' }, org.admin),
        403,
        'Authorization Error',
      );

      assert.equal(result(await c.post('organization_delete', { id: 'education' }, sysadmin)), null);
      assert.ok(!result<string[]>(await c.get('organization_list')).includes('education'));
    });

    test('organization_list_for_user: where the caller may publish', async () => {
      const mine = result(
        await c.get('organization_list_for_user', { permission: 'create_dataset' }, org.editor),
      );
      assert.deepEqual(
        mine.map((o: { name: string }) => o.name),
        ['interieur'],
      );
      assert.deepEqual(result(await c.get('organization_list_for_user', {}, org.editor)), []);
    });

    test('organization_member_create / delete by e-mail or id; roles checked', async () => {
      const u = await createUser(get().db, { email: 'new-member@example.ma' });
      const m = result(
        await c.post(
          'organization_member_create',
          { id: 'interieur', username: 'new-member@example.ma', role: 'editor' },
          org.admin,
        ),
      );
      assert.equal(m.table_id, u.id);
      assert.equal(m.capacity, 'editor');
      const badRole = failure(
        await c.post(
          'organization_member_create',
          { id: 'interieur', username: u.id, role: 'owner' },
          org.admin,
        ),
        409,
        'Validation Error',
      );
      assert.ok(badRole.role);
      failure(
        await c.post(
          'organization_member_create',
          { id: 'interieur', username: u.id, role: 'admin' },
          org.editor,
        ),
        403,
        'Authorization Error',
      );
      failure(
        await c.post(
          'organization_member_create',
          { id: 'interieur', username: 'ghost@example.ma', role: 'member' },
          org.admin,
        ),
        404,
        'Not Found Error',
      );
      assert.equal(
        result(await c.post('organization_member_delete', { id: org.id, username: u.id }, org.admin)),
        null,
      );
      failure(
        await c.post('organization_member_delete', { id: org.id, username: u.id }, org.admin),
        404,
        'Not Found Error',
      );
    });

    test('groups (themes): create, list, show, update, patch', async () => {
      const g = result(
        await c.post('group_create', { name: 'economie', title: 'Économie', image_url: 'chart' }, sysadmin),
      );
      assert.equal(g.type, 'group');
      assert.equal(g.is_organization, false);
      failure(await c.post('group_create', { name: 'other' }, org.admin), 403, 'Authorization Error');
      await c.post(
        'package_create',
        { name: 'growth', owner_org: 'interieur', title: 'Growth', groups: [{ name: 'economie' }] },
        org.editor,
      );
      assert.deepEqual(result(await c.get('group_list')), ['economie']);
      const all = result(await c.get('group_list', { all_fields: 'true' }));
      assert.equal(all[0].package_count, 1);
      const shown = result(await c.get('group_show', { id: 'economie', include_datasets: 'true' }));
      assert.equal(shown.packages[0].name, 'growth');
      assert.equal(shown.package_count, 1);
      const pkg = result(await c.get('package_show', { id: 'growth' }));
      assert.equal(pkg.groups[0].name, 'economie');
      const p = result(await c.post('group_patch', { id: g.id, description: 'Croissance' }, sysadmin));
      assert.equal(p.description, 'Croissance');
      assert.equal(p.title, 'Économie');
      const u = result(
        await c.post('group_update', { id: 'economie', title: 'Economy', lang: 'en' }, sysadmin),
      );
      assert.equal(u.title, 'Economy');
      failure(await c.get('group_show', { id: 'nope' }), 404, 'Not Found Error');
      failure(await c.post('group_delete', { id: 'economie' }, org.admin), 403, 'Authorization Error');
      assert.equal(result(await c.post('group_delete', { id: 'economie' }, sysadmin)), null);
      failure(await c.get('group_show', { id: 'economie' }), 404, 'Not Found Error');
      assert.deepEqual(result(await c.get('package_show', { id: 'growth' })).groups, []);
    });

    test('user_show: oneself or, for sysadmins, anyone', async () => {
      const me = result(await c.get('user_show', {}, org.member));
      assert.equal(me.id, org.member.id);
      assert.equal(me.email, org.member.email);
      assert.equal(me.organizations[0].capacity, 'member');
      assert.equal(result(await c.get('user_show', { id: org.member.email }, sysadmin)).id, org.member.id);
      failure(await c.get('user_show', { id: org.member.id }, org.admin), 403, 'Authorization Error');
      failure(await c.get('user_show', { id: org.member.id }), 403, 'Authorization Error');
    });

    test('api_token_create / list / revoke (by id and by the token itself)', async () => {
      const { token } = result(
        await c.post('api_token_create', { user: org.member.id, name: 'script' }, org.member),
      );
      assert.match(token, /^shf_/);
      const status = await get().app.inject({
        url: '/api/3/action/user_show',
        headers: { authorization: token },
      });
      assert.equal(result(status).id, org.member.id);
      failure(
        await c.post('api_token_create', { user: org.member.id, name: 'x' }, org.admin),
        403,
        'Authorization Error',
      );
      const missingName = failure(
        await c.post('api_token_create', { user: org.member.id }, org.member),
        409,
        'Validation Error',
      );
      assert.ok(missingName.name);
      const list = result(await c.get('api_token_list', { user: org.member.id }, org.member));
      const script = list.find((t: { name: string }) => t.name === 'script');
      assert.equal(script.revoked, false);
      assert.equal(result(await c.post('api_token_revoke', { token }, org.member)), null);
      const after = await get().app.inject({
        url: '/api/3/action/user_show',
        headers: { authorization: token },
      });
      failure(after, 403, 'Authorization Error');
      const second = result(await c.post('api_token_create', { user: org.member.id, name: 'two' }, sysadmin));
      const id = result(await c.get('api_token_list', { user: org.member.id }, sysadmin)).find(
        (t: { name: string }) => t.name === 'two',
      ).id;
      assert.equal(result(await c.post('api_token_revoke', { jti: id }, org.member)), null);
      failure(
        await c.get('site_read', {}, { ...org.member, token: second.token }),
        403,
        'Authorization Error',
      );
    });

    test('a browser session must send the CSRF token for write actions, not for reads', async () => {
      const b = await signIn(get().app, org.admin.email, 'test-password-123');
      const body = JSON.stringify({ id: 'interieur', description: 'By the browser' });
      const send = (action: string, headers: Record<string, string>) =>
        get().app.inject({
          method: 'POST',
          url: `/api/3/action/${action}`,
          headers: { cookie: b.cookie, 'content-type': 'application/json', ...headers },
          payload: body,
        });
      failure(await send('organization_patch', {}), 403, 'Authorization Error');
      assert.equal(
        result(await send('organization_patch', { 'x-csrf-token': b.csrf })).description,
        'By the browser',
      );
      assert.equal(result(await send('organization_show', {})).name, 'interieur');
      // A form post without a session or token (a cross-site page) cannot write either.
      const form = await get().app.inject({
        method: 'POST',
        url: '/api/3/action/organization_patch',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'id=interieur&description=x',
      });
      failure(form, 403, 'Authorization Error');
    });

    test('form bodies: fields, and CKAN’s single JSON key', async () => {
      const form = (payload: string) =>
        get().app.inject({
          method: 'POST',
          url: '/api/action/package_show',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          payload,
        });
      assert.equal(result(await form('id=growth')).name, 'growth');
      assert.equal(result(await form(`${encodeURIComponent('{"id": "growth"}')}=`)).name, 'growth');
    });
  },
  limits,
);
