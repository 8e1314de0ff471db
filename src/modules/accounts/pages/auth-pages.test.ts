// The sign-in, sign-up, verification and password-reset pages, driven like a browser without JavaScript:
// forms posted URL-encoded with their CSRF token, redirects, cookies.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeWithApp } from '../../../../test/app.ts';
import { anonymousBrowser, createUser, signIn } from '../../../../test/session.ts';
import { type MessageKey, translate } from '../../../i18n/index.ts';
import { safeNext } from './page-kit.ts';
import { formClient, keysOf, linkToken, password, sid, t } from './pages-test-kit.ts';

describeWithApp(
  'auth pages',
  (get) => {
    const { app, page, submit, outbox, formLogin } = formClient(get);

    const anonymousPages: [string, MessageKey][] = [
      ['/login', 'login.title'],
      ['/signup', 'signup.title'],
      ['/signup/sent', 'signup.sent.title'],
      ['/verify?token=abc', 'verify.title'],
      ['/password/forgot', 'forgot.title'],
      ['/password/reset?token=abc', 'reset.title'],
    ];
    const accountPages: [string, MessageKey][] = [
      ['/account', 'account.title'],
      ['/account/password', 'account.password.title'],
      ['/account/tokens', 'account.tokens.title'],
      ['/account/deactivate', 'account.deactivate.title'],
      ['/invitations/accept?token=abc', 'invitation.title'],
    ];

    test('every page renders in Arabic (right to left) and French, translated', async () => {
      const user = await createUser(get().db, { email: 'pages@example.ma', password });
      const signedIn = await signIn(app(), user.email, password);
      for (const [lang, dir] of [
        ['ar', 'rtl'],
        ['fr', 'ltr'],
      ] as const)
        for (const [path, key, b] of [
          ...anonymousPages.map(([p, k]) => [p, k, null] as const),
          ...accountPages.map(([p, k]) => [p, k, signedIn] as const),
        ]) {
          const res = await page(`/${lang}${path}`, b);
          assert.equal(res.statusCode, 200, `${lang}${path}`);
          assert.match(res.body, new RegExp(`<html lang="${lang}" dir="${dir}">`), `${lang}${path}`);
          assert.ok(res.body.includes(`>${t(lang, key)}</h1>`), `${lang}${path}: title`);
          assert.notEqual(translate(lang, key), translate('en', key), `${key} is translated in ${lang}`);
          if (path !== '/signup/sent')
            assert.match(res.body, /<input type="hidden" name="_csrf" value="[\w-]+"\/>/, `${path}: form`);
        }
    });

    test('sign-up → e-mail → verify button → sign-in form → account page', async () => {
      const b = await anonymousBrowser(app());
      const email = 'salma@example.ma';
      const signup = await submit('/fr/signup', b, { email, name: 'Salma', password, locale: 'fr' });
      assert.equal(signup.statusCode, 303);
      assert.equal(signup.headers.location, '/fr/signup/sent');
      assert.ok((await page('/fr/signup/sent')).body.includes(t('fr', 'signup.sent.text')));

      const pending = await submit('/fr/login', b, { email, password });
      assert.equal(pending.statusCode, 403);
      assert.ok(pending.body.includes(t('fr', 'error.auth.email_not_verified')));

      const mail = await outbox(email, 'verify');
      assert.match(mail.body_text, /\/fr\/verify\?token=/);
      const token = linkToken(mail.body_text);
      const shown = await page(`/fr/verify?token=${token}`);
      assert.equal(shown.statusCode, 200);
      assert.ok(shown.body.includes(`name="token" value="${token}"`));
      assert.ok(shown.body.includes(`>${t('fr', 'verify.submit')}</button>`));
      // The GET did not use the link (a mail scanner opening it changes nothing).
      const verified = await submit('/fr/verify', b, { token });
      assert.equal(verified.statusCode, 303);
      assert.equal(verified.headers.location, '/fr/login');
      const noticeCookie = /notice=([^;]+)/.exec(String(verified.headers['set-cookie']))![1];
      const login = await page('/fr/login', { ...b, cookie: `${b.cookie}; notice=${noticeCookie}` });
      assert.ok(login.body.includes(t('fr', 'verify.done')));
      const again = await submit('/fr/verify', b, { token });
      assert.equal(again.statusCode, 400);
      assert.ok(again.body.includes(t('fr', 'error.auth.link_invalid')));

      const signedIn = await formLogin(email, password, 'fr');
      const account = await page('/fr/account', signedIn);
      assert.equal(account.statusCode, 200);
      assert.ok(account.body.includes('value="Salma"'));
      assert.ok(account.body.includes(email));
      assert.ok(account.body.includes(t('fr', 'account.memberships.none')));
    });

    test('refused input comes back with field errors in the page language, values kept, never the password', async () => {
      const b = await anonymousBrowser(app());
      const res = await submit('/ar/signup', b, {
        email: 'not-an-address',
        name: 'سارة',
        password: 'pw-XyZ',
        locale: 'fr',
      });
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /<html lang="ar" dir="rtl">/);
      assert.ok(res.body.includes(t('ar', 'field.invalid_format')));
      assert.ok(res.body.includes(t('ar', 'field.too_short', { min: 10 })));
      assert.ok(res.body.includes('value="not-an-address"'));
      assert.ok(res.body.includes('value="سارة"'));
      assert.match(res.body, /<option value="fr" selected>/);
      assert.ok(!res.body.includes('pw-XyZ'), 'the password is not sent back');
      assert.match(res.body, /aria-invalid="true"/);
      assert.match(res.body, /<a href="#f-email">/, 'the summary links to the field');
    });

    test('sign-in: a wrong password shows the error; without the CSRF token the form is refused', async () => {
      const user = await createUser(get().db, { email: 'wrong-pw@example.ma', password });
      const b = await anonymousBrowser(app());
      const res = await submit('/fr/login', b, { email: user.email, password: 'not the password' });
      assert.equal(res.statusCode, 401);
      assert.ok(res.body.includes(t('fr', 'error.auth.invalid_credentials')));
      assert.ok(res.body.includes(`value="${user.email}"`));
      assert.ok(!res.body.includes('not the password'));
      assert.equal(sid(res), undefined);

      const noToken = await submit('/fr/login', b, { email: user.email, password }, false);
      assert.equal(noToken.statusCode, 403);
      assert.ok(noToken.body.includes(t('fr', 'error.auth.csrf')));
      assert.equal(sid(noToken), undefined);
      const noCookie = await submit('/fr/login', null, { email: user.email, password, _csrf: b.csrf });
      assert.equal(noCookie.statusCode, 403);
    });

    test('`next` is followed when local, ignored when it leads elsewhere', async () => {
      const user = await createUser(get().db, { email: 'next@example.ma', password });
      const anonymous = await page('/en/account/tokens');
      assert.equal(anonymous.statusCode, 303);
      assert.equal(anonymous.headers.location, '/en/login?next=%2Fen%2Faccount%2Ftokens');
      const form = await page(anonymous.headers.location as string);
      assert.ok(form.body.includes('name="next" value="/account/tokens"'));
      for (const [next, location] of [
        ['/en/account/tokens', '/fr/account/tokens'],
        ['/datasets?q=eau', '/fr/datasets?q=eau'],
        ['//evil.example/x', '/fr/account'],
        ['https://evil.example/', '/fr/account'],
        ['/\\evil.example', '/fr/account'],
        ['/en//evil.example', '/fr/account'],
        ['', '/fr/account'],
      ]) {
        const b = await anonymousBrowser(app());
        const res = await submit('/fr/login', b, { email: user.email, password, next: next! });
        assert.equal(res.statusCode, 303);
        assert.equal(res.headers.location, location, `next=${next}`);
      }
      assert.ok(!(await page('/en/login?next=//evil.example')).body.includes('name="next"'));
      assert.equal(safeNext('/ar'), '/');
      assert.equal(safeNext('/enx/y'), '/enx/y');
    });

    test('password reset: link by e-mail, both passwords must match, the link works once', async () => {
      const user = await createUser(get().db, { email: 'reset@example.ma', password });
      const b = await anonymousBrowser(app());
      const asked = await submit('/en/password/forgot', b, { email: user.email });
      const unknown = await submit('/en/password/forgot', b, { email: 'nobody@example.ma' });
      for (const res of [asked, unknown]) {
        assert.equal(res.statusCode, 303);
        assert.equal(res.headers.location, '/en/login');
        assert.match(String(res.headers['set-cookie']), /notice=forgot\.sent/);
      }
      const token = linkToken((await outbox(user.email, 'reset')).body_text);
      const form = await page(`/en/password/reset?token=${token}`);
      assert.ok(form.body.includes(`name="token" value="${token}"`));

      const newPassword = 'a brand new passphrase';
      const mismatch = await submit('/en/password/reset', b, {
        token,
        password: newPassword,
        password2: 'something else entirely',
      });
      assert.equal(mismatch.statusCode, 400);
      assert.match(
        mismatch.body,
        /<p class="error-text" id="f-password2-error">This value is not allowed.<\/p>/,
      );
      assert.ok(mismatch.body.includes(`name="token" value="${token}"`), 'the link is kept');

      const done = await submit('/en/password/reset', b, {
        token,
        password: newPassword,
        password2: newPassword,
      });
      assert.equal(done.statusCode, 303);
      assert.equal(done.headers.location, '/en/login');
      await formLogin(user.email, newPassword);

      const reused = await submit('/en/password/reset', b, {
        token,
        password: 'yet another passphrase',
        password2: 'yet another passphrase',
      });
      assert.equal(reused.statusCode, 400);
      assert.ok(reused.body.includes(t('en', 'error.auth.link_invalid')));
      await formLogin(user.email, newPassword);
    });

    test('JSON twins of /login and /account carry no CSRF token and no password hash', async () => {
      const user = await createUser(get().db, { email: 'twin@example.ma', password });
      const b = await formLogin(user.email);
      const hash = (
        await get()
          .db.db.selectFrom('users')
          .select('password_hash')
          .where('id', '=', user.id)
          .executeTakeFirstOrThrow()
      ).password_hash;
      for (const url of ['/en/login.json', '/en/account.json']) {
        const res = await page(url, b);
        assert.equal(res.statusCode, 200);
        assert.match(res.headers['content-type'] as string, /application\/json/);
        assert.ok(!res.body.includes(b.csrf), `${url}: csrf`);
        assert.deepEqual(
          keysOf(res.json()).filter((k) => /csrf|password|hash|token/i.test(k)),
          [],
          url,
        );
        assert.ok(!res.body.includes(hash!));
      }
      const account = (await page('/en/account.json', b)).json();
      assert.equal(account.user.email, user.email);
      assert.equal((await page('/en/account.json')).statusCode, 401);
    });
  },
  { RATE_LIMIT_LOGIN_PER_MINUTE: 10000, RATE_LIMIT_WRITES_PER_MINUTE: 10000 },
);

describeWithApp(
  'auth pages: sign-up by invitation only',
  (get) => {
    test('the sign-up page explains instead of showing the form; the POST is refused', async () => {
      const page = await get().app.inject({ url: '/fr/signup' });
      assert.equal(page.statusCode, 200);
      assert.ok(page.body.includes(t('fr', 'signup.closed')));
      assert.ok(!page.body.includes('name="password"'));
      assert.equal((await get().app.inject({ url: '/fr/signup.json' })).json().open, false);
      const b = await anonymousBrowser(get().app);
      const res = await get().app.inject({
        method: 'POST',
        url: '/fr/signup',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: b.cookie },
        payload: new URLSearchParams({
          _csrf: b.csrf,
          email: 'x@example.ma',
          name: 'X',
          password,
        }).toString(),
      });
      assert.equal(res.statusCode, 403);
      assert.ok(res.body.includes(t('fr', 'signup.closed')));
    });
  },
  { SIGNUP: 'invitation' },
);

describeWithApp(
  'auth pages: the sign-in form is rate limited as sign-in',
  (get) => {
    test('past RATE_LIMIT_LOGIN_PER_MINUTE the form answers 429', async () => {
      const b = await anonymousBrowser(get().app);
      const post = () =>
        get().app.inject({
          method: 'POST',
          url: '/en/login',
          headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: b.cookie },
          payload: new URLSearchParams({ _csrf: b.csrf, email: 'rl@example.ma', password: 'x' }).toString(),
        });
      assert.equal((await post()).statusCode, 401);
      assert.equal((await post()).statusCode, 401);
      const third = await post();
      assert.equal(third.statusCode, 429);
      assert.ok(third.body.includes(t('en', 'error.http.rate_limited')));
    });
  },
  { RATE_LIMIT_LOGIN_PER_MINUTE: 2 },
);
