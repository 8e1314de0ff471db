// Reminders to project leads before each reporting deadline, with the schedule compliance of their commitment
// (activities late against their planned end). A commitment's deadline is its latest report (or, with none,
// its start date) plus the plan's reporting period; from PLAN_REMINDER_DAYS before it (and after it, while
// overdue) each lead gets one e-mail per deadline: `plan_reminders` remembers what was sent, so running the
// job daily (or twice) never repeats a reminder. Scheduling: the `plans.reminders` job kind is a recurring job of
// the scheduler (src/runtime.ts); `shafaf admin plan-reminders [--date YYYY-MM-DD]` runs it by hand.
import type { Services } from '../../context.ts';
import { isLocale, type Locale, translate } from '../../i18n/index.ts';
import { JobQueue, type JobRegistry } from '../../jobs/index.ts';
import { newId, nowIso } from '../../kernel/ids.ts';
import { Fields } from '../../kernel/validate.ts';
import { queueMail } from '../../mail/outbox.ts';
import { commitmentLeads } from './blockers.repo.ts';
import { isoDate, parseTranslated, today } from './fields.ts';
import { commitmentFigures, loadCommitments, reportsDue } from './figures.ts';
import { lateActivities } from './governance-figures.ts';
import { daysBetween } from './progress.ts';

declare module '../../jobs/registry.ts' {
  interface JobKinds {
    'plans.reminders': { date?: string };
  }
}

/** YYYY-MM-DD plus `days`. */
export const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export interface ReminderOutcome {
  date: string;
  sent: number;
  commitments: { plan: string; number: number; deadline: string; late: number; leads: number }[];
}

/** Sends the reminders due on `date` (default today); returns what was sent. */
export async function sendReminders(svc: Services, asked?: string): Promise<ReminderOutcome> {
  const f = new Fields();
  const date = asked === undefined ? today() : (isoDate(f, 'date', asked, true) ?? '');
  f.check();
  const db = svc.db.db;
  const within = svc.config.PLAN_REMINDER_DAYS;
  const out: ReminderOutcome = { date, sent: 0, commitments: [] };
  const plans = await db.selectFrom('plans').selectAll().orderBy('slug').execute();
  for (const plan of plans) {
    if (!reportsDue(plan, date) || plan.period_start > date) continue;
    const loaded = await loadCommitments(db, plan);
    const late = lateActivities(plan, loaded, date);
    for (const c of loaded) {
      const since = commitmentFigures(plan, c, date).lastReport ?? c.row.start_date;
      if (!since || since > date) continue;
      const deadline = addDays(since, Number(plan.reporting_period_days));
      const daysLeft = daysBetween(date, deadline);
      if (daysLeft > within) continue;
      const number = Number(c.row.number);
      const lateHere = late.filter((a) => a.commitment === number);
      const leads = await commitmentLeads(db, c.row.id);
      let told = 0;
      await db.transaction().execute(async (tx) => {
        for (const lead of leads) {
          const done = await tx
            .selectFrom('plan_reminders')
            .select('id')
            .where('commitment_id', '=', c.row.id)
            .where('user_id', '=', lead.id)
            .where('deadline', '=', deadline)
            .executeTakeFirst();
          if (done) continue;
          await tx
            .insertInto('plan_reminders')
            .values({ id: newId(), commitment_id: c.row.id, user_id: lead.id, deadline, sent_at: nowIso() })
            .execute();
          const locale: Locale = isLocale(lead.locale) ? lead.locale : (svc.config.DEFAULT_LOCALE as Locale);
          const t = (k: Parameters<typeof translate>[1], p?: Record<string, string | number>) =>
            translate(locale, k, p);
          const title = parseTranslated(c.row.title);
          const params = {
            n: String(number),
            title: title[locale] ?? title.fr ?? title.en ?? title.ar ?? '',
            deadline,
            days: Math.max(0, daysLeft),
          };
          const lines = [
            t(daysLeft < 0 ? 'plans.reminder.overdue' : 'plans.reminder.body', params),
            lateHere.length ? t('plans.reminder.late', { n: String(lateHere.length) }) : '',
            ...lateHere.map((a) => {
              const at = a.title;
              return `- ${at[locale] ?? at.fr ?? at.en ?? at.ar ?? ''} (${a.plannedEnd}, ${a.completion}%)`;
            }),
            '',
            t('plans.blocker.mail.link', {
              url: `${svc.config.BASE_URL}/${locale}/plans/${plan.slug}/commitments/${number}`,
            }),
          ];
          await queueMail(tx, svc.queue, {
            to: lead.email,
            subject: t('plans.reminder.subject', params),
            text: lines.filter((l, i) => l !== '' || i > 0).join('\n'),
            kind: 'plan.reminder',
          });
          told++;
        }
      });
      out.sent += told;
      if (told)
        out.commitments.push({ plan: plan.slug, number, deadline, late: lateHere.length, leads: told });
    }
  }
  return out;
}

/** The `plans.reminders` job kind: what a scheduler enqueues once a day. */
export function planJobs(registry: JobRegistry, deps: Omit<Services, 'queue'>): JobRegistry {
  return registry.define({
    kind: 'plans.reminders',
    maxAttempts: 3,
    backoffMs: 60_000,
    async run(payload) {
      const queue = new JobQueue(deps.db, registry);
      const outcome = await sendReminders({ ...deps, queue }, payload.date);
      return { sent: outcome.sent, commitments: outcome.commitments.length };
    },
  });
}
