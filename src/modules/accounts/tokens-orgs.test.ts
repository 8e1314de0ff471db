// API tokens, organisations and members, roles and the audit log, through REST.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeWithApp } from '../../../test/app.ts';
import { addMember, createOrg, createUser, signIn } from '../../../test/session.ts';

describeWithApp(
  'accounts: API tokens, organisations, roles, audit',
  (get) => {
    const call = (
      method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
      url: string,
      headers: Record<string, string>,
      body?: unknown,
    ) =>
      get().app.inject({
        method,
        url,
        headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
        payload: body === undefined ? undefined : JSON.stringify(body),
      });
    const as = async (email: string, opts: { sysadmin?: boolean } = {}) => {
      const u = await createUser(get().db, { email, ...opts });
      const b = await signIn(get().app, u.email, u.password);
      return { ...u, headers: { cookie: b.cookie, 'x-csrf-token': b.csrf } };
    };

    test('an API token is shown once, stored hashed, accepted in three header forms, and revocable', async () => {
      const u = await as('tokens@example.ma');
      const created = await call('POST', '/api/v1/users/me/tokens', u.headers, {
        name: 'ckan script',
        expiresInDays: 30,
      });
      assert.equal(created.statusCode, 201);
      const { token, info } = created.json().data;
      assert.match(token, /^shf_[\w-]{43}$/);
      assert.equal(info.name, 'ckan script');
      assert.ok(info.expiresAt > new Date().toISOString());
      const list = await call('GET', '/api/v1/users/me/tokens', u.headers);
      assert.ok(!list.body.includes(token), 'the list never shows the token');
      const stored = await get()
        .db.db.selectFrom('api_tokens')
        .selectAll()
        .where('id', '=', info.id)
        .executeTakeFirstOrThrow();
      assert.notEqual(stored.token_hash, token);
      assert.ok(!JSON.stringify(stored).includes(token));
      const forms: Record<string, string>[] = [
        { authorization: token },
        { authorization: `Bearer ${token}` },
        { 'x-ckan-api-key': token },
      ];
      for (const headers of forms) {
        const me = await call('GET', '/api/v1/users/me', headers);
        assert.equal(me.statusCode, 200, JSON.stringify(headers));
        assert.equal(me.json().data.user.email, u.email);
      }
      const used = await get()
        .db.db.selectFrom('api_tokens')
        .select('last_used_at')
        .where('id', '=', info.id)
        .executeTakeFirstOrThrow();
      assert.ok(used.last_used_at);
      // A token call needs no CSRF token.
      const patch = await call(
        'PATCH',
        '/api/v1/users/me',
        { authorization: token },
        { name: 'Via token', locale: 'en' },
      );
      assert.equal(patch.statusCode, 200);
      assert.equal((await call('DELETE', `/api/v1/tokens/${info.id}`, u.headers)).statusCode, 200);
      const revoked = await call('GET', '/api/v1/users/me', { authorization: token });
      assert.equal(revoked.statusCode, 401);
      assert.equal(revoked.json().error.code, 'auth.token_invalid');
    });

    test('an expired or unknown token is refused, never treated as anonymous', async () => {
      const u = await as('expired@example.ma');
      const { token, info } = (
        await call('POST', '/api/v1/users/me/tokens', u.headers, { name: 'short' })
      ).json().data;
      await get()
        .db.db.updateTable('api_tokens')
        .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
        .where('id', '=', info.id)
        .execute();
      assert.equal((await call('GET', '/api/v1/organizations', { authorization: token })).statusCode, 401);
      assert.equal(
        (await call('GET', '/api/v1/organizations', { authorization: 'shf_unknown' })).json().error.code,
        'auth.token_invalid',
      );
      const bad = await call('POST', '/api/v1/users/me/tokens', u.headers, { name: '', expiresInDays: 0 });
      assert.deepEqual(Object.keys(bad.json().error.fields).sort(), ['expiresInDays', 'name']);
    });

    test('deactivating an account ends its sessions and revokes its tokens', async () => {
      const u = await as('leaving@example.ma');
      const { token } = (await call('POST', '/api/v1/users/me/tokens', u.headers, { name: 't' })).json().data;
      assert.equal((await call('POST', '/api/v1/users/me/deactivate', u.headers, {})).statusCode, 200);
      assert.equal((await call('GET', '/api/v1/users/me', { cookie: u.headers.cookie })).statusCode, 401);
      assert.equal((await call('GET', '/api/v1/users/me', { authorization: token })).statusCode, 401);
      const login = await call('POST', '/api/v1/auth/login', {}, { email: u.email, password: u.password });
      assert.equal(login.json().error.code, 'auth.invalid_credentials');
    });

    test('organisations: sysadmin creates; bad input names each field and creates nothing; archive hides', async () => {
      const admin = await as('root@example.ma', { sysadmin: true });
      const bad = await call(
        'POST',
        '/api/v1/organizations',
        { ...admin.headers, 'accept-language': 'fr' },
        {
          name: 'Bad Name!',
          title: {},
          website: 'not a url',
        },
      );
      assert.equal(bad.statusCode, 400);
      assert.deepEqual(Object.keys(bad.json().error.fields).sort(), ['name', 'title', 'website']);
      const created = await call('POST', '/api/v1/organizations', admin.headers, {
        name: 'hcp-demo',
        title: { ar: 'المندوبية السامية للتخطيط', fr: 'Haut-Commissariat au Plan' },
        kind: 'agency',
      });
      assert.equal(created.statusCode, 201);
      const dup = await call('POST', '/api/v1/organizations', admin.headers, {
        name: 'hcp-demo',
        title: { fr: 'X' },
      });
      assert.equal(dup.json().error.fields.name.reason, 'not_unique');
      assert.equal(
        (await call('GET', '/api/v1/organizations/hcp-demo', {})).json().data.title.fr,
        'Haut-Commissariat au Plan',
      );
      await call('POST', '/api/v1/organizations/hcp-demo/archive', admin.headers, {});
      assert.equal((await call('GET', '/api/v1/organizations/hcp-demo', {})).statusCode, 404);
      const publicList = (await call('GET', '/api/v1/organizations?limit=100', {}))
        .json()
        .data.items.map((o: { name: string }) => o.name);
      assert.ok(!publicList.includes('hcp-demo'), 'archived organisations are filtered out of public lists');
      const adminList = (await call('GET', '/api/v1/organizations?limit=100', admin.headers))
        .json()
        .data.items.map((o: { name: string }) => o.name);
      assert.ok(adminList.includes('hcp-demo'));
    });

    test('members: an org admin adds, changes and removes members; the last admin stays', async () => {
      const org = await createOrg(get().db, 'org-members');
      const boss = await as('boss@example.ma');
      await addMember(get().db, org.id, boss.id, 'admin');
      const other = await createUser(get().db, { email: 'colleague@example.ma' });
      const put = (email: string, role: string) =>
        call('PUT', `/api/v1/organizations/${org.name}/members`, boss.headers, { email, role });
      assert.equal((await put(other.email, 'editor')).statusCode, 200);
      assert.equal((await put(other.email, 'member')).json().data.role, 'member');
      assert.equal((await put('nobody@example.ma', 'member')).json().error.code, 'accounts.user_not_found');
      const demote = await put(boss.email, 'editor');
      assert.equal(demote.statusCode, 409);
      assert.equal(demote.json().error.code, 'accounts.last_admin');
      const members = (await call('GET', `/api/v1/organizations/${org.name}/members`, boss.headers)).json()
        .data.members;
      assert.deepEqual(members.map((m: { email: string; role: string }) => `${m.email}:${m.role}`).sort(), [
        'boss@example.ma:admin',
        'colleague@example.ma:member',
      ]);
      assert.equal(
        (await call('DELETE', `/api/v1/organizations/${org.name}/members/${other.id}`, boss.headers))
          .statusCode,
        200,
      );
      const audit = await get()
        .db.db.selectFrom('audit_log')
        .select('action')
        .where('target_id', '=', org.id)
        .execute();
      assert.deepEqual(audit.map((a) => a.action).sort(), [
        'member.added',
        'member.removed',
        'member.role_changed',
      ]);
    });

    test('membership requests and invitations', async () => {
      const org = await createOrg(get().db, 'org-join');
      const boss = await as('boss2@example.ma');
      await addMember(get().db, org.id, boss.id, 'admin');
      const asker = await as('asker@example.ma');
      const req = await call('POST', `/api/v1/organizations/${org.name}/membership-requests`, asker.headers, {
        message: 'I publish the budget data',
      });
      assert.equal(req.statusCode, 201);
      const listed = (await call('GET', `/api/v1/organizations/${org.name}/members`, boss.headers)).json()
        .data.requests;
      assert.equal(listed[0].email, asker.email);
      await call('POST', `/api/v1/membership-requests/${req.json().data.id}/decision`, boss.headers, {
        decision: 'approve',
        role: 'editor',
      });
      const me = await call('GET', '/api/v1/users/me', { cookie: asker.headers.cookie });
      assert.deepEqual(
        me.json().data.memberships.map((m: { name: string; role: string }) => [m.name, m.role]),
        [['org-join', 'editor']],
      );

      const invited = await as('invited@example.ma');
      await call('POST', `/api/v1/organizations/${org.name}/invitations`, boss.headers, {
        email: invited.email,
        role: 'member',
      });
      const mail = await get()
        .db.db.selectFrom('mail_outbox')
        .selectAll()
        .where('to_address', '=', invited.email)
        .executeTakeFirstOrThrow();
      const token = /token=([\w-]+)/.exec(mail.body_text)![1]!;
      const wrongUser = await call('POST', '/api/v1/invitations/accept', asker.headers, { token });
      assert.equal(wrongUser.json().error.code, 'auth.link_invalid', 'an invitation is for its address only');
      assert.equal(
        (await call('POST', '/api/v1/invitations/accept', invited.headers, { token })).statusCode,
        200,
      );
      assert.equal(
        (await call('POST', '/api/v1/invitations/accept', invited.headers, { token })).statusCode,
        400,
      );
    });

    test('platform roles are granted by sysadmins and reach the actor', async () => {
      const root = await as('root2@example.ma', { sysadmin: true });
      const org = await createOrg(get().db, 'org-roles');
      const officer = await createUser(get().db, { email: 'officer@example.ma' });
      const grant = await call('POST', `/api/v1/users/${officer.id}/roles`, root.headers, {
        role: 'open_data_officer',
        scopeId: org.id,
      });
      assert.equal(grant.statusCode, 200);
      const badScope = await call('POST', `/api/v1/users/${officer.id}/roles`, root.headers, {
        role: 'data_manager',
        scopeId: 'nope',
      });
      assert.equal(badScope.json().error.fields.scopeId.reason, 'invalid_value');
      await call('POST', `/api/v1/users/${officer.id}/roles`, root.headers, { role: 'steering_committee' });
      const user = (await call('GET', `/api/v1/users/${officer.id}`, root.headers)).json().data;
      assert.deepEqual(user.roles.map((r: { role: string }) => r.role).sort(), [
        'open_data_officer',
        'steering_committee',
      ]);
      const audit = (
        await call('GET', `/api/v1/audit?action=role.&target=${officer.id}`, root.headers)
      ).json().data;
      assert.equal(audit.total, 2);
      assert.equal(audit.items[0].actor, 'root2@example.ma');
    });

    test('the last active sysadmin cannot lose the role or be deactivated', async () => {
      const db = get().db.db;
      await db.updateTable('users').set({ sysadmin: 0 }).where('sysadmin', '=', 1).execute();
      const only = await as('only-root@example.ma', { sysadmin: true });
      const drop = await call('PUT', `/api/v1/users/${only.id}/sysadmin`, only.headers, { value: false });
      assert.equal(drop.statusCode, 409);
      assert.equal(drop.json().error.code, 'accounts.last_sysadmin');
      assert.equal(
        (await call('POST', `/api/v1/users/${only.id}/deactivate`, only.headers, {})).statusCode,
        409,
      );
      const second = await createUser(get().db, { email: 'second-root@example.ma', sysadmin: true });
      assert.equal(
        (await call('PUT', `/api/v1/users/${second.id}/sysadmin`, only.headers, { value: false })).statusCode,
        200,
      );
      const org = await createOrg(get().db, 'org-not-member');
      const notMember = await call(
        'DELETE',
        `/api/v1/organizations/${org.name}/members/${second.id}`,
        only.headers,
      );
      assert.equal(notMember.json().error.code, 'accounts.member_not_found');
    });

    test('the audit log is for sysadmins and has no write route', async () => {
      const plain = await as('plain-audit@example.ma');
      assert.equal((await call('GET', '/api/v1/audit', plain.headers)).statusCode, 403);
      assert.equal((await call('GET', '/api/v1/audit', {})).statusCode, 401);
      for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const)
        assert.equal((await call(method, '/api/v1/audit', plain.headers, {})).statusCode, 404);
    });
  },
  { RATE_LIMIT_LOGIN_PER_MINUTE: 10000 },
);
