// E-mail: every message is written to the `mail_outbox` table in the caller's transaction and sent by the
// `mail.send` job: through SMTP when SMTP_URL is set, otherwise logged to the console (embedded mode).
import nodemailer from 'nodemailer';
import type { Config } from '../config.ts';
import type { Db, Executor } from '../db/types.ts';
import type { JobQueue, JobRegistry } from '../jobs/index.ts';
import { PermanentJobError } from '../jobs/index.ts';
import { newId, nowIso } from '../kernel/ids.ts';
import type { Log } from '../kernel/log.ts';

declare module '../jobs/registry.ts' {
  interface JobKinds {
    'mail.send': { id: string };
  }
}

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** What the message is for (verify, reset, invite…): for statistics and tests. */
  kind: string;
}

export async function queueMail(db: Executor, queue: JobQueue, mail: OutgoingMail): Promise<string> {
  const id = newId();
  await db
    .insertInto('mail_outbox')
    .values({
      id,
      to_address: mail.to,
      subject: mail.subject,
      body_text: mail.text,
      kind: mail.kind,
      created_at: nowIso(),
      sent_at: null,
      error: null,
    })
    .execute();
  await queue.enqueue('mail.send', { id }, { tx: db });
  return id;
}

export function mailJobs(registry: JobRegistry, deps: { db: Db; config: Config; log: Log }): JobRegistry {
  const transport = deps.config.SMTP_URL ? nodemailer.createTransport(deps.config.SMTP_URL) : null;
  return registry.define({
    kind: 'mail.send',
    maxAttempts: 8,
    backoffMs: 30_000,
    async run({ id }) {
      const mail = await deps.db
        .selectFrom('mail_outbox')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      if (!mail) throw new PermanentJobError(`no outbox message ${id}`);
      if (mail.sent_at) return { alreadySent: true };
      if (transport) {
        try {
          await transport.sendMail({
            from: deps.config.MAIL_FROM,
            to: mail.to_address,
            subject: mail.subject,
            text: mail.body_text,
          });
        } catch (err) {
          const message = err instanceof Error ? err.message : String(err);
          await deps.db.updateTable('mail_outbox').set({ error: message }).where('id', '=', id).execute();
          throw err;
        }
      } else {
        // Embedded mode without SMTP: the console is the mailbox (links included, for local use).
        deps.log.info(
          { to: mail.to_address, subject: mail.subject, text: mail.body_text },
          'e-mail (no SMTP_URL)',
        );
      }
      await deps.db
        .updateTable('mail_outbox')
        .set({ sent_at: nowIso(), error: null })
        .where('id', '=', id)
        .execute();
      return { sent: true, smtp: transport !== null };
    },
  });
}
