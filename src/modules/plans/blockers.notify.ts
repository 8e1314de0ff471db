// E-mails about blockers, queued in the caller's transaction (a message exists only if the change commits):
// the steering committee when a blocker is raised, the commitment's project leads (and whoever raised it) when
// it is answered or closed. Nobody is told of their own act.
import type { ServiceContext } from '../../context.ts';
import type { BlockerEventKind } from '../../db/tables/plans-governance.ts';
import type { Executor } from '../../db/types.ts';
import { isLocale, type Locale, translate } from '../../i18n/index.ts';
import { queueMail } from '../../mail/outbox.ts';
import * as repo from './blockers.repo.ts';
import { parseTranslated } from './fields.ts';
import type { PlanRow } from './plans.repo.ts';

type Person = { id: string; email: string; locale: string };

export async function notifyBlocker(
  ctx: ServiceContext,
  tx: Executor,
  plan: PlanRow,
  b: { id: string; title: string; commitment_id: string; raised_by: string | null },
  kind: BlockerEventKind,
  body: string,
): Promise<number> {
  let people: Person[] = [];
  if (kind === 'raised') people = await repo.committeeMembers(tx);
  else if (kind === 'answer' || kind === 'close') {
    people = await repo.commitmentLeads(tx, b.commitment_id);
    const raiser = b.raised_by ? await repo.userContact(tx, b.raised_by) : undefined;
    if (raiser && !people.some((p) => p.id === raiser.id)) people.push(raiser);
  }
  const title = parseTranslated(plan.title);
  let sent = 0;
  for (const p of people) {
    if (p.id === ctx.actor.userId) continue;
    const locale = isLocale(p.locale) ? p.locale : (ctx.config.DEFAULT_LOCALE as Locale);
    const params = { plan: title[locale] ?? title.fr ?? title.en ?? title.ar ?? plan.slug, title: b.title };
    const url = `${ctx.config.BASE_URL}/${locale}/plans/${plan.slug}/blockers/${b.id}`;
    await queueMail(tx, ctx.queue, {
      to: p.email,
      subject: translate(
        locale,
        `plans.blocker.mail.${kind === 'raised' ? 'raised' : kind === 'answer' ? 'answered' : 'closed'}`,
        params,
      ),
      text: [body, '', translate(locale, 'plans.blocker.mail.link', { url })].join('\n'),
      kind: `plan.blocker.${kind}`,
    });
    sent++;
  }
  return sent;
}
