// The web shell through real HTTP handling: languages, JSON twins, redirects, headers, health.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildApp } from '../src/app.ts';
import { configWith } from '../src/config.ts';
import { migrations } from '../src/db/migrations/index.ts';
import { JobQueue } from '../src/jobs/index.ts';
import { createJobRegistry } from '../src/runtime.ts';
import { describeWithApp } from './app.ts';
import { createTestDb, testDialects } from './db.ts';

describeWithApp('web shell', (get) => {
  for (const [lang, dir, title] of [
    ['ar', 'rtl', 'المعطيات العمومية المفتوحة'],
    ['fr', 'ltr', 'Données publiques ouvertes'],
    ['en', 'ltr', 'Open public data'],
  ] as const) {
    test(`home page in ${lang}: lang, dir, translated, skip link, navigation`, async () => {
      const res = await get().app.inject({ url: `/${lang}/` });
      assert.equal(res.statusCode, 200);
      assert.match(res.headers['content-type'] as string, /text\/html; charset=utf-8/);
      assert.ok(res.body.startsWith('<!doctype html>'));
      assert.match(res.body, new RegExp(`<html lang="${lang}" dir="${dir}">`));
      assert.ok(res.body.includes(title));
      assert.match(res.body, /<a class="skip-link" href="#main">/);
      assert.match(res.body, /<main id="main" tabindex="-1"/);
      for (const path of ['datasets', 'organizations', 'themes', 'requests', 'plans', 'about'])
        assert.ok(res.body.includes(`href="/${lang}/${path}"`), `nav link to ${path}`);
    });
  }

  test('nothing on a page loads from another host', async () => {
    const res = await get().app.inject({ url: '/fr/' });
    const urls = [...res.body.matchAll(/(?:src|href|action)="([^"]+)"/g)].map((m) => m[1]!);
    assert.ok(urls.length > 10);
    for (const u of urls) assert.ok(u.startsWith('/') || u.startsWith('#'), `external reference: ${u}`);
  });

  test('the language switcher keeps the page and the query', async () => {
    const res = await get().app.inject({ url: '/ar/about?x=1' });
    assert.match(res.body, /href="\/fr\/about\?x=1" hreflang="fr" lang="fr"/);
    assert.match(res.body, /href="\/en\/about\?x=1" hreflang="en" lang="en"/);
    assert.match(res.body, /href="\/ar\/about\?x=1" hreflang="ar" lang="ar" aria-current="true"/);
  });

  test('every page has a JSON twin announced by Link and <link rel=alternate>', async () => {
    for (const [page, twin] of [
      ['/fr/', '/fr.json'],
      ['/en/about', '/en/about.json'],
    ]) {
      const html = await get().app.inject({ url: page });
      assert.equal(html.headers.link, `<${twin}>; rel="alternate"; type="application/json"`);
      assert.ok(html.body.includes(`<link rel="alternate" type="application/json" href="${twin}"/>`));
      const json = await get().app.inject({ url: twin });
      assert.equal(json.statusCode, 200);
      assert.match(json.headers['content-type'] as string, /application\/json/);
      assert.equal(json.headers.link, html.headers.link);
    }
    const filtered = await get().app.inject({ url: '/en/about?x=1' });
    assert.equal(filtered.headers.link, '</en/about.json?x=1>; rel="alternate"; type="application/json"');
    const about = (await get().app.inject({ url: '/en/about.json' })).json();
    assert.equal(about.title, 'About this portal');
    const home = (await get().app.inject({ url: '/ar.json' })).json();
    assert.equal(home.site.name, 'شفاف');
    assert.equal(home.sections.length, 5);
  });

  test('/ redirects by cookie, then Accept-Language, then the default (ar)', async () => {
    const app = get().app;
    const byDefault = await app.inject({ url: '/' });
    assert.equal(byDefault.statusCode, 302);
    assert.equal(byDefault.headers.location, '/ar/');
    const byHeader = await app.inject({ url: '/', headers: { 'accept-language': 'en-US,en;q=0.9' } });
    assert.equal(byHeader.headers.location, '/en/');
    const byCookie = await app.inject({ url: '/', headers: { 'accept-language': 'en', cookie: 'lang=fr' } });
    assert.equal(byCookie.headers.location, '/fr/');
    const bare = await app.inject({ url: '/fr' });
    assert.equal(bare.statusCode, 301);
    assert.equal(bare.headers.location, '/fr/');
  });

  test('visiting a page remembers its language in a cookie', async () => {
    const res = await get().app.inject({ url: '/en/' });
    const cookies = [res.headers['set-cookie']].flat().map(String);
    assert.ok(
      cookies.some((c) => /^lang=en; Max-Age=\d+; Path=\/; SameSite=Lax/.test(c)),
      cookies.join(' | '),
    );
  });

  test('an unknown language prefix is a 404', async () => {
    const res = await get().app.inject({ url: '/de/about' });
    assert.equal(res.statusCode, 404);
  });

  test('/<lang>/manage leads to the datasets the user manages', async () => {
    const res = await get().app.inject({ url: '/ar/manage' });
    assert.equal(res.statusCode, 302);
    assert.equal(res.headers.location, '/ar/manage/datasets');
    assert.equal((await get().app.inject({ url: '/de/manage' })).statusCode, 404);
  });

  test('security headers on every answer', async () => {
    const res = await get().app.inject({ url: '/fr/' });
    const csp = res.headers['content-security-policy'] as string;
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.ok(!csp.includes('unsafe-inline'));
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.equal(res.headers['referrer-policy'], 'strict-origin-when-cross-origin');
    assert.equal(res.headers['strict-transport-security'], undefined, 'no HSTS over plain http');
    assert.ok(res.headers['x-request-id']);
  });

  test('static assets are served with caching', async () => {
    const res = await get().app.inject({ url: '/assets/shafaf.css' });
    assert.equal(res.statusCode, 200);
    assert.match(res.headers['content-type'] as string, /text\/css/);
    assert.match(res.headers['cache-control'] as string, /max-age=3600/);
    assert.doesNotMatch(
      res.body,
      /(margin|padding|border)-(left|right)|(?<![-\w])(left|right):/,
      'logical properties only',
    );
  });

  test('static files and health checks skip the caller lookup (a stale token does not block them)', async () => {
    const css = await get().app.inject({
      url: '/assets/shafaf.css',
      headers: { authorization: 'shf_stale' },
    });
    assert.equal(css.statusCode, 200);
    const health = await get().app.inject({ url: '/healthz', headers: { authorization: 'shf_stale' } });
    assert.equal(health.statusCode, 200);
    const page = await get().app.inject({ url: '/fr/about', headers: { authorization: 'shf_stale' } });
    assert.equal(page.statusCode, 401, 'pages still check the token');
  });

  test('/healthz and /readyz', async () => {
    const health = await get().app.inject({ url: '/healthz' });
    assert.equal(health.statusCode, 200);
    assert.equal(health.json().ok, true);
    const ready = await get().app.inject({ url: '/readyz' });
    assert.equal(ready.statusCode, 200);
    assert.deepEqual(ready.json(), { ok: true, database: 'ok', dialect: get().dialect });
  });
});

describeWithApp(
  'web shell behind HTTPS',
  (get) => {
    test('HSTS is sent when BASE_URL is https', async () => {
      const res = await get().app.inject({ url: '/fr/' });
      assert.match(res.headers['strict-transport-security'] as string, /max-age=31536000/);
    });
  },
  { BASE_URL: 'https://data.example.ma' },
);

for (const dialect of testDialects()) {
  test(`/readyz is 503 while migrations are pending [${dialect}]`, async () => {
    const db = await createTestDb(dialect, { migrate: false });
    const config = configWith({ DEMO: false });
    const app = await buildApp({
      config,
      db,
      queue: new JobQueue(db, createJobRegistry({ db, config })),
      logger: false,
    });
    try {
      const res = await app.inject({ url: '/readyz' });
      assert.equal(res.statusCode, 503);
      assert.deepEqual(res.json().pendingMigrations, Object.keys(migrations));
    } finally {
      await app.close();
      await db.close();
    }
  });
}
