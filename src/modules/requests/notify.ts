// Tells the requester and the followers of a request what happened, by e-mail through the outbox, in the
// caller's transaction (so a message exists only if the change commits). The actor is not told of their own act.
// A requester without an account is told at the e-mail address they confirmed, with a link to stop the
// e-mails and one to withdraw the request (signed links: guest-links.ts), unless they unsubscribed.
import type { ServiceContext } from '../../context.ts';
import type { Executor } from '../../db/types.ts';
import { isLocale, type Locale, type MessageKey, translate } from '../../i18n/index.ts';
import { queueMail } from '../../mail/outbox.ts';
import { guestLink, siteSecret } from './guest-links.ts';
import * as repo from './requests.repo.ts';

export async function notifyRequest(
  ctx: ServiceContext,
  tx: Executor,
  request: { id: string; title: string },
  event: { key: MessageKey; params?: Record<string, string>; note: string },
): Promise<number> {
  const people: { id: string | null; email: string; locale: string; guest?: boolean }[] = [
    ...(await repo.recipients(tx, request.id)),
  ];
  const guest = await repo.findGuest(tx, request.id);
  if (guest && !guest.unsubscribed_at)
    people.push({ id: null, email: guest.email, locale: guest.locale, guest: true });
  const secret = guest ? await siteSecret(tx, ctx.config) : '';
  let sent = 0;
  for (const p of people) {
    if (p.id !== null && p.id === ctx.actor.userId) continue;
    const locale = isLocale(p.locale) ? p.locale : (ctx.config.DEFAULT_LOCALE as Locale);
    const t = (key: MessageKey, params?: Record<string, string>) => translate(locale, key, params);
    const what = t(event.key, event.params);
    const url = `${ctx.config.BASE_URL}/${locale}/requests/${request.id}`;
    const links = p.guest
      ? [
          t('requests.mail.withdraw_link', {
            url: guestLink(ctx.config, locale, request.id, 'withdraw', secret),
          }),
          t('requests.mail.unsubscribe_link', {
            url: guestLink(ctx.config, locale, request.id, 'unsubscribe', secret),
          }),
        ]
      : [];
    await queueMail(tx, ctx.queue, {
      to: p.email,
      subject: t('requests.mail.subject', { title: request.title, what }),
      text: [
        t('requests.mail.body', { title: request.title, what }),
        event.note ? `\n${event.note}\n` : '',
        t('requests.mail.link', { url }),
        ...links,
      ].join('\n'),
      kind: 'request.update',
    });
    sent++;
  }
  return sent;
}
