// Deadline alerts (the `requests.deadline_alerts` job, enqueued by the scheduler every
// REQUEST_ALERTS_EVERY_MINUTES): each organisation's open data officers (its admins; the organisation's contact
// e-mail when it has none) get one e-mail listing the requests due within REQUEST_REMINDER_DAYS working days,
// and one listing the requests that became overdue; an overdue request also gets a public history row. A row of
// `request_alerts` (request, kind, deadline) is written in the same transaction as the e-mail: each alert goes
// out once per request and deadline, however often the job runs (an extension gives a new deadline).
import type { Config } from '../../config.ts';
import type { ServiceContext } from '../../context.ts';
import type { DbHandle } from '../../db/types.ts';
import { isLocale, type Locale, translate } from '../../i18n/index.ts';
import { JobQueue, type JobRegistry } from '../../jobs/index.ts';
import { nowIso } from '../../kernel/ids.ts';
import { type Log, silentLog } from '../../kernel/log.ts';
import { queueMail } from '../../mail/outbox.ts';
import { anonymous } from '../accounts/index.ts';
import { today } from './access.ts';
import { deadlineRules, record } from './transitions.service.ts';
import { addWorkingDays, awaitingAnswer } from './workflow.ts';

declare module '../../jobs/registry.ts' {
  interface JobKinds {
    'requests.deadline_alerts': { today?: string };
  }
}

type Kind = 'reminder' | 'overdue';

/** Requests awaiting an answer, due in [from, to], that have no alert of `kind` for their current deadline. */
function dueWithoutAlert(db: DbHandle['db'], kind: Kind, from: string | null, to: string) {
  let q = db
    .selectFrom('data_requests as r')
    .innerJoin('organizations as o', 'o.id', 'r.organization_id')
    .select([
      'r.id',
      'r.title',
      'r.status',
      'r.due_date',
      'r.organization_id',
      'o.title as org_title',
      'o.email as org_email',
    ])
    .where('r.status', 'in', awaitingAnswer)
    .where('r.due_date', 'is not', null)
    .where('r.due_date', '<=', to)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('request_alerts as a')
            .select('a.request_id')
            .whereRef('a.request_id', '=', 'r.id')
            .whereRef('a.due_date', '=', 'r.due_date')
            .where('a.kind', '=', kind),
        ),
      ),
    );
  if (from) q = q.where('r.due_date', '>=', from);
  return q.orderBy('r.due_date').orderBy('r.id').execute();
}

/** The open data officers of an organisation: its active admins, else its contact address. */
async function officers(db: DbHandle['db'], orgId: string, orgEmail: string | null) {
  const admins = await db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.email', 'u.locale'])
    .where('m.organization_id', '=', orgId)
    .where('m.role', '=', 'admin')
    .where('u.state', '=', 'active')
    .orderBy('u.email')
    .execute();
  return admins.length ? admins : orgEmail ? [{ email: orgEmail, locale: '' }] : [];
}

export interface AlertRun {
  reminders: number;
  overdue: number;
  mails: number;
}

/** One pass: finds what is due soon or newly overdue, records it, e-mails the officers. Safe to run often. */
export async function runDeadlineAlerts(
  services: { db: DbHandle; config: Config; queue: JobQueue; log?: Log },
  day = today(),
): Promise<AlertRun> {
  const ctx: ServiceContext = {
    ...services,
    log: services.log ?? silentLog,
    actor: { ...anonymous, name: 'deadline alerts', via: 'cli' },
    locale: services.config.DEFAULT_LOCALE as Locale,
    ip: null,
    requestId: null,
  };
  const db = services.db.db;
  const rules = deadlineRules(ctx);
  const run: AlertRun = { reminders: 0, overdue: 0, mails: 0 };
  const reminderDays = services.config.REQUEST_REMINDER_DAYS;
  const batches: [Kind, Awaited<ReturnType<typeof dueWithoutAlert>>][] = [
    ['overdue', await dueWithoutAlert(db, 'overdue', null, addDays(day, -1))],
    [
      'reminder',
      reminderDays > 0
        ? await dueWithoutAlert(db, 'reminder', day, addWorkingDays(day, reminderDays, rules.holidays))
        : [],
    ],
  ];
  for (const [kind, rows] of batches) {
    const byOrg = new Map<string, typeof rows>();
    for (const r of rows) byOrg.set(r.organization_id!, [...(byOrg.get(r.organization_id!) ?? []), r]);
    for (const [orgId, list] of byOrg) {
      const to = await officers(db, orgId, list[0]!.org_email);
      await db.transaction().execute(async (tx) => {
        const at = nowIso();
        const fresh: typeof list = [];
        for (const r of list) {
          const ins = await tx
            .insertInto('request_alerts')
            .values({ request_id: r.id, kind, due_date: r.due_date!, sent_at: at })
            .onConflict((oc) => oc.columns(['request_id', 'kind', 'due_date']).doNothing())
            .executeTakeFirst();
          if (Number(ins.numInsertedOrUpdatedRows ?? 0n) !== 1) continue; // another run got it
          fresh.push(r);
          if (kind === 'overdue') await record(ctx, tx, r, 'overdue', r.status, r.status, 'system', '', at);
        }
        if (!fresh.length) return;
        for (const o of to) {
          const locale = isLocale(o.locale) ? o.locale : ctx.locale;
          const t = (k: Parameters<typeof translate>[1], p?: Record<string, string>) =>
            translate(locale, k, p);
          const titles = JSON.parse(list[0]!.org_title) as Partial<Record<Locale, string>>;
          const org = titles[locale] ?? titles.fr ?? titles.ar ?? titles.en ?? '';
          const base = services.config.BASE_URL.replace(/\/$/, '');
          await queueMail(tx, services.queue, {
            to: o.email,
            subject: t(`requests.mail.${kind}_subject`, { n: String(fresh.length) }),
            text: [
              t(`requests.mail.${kind}_body`, { org }),
              '',
              ...fresh.map((r) =>
                t('requests.mail.alert_line', {
                  title: r.title,
                  due: r.due_date!,
                  url: `${base}/${locale}/requests/${r.id}`,
                }),
              ),
            ].join('\n'),
            kind: `request.${kind}`,
          });
          run.mails++;
        }
        run[kind === 'overdue' ? 'overdue' : 'reminders'] += fresh.length;
      });
    }
  }
  return run;
}

const addDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

export function requestJobs(
  registry: JobRegistry,
  deps: { db: DbHandle; config: Config; log?: Log },
): JobRegistry {
  const queue = new JobQueue(deps.db, registry);
  return registry.define({
    kind: 'requests.deadline_alerts',
    maxAttempts: 3,
    backoffMs: 60_000,
    run: (payload) => runDeadlineAlerts({ ...deps, queue }, payload.today),
  });
}
