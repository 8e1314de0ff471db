// The story through the REST API, on every database: a citizen's request is routed, accepted and
// published with a dataset link; each step is in the public history and each notification in mail_outbox.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeWithApp } from '../../../test/app.ts';
import { limits, restClient, sampleDataset } from '../catalog/test-kit.ts';

const valid = {
  title: 'Hospital waiting times by region',
  description: 'Monthly median waiting times for consultations in public hospitals, by region, since 2020.',
  purpose: 'A newspaper wants to compare regions.',
  preferred_format: 'CSV',
};

describeWithApp(
  'data requests (REST)',
  (get) => {
    const api = restClient(get);
    const outbox = async (to: string) =>
      get()
        .db.db.selectFrom('mail_outbox')
        .select(['subject', 'body_text', 'kind'])
        .where('to_address', '=', to)
        .orderBy('created_at')
        .execute();
    const rows = async (table: 'data_requests' | 'request_transitions' | 'audit_log' | 'mail_outbox') =>
      Number(
        (
          await get()
            .db.db.selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    test('a request travels from the citizen to a published dataset, in public', async () => {
      const health = await api.organisation('sante');
      const citizen = await api.user('citizen@example.ma', { name: 'Citizen' });
      const follower = await api.user('follower@example.ma', { name: 'Follower' });
      const moderator = await api.user('moderator@example.ma', { sysadmin: true, name: 'Moderator' });
      const anon = await api.anonymous();

      assert.equal((await api.call('POST', '/api/v1/requests', anon, valid)).statusCode, 401);
      const created = await api.call('POST', '/api/v1/requests', citizen, valid);
      assert.equal(created.statusCode, 201, created.body);
      const id = created.json().data.id as string;
      assert.equal(created.json().data.status, 'submitted');
      assert.equal((await api.call('POST', `/api/v1/requests/${id}/follow`, follower, {})).statusCode, 200);

      // The organisation cannot act before the request is routed to it; the moderator routes it.
      const early = await api.call('POST', `/api/v1/requests/${id}/transitions`, health.editor, {
        to: 'under_review',
      });
      assert.equal(early.statusCode, 403);
      const routed = await api.call('POST', `/api/v1/requests/${id}/transitions`, moderator, {
        to: 'routed',
        organization: 'sante',
        note: 'The ministry of health holds these figures.',
      });
      assert.equal(routed.statusCode, 200, routed.body);
      assert.equal(routed.json().data.organization.name, 'sante');
      assert.match(routed.json().data.due_date, /^\d{4}-\d{2}-\d{2}$/);

      // A plain member of the organisation may not answer; an editor may.
      const byMember = await api.call('POST', `/api/v1/requests/${id}/transitions`, health.member, {
        to: 'under_review',
      });
      assert.equal(byMember.statusCode, 403);
      const review = await api.call('POST', `/api/v1/requests/${id}/transitions`, health.editor, {
        to: 'under_review',
      });
      assert.equal(review.statusCode, 200, review.body);
      const noDate = await api.call('POST', `/api/v1/requests/${id}/transitions`, health.admin, {
        to: 'accepted',
      });
      assert.equal(noDate.statusCode, 400);
      assert.equal(noDate.json().error.fields.planned_date.reason, 'required');
      const accepted = await api.call('POST', `/api/v1/requests/${id}/transitions`, health.admin, {
        to: 'accepted',
        planned_date: '2099-01-31',
        note: 'We will publish the 2020–2025 series.',
      });
      assert.equal(accepted.statusCode, 200, accepted.body);

      // Publishing needs a dataset that answers it.
      const noData = await api.call('POST', `/api/v1/requests/${id}/transitions`, health.editor, {
        to: 'published',
      });
      assert.equal(noData.statusCode, 400);
      assert.equal(noData.json().error.fields.datasets.reason, 'required');
      await api.dataset(health.editor, sampleDataset('waiting-times', 'sante'));
      const published = await api.call('POST', `/api/v1/requests/${id}/transitions`, health.editor, {
        to: 'published',
        datasets: ['waiting-times'],
      });
      assert.equal(published.statusCode, 200, published.body);
      assert.equal(published.json().data.status, 'published');
      assert.ok(published.json().data.answered_at);

      // The public history, read anonymously.
      const detail = (await api.call('GET', `/api/v1/requests/${id}`, anon)).json().data;
      assert.deepEqual(
        detail.history.map((h: { from: string | null; to: string; role: string }) => [h.from, h.to, h.role]),
        [
          [null, 'submitted', 'requester'],
          ['submitted', 'routed', 'moderator'],
          ['routed', 'under_review', 'organization'],
          ['under_review', 'accepted', 'organization'],
          ['accepted', 'published', 'organization'],
        ],
      );
      assert.equal(detail.history[1].note, 'The ministry of health holds these figures.');
      assert.deepEqual(
        detail.datasets.map((d: { name: string }) => d.name),
        ['waiting-times'],
      );
      assert.deepEqual(detail.can.transitions, []);

      // Each step told to the requester and the follower, in their language.
      for (const who of [citizen, follower]) {
        const mails = await outbox(who.email);
        assert.equal(mails.length, 4, `${who.email}: ${mails.map((m) => m.subject).join(' | ')}`);
        assert.ok(mails.every((m) => m.kind === 'request.update'));
        assert.match(mails.at(-1)!.subject, /Published/);
        assert.ok(mails.at(-1)!.body_text.includes(`/requests/${id}`));
      }
      // Nothing after a final status.
      const again = await api.call('POST', `/api/v1/requests/${id}/transitions`, moderator, {
        to: 'refused',
      });
      assert.equal(again.statusCode, 409);
    });

    test('a refusal needs a listed reason and a justification; a refused write changes nothing', async () => {
      const org = await api.organisation('interieur');
      const citizen = await api.user('citizen2@example.ma');
      const moderator = await api.user('moderator2@example.ma', { sysadmin: true });
      const id = (
        await api.call('POST', '/api/v1/requests', citizen, { ...valid, organization: 'interieur' })
      ).json().data.id;
      await api.call('POST', `/api/v1/requests/${id}/transitions`, moderator, { to: 'routed' });
      const before = [await rows('request_transitions'), await rows('audit_log'), await rows('mail_outbox')];
      const bare = await api.call('POST', `/api/v1/requests/${id}/transitions`, org.editor, {
        to: 'refused',
      });
      assert.equal(bare.statusCode, 400);
      assert.equal(bare.json().error.fields.refusal_reason.reason, 'required');
      assert.equal(bare.json().error.fields.justification.reason, 'required');
      const noWords = await api.call('POST', `/api/v1/requests/${id}/transitions`, org.editor, {
        to: 'refused',
        refusal_reason: 'personal_data',
      });
      assert.deepEqual(Object.keys(noWords.json().error.fields), ['justification']);
      const badReason = await api.call('POST', `/api/v1/requests/${id}/transitions`, org.editor, {
        to: 'refused',
        refusal_reason: 'we-do-not-want-to',
        justification: 'A long enough justification that names the law.',
      });
      assert.equal(badReason.json().error.fields.refusal_reason.reason, 'invalid_value');
      assert.deepEqual(
        [await rows('request_transitions'), await rows('audit_log'), await rows('mail_outbox')],
        before,
      );
      const refused = await api.call('POST', `/api/v1/requests/${id}/transitions`, org.editor, {
        to: 'refused',
        refusal_reason: 'personal_data',
        justification: 'The register names each person; law 09-08 forbids publishing it.',
      });
      assert.equal(refused.statusCode, 200, refused.body);
      assert.deepEqual(refused.json().data.refusal, {
        reason: 'personal_data',
        justification: 'The register names each person; law 09-08 forbids publishing it.',
      });
    });

    test('only the requester withdraws', async () => {
      const org = await api.organisation('equipement');
      const citizen = await api.user('citizen3@example.ma');
      const other = await api.user('other3@example.ma');
      const moderator = await api.user('moderator3@example.ma', { sysadmin: true });
      const id = (await api.call('POST', '/api/v1/requests', citizen, valid)).json().data.id;
      await api.call('POST', `/api/v1/requests/${id}/transitions`, moderator, {
        to: 'routed',
        organization: 'equipement',
      });
      for (const who of [other, moderator, org.admin])
        assert.equal(
          (await api.call('POST', `/api/v1/requests/${id}/transitions`, who, { to: 'withdrawn' })).statusCode,
          403,
          who.email,
        );
      const withdrawn = await api.call('POST', `/api/v1/requests/${id}/transitions`, citizen, {
        to: 'withdrawn',
      });
      assert.equal(withdrawn.statusCode, 200, withdrawn.body);
      assert.equal(withdrawn.json().data.status, 'withdrawn');
    });

    test('deadline: due date, one extension with a reason, overdue filter, statistics', async () => {
      const org = await api.organisation('finances');
      const citizen = await api.user('citizen4@example.ma');
      const moderator = await api.user('moderator4@example.ma', { sysadmin: true });
      const id = (await api.call('POST', '/api/v1/requests', citizen, valid)).json().data.id;
      await api.call('POST', `/api/v1/requests/${id}/transitions`, moderator, {
        to: 'routed',
        organization: 'finances',
      });
      const noReason = await api.call('POST', `/api/v1/requests/${id}/extension`, org.editor, {});
      assert.equal(noReason.json().error.fields.reason.reason, 'required');
      const before = (await api.call('GET', `/api/v1/requests/${id}`, null)).json().data.request.due_date;
      const ext = await api.call('POST', `/api/v1/requests/${id}/extension`, org.editor, {
        reason: 'The data is spread over twelve regional offices.',
      });
      assert.equal(ext.statusCode, 200, ext.body);
      assert.ok(ext.json().data.due_date > before, `${ext.json().data.due_date} > ${before}`);
      assert.equal(ext.json().data.extended, true);
      const twice = await api.call('POST', `/api/v1/requests/${id}/extension`, org.editor, {
        reason: 'Another reason, long enough.',
      });
      assert.equal(twice.statusCode, 409);

      // Past due: flagged and found by the overdue filter.
      await get()
        .db.db.updateTable('data_requests')
        .set({ due_date: '2020-01-10' })
        .where('id', '=', id)
        .execute();
      const overdue = (await api.call('GET', '/api/v1/requests?overdue=true', null)).json().data;
      assert.deepEqual(
        overdue.items.map((r: { id: string }) => r.id),
        [id],
      );
      assert.equal(overdue.items[0].overdue, true);
      assert.equal((await api.call('GET', '/api/v1/requests?status=nope', null)).statusCode, 400);

      const stats = (await api.call('GET', '/api/v1/requests/statistics', null)).json().data;
      assert.equal(stats.total, await rows('data_requests'));
      assert.ok(stats.by_status.published >= 1);
      assert.ok(stats.answered >= 2);
      assert.equal(typeof stats.median_days, 'number');
      assert.ok(stats.on_time_share > 0 && stats.on_time_share <= 1);
    });

    test('a platform moderator (role grant, not sysadmin) routes; an organisation-scoped grant does not', async () => {
      await api.organisation('habitat');
      const citizen = await api.user('citizen6@example.ma');
      const mod = await api.user('platform-mod@example.ma');
      const scoped = await api.user('scoped-mod@example.ma');
      const grant = (userId: string, scopeType: 'platform' | 'organization') =>
        get()
          .db.db.insertInto('role_grants')
          .values({
            id: crypto.randomUUID(),
            user_id: userId,
            role: 'moderator',
            scope_type: scopeType,
            scope_id: scopeType === 'platform' ? 'platform' : 'x',
            granted_by: null,
            created_at: new Date().toISOString(),
          })
          .execute();
      await grant(mod.id, 'platform');
      await grant(scoped.id, 'organization');
      const id = (await api.call('POST', '/api/v1/requests', citizen, valid)).json().data.id;
      const denied = await api.call('POST', `/api/v1/requests/${id}/transitions`, scoped, {
        to: 'routed',
        organization: 'habitat',
      });
      assert.equal(denied.statusCode, 403);
      const routed = await api.call('POST', `/api/v1/requests/${id}/transitions`, mod, {
        to: 'routed',
        organization: 'habitat',
      });
      assert.equal(routed.statusCode, 200, routed.body);
      const unknown = await api.call('POST', `/api/v1/requests/${id}/transitions`, mod, { to: 'archived' });
      assert.equal(unknown.json().error.fields.to.reason, 'invalid_value');
    });

    test('votes once per user, follow, moderated comments, duplicate suggestions', async () => {
      const citizen = await api.user('citizen5@example.ma');
      const voter = await api.user('voter5@example.ma');
      const moderator = await api.user('moderator5@example.ma', { sysadmin: true });
      const id = (
        await api.call('POST', '/api/v1/requests', citizen, {
          ...valid,
          title: 'School enrolment by province',
        })
      ).json().data.id;
      const v1 = await api.call('POST', `/api/v1/requests/${id}/votes`, voter, {});
      assert.deepEqual(v1.json().data, { voted: true, votes: 1 });
      const v2 = await api.call('POST', `/api/v1/requests/${id}/votes`, voter, { value: true });
      assert.deepEqual(v2.json().data, { voted: true, votes: 1 });
      const v3 = await api.call('POST', `/api/v1/requests/${id}/votes`, voter, {});
      assert.deepEqual(v3.json().data, { voted: false, votes: 0 });
      await api.call('POST', `/api/v1/requests/${id}/votes`, citizen, {});
      const sorted = (await api.call('GET', '/api/v1/requests?sort=votes', null)).json().data.items;
      assert.equal(sorted[0].id, id);

      const c = await api.call('POST', `/api/v1/requests/${id}/comments`, voter, {
        body: 'Please include 2019.',
      });
      assert.equal(c.statusCode, 201);
      assert.equal(c.json().data.state, 'pending');
      const seen = async (as: typeof voter | null) =>
        (await api.call('GET', `/api/v1/requests/${id}`, as)).json().data.comments.length;
      assert.equal(await seen(null), 0);
      assert.equal(await seen(voter), 1); // the author sees their own pending comment
      const cid = c.json().data.id;
      assert.equal(
        (
          await api.call('POST', `/api/v1/requests/${id}/comments/${cid}/decision`, citizen, {
            decision: 'approve',
          })
        ).statusCode,
        403,
      );
      const ok = await api.call('POST', `/api/v1/requests/${id}/comments/${cid}/decision`, moderator, {
        decision: 'approve',
      });
      assert.equal(ok.statusCode, 200, ok.body);
      assert.equal(await seen(null), 1);

      const similar = (
        await api.call(
          'GET',
          `/api/v1/requests/similar?q=${encodeURIComponent('enrolment in schools by province')}`,
          null,
        )
      ).json().data;
      assert.equal(similar[0].id, id);
      const none = (await api.call('GET', '/api/v1/requests/similar?q=weather', null)).json().data;
      assert.deepEqual(none, []);
    });
  },
  limits,
);
