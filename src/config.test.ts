import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ConfigError, configKeys, loadConfig, redactedConfig } from './config.ts';

test('defaults: port 3000, SQLite under ./data, demo on, Arabic', () => {
  const c = loadConfig({});
  assert.equal(c.PORT, 3000);
  assert.equal(c.DEMO, true);
  assert.equal(c.DEFAULT_LOCALE, 'ar');
  assert.equal(c.database.dialect, 'sqlite');
  assert.ok(c.database.dialect === 'sqlite' && c.database.file.endsWith('/data/shafaf.db'));
  assert.equal(c.BASE_URL, 'http://localhost:3000');
});

test('unset, BASE_URL follows PORT', () => {
  assert.equal(loadConfig({ PORT: '3999' }).BASE_URL, 'http://localhost:3999');
  assert.equal(loadConfig({ PORT: '3999', BASE_URL: 'https://data.gov.ma' }).BASE_URL, 'https://data.gov.ma');
});

test('DATABASE_URL switches to PostgreSQL; sqlite: names a file', () => {
  const pg = loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db' });
  assert.deepEqual(pg.database, { dialect: 'postgres', url: 'postgres://u@h:5432/db' });
  const lite = loadConfig({ DATABASE_URL: 'sqlite:/tmp/x.db' });
  assert.deepEqual(lite.database, { dialect: 'sqlite', file: '/tmp/x.db' });
});

test('values are parsed by type', () => {
  const c = loadConfig({
    PORT: '8080',
    DEMO: 'off',
    BASE_URL: 'https://data.example.ma/',
    DEFAULT_LOCALE: 'fr',
  });
  assert.equal(c.PORT, 8080);
  assert.equal(c.DEMO, false);
  assert.equal(c.BASE_URL, 'https://data.example.ma');
  assert.equal(c.DEFAULT_LOCALE, 'fr');
});

test('a bad value fails with one line naming the key and the reason', () => {
  const cases: [Record<string, string>, string, RegExp][] = [
    [{ PORT: 'abc' }, 'PORT', /whole number/],
    [{ PORT: '70000' }, 'PORT', /at most 65535/],
    [{ DEMO: 'maybe' }, 'DEMO', /true or false/],
    [{ DEFAULT_LOCALE: 'de' }, 'DEFAULT_LOCALE', /one of ar, fr, en/],
    [{ BASE_URL: 'ftp://x' }, 'BASE_URL', /http\(s\) URL/],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL', /postgres/],
  ];
  for (const [env, key, reason] of cases) {
    assert.throws(
      () => loadConfig(env),
      (e: unknown) =>
        e instanceof ConfigError && e.key === key && reason.test(e.message) && !e.message.includes('\n'),
    );
  }
});

test('secrets are hidden when the configuration is shown', () => {
  const shown = redactedConfig(
    loadConfig({ DATABASE_URL: 'postgres://u:secret@h/db', SMTP_URL: 'smtp://a:b@h' }),
  );
  assert.equal(shown.DATABASE_URL, '***');
  assert.equal(shown.SMTP_URL, '***');
  assert.ok(!JSON.stringify(shown).includes('secret'));
});

test('every key is documented in docs/configuration.md with its default', () => {
  const doc = readFileSync(new URL('../docs/configuration.md', import.meta.url), 'utf8');
  for (const [name, spec] of Object.entries(configKeys)) {
    const line = doc.split('\n').find((l) => l.startsWith(`| \`${name}\` |`));
    assert.ok(line, `${name} is not documented in docs/configuration.md`);
    if (spec.default !== '')
      assert.ok(line.includes(`\`${String(spec.default)}\``), `${name}: default not documented`);
  }
});
