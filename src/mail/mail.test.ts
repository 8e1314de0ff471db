// E-mail goes through a real SMTP server process; a failing server leaves the message queued for retry.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { buildTestApp } from '../../test/app.ts';
import { testDialects } from '../../test/db.ts';
import { createUser } from '../../test/session.ts';
import { Worker } from '../jobs/index.ts';

interface Received {
  from: string;
  to: string[];
  data: string;
}

const received: Received[] = [];
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    let data = '';
    stream.on('data', (c: Buffer) => {
      data += c.toString('utf8');
    });
    stream.on('end', () => {
      received.push({
        from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
        to: session.envelope.rcptTo.map((r) => r.address),
        data,
      });
      callback();
    });
  },
});
let port = 0;

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as { port: number }).port;
});
after(async () => new Promise<void>((resolve) => server.close(() => resolve())));

for (const dialect of testDialects()) {
  test(`a password-reset e-mail reaches the SMTP server [${dialect}]`, async () => {
    const t = await buildTestApp(dialect, {
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      MAIL_FROM: 'Portail <noreply@data.example.ma>',
    });
    try {
      const u = await createUser(t.db, { email: `reset-${dialect}@example.ma` });
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password/forgot',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ email: u.email }),
      });
      assert.equal(res.statusCode, 202);
      assert.equal(await new Worker(t.db, t.queue).drain(), 1);
      const mail = received.find((m) => m.to.includes(u.email));
      assert.ok(mail, 'the SMTP server got the message');
      assert.equal(mail.from, 'noreply@data.example.ma');
      assert.match(mail.data, /Subject: Reset your password/);
      assert.match(mail.data.replace(/=\r\n/g, ''), /\/en\/password\/reset\?token=/);
      const row = await t.db.db
        .selectFrom('mail_outbox')
        .selectAll()
        .where('to_address', '=', u.email)
        .executeTakeFirstOrThrow();
      assert.ok(row.sent_at);
    } finally {
      await t.close();
    }
  });

  test(`an unreachable SMTP server: the message stays queued with the error, for retry [${dialect}]`, async () => {
    const t = await buildTestApp(dialect, { SMTP_URL: 'smtp://127.0.0.1:1' });
    try {
      const u = await createUser(t.db, { email: `down-${dialect}@example.ma` });
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password/forgot',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ email: u.email }),
      });
      await new Worker(t.db, t.queue).drain();
      const row = await t.db.db
        .selectFrom('mail_outbox')
        .selectAll()
        .where('to_address', '=', u.email)
        .executeTakeFirstOrThrow();
      assert.equal(row.sent_at, null);
      assert.match(row.error ?? '', /ECONNREFUSED|connect/i);
      const [job] = await t.queue.list({ kind: 'mail.send' });
      assert.equal(job?.status, 'queued');
      assert.equal(job?.attempts, 1);
    } finally {
      await t.close();
    }
  });
}
