// Tells the requester and the followers of a request what happened, by e-mail through the outbox, in the
// caller's transaction (so a message exists only if the change commits). The actor is not told of their own act.
import type { ServiceContext } from '../../context.ts';
import type { Executor } from '../../db/types.ts';
import { isLocale, type Locale, type MessageKey, translate } from '../../i18n/index.ts';
import { queueMail } from '../../mail/outbox.ts';
import * as repo from './requests.repo.ts';

export async function notifyRequest(
  ctx: ServiceContext,
  tx: Executor,
  request: { id: string; title: string },
  event: { key: MessageKey; params?: Record<string, string>; note: string },
): Promise<number> {
  const people = await repo.recipients(tx, request.id);
  let sent = 0;
  for (const p of people) {
    if (p.id === ctx.actor.userId) continue;
    const locale = isLocale(p.locale) ? p.locale : (ctx.config.DEFAULT_LOCALE as Locale);
    const t = (key: MessageKey, params?: Record<string, string>) => translate(locale, key, params);
    const what = t(event.key, event.params);
    const url = `${ctx.config.BASE_URL}/${locale}/requests/${request.id}`;
    await queueMail(tx, ctx.queue, {
      to: p.email,
      subject: t('requests.mail.subject', { title: request.title, what }),
      text: [
        t('requests.mail.body', { title: request.title, what }),
        event.note ? `\n${event.note}\n` : '',
        t('requests.mail.link', { url }),
      ].join('\n'),
      kind: 'request.update',
    });
    sent++;
  }
  return sent;
}
