// The `shafaf` command as a real process: configuration errors, migrations, start-up, graceful shutdown.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { migrations } from '../src/db/migrations/index.ts';
import { createTestDb, type TestDb, testDialects, withSchemaLock } from './db.ts';

const bin = new URL('../bin/shafaf.js', import.meta.url).pathname;

function databaseUrl(db: TestDb): string {
  if (db.target.dialect === 'sqlite') return `sqlite:${db.target.file}`;
  return `${db.target.url}?options=${encodeURIComponent(`-c search_path=${db.target.schema}`)}`;
}

function run(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, [bin, ...args], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

test('a bad configuration value stops the command with one line naming the key', () => {
  const r = run(['migrate', 'status'], { PORT: 'abc' });
  assert.equal(r.status, 2);
  assert.equal(r.stderr.trim(), 'Invalid configuration: PORT must be a whole number (got "abc")');
});

test('unknown command prints the usage and fails', () => {
  const r = run(['frobnicate'], {});
  assert.equal(r.status, 1);
  assert.match(r.stderr, /Unknown command: frobnicate/);
  assert.match(r.stderr, /migrate \[up\|status\]/);
});

for (const dialect of testDialects()) {
  test(`migrate status / up / serve refuses pending migrations [${dialect}]`, async () => {
    const db = await createTestDb(dialect, { migrate: false });
    // The spawned commands introspect every schema: no test may drop one meanwhile (see withSchemaLock).
    const commands = async () => {
      const env = { DATABASE_URL: databaseUrl(db) };
      const refused = run(['serve'], { ...env, PORT: '0' });
      assert.equal(refused.status, 2);
      assert.ok(
        refused.stderr.includes(
          `Pending migrations (${Object.keys(migrations).join(', ')}): run \`shafaf migrate\` first`,
        ),
        refused.stderr,
      );
      assert.match(run(['migrate', 'status'], env).stdout, /^pending {2}0001_jobs_and_system_state$/m);
      assert.equal(run(['migrate'], env).stdout, `Applied: ${Object.keys(migrations).join(', ')}\n`);
      assert.match(run(['migrate'], env).stdout, /Nothing to apply/);
      assert.match(
        run(['migrate', 'status'], env).stdout,
        /^applied {2}0001_jobs_and_system_state {2}\d{4}-/m,
      );
    };
    try {
      if (dialect === 'postgres') await withSchemaLock(commands);
      else await commands();
    } finally {
      await db.close();
    }
  });
}

function waitForLine(child: ChildProcess, re: RegExp, ms = 30_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let buf = '';
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${re}; output:\n${buf}`)), ms);
    const onData = (chunk: Buffer) => {
      buf += chunk.toString();
      const m = buf.match(re);
      if (m) {
        clearTimeout(timer);
        resolve(m[1] ?? m[0]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
  });
}

test('start: migrates, loads the demo once, serves, and shuts down gracefully on SIGTERM', {
  timeout: 120_000,
}, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'shafaf-cli-'));
  try {
    const env = { ...process.env, DATA_DIR: dir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' };
    const child = spawn(process.execPath, [bin, 'start'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    const url = await waitForLine(child, /Server listening at (http:\/\/127\.0\.0\.1:\d+)/);
    const home = await fetch(`${url}/fr/`);
    assert.equal(home.status, 200);
    assert.match(await home.text(), /<html lang="fr" dir="ltr">/);
    assert.equal((await (await fetch(`${url}/readyz`)).json()).ok, true);
    // The demo sysadmin of the README can sign in, and the demo producers are there.
    const login = await fetch(`${url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@shafaf.local', password: 'shafaf-demo-admin' }),
    });
    assert.equal(login.status, 200);
    const orgs = (await (await fetch(`${url}/api/v1/organizations?limit=100`)).json()).data;
    assert.ok(orgs.items.some((o: { name: string }) => o.name === 'hcp'));
    const stopping = waitForLine(child, /"msg":"(shutting down)"/);
    child.kill('SIGTERM');
    await stopping;
    assert.equal(await exited, 0);

    const again = run(['seed'], { DATA_DIR: dir });
    assert.equal(again.status, 0);
    assert.match(again.stdout, /Demo content was already loaded on \d{4}-/);

    const env2 = { DATA_DIR: dir };
    const created = run(
      ['admin', 'create-user', '--email', 'Ops@Example.MA', '--password', 'ops-password-1', '--sysadmin'],
      env2,
    );
    assert.equal(created.status, 0, created.stderr);
    assert.match(created.stdout, /^Created ops@example\.ma \([\w-]+\) as sysadmin$/m);
    const dup = run(['admin', 'create-user', '--email', 'ops@example.ma', '--password', 'short'], env2);
    assert.equal(dup.status, 1);
    assert.match(dup.stderr, /email: This value is already taken\./);
    assert.match(dup.stderr, /password: Must be at least 10 characters\./);
    const token = run(['admin', 'create-token', '--email', 'ops@example.ma', '--name', 'deploy'], env2);
    assert.equal(token.status, 0, token.stderr);
    assert.match(token.stdout.trim(), /^shf_[\w-]{43}$/);
    const unknown = run(['admin', 'create-token', '--email', 'nobody@example.ma', '--name', 'x'], env2);
    assert.equal(unknown.status, 1);
    assert.match(unknown.stderr, /No active account with this address: nobody@example\.ma/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
