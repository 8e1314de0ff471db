// Administration pages through real HTTP handling: rendering in every direction, access, forms and errors,
// members and requests, roles, the audit log and its filters, JSON twins.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../../test/app.ts';
import { addMember, type Browser, createOrg, createUser, signIn } from '../../../../test/session.ts';

const form = (b: Browser, values: Record<string, string>) => ({
  headers: { cookie: b.cookie, 'content-type': 'application/x-www-form-urlencoded' },
  payload: new URLSearchParams({ ...values, _csrf: b.csrf }).toString(),
});
/** Today in Morocco, as typed in a date input. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Casablanca' }).format(new Date());
const shiftDay = (day: string, days: number) =>
  new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describeWithApp(
  'administration pages',
  (get) => {
    const users: Record<string, { id: string; email: string; password: string }> = {};
    const b: Record<string, Browser> = {};
    let orgA: { id: string; name: string };

    before(async () => {
      const { db, app } = get();
      users.sys = await createUser(db, { email: 'sys@example.org', name: 'Sara Sys', sysadmin: true });
      users.plain = await createUser(db, { email: 'plain@example.org', name: 'Paul Plain' });
      users.admin = await createUser(db, { email: 'admin@example.org', name: 'Amina Admin' });
      users.requester = await createUser(db, { email: 'req@example.org', name: 'Rachid Req' });
      users.target = await createUser(db, { email: 'target@example.org', name: 'Tarik Target' });
      orgA = await createOrg(db, 'org-a', { en: 'Ministry A', fr: 'Ministère A', ar: 'الوزارة أ' });
      await addMember(db, orgA.id, users.admin.id, 'admin');
      for (const k of ['sys', 'plain', 'admin', 'requester'])
        b[k] = await signIn(app, users[k]!.email, users[k]!.password);
    });

    const page = (who: Browser | null, url: string) =>
      get().app.inject({ url, headers: who ? { cookie: who.cookie } : {} });
    const post = (who: Browser, url: string, values: Record<string, string>) =>
      get().app.inject({ method: 'POST', url, ...form(who, values) });
    const auditActions = async (query: string) => {
      const res = await page(b.sys!, `/en/admin/audit.json?limit=500&${query}`);
      assert.equal(res.statusCode, 200, res.body);
      return (res.json().items as { action: string }[]).map((e) => e.action);
    };

    const adminPages = () => [
      '/admin',
      '/admin/users',
      `/admin/users/${users.admin!.id}`,
      '/admin/organizations',
      '/admin/organizations/org-a',
      '/admin/audit',
    ];

    for (const [lang, dir, title] of [
      ['ar', 'rtl', 'الإدارة'],
      ['fr', 'ltr', 'Administration'],
    ] as const) {
      test(`every page renders for a sysadmin in ${lang} (${dir})`, async () => {
        for (const path of [...adminPages(), '/organizations/org-a/members']) {
          const res = await page(b.sys!, `/${lang}${path}`);
          assert.equal(res.statusCode, 200, `${path}: ${res.body.slice(0, 300)}`);
          assert.match(res.body, new RegExp(`<html lang="${lang}" dir="${dir}">`), path);
          assert.doesNotMatch(res.body, /\b(?:admin|members)\.(?!json)[a-z_]+/, `${path}: untranslated key`);
        }
        const dash = await page(b.sys!, `/${lang}/admin`);
        assert.ok(dash.body.includes(title));
        for (const p of ['users', 'organizations', 'audit'])
          assert.ok(dash.body.includes(`href="/${lang}/admin/${p}"`), p);
        const list = await page(b.sys!, `/${lang}/admin/users`);
        assert.match(list.body, /<th scope="col">/);
        assert.match(list.body, /<th scope="row"><a href="[^"]+\/admin\/users\/[^"]+">Amina Admin<\/a>/);
      });
    }

    test('a plain user gets 403 on the administration pages; anonymous visitors are sent to sign in', async () => {
      for (const path of [...adminPages(), `/admin/users/${users.plain!.id}`]) {
        const res = await page(b.plain!, `/fr${path}`);
        assert.equal(res.statusCode, 403, path);
        const anon = await page(null, `/fr${path}`);
        assert.equal(anon.statusCode, 303, path);
        assert.equal(anon.headers.location, `/fr/login?next=${encodeURIComponent(`/fr${path}`)}`);
      }
      const json = await page(b.plain!, '/fr/admin/users.json');
      assert.equal(json.statusCode, 403);
      assert.equal(json.json().error.code, 'auth.forbidden');
    });

    test('users list: search, state filter and paging links', async () => {
      const found = (await page(b.sys!, '/en/admin/users.json?q=tarik')).json();
      assert.deepEqual(
        found.items.map((u: { email: string }) => u.email),
        ['target@example.org'],
      );
      const none = (await page(b.sys!, '/en/admin/users.json?state=deactivated')).json();
      assert.equal(none.total, 0);
      const first = await page(b.sys!, '/en/admin/users?limit=2&state=active');
      assert.match(first.body, /href="\/en\/admin\/users\?state=active&amp;limit=2&amp;offset=2" rel="next"/);
      assert.ok(!first.body.includes('rel="prev"'));
      const second = await page(b.sys!, '/en/admin/users?limit=2&offset=2&state=active');
      assert.match(second.body, /rel="prev"/);
    });

    test('creating an organisation through the form; it then shows in the list', async () => {
      const res = await post(b.sys!, '/fr/admin/organizations', {
        name: 'health-ministry',
        'title.ar': 'وزارة الصحة',
        'title.fr': 'Ministère de la santé',
        'title.en': '',
        'description.fr': 'Santé publique',
        kind: 'ministry',
        website: 'https://sante.example.ma',
        email: 'contact@sante.example.ma',
      });
      assert.equal(res.statusCode, 303, res.body);
      assert.equal(res.headers.location, '/fr/admin/organizations');
      const notice = /notice=[^;]+/.exec(String(res.headers['set-cookie']))?.[0];
      assert.ok(notice, 'a one-time notice is set');
      const list = await get().app.inject({
        url: '/fr/admin/organizations',
        headers: { cookie: `${b.sys!.cookie}; ${notice}` },
      });
      assert.ok(list.body.includes('Ministère de la santé'));
      assert.match(list.body, /<p class="notice" role="status">L’organisation a été créée\.<\/p>/);
      const org = (await page(b.sys!, '/fr/admin/organizations/health-ministry.json')).json().organization;
      assert.deepEqual(org.title, { ar: 'وزارة الصحة', fr: 'Ministère de la santé' });
      assert.deepEqual(org.description, { fr: 'Santé publique' });
      assert.equal(org.website, 'https://sante.example.ma');
    });

    test('bad organisation input re-renders with an error on each field; nothing is created', async () => {
      const count = async () => (await page(b.sys!, '/en/admin/organizations.json')).json().total as number;
      const before = await count();
      const bad = await post(b.sys!, '/en/admin/organizations', {
        name: 'Bad Slug!',
        'title.ar': '',
        'title.fr': '',
        'title.en': '',
        kind: 'ministry',
        website: 'not a url',
      });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /<a href="#f-name">/);
      assert.match(bad.body, /<a href="#f-title">/);
      assert.match(bad.body, /<a href="#f-website">/);
      assert.match(bad.body, /id="f-name-error"/);
      assert.match(bad.body, /<fieldset id="f-title" class="field-error">/);
      assert.match(bad.body, /value="Bad Slug!"/, 'what was typed is kept');
      const dup = await post(b.sys!, '/en/admin/organizations', {
        name: 'org-a',
        'title.en': 'Another A',
        kind: 'agency',
      });
      assert.equal(dup.statusCode, 400);
      assert.ok(dup.body.includes('This value is already taken.'));
      assert.match(dup.body, /id="f-name-error"/);
      assert.equal(await count(), before);
    });

    test('editing, archiving and restoring an organisation', async () => {
      await createOrg(get().db, 'edit-me');
      const edit = await post(b.sys!, '/en/admin/organizations/edit-me', {
        'title.en': 'Edited title',
        'title.ar': 'عنوان معدل',
        kind: 'agency',
      });
      assert.equal(edit.statusCode, 303, edit.body);
      const after = (await page(b.sys!, '/en/admin/organizations/edit-me.json')).json();
      assert.deepEqual(after.organization.title, { en: 'Edited title', ar: 'عنوان معدل' });
      assert.equal(after.organization.kind, 'agency');
      const noTitle = await post(b.sys!, '/en/admin/organizations/edit-me', { kind: 'agency' });
      assert.equal(noTitle.statusCode, 400);
      assert.match(noTitle.body, /<a href="#f-title">/);
      const archive = await post(b.sys!, '/en/admin/organizations/edit-me/state', { state: 'archived' });
      assert.equal(archive.statusCode, 303);
      const list = (await page(b.sys!, '/en/admin/organizations.json')).json();
      assert.equal(list.items.find((o: { name: string }) => o.name === 'edit-me').state, 'archived');
      const html = await page(b.sys!, '/en/admin/organizations/edit-me');
      assert.match(html.body, /Restore<span class="visually-hidden"> Edited title<\/span>/);
      const restore = await post(b.sys!, '/en/admin/organizations/edit-me/state', { state: 'active' });
      assert.equal(restore.statusCode, 303);
      // an organisation admin edits but cannot archive
      const adminView = await page(b.admin!, '/en/admin/organizations/org-a');
      assert.equal(adminView.statusCode, 200);
      assert.ok(!adminView.body.includes('/org-a/state'));
      const refused = await post(b.admin!, '/en/admin/organizations/org-a/state', { state: 'archived' });
      assert.equal(refused.statusCode, 403);
    });

    test('an organisation admin adds a member by e-mail, changes the role, cannot remove the last admin', async () => {
      const add = await post(b.admin!, '/en/organizations/org-a/members', {
        email: 'TARGET@example.org',
        role: 'member',
      });
      assert.equal(add.statusCode, 303, add.body);
      assert.equal(add.headers.location, '/en/organizations/org-a/members');
      let data = (await page(b.admin!, '/en/organizations/org-a/members.json')).json();
      assert.equal(data.members.find((m: any) => m.userId === users.target!.id).role, 'member');
      const html = await page(b.admin!, '/en/organizations/org-a/members');
      assert.match(html.body, /Remove<span class="visually-hidden"> Tarik Target<\/span>/);
      assert.match(
        html.body,
        /<label for="role-[^"]+" class="visually-hidden">Role of Tarik Target<\/label>/,
      );

      const change = await post(b.admin!, '/en/organizations/org-a/members/role', {
        email: 'target@example.org',
        role: 'editor',
      });
      assert.equal(change.statusCode, 303);
      data = (await page(b.admin!, '/en/organizations/org-a/members.json')).json();
      assert.equal(data.members.find((m: any) => m.userId === users.target!.id).role, 'editor');

      const unknown = await post(b.admin!, '/en/organizations/org-a/members', {
        email: 'nobody@example.org',
        role: 'member',
      });
      assert.equal(unknown.statusCode, 404);
      assert.ok(unknown.body.includes('No active account with this address: nobody@example.org.'));

      const last = await post(b.admin!, '/en/organizations/org-a/members/remove', {
        userId: users.admin!.id,
      });
      assert.equal(last.statusCode, 409);
      assert.ok(last.body.includes('An organisation must keep at least one administrator.'));
      const demote = await post(b.admin!, '/en/organizations/org-a/members/role', {
        email: 'admin@example.org',
        role: 'member',
      });
      assert.equal(demote.statusCode, 409);

      const remove = await post(b.admin!, '/en/organizations/org-a/members/remove', {
        userId: users.target!.id,
      });
      assert.equal(remove.statusCode, 303);
      data = (await page(b.admin!, '/en/organizations/org-a/members.json')).json();
      assert.ok(!data.members.some((m: any) => m.userId === users.target!.id));

      const byPlain = await post(b.plain!, '/en/organizations/org-a/members', {
        email: 'target@example.org',
        role: 'admin',
      });
      assert.equal(byPlain.statusCode, 403);
    });

    test('an invitation writes a message to the outbox', async () => {
      const res = await post(b.admin!, '/fr/organizations/org-a/invitations', {
        inviteEmail: 'newcomer@example.org',
        inviteRole: 'editor',
      });
      assert.equal(res.statusCode, 303, res.body);
      const mail = await get()
        .db.db.selectFrom('mail_outbox')
        .selectAll()
        .where('to_address', '=', 'newcomer@example.org')
        .execute();
      assert.equal(mail.length, 1);
      assert.equal(mail[0]!.kind, 'invite');
      const bad = await post(b.admin!, '/en/organizations/org-a/invitations', {
        inviteEmail: 'not-an-address',
        inviteRole: 'editor',
      });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /id="f-inviteEmail-error"/);
    });

    test('a membership request, once approved, makes the requester a member', async () => {
      const visit = await page(b.requester!, '/en/organizations/org-a/members');
      assert.equal(visit.statusCode, 200);
      assert.ok(visit.body.includes('Only the members of this organisation'));
      assert.ok(visit.body.includes('action="/en/organizations/org-a/join"'));
      assert.ok(!visit.body.includes('admin@example.org'), 'members are not listed to non-members');
      assert.equal((await page(b.requester!, '/en/organizations/org-a/members.json')).json().members, null);

      const join = await post(b.requester!, '/en/organizations/org-a/join', { message: 'I work there.' });
      assert.equal(join.statusCode, 303, join.body);
      const pending = (await page(b.admin!, '/en/organizations/org-a/members.json')).json().requests;
      assert.equal(pending.length, 1);
      assert.equal(pending[0].message, 'I work there.');
      const html = await page(b.admin!, '/ar/organizations/org-a/members');
      assert.match(html.body, /<span class="visually-hidden"> Rachid Req<\/span>/);

      const approve = await post(b.admin!, `/en/organizations/org-a/requests/${pending[0].id}`, {
        decision: 'approve',
        role: 'editor',
      });
      assert.equal(approve.statusCode, 303, approve.body);
      const data = (await page(b.admin!, '/en/organizations/org-a/members.json')).json();
      assert.equal(data.requests.length, 0);
      assert.equal(data.members.find((m: any) => m.userId === users.requester!.id).role, 'editor');
      const again = await post(b.admin!, `/en/organizations/org-a/requests/${pending[0].id}`, {
        decision: 'reject',
      });
      assert.equal(again.statusCode, 404);
    });

    test('granting and revoking platform roles shows on the user page', async () => {
      const url = `/en/admin/users/${users.target!.id}`;
      const noOrg = await post(b.sys!, `${url}/roles`, {
        role: 'data_manager',
        organization: '',
        commitment: '',
      });
      assert.equal(noOrg.statusCode, 400);
      assert.match(noOrg.body, /id="f-organization-error"/);
      const grant = await post(b.sys!, `${url}/roles`, { role: 'data_manager', organization: orgA.id });
      assert.equal(grant.statusCode, 303, grant.body);
      assert.equal(grant.headers.location, url);
      const lead = await post(b.sys!, `${url}/roles`, { role: 'project_lead', commitment: 'C-12' });
      assert.equal(lead.statusCode, 303);
      const html = await page(b.sys!, url);
      assert.match(html.body, /<th scope="row">Data manager<\/th><td>Ministry A<\/td>/);
      assert.ok(html.body.includes('Commitment C-12'));
      assert.match(html.body, /Revoke<span class="visually-hidden"> Project lead — Commitment C-12<\/span>/);
      const revoke = await post(b.sys!, `${url}/roles/revoke`, { role: 'project_lead', scopeId: 'C-12' });
      assert.equal(revoke.statusCode, 303);
      const roles = (await page(b.sys!, `${url}.json`)).json().roles;
      assert.deepEqual(roles, [{ role: 'data_manager', scopeType: 'organization', scopeId: orgA.id }]);
      const refused = await post(b.plain!, `${url}/roles`, { role: 'moderator' });
      assert.equal(refused.statusCode, 403);
    });

    test('sysadmin rights and account state', async () => {
      const url = `/en/admin/users/${users.plain!.id}`;
      assert.equal((await post(b.sys!, `${url}/sysadmin`, { value: 'true' })).statusCode, 303);
      assert.equal((await page(b.sys!, `${url}.json`)).json().user.sysadmin, true);
      assert.equal((await post(b.sys!, `${url}/sysadmin`, { value: 'false' })).statusCode, 303);
      assert.equal((await page(b.sys!, `${url}.json`)).json().user.sysadmin, false);
      const victim = await createUser(get().db, { email: 'victim@example.org', name: 'Victor Victim' });
      const vurl = `/en/admin/users/${victim.id}`;
      const off = await post(b.sys!, `${vurl}/state`, { state: 'deactivated' });
      assert.equal(off.statusCode, 303);
      const html = await page(b.sys!, vurl);
      assert.match(html.body, /Activate the account<span class="visually-hidden"> Victor Victim<\/span>/);
      assert.equal((await post(b.sys!, `${vurl}/state`, { state: 'active' })).statusCode, 303);
      assert.equal((await page(b.sys!, `${vurl}.json`)).json().user.state, 'active');
      assert.equal((await post(b.sys!, `${vurl}/state`, { state: 'bogus' })).statusCode, 400);
      assert.equal((await post(b.plain!, `${vurl}/state`, { state: 'deactivated' })).statusCode, 403);
    });

    test('every write shows up in the audit log, and the filters work', async () => {
      const all = await auditActions('');
      for (const action of [
        'organization.created',
        'organization.updated',
        'organization.archived',
        'organization.restored',
        'member.added',
        'member.role_changed',
        'member.removed',
        'member.invited',
        'membership.requested',
        'membership.approved',
        'role.granted',
        'role.revoked',
        'user.deactivated',
        'user.reactivated',
      ])
        assert.ok(all.includes(action), `${action} missing from the audit log`);
      const members = await auditActions('action=member.');
      assert.ok(members.length > 0 && members.every((a) => a.startsWith('member.')));
      const onOrg = (await page(b.sys!, `/en/admin/audit.json?target=${orgA.id}`)).json().items;
      assert.ok(onOrg.length > 0 && onOrg.every((e: any) => e.targetId === orgA.id));
      const byAdmin = (await page(b.sys!, '/en/admin/audit.json?actor=admin%40example.org')).json().items;
      assert.ok(byAdmin.length > 0 && byAdmin.every((e: any) => e.actor === 'admin@example.org'));
      const byId = (await page(b.sys!, `/en/admin/audit.json?actor=${users.admin!.id}`)).json().items;
      assert.equal(byId.length, byAdmin.length);
      const day = today();
      assert.equal((await auditActions(`since=${day}&until=${day}`)).length, all.length);
      assert.equal((await auditActions(`since=${shiftDay(day, 1)}`)).length, 0);
      assert.equal((await auditActions(`until=${shiftDay(day, -1)}`)).length, 0);
      const bad = await page(b.sys!, '/en/admin/audit?since=2024-02-31');
      assert.equal(bad.statusCode, 400);
      const html = await page(b.sys!, `/fr/admin/audit?action=role.&since=${day}`);
      assert.equal(html.statusCode, 200);
      assert.match(html.body, /<code>role\.granted<\/code>/);
      assert.ok(!html.body.includes('<code>member.added</code>'));
      assert.match(html.body, /<code>\{&quot;role&quot;:&quot;data_manager&quot;/);
      assert.match(html.body, /value="role\."/, 'the filter keeps its value');
      assert.ok(!/method="post"[^>]*action="\/fr\/admin\/audit/.test(html.body), 'read-only');
    });

    test('the JSON twins contain no password hashes', async () => {
      for (const path of [...adminPages(), '/organizations/org-a/members', '/admin/audit?limit=500']) {
        const [p, q] = path.split('?');
        const res = await page(b.sys!, `/en${p}.json${q ? `?${q}` : ''}`);
        assert.equal(res.statusCode, 200, path);
        assert.ok(!res.body.includes('scrypt$'), path);
        assert.ok(!res.body.toLowerCase().includes('password'), path);
      }
    });
  },
  { RATE_LIMIT_LOGIN_PER_MINUTE: 1000 },
);
