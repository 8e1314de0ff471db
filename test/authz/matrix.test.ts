// Every write route × every role: allowed roles get through, the others are refused (401 anonymous / 403).
// A write route registered without an entry in test/authz/entries/*.ts fails this test.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { buildTestApp, type TestApp } from '../app.ts';
import { testDialects } from '../db.ts';
import { multipartBody } from '../multipart.ts';
import { anonymousBrowser, type Browser, signIn } from '../session.ts';
import { buildFixture } from './fixture.ts';
import { type Fixture, type MatrixEntry, type Role, roles } from './matrix.ts';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const entriesDir = new URL('./entries/', import.meta.url);
const entries: MatrixEntry[] = [];
for (const file of readdirSync(entriesDir)
  .filter((f) => f.endsWith('.ts'))
  .sort())
  entries.push(...((await import(new URL(file, entriesDir).href)) as { entries: MatrixEntry[] }).entries);

/** Write routes that are not part of the product (none today). */
const ignored = new Set<string>();

for (const dialect of testDialects()) {
  describe(`authorization matrix [${dialect}]`, () => {
    let t: TestApp;
    let fx: Fixture;
    const writeRoutes: string[] = [];
    const browsers = new Map<Role, Browser>();

    before(async () => {
      t = await buildTestApp(
        dialect,
        { RATE_LIMIT_LOGIN_PER_MINUTE: 100000, RATE_LIMIT_WRITES_PER_MINUTE: 100000 },
        undefined,
        (route) => {
          for (const m of [route.method].flat()) if (UNSAFE.has(m)) writeRoutes.push(`${m} ${route.url}`);
        },
      );
      fx = await buildFixture(t.app, t.db);
    });
    after(async () => t?.close());

    async function browserFor(role: Role, fresh: boolean): Promise<Browser> {
      if (role === 'anonymous') return anonymousBrowser(t.app);
      if (fresh) {
        const u = await fx.newUser();
        return signIn(t.app, u.email, fx.password);
      }
      let b = browsers.get(role);
      if (b) {
        const me = await t.app.inject({ url: '/api/v1/users/me', headers: { cookie: b.cookie } });
        if (me.statusCode !== 200) b = undefined; // the previous request ended this session
      }
      if (!b) {
        b = await signIn(t.app, fx.users[role].email, fx.password);
        browsers.set(role, b);
      }
      return b;
    }

    test('every write route has a matrix entry', () => {
      const listed = new Set(entries.map((e) => `${e.method} ${e.route}`));
      const missing = writeRoutes.filter((r) => !listed.has(r) && !ignored.has(r));
      assert.deepEqual(
        missing,
        [],
        `write routes without an authorization matrix entry:\n${missing.join('\n')}`,
      );
      const stale = [...listed].filter((r) => !writeRoutes.includes(r));
      assert.deepEqual(stale, [], `matrix entries for routes that do not exist:\n${stale.join('\n')}`);
    });

    for (const entry of entries.filter((e) => !e.public)) {
      test(`${entry.method} ${entry.route}`, async () => {
        const problems: string[] = [];
        for (const role of roles) {
          const req = await entry.request(fx, role);
          const b = await browserFor(role, req.actAs === 'fresh');
          const headers: Record<string, string> = { cookie: b.cookie, 'x-csrf-token': b.csrf };
          let payload: string | Buffer | undefined;
          if (req.multipart) {
            const body = multipartBody(req.multipart);
            headers['content-type'] = body.contentType;
            payload = body.payload;
          } else if (req.form) {
            headers['content-type'] = 'application/x-www-form-urlencoded';
            payload = new URLSearchParams({ ...req.form, _csrf: b.csrf }).toString();
          } else if (req.json) {
            headers['content-type'] = 'application/json';
            payload = JSON.stringify(req.json);
          }
          const res = await t.app.inject({ method: entry.method, url: req.url, headers, payload });
          // Anonymous visitors of a signed-in form are sent to the sign-in page with `next`.
          const toLogin = res.statusCode === 303 && /\/login\?next=/.test(String(res.headers.location));
          const refused = res.statusCode === 401 || res.statusCode === 403 || toLogin;
          const allowed = entry.allow.includes(role);
          if (res.statusCode >= 500) problems.push(`${role}: server error ${res.body.slice(0, 200)}`);
          else if (allowed && refused)
            problems.push(`${role}: refused (${res.statusCode}) but should be allowed`);
          else if (!allowed && !refused)
            problems.push(`${role}: allowed (${res.statusCode}) but should be refused`);
          else if (
            !allowed &&
            role === 'anonymous' &&
            res.statusCode === 403 &&
            entry.anonymousStatus !== 403
          )
            problems.push('anonymous: 403 where 401 (sign in) is expected');
        }
        assert.deepEqual(problems, []);
      });
    }
  });
}
