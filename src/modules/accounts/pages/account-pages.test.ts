// The user's own account pages (profile, password, sessions, API tokens, deactivation, invitations), driven
// like a browser without JavaScript.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeWithApp } from '../../../../test/app.ts';
import { anonymousBrowser, createOrg, createUser } from '../../../../test/session.ts';
import { formClient, linkToken, password, t } from './pages-test-kit.ts';

describeWithApp(
  'account pages',
  (get) => {
    const { app, page, submit, outbox, formLogin } = formClient(get);

    test('API tokens: created by the form, shown once, usable as Bearer, then revoked', async () => {
      const user = await createUser(get().db, { email: 'tokens@example.ma', password });
      const b = await formLogin(user.email);
      const bad = await submit('/fr/account/tokens', b, { name: '', expiresInDays: 'abc' });
      assert.equal(bad.statusCode, 400);
      assert.ok(bad.body.includes(t('fr', 'field.required')));
      assert.ok(bad.body.includes(t('fr', 'field.invalid_value')));
      assert.ok(bad.body.includes('value="abc"'));

      const created = await submit('/fr/account/tokens', b, { name: 'import-mensuel', expiresInDays: '30' });
      assert.equal(created.statusCode, 201);
      assert.equal(created.headers['cache-control'], 'private, no-store');
      const token = /shf_[\w-]+/.exec(created.body)?.[0];
      assert.ok(token, 'the new token is shown');
      assert.ok(created.body.includes(t('fr', 'account.tokens.created_once')));

      const list = await page('/fr/account/tokens', b);
      assert.ok(list.body.includes('import-mensuel'));
      assert.ok(!list.body.includes(token), 'shown once only');
      assert.ok(!list.body.includes('shf_'));
      const twin = await page('/fr/account/tokens.json', b);
      assert.ok(!twin.body.includes('shf_'));
      const [info] = twin.json().tokens;
      assert.equal(info.name, 'import-mensuel');

      const me = await app().inject({
        url: '/api/v1/users/me',
        headers: { authorization: `Bearer ${token}` },
      });
      assert.equal(me.statusCode, 200);
      assert.equal(me.json().data.user.email, user.email);

      const confirm = await page(`/fr/account/tokens/${info.id}/revoke`, b);
      assert.ok(confirm.body.includes(t('fr', 'account.tokens.revoke_title', { name: 'import-mensuel' })));
      const revoked = await submit(`/fr/account/tokens/${info.id}/revoke`, b, {});
      assert.equal(revoked.statusCode, 303);
      assert.equal(revoked.headers.location, '/fr/account/tokens');
      const refused = await app().inject({
        url: '/api/v1/users/me',
        headers: { authorization: `Bearer ${token}` },
      });
      assert.equal(refused.statusCode, 401);
      const after = (await page('/fr/account/tokens.json', b)).json();
      assert.ok(after.tokens[0].revokedAt);

      const other = await createUser(get().db, { email: 'tokens-other@example.ma', password });
      const otherBrowser = await formLogin(other.email);
      const notYours = await submit(`/fr/account/tokens/${info.id}/revoke`, otherBrowser, {});
      assert.equal(notYours.statusCode, 404);
    });

    test('profile: saved, refused with errors in French, memberships and roles translated', async () => {
      const user = await createUser(get().db, { email: 'profile@example.ma', password, sysadmin: true });
      const org = await createOrg(get().db, 'org-profile', {
        en: 'Ministry of Water',
        fr: 'Ministère de l’Eau',
        ar: 'وزارة الماء',
      });
      const b = await formLogin(user.email);
      const invite = await app().inject({
        method: 'POST',
        url: `/api/v1/organizations/${org.name}/invitations`,
        headers: { cookie: b.cookie, 'x-csrf-token': b.csrf, 'content-type': 'application/json' },
        payload: JSON.stringify({ email: 'invited@example.ma', role: 'editor' }),
      });
      assert.equal(invite.statusCode, 202, invite.body);
      const token = linkToken((await outbox('invited@example.ma', 'invite')).body_text);
      await createUser(get().db, { email: 'invited@example.ma', password });
      const invited = await formLogin('invited@example.ma', password, 'ar');
      const offer = await page(`/ar/invitations/accept?token=${token}`, invited);
      assert.ok(offer.body.includes(`>${t('ar', 'invitation.submit')}</button>`));
      const accepted = await submit('/ar/invitations/accept', invited, { token });
      assert.equal(accepted.statusCode, 303);
      assert.equal(accepted.headers.location, '/ar/account');
      const account = await page('/ar/account', invited);
      assert.ok(account.body.includes('وزارة الماء'));
      assert.ok(account.body.includes(t('ar', 'role.editor')));
      const twice = await submit('/ar/invitations/accept', invited, { token });
      assert.equal(twice.statusCode, 400);

      const refused = await submit('/fr/account', b, { name: '', locale: 'xx' });
      assert.equal(refused.statusCode, 400);
      assert.ok(refused.body.includes(t('fr', 'field.required')));
      assert.ok(refused.body.includes(t('fr', 'field.invalid_value')));
      const saved = await submit('/fr/account', b, { name: 'Nadia B.', locale: 'ar' });
      assert.equal(saved.statusCode, 303);
      const after = await page('/fr/account', b);
      assert.ok(after.body.includes('value="Nadia B."'));
      assert.match(after.body, /<option value="ar" selected>/);
      assert.ok(after.body.includes(t('fr', 'role.sysadmin')));
    });

    test('password change keeps this session and ends the others; sign out everywhere; sign out', async () => {
      const user = await createUser(get().db, { email: 'sessions@example.ma', password });
      const here = await formLogin(user.email);
      const there = await formLogin(user.email);
      const mismatch = await submit('/en/account/password', here, {
        current: '',
        password: 'short',
        password2: 'other',
      });
      assert.equal(mismatch.statusCode, 400);
      for (const field of ['current', 'password', 'password2'])
        assert.ok(mismatch.body.includes(`id="f-${field}-error"`), field);
      const wrong = await submit('/en/account/password', here, {
        current: 'not it at all',
        password: 'another good passphrase',
        password2: 'another good passphrase',
      });
      assert.equal(wrong.statusCode, 400);
      assert.ok(wrong.body.includes('id="f-current-error"'));
      const changed = await submit('/en/account/password', here, {
        current: password,
        password: 'another good passphrase',
        password2: 'another good passphrase',
      });
      assert.equal(changed.statusCode, 303);
      assert.equal(changed.headers.location, '/en/account');
      assert.equal((await page('/en/account', here)).statusCode, 200, 'this session stays');
      assert.equal((await page('/en/account', there)).statusCode, 303, 'the other one ended');

      const again = await formLogin(user.email, 'another good passphrase');
      const everywhere = await submit('/en/account/sessions', again, {});
      assert.equal(everywhere.statusCode, 303);
      assert.equal(everywhere.headers.location, '/en/login');
      assert.equal((await page('/en/account', again)).statusCode, 303);
      assert.equal((await page('/en/account', here)).statusCode, 303);

      const last = await formLogin(user.email, 'another good passphrase');
      const out = await submit('/en/logout', last, {});
      assert.equal(out.statusCode, 303);
      assert.equal(out.headers.location, '/en/');
      assert.match(String(out.headers['set-cookie']), /sid=;/);
      assert.equal((await page('/en/account', last)).statusCode, 303);
    });

    test('deactivation signs out and closes the account', async () => {
      const user = await createUser(get().db, { email: 'leaving@example.ma', password });
      const b = await formLogin(user.email);
      const form = await page('/fr/account/deactivate', b);
      assert.ok(form.body.includes(t('fr', 'account.deactivate.text')));
      const res = await submit('/fr/account/deactivate', b, {});
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, '/fr/');
      assert.equal((await page('/fr/account', b)).statusCode, 303);
      const login = await submit('/fr/login', await anonymousBrowser(app()), { email: user.email, password });
      assert.equal(login.statusCode, 401);
    });

    test('anonymous posts to account forms change nothing and lead to the sign-in page', async () => {
      const b = await anonymousBrowser(app());
      for (const path of ['/account', '/account/password', '/account/tokens', '/account/sessions']) {
        const res = await submit(`/en${path}`, b, { name: 'x' });
        assert.equal(res.statusCode, 303, path);
        assert.match(res.headers.location as string, /^\/en\/login\?next=/);
      }
    });
  },
  { RATE_LIMIT_LOGIN_PER_MINUTE: 10000, RATE_LIMIT_WRITES_PER_MINUTE: 10000 },
);
