// Assignment to a data manager, urgent requests, the deadline alerts job and its schedule, the Atom feed and
// the organisation page's requests, on every database.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import xmlParser from 'fast-xml-parser';
import { describeWithApp } from '../../../test/app.ts';
import { configWith } from '../../config.ts';
import { Scheduler } from '../../jobs/index.ts';
import { limits, restClient } from '../catalog/test-kit.ts';
import { runDeadlineAlerts } from './alerts.job.ts';
import { addWorkingDays, holidaySet } from './workflow.ts';

const valid = {
  title: 'School enrolment by commune',
  description: 'Enrolment figures per school and per commune for the last five school years.',
  purpose: 'Planning of a new school by a parents association.',
};
const today = () => new Date().toISOString().slice(0, 10);

describeWithApp(
  'data requests: assignment, urgency, alerts, feed',
  (get) => {
    const api = restClient(get);
    const db = () => get().db.db;
    const mails = (to: string, kind?: string) => {
      let q = db()
        .selectFrom('mail_outbox')
        .select(['subject', 'body_text', 'kind'])
        .where('to_address', '=', to);
      if (kind) q = q.where('kind', '=', kind);
      return q.orderBy('created_at').execute();
    };
    const submitAndRoute = async (org: string, extra: Record<string, unknown> = {}) => {
      const citizen = await api.user(`citizen-${crypto.randomUUID().slice(0, 8)}@example.ma`);
      const moderator = await api.user(`mod-${crypto.randomUUID().slice(0, 8)}@example.ma`, {
        sysadmin: true,
      });
      const created = await api.call('POST', '/api/v1/requests', citizen, { ...valid, ...extra });
      assert.equal(created.statusCode, 201, created.body);
      const id = created.json().data.id as string;
      const routed = await api.call('POST', `/api/v1/requests/${id}/transitions`, moderator, {
        to: 'routed',
        organization: org,
      });
      assert.equal(routed.statusCode, 200, routed.body);
      return { id, citizen, moderator, request: routed.json().data };
    };

    test('the open data officer assigns to a data manager; the public sees only that it is assigned', async () => {
      const edu = await api.organisation('education');
      const other = await api.organisation('autre');
      const { id } = await submitAndRoute('education');
      const url = `/api/v1/requests/${id}/assignment`;
      assert.equal((await api.call('POST', url, edu.editor, { assignee: edu.editor.email })).statusCode, 403);
      assert.equal(
        (await api.call('POST', url, other.admin, { assignee: edu.editor.email })).statusCode,
        403,
      );
      assert.equal((await api.call('POST', url, null, { assignee: edu.editor.email })).statusCode, 401);
      for (const who of [edu.member.email, other.editor.email, 'nobody@example.ma']) {
        const bad = await api.call('POST', url, edu.admin, { assignee: who });
        assert.equal(bad.statusCode, 400, who);
        assert.equal(bad.json().error.fields.assignee.reason, 'invalid_value');
      }
      const ok = await api.call('POST', url, edu.admin, {
        assignee: edu.editor.email,
        note: 'Statistics unit.',
      });
      assert.equal(ok.statusCode, 200, ok.body);
      assert.equal(ok.json().data.assigned, true);
      const [mail] = await mails(edu.editor.email, 'request.assigned');
      assert.match(mail!.subject, /School enrolment/);

      const pub = (await api.call('GET', `/api/v1/requests/${id}`)).json().data;
      assert.equal(pub.assignee, null);
      assert.equal(pub.history.at(-1).kind, 'assignment');
      assert.ok(!JSON.stringify(pub).includes(edu.editor.email));
      const theirs = (await api.call('GET', `/api/v1/requests/${id}`, edu.admin)).json().data;
      assert.equal(theirs.assignee.id, edu.editor.id);
      assert.equal(theirs.can.assign, true);

      const mine = (await api.call('GET', '/api/v1/requests/queue?assigned=me', edu.editor)).json().data;
      assert.deepEqual(
        mine.items.map((r: { id: string }) => r.id),
        [id],
      );
      const adminMine = (await api.call('GET', '/api/v1/requests/queue?assigned=me', edu.admin)).json().data;
      assert.equal(adminMine.total, 0);
      // Only a routed request, not yet answered in full, is assigned.
      const moderator = await api.user('mod-assign@example.ma', { sysadmin: true });
      const unrouted = await api.call('POST', '/api/v1/requests', edu.member, valid);
      const early = await api.call(
        'POST',
        `/api/v1/requests/${unrouted.json().data.id}/assignment`,
        moderator,
        {
          assignee: edu.editor.email,
        },
      );
      assert.equal(early.statusCode, 409);
      assert.equal(early.json().error.code, 'requests.cannot_assign');
      const page = await api.call('GET', '/en/requests/queue?assigned=me', edu.editor);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /School enrolment/);
    });

    test('urgent: a reason, the short deadline, a moderator confirms or unsets it', async () => {
      await api.organisation('sante-urgent');
      const rules = holidaySet('');
      const { id, citizen, moderator, request } = await submitAndRoute('sante-urgent', {
        urgent: true,
        urgent_reason: 'A patient needs the list of hospitals that treat this disease.',
      });
      assert.deepEqual(request.urgent, { confirmed: false });
      assert.equal(request.due_date, addWorkingDays(today(), 3, rules));
      const pub = (await api.call('GET', `/api/v1/requests/${id}`)).json().data;
      assert.equal(pub.urgent_reason, null, 'the reason is not public');
      assert.match(
        (await api.call('GET', `/api/v1/requests/${id}`, citizen)).json().data.urgent_reason,
        /patient/,
      );

      const url = `/api/v1/requests/${id}/urgency`;
      assert.equal((await api.call('POST', url, citizen, { urgent: false })).statusCode, 403);
      const bad = await api.call('POST', url, moderator, { urgent: 'maybe' });
      assert.equal(bad.json().error.fields.urgent.reason, 'invalid_value');
      const unset = await api.call('POST', url, moderator, { urgent: false, note: 'Not a matter of life.' });
      assert.equal(unset.statusCode, 200, unset.body);
      assert.equal(unset.json().data.urgent, null);
      assert.equal(unset.json().data.due_date, addWorkingDays(today(), 20, rules));
      const set = await api.call('POST', url, moderator, { urgent: true });
      assert.deepEqual(set.json().data.urgent, { confirmed: true });
      assert.equal(set.json().data.due_date, addWorkingDays(today(), 3, rules));
    });

    test('deadline alerts: reminder and overdue e-mails to the officers, once per deadline', async () => {
      const org = await api.organisation('finances');
      const late = await submitAndRoute('finances');
      const soon = await submitAndRoute('finances');
      await db()
        .updateTable('data_requests')
        .set({ due_date: '2020-01-06' })
        .where('id', '=', late.id)
        .execute();
      const day = today();
      await db()
        .updateTable('data_requests')
        .set({ due_date: addWorkingDays(day, 1, holidaySet('')) })
        .where('id', '=', soon.id)
        .execute();
      const services = { db: get().db, config: configWith({ DEMO: false }), queue: get().queue };
      const first = await runDeadlineAlerts(services, day);
      assert.ok(first.overdue >= 1 && first.reminders >= 1);
      const overdueMails = await mails(org.admin.email, 'request.overdue');
      assert.equal(overdueMails.length, 1);
      assert.ok(overdueMails[0]!.body_text.includes(late.id));
      assert.ok(!overdueMails[0]!.body_text.includes(soon.id));
      const reminders = await mails(org.admin.email, 'request.reminder');
      assert.equal(reminders.length, 1);
      assert.ok(reminders[0]!.body_text.includes(soon.id));
      assert.equal((await mails(org.editor.email, 'request.overdue')).length, 0, 'officers are the admins');
      const history = (await api.call('GET', `/api/v1/requests/${late.id}`)).json().data.history;
      assert.deepEqual(
        history.filter((h: { kind: string }) => h.kind === 'overdue').map((h: { role: string }) => h.role),
        ['system'],
      );

      const second = await runDeadlineAlerts(services, day);
      assert.deepEqual(second, { reminders: 0, overdue: 0, mails: 0 });
      assert.equal((await mails(org.admin.email, 'request.overdue')).length, 1, 'no repeated mail');

      // A new deadline (an extension) that passes too is a new alert.
      await db()
        .updateTable('data_requests')
        .set({ due_date: '2020-02-03' })
        .where('id', '=', late.id)
        .execute();
      assert.equal((await runDeadlineAlerts(services, day)).overdue, 1);
      assert.equal((await mails(org.admin.email, 'request.overdue')).length, 2);
    });

    test('the scheduler enqueues the alerts job once per period', async () => {
      const jobs = async () =>
        Number(
          (
            await db()
              .selectFrom('jobs')
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .where('kind', '=', 'requests.deadline_alerts')
              .executeTakeFirstOrThrow()
          ).n,
        );
      const s = new Scheduler(get().db, get().queue, [
        { kind: 'requests.deadline_alerts', payload: {}, everyMs: 3_600_000 },
      ]);
      const t0 = Date.now();
      const before = await jobs();
      assert.deepEqual(await s.tick(t0), ['requests.deadline_alerts']);
      assert.deepEqual(await s.tick(t0 + 60_000), []);
      assert.equal(await jobs(), before + 1);
      await db()
        .updateTable('jobs')
        .set({ status: 'done' })
        .where('kind', '=', 'requests.deadline_alerts')
        .execute();
      assert.deepEqual(await s.tick(t0 + 3_600_000), ['requests.deadline_alerts']);
      assert.equal(await jobs(), before + 2);
    });

    test('the Atom feed is well-formed, escaped, filtered like the list, and linked from it', async () => {
      await api.organisation('culture');
      const { id } = await submitAndRoute('culture', {
        title: 'Museums <script>alert(1)</script> & "visits"',
      });
      const res = await api.call('GET', '/feeds/requests.atom?organization=culture');
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-type']), /^application\/atom\+xml/);
      assert.equal(xmlParser.validate(res.body), true);
      assert.ok(!res.body.includes('<script>'));
      const xml = xmlParser.parse(res.body, { ignoreAttributes: false });
      const entries = [xml.feed.entry].flat();
      assert.equal(entries.length, 1);
      assert.equal(entries[0].id, `urn:uuid:${id}`);
      assert.equal(
        xmlParser.parse(res.body, { ignoreAttributes: false, parseNodeValue: false }).feed.entry.title,
        'Museums &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;visits&quot;',
      );
      const none = await api.call('GET', '/feeds/requests.atom?organization=culture&status=published');
      assert.equal(xmlParser.validate(none.body), true);
      assert.equal(xmlParser.parse(none.body).feed.entry, undefined);
      const list = await api.call('GET', '/fr/requests?organization=culture');
      assert.match(
        list.body,
        /<link rel="alternate" type="application\/atom\+xml" href="\/feeds\/requests.atom\?organization=culture"/,
      );
    });

    test("an organisation's page shows its requests and answer times", async () => {
      await api.organisation('transport');
      const answered = await submitAndRoute('transport');
      const accepted = await api.call(
        'POST',
        `/api/v1/requests/${answered.id}/transitions`,
        answered.moderator,
        {
          to: 'accepted',
          planned_date: addWorkingDays(today(), 5, holidaySet('')),
        },
      );
      assert.equal(accepted.statusCode, 200, accepted.body);
      const { id } = await submitAndRoute('transport');
      await db().updateTable('data_requests').set({ due_date: '2020-01-06' }).where('id', '=', id).execute();
      const res = await api.call('GET', '/en/organizations/transport.json');
      assert.equal(res.statusCode, 200);
      const r = res.json().requests;
      assert.equal(r.total, 2);
      assert.deepEqual(r.by_status, { routed: 1, accepted: 1 });
      assert.equal(r.overdue_now, 1);
      assert.equal(r.answered, 1);
      assert.equal(r.median_days, 0);
      assert.equal(r.on_time_share, 1);
      assert.equal(r.latest[0].id, id);
      const html = await api.call('GET', '/ar/organizations/transport');
      assert.match(html.body, /requests\?organization=transport&amp;overdue=1/);
    });
  },
  limits,
);
