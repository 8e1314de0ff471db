// Sign-up, verification, sign-in, sessions, password reset and the security baseline, through REST.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeWithApp } from '../../../test/app.ts';
import { anonymousBrowser, createUser, signIn } from '../../../test/session.ts';
import { Worker } from '../../jobs/index.ts';
import { loginThrottle } from './auth.service.ts';

const password = 'correct horse battery';
const json = (payload: unknown) => ({
  headers: { 'content-type': 'application/json' },
  payload: JSON.stringify(payload),
});

describeWithApp(
  'accounts: sign-up, verification, sign-in',
  (get) => {
    const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
      get().app.inject({
        method: 'POST',
        url,
        headers: { 'content-type': 'application/json', ...headers },
        payload: JSON.stringify(payload),
      });
    const outbox = async (to: string) => {
      await new Worker(get().db, get().queue).drain();
      return get()
        .db.db.selectFrom('mail_outbox')
        .selectAll()
        .where('to_address', '=', to)
        .orderBy('created_at')
        .execute();
    };
    const linkToken = (text: string) => /token=([\w-]+)/.exec(text)?.[1] ?? '';

    test('sign-up → verification e-mail → verify → sign in → me', async () => {
      const email = 'Amina@Example.MA';
      const res = await post('/api/v1/auth/signup', { email, name: 'Amina', password, locale: 'fr' });
      assert.equal(res.statusCode, 202);
      assert.deepEqual(res.json(), { ok: true, data: { email: 'amina@example.ma' } });
      const pending = await post('/api/v1/auth/login', { email, password });
      assert.equal(pending.json().error.code, 'auth.email_not_verified');
      const [mail] = await outbox('amina@example.ma');
      assert.equal(mail?.subject, 'Confirmez votre adresse électronique');
      assert.match(mail!.body_text, /http:\/\/localhost:3000\/fr\/verify\?token=/);
      const verified = await post('/api/v1/auth/verify', { token: linkToken(mail!.body_text) });
      assert.equal(verified.statusCode, 200);
      assert.equal(verified.json().data.state, 'active');
      const again = await post('/api/v1/auth/verify', { token: linkToken(mail!.body_text) });
      assert.equal(again.statusCode, 400);
      assert.equal(again.json().error.code, 'auth.link_invalid', 'a verification link works once');
      const login = await post('/api/v1/auth/login', { email, password });
      assert.equal(login.statusCode, 200);
      const cookie = String(login.headers['set-cookie']);
      assert.match(cookie, /^sid=[\w-]{40,}; Max-Age=1209600; Path=\/; HttpOnly; SameSite=Lax$/);
      const me = await get().app.inject({
        url: '/api/v1/users/me',
        headers: { cookie: cookie.split(';')[0]! },
      });
      assert.equal(me.json().data.user.email, 'amina@example.ma');
      const row = await get()
        .db.db.selectFrom('users')
        .select('password_hash')
        .where('email', '=', 'amina@example.ma')
        .executeTakeFirstOrThrow();
      assert.match(row.password_hash!, /^scrypt\$32768\$8\$1\$/);
      assert.ok(!row.password_hash!.includes(password));
    });

    test('sign-up with a taken address answers the same and e-mails the owner instead', async () => {
      const u = await createUser(get().db, { email: 'taken@example.ma' });
      const res = await post('/api/v1/auth/signup', { email: u.email, name: 'X', password });
      assert.equal(res.statusCode, 202);
      assert.deepEqual(res.json(), { ok: true, data: { email: u.email } });
      const mails = await outbox(u.email);
      assert.equal(mails.length, 1);
      assert.equal(mails[0]!.kind, 'exists');
    });

    test('bad sign-up input names every field, in the caller’s language, and creates nothing', async () => {
      const res = await post(
        '/api/v1/auth/signup',
        { email: 'not-an-email', name: '', password: 'short' },
        { 'accept-language': 'fr' },
      );
      assert.equal(res.statusCode, 400);
      const { fields } = res.json().error;
      assert.equal(fields.email.reason, 'invalid_format');
      assert.equal(fields.name.reason, 'required');
      assert.deepEqual(fields.password, { reason: 'too_short', message: 'Au moins 10 caractères.' });
      const n = await get()
        .db.db.selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('email', '=', 'not-an-email')
        .executeTakeFirstOrThrow();
      assert.equal(Number(n.n), 0);
    });

    test('wrong password, unknown e-mail and deactivated account get the same answer', async () => {
      const u = await createUser(get().db, { email: 'wrong@example.ma' });
      const d = await createUser(get().db, { email: 'gone@example.ma', state: 'deactivated' });
      const bodies = [];
      for (const [email, pw] of [
        [u.email, 'bad-password-1'],
        ['nobody@example.ma', 'bad-password-1'],
        [d.email, d.password],
      ]) {
        const res = await post('/api/v1/auth/login', { email, password: pw });
        assert.equal(res.statusCode, 401);
        bodies.push(res.body);
      }
      assert.equal(new Set(bodies).size, 1);
    });

    test('repeated failures slow down sign-in for that address (progressive delay)', async () => {
      const u = await createUser(get().db, { email: 'slow@example.ma' });
      for (let i = 0; i < 6; i++)
        await post('/api/v1/auth/login', { email: u.email, password: 'bad-password-1' });
      const res = await post('/api/v1/auth/login', { email: u.email, password: u.password });
      assert.equal(res.statusCode, 429);
      assert.equal(res.json().error.code, 'auth.login_throttled');
      assert.ok(Number(res.headers['retry-after']) >= 1);
      loginThrottle.succeed(u.email);
      assert.equal(
        (await post('/api/v1/auth/login', { email: u.email, password: u.password })).statusCode,
        200,
      );
    });

    test('each sign-in makes a new session; sign-out ends it; sign-out everywhere ends all', async () => {
      const u = await createUser(get().db, { email: 'sessions@example.ma' });
      const a = await signIn(get().app, u.email, u.password);
      const b = await signIn(get().app, u.email, u.password);
      assert.notEqual(a.cookie, b.cookie);
      const me = (c: string) => get().app.inject({ url: '/api/v1/users/me', headers: { cookie: c } });
      assert.equal((await me(a.cookie)).statusCode, 200);
      const out = await post('/api/v1/auth/logout', {}, { cookie: a.cookie, 'x-csrf-token': a.csrf });
      assert.equal(out.statusCode, 200);
      assert.equal((await me(a.cookie)).statusCode, 401);
      assert.equal((await me(b.cookie)).statusCode, 200);
      const c = await signIn(get().app, u.email, u.password);
      await post('/api/v1/users/me/sessions/revoke', {}, { cookie: c.cookie, 'x-csrf-token': c.csrf });
      assert.equal((await me(b.cookie)).statusCode, 401);
      assert.equal((await me(c.cookie)).statusCode, 401);
    });

    test('sessions end after the idle time and at their absolute expiry', async () => {
      const u = await createUser(get().db, { email: 'idle@example.ma' });
      const me = (c: string) => get().app.inject({ url: '/api/v1/users/me', headers: { cookie: c } });
      const idle = await signIn(get().app, u.email, u.password);
      await get()
        .db.db.updateTable('sessions')
        .set({ last_seen_at: new Date(Date.now() - 121 * 60_000).toISOString() })
        .where('user_id', '=', u.id)
        .execute();
      assert.equal((await me(idle.cookie)).statusCode, 401);
      const old = await signIn(get().app, u.email, u.password);
      await get()
        .db.db.updateTable('sessions')
        .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
        .where('user_id', '=', u.id)
        .execute();
      assert.equal((await me(old.cookie)).statusCode, 401);
    });

    test('password reset: uniform answer, single-use link, expiry, sessions ended', async () => {
      const u = await createUser(get().db, { email: 'reset@example.ma' });
      const session = await signIn(get().app, u.email, u.password);
      const unknown = await post('/api/v1/auth/password/forgot', { email: 'nobody-here@example.ma' });
      const known = await post('/api/v1/auth/password/forgot', { email: u.email });
      assert.equal(unknown.statusCode, 202);
      assert.equal(unknown.body, known.body);
      assert.equal((await outbox('nobody-here@example.ma')).length, 0);
      const [mail] = await outbox(u.email);
      const token = linkToken(mail!.body_text);
      const short = await post('/api/v1/auth/password/reset', { token, password: 'short' });
      assert.equal(short.json().error.fields.password.reason, 'too_short');
      const ok = await post('/api/v1/auth/password/reset', { token, password: 'brand-new-password' });
      assert.equal(ok.statusCode, 200);
      const reused = await post('/api/v1/auth/password/reset', { token, password: 'another-new-password' });
      assert.equal(reused.statusCode, 400);
      assert.equal(reused.json().error.code, 'auth.link_invalid');
      assert.equal(
        (await get().app.inject({ url: '/api/v1/users/me', headers: { cookie: session.cookie } })).statusCode,
        401,
      );
      assert.equal(
        (await post('/api/v1/auth/login', { email: u.email, password: 'brand-new-password' })).statusCode,
        200,
      );
      await post('/api/v1/auth/password/forgot', { email: u.email });
      const mails = await outbox(u.email);
      const second = linkToken(mails.at(-1)!.body_text);
      await get()
        .db.db.updateTable('email_tokens')
        .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
        .where('purpose', '=', 'reset')
        .execute();
      const expired = await post('/api/v1/auth/password/reset', {
        token: second,
        password: 'yet-another-password',
      });
      assert.equal(expired.json().error.code, 'auth.link_invalid');
    });

    test('CSRF: forms need the token; a session-authenticated call needs it too', async () => {
      const u = await createUser(get().db, { email: 'csrf@example.ma' });
      const form = await get().app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: `email=${encodeURIComponent(u.email)}&password=${u.password}`,
      });
      assert.equal(form.statusCode, 403);
      assert.equal(form.json().error.code, 'auth.csrf');
      const b = await signIn(get().app, u.email, u.password);
      const patch = (headers: Record<string, string>) =>
        get().app.inject({
          method: 'PATCH',
          url: '/api/v1/users/me',
          headers: { cookie: b.cookie, 'content-type': 'application/json', ...headers },
          payload: JSON.stringify({ name: 'N', locale: 'en' }),
        });
      assert.equal((await patch({})).json().error.code, 'auth.csrf');
      assert.equal((await patch({ 'x-csrf-token': 'forged' })).statusCode, 403);
      assert.equal((await patch({ 'x-csrf-token': b.csrf })).statusCode, 200);
      const anon = await anonymousBrowser(get().app);
      const withToken = await get().app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: anon.cookie },
        payload: `email=${encodeURIComponent(u.email)}&password=${u.password}&_csrf=${anon.csrf}`,
      });
      assert.equal(withToken.statusCode, 200);
    });

    test('security events are in the audit log', async () => {
      const u = await createUser(get().db, { email: 'audited@example.ma' });
      await post('/api/v1/auth/login', { email: u.email, password: 'bad-password-1' });
      await signIn(get().app, u.email, u.password);
      const rows = await get()
        .db.db.selectFrom('audit_log')
        .select(['action', 'actor_label', 'ip'])
        .where('actor_label', '=', u.email)
        .execute();
      const actions = rows.map((r) => r.action);
      assert.ok(actions.includes('auth.login_failed'));
      assert.ok(actions.includes('auth.login'));
      assert.ok(rows.every((r) => r.ip === '127.0.0.1'));
    });
  },
  { RATE_LIMIT_LOGIN_PER_MINUTE: 10000 },
);

describeWithApp(
  'accounts: rate limits',
  (get) => {
    test('sign-in attempts per address are limited, with Retry-After', async () => {
      const statuses = [];
      for (let i = 0; i < 4; i++) {
        const res = await get().app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          ...json({ email: `x${i}@example.ma`, password: 'whatever-123' }),
        });
        statuses.push(res.statusCode);
        if (i === 3) {
          assert.equal(res.json().error.code, 'http.rate_limited');
          assert.ok(Number(res.headers['retry-after']) > 0);
        }
      }
      assert.deepEqual(statuses, [401, 401, 401, 429]);
    });
  },
  { RATE_LIMIT_LOGIN_PER_MINUTE: 3 },
);

describeWithApp(
  'accounts: write rate limits',
  (get) => {
    test('writes per user are limited', async () => {
      const u = await createUser(get().db, { email: 'writer@example.ma' });
      const b = await signIn(get().app, u.email, u.password);
      const statuses = [];
      for (let i = 0; i < 3; i++) {
        const res = await get().app.inject({
          method: 'PATCH',
          url: '/api/v1/users/me',
          headers: { cookie: b.cookie, 'x-csrf-token': b.csrf, 'content-type': 'application/json' },
          payload: JSON.stringify({ name: `N${i}`, locale: 'en' }),
        });
        statuses.push(res.statusCode);
      }
      assert.deepEqual(statuses, [200, 200, 429]);
    });
  },
  { RATE_LIMIT_WRITES_PER_MINUTE: 2 },
);

describeWithApp(
  'accounts: invitation-only sign-up',
  (get) => {
    test('sign-up is refused when SIGNUP=invitation', async () => {
      const res = await get().app.inject({
        method: 'POST',
        url: '/api/v1/auth/signup',
        ...json({ email: 'a@example.ma', name: 'A', password }),
      });
      assert.equal(res.statusCode, 403);
      assert.equal(res.json().error.code, 'auth.signup_closed');
    });
  },
  { SIGNUP: 'invitation' },
);

describeWithApp(
  'accounts: behind HTTPS',
  (get) => {
    test('the session cookie is Secure', async () => {
      const u = await createUser(get().db, { email: 'secure@example.ma' });
      const res = await get().app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        ...json({ email: u.email, password: u.password }),
      });
      assert.match(String(res.headers['set-cookie']), /; Secure/);
    });
  },
  { BASE_URL: 'https://data.example.ma' },
);
