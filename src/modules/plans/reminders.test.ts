// Reminders before reporting deadlines on each database: sent once per lead and deadline from
// PLAN_REMINDER_DAYS before it (and once when overdue if missed), with the commitment's late activities; the
// job kind runs the same service.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../test/app.ts';
import { configWith } from '../../config.ts';
import type { Services } from '../../context.ts';
import { isAppError } from '../../kernel/errors.ts';
import { silentLog } from '../../kernel/log.ts';
import { createScheduler } from '../../runtime.ts';
import { sendReminders } from './reminders.service.ts';
import { type Caller, limits, plansClient, sampleCommitment, samplePlan } from './test-kit.ts';

describeWithApp(
  'plan reminders',
  (get) => {
    const { ok, user, grant } = plansClient(get);
    let root: Caller;
    let activity = '';
    const svc = (): Services => ({
      config: configWith({ DEMO: false, PLAN_REMINDER_DAYS: 7 }),
      db: get().db,
      queue: get().queue,
      log: silentLog,
    });
    const outbox = () =>
      get()
        .db.db.selectFrom('mail_outbox')
        .selectAll()
        .where('kind', '=', 'plan.reminder')
        .orderBy('created_at')
        .execute();

    before(async () => {
      root = await user('root@rem.ma', { sysadmin: true });
      const lead = await user('lead@rem.ma');
      await ok(201, 'POST', '/api/v1/plans', root, samplePlan('rem'));
      const c1 = await ok(201, 'POST', '/api/v1/plans/rem/commitments', root, sampleCommitment(1));
      await ok(201, 'POST', '/api/v1/plans/rem/commitments', root, sampleCommitment(2));
      await grant(lead.id, 'project_lead', { type: 'commitment', id: c1.id });
      activity = (
        await ok(201, 'POST', '/api/v1/plans/rem/commitments/1/activities', root, {
          title: { en: 'Publish the budget', fr: 'Publier le budget' },
          since: '2024-01-01',
          plannedEnd: '2024-05-10',
        })
      ).id;
      await ok(201, 'POST', `/api/v1/plans/rem/commitments/1/activities/${activity}/reports`, root, {
        completion: 40,
        reportedOn: '2024-05-01',
      });
    });

    test('one reminder per lead and deadline, from 7 days before it, naming the late activities', async () => {
      // Reporting period 30 days: the report of 05-01 is due again by 05-31.
      assert.equal((await sendReminders(svc(), '2024-05-20')).sent, 0);
      const first = await sendReminders(svc(), '2024-05-25');
      assert.equal(first.sent, 1);
      assert.deepEqual(first.commitments, [
        { plan: 'rem', number: 1, deadline: '2024-05-31', late: 1, leads: 1 },
      ]);
      const [mail] = await outbox();
      assert.equal(mail!.to_address, 'lead@rem.ma');
      assert.match(mail!.subject, /2024-05-31/);
      assert.match(
        mail!.body_text,
        /\((6 days left|encore 6 jours|بقيت 6 أيام)\)/,
        'the days left, in the plural',
      );
      assert.match(mail!.body_text, /Publier le budget|Publish the budget/);
      assert.match(mail!.body_text, /\/plans\/rem\/commitments\/1/);
      // Run again (the same day, later, after the deadline): nothing more for that deadline.
      assert.equal((await sendReminders(svc(), '2024-05-26')).sent, 0);
      assert.equal((await sendReminders(svc(), '2024-06-05')).sent, 0);
      // A new report moves the deadline: one new reminder.
      await ok(201, 'POST', `/api/v1/plans/rem/commitments/1/activities/${activity}/reports`, root, {
        completion: 100,
        reportedOn: '2024-06-10',
      });
      const next = await sendReminders(svc(), '2024-07-05');
      assert.deepEqual(next.commitments, [
        { plan: 'rem', number: 1, deadline: '2024-07-10', late: 0, leads: 1 },
      ]);
      assert.equal((await outbox()).length, 2);
    });

    test('the job kind runs the same service; a bad date is refused with the field named', async () => {
      const job = get().queue.registry.get('plans.reminders');
      assert.equal(((await job.run({ date: '2024-08-08' }, {} as never)) as { sent: number }).sent, 0);
      await ok(201, 'POST', `/api/v1/plans/rem/commitments/1/activities/${activity}/reports`, root, {
        completion: 100,
        reportedOn: '2024-07-20',
      });
      // Deadline 08-19: reminded on 08-15.
      assert.equal(((await job.run({ date: '2024-08-15' }, {} as never)) as { sent: number }).sent, 1);
      // The scheduler runs it every PLAN_REMINDERS_EVERY_HOURS.
      const scheduler = createScheduler({ config: svc().config, db: get().db, queue: get().queue });
      const schedule = scheduler.schedules.find((s) => s.kind === 'plans.reminders');
      assert.equal(schedule?.everyMs, 24 * 3_600_000);
      await assert.rejects(sendReminders(svc(), '2024-13-01'), (err) => {
        assert.ok(isAppError(err));
        assert.equal(err.fields?.date?.reason, 'invalid_format');
        return true;
      });
    });
  },
  limits,
);
