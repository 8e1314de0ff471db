// Secrets never reach the logs: passwords, session cookies, API tokens, reset links.
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import { createTestDb, testDialects } from '../../test/db.ts';
import { createUser } from '../../test/session.ts';
import { buildApp } from '../app.ts';
import { configWith } from '../config.ts';
import { JobQueue } from '../jobs/index.ts';
import { createJobRegistry } from '../runtime.ts';

for (const dialect of testDialects()) {
  test(`request logs carry ids but no secrets [${dialect}]`, async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, cb) {
        lines.push(chunk.toString());
        cb();
      },
    });
    const db = await createTestDb(dialect);
    const config = configWith({ DEMO: false });
    const app = await buildApp({
      config,
      db,
      queue: new JobQueue(db, createJobRegistry({ db, config })),
      logger: { level: 'trace', stream },
    });
    try {
      const u = await createUser(db, { email: 'logged@example.ma', password: 'very-secret-password' });
      const login = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ email: u.email, password: u.password }),
      });
      const sid = /sid=([^;]+)/.exec(String(login.headers['set-cookie']))![1]!;
      const created = await app.inject({
        method: 'POST',
        url: '/api/v1/users/me/tokens',
        headers: { 'content-type': 'application/json', cookie: `sid=${sid}`, 'x-csrf-token': 'wrong' },
        payload: JSON.stringify({ name: 'x' }),
      });
      assert.equal(created.statusCode, 403);
      const token = 'shf_this-token-must-not-be-logged';
      await app.inject({ url: '/api/v1/users/me', headers: { authorization: token } });
      const log = lines.join('');
      assert.ok(log.includes('"reqId"'), 'requests are logged with their id');
      for (const secret of ['very-secret-password', sid, token])
        assert.ok(!log.includes(secret), `logged: ${secret}`);
    } finally {
      await app.close();
      await db.close();
    }
  });
}
