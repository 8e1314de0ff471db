// Requests without an account, on every database: nothing is public before the e-mail link is followed; the
// link works once and expires; the requester then hears of each step at that address, with signed links to stop
// the e-mails and to withdraw; the address is never shown.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeWithApp } from '../../../test/app.ts';
import { configWith } from '../../config.ts';
import { anonymous } from '../accounts/index.ts';
import { limits, restClient, serviceContextFor } from '../catalog/test-kit.ts';
import { submitAnonymousRequest } from './guests.service.ts';

const valid = {
  title: 'Air quality measurements by station',
  description: 'Hourly measurements of the air quality stations of the city, since 2021, per pollutant.',
  purpose: 'A residents association wants to follow pollution peaks.',
};

describeWithApp(
  'data requests without an account',
  (get) => {
    const api = restClient(get);
    const db = () => get().db.db;
    const mails = (to: string) =>
      db()
        .selectFrom('mail_outbox')
        .select(['subject', 'body_text', 'kind'])
        .where('to_address', '=', to)
        .orderBy('created_at')
        .execute();
    const count = async (table: 'data_requests' | 'request_guests') =>
      Number(
        (
          await db()
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const tokenIn = (text: string) => /[?&]token=([\w-]+)/.exec(text)?.[1] ?? '';
    const linkIn = (text: string, action: string) =>
      new RegExp(`/requests/([\\w-]+)/${action}\\?s=([\\w-]+)`).exec(text);

    test('invisible until the e-mail link is followed; the link works once', async () => {
      const email = 'Resident@Example.ma';
      const before = await count('data_requests');
      const sent = await api.call('POST', '/api/v1/requests/anonymous', null, {
        ...valid,
        email,
        name: 'Residents of Hay Riad',
      });
      assert.equal(sent.statusCode, 202, sent.body);
      assert.equal(sent.json().data.pending, true);
      // Nothing public yet: no request, nothing in the list.
      assert.equal(await count('data_requests'), before);
      const list = await api.call('GET', `/api/v1/requests?limit=100`);
      assert.ok(!list.body.includes(valid.title));

      const [mail] = await mails('resident@example.ma');
      assert.equal(mail?.kind, 'request.confirm');
      const token = tokenIn(mail!.body_text);
      assert.ok(token.length > 30);
      const stored = await db()
        .selectFrom('email_tokens')
        .selectAll()
        .where('purpose', '=', 'request')
        .execute();
      assert.ok(stored.length >= 1);
      assert.ok(
        stored.every((s) => s.token_hash !== token && !s.data.includes(token)),
        'only the hash is kept',
      );

      const confirmed = await api.call('POST', '/api/v1/requests/confirmations', null, { token });
      assert.equal(confirmed.statusCode, 201, confirmed.body);
      const r = confirmed.json().data;
      assert.equal(r.status, 'submitted');
      assert.deepEqual(r.requester, { id: r.requester.id, name: 'Residents of Hay Riad', anonymous: true });
      assert.equal(await count('data_requests'), before + 1);

      const again = await api.call('POST', '/api/v1/requests/confirmations', null, { token });
      assert.equal(again.statusCode, 400);
      assert.equal(again.json().error.code, 'requests.token_invalid');
      assert.equal(await count('data_requests'), before + 1, 'a second use creates nothing');

      // The address is never shown: not in the REST detail, the list, the page or its JSON twin.
      for (const url of [
        `/api/v1/requests/${r.id}`,
        '/api/v1/requests',
        `/fr/requests/${r.id}`,
        `/en/requests/${r.id}.json`,
      ]) {
        const res = await api.call('GET', url);
        assert.equal(res.statusCode, 200, url);
        assert.ok(!res.body.toLowerCase().includes('resident@example.ma'), url);
      }
      const page = await api.call('GET', `/ar/requests/${r.id}`);
      assert.match(page.body, /Residents of Hay Riad/);
    });

    test('an expired link creates nothing; bad input names the field', async () => {
      const sent = await api.call('POST', '/api/v1/requests/anonymous', null, {
        ...valid,
        title: 'Expired request title',
        email: 'late@example.ma',
      });
      assert.equal(sent.statusCode, 202);
      const token = tokenIn((await mails('late@example.ma'))[0]!.body_text);
      await db()
        .updateTable('email_tokens')
        .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
        .where('email', '=', 'late@example.ma')
        .execute();
      const before = await count('data_requests');
      const res = await api.call('POST', '/api/v1/requests/confirmations', null, { token });
      assert.equal(res.statusCode, 400);
      assert.equal(await count('data_requests'), before);

      const bad = await api.call('POST', '/api/v1/requests/anonymous', null, {
        ...valid,
        email: 'not-an-address',
      });
      assert.equal(bad.statusCode, 400);
      assert.equal(bad.json().error.fields.email.reason, 'invalid_format');
      const urgent = await api.call('POST', '/api/v1/requests/anonymous', null, {
        ...valid,
        email: 'x@example.ma',
        urgent: true,
      });
      assert.equal(urgent.statusCode, 400);
      assert.equal(urgent.json().error.fields.urgent_reason.reason, 'required');
    });

    test('rate-limited per address; closed when REQUEST_ANONYMOUS is false', async () => {
      for (let i = 0; i < 2; i++)
        assert.equal(
          (await api.call('POST', '/api/v1/requests/anonymous', null, { ...valid, email: 'busy@example.ma' }))
            .statusCode,
          202,
        );
      const third = await api.call('POST', '/api/v1/requests/anonymous', null, {
        ...valid,
        email: 'busy@example.ma',
      });
      assert.equal(third.statusCode, 429);
      const closed = {
        ...serviceContextFor(get(), anonymous),
        config: configWith({ DEMO: false, REQUEST_ANONYMOUS: false }),
      };
      await assert.rejects(submitAnonymousRequest(closed, { ...valid, email: 'c@example.ma' }), {
        code: 'requests.anonymous_disabled',
      });
    });

    test('the requester hears of each step, may stop the e-mails and withdraw by signed links', async () => {
      await api.organisation('environnement');
      const moderator = await api.user('mod-guest@example.ma', { sysadmin: true });
      const email = 'follow-me@example.ma';
      await api.call('POST', '/api/v1/requests/anonymous', null, { ...valid, title: 'Noise maps', email });
      const token = tokenIn((await mails(email))[0]!.body_text);
      const id = (await api.call('POST', '/api/v1/requests/confirmations', null, { token })).json().data.id;

      const routed = await api.call('POST', `/api/v1/requests/${id}/transitions`, moderator, {
        to: 'routed',
        organization: 'environnement',
      });
      assert.equal(routed.statusCode, 200, routed.body);
      const update = (await mails(email)).at(-1)!;
      assert.equal(update.kind, 'request.update');
      const unsub = linkIn(update.body_text, 'unsubscribe');
      const withdraw = linkIn(update.body_text, 'withdraw');
      assert.ok(unsub && withdraw && unsub[1] === id && withdraw[1] === id);

      // A signature is bound to its request and action.
      const forged = await api.call('POST', `/api/v1/requests/${id}/guest-withdrawal`, null, {
        signature: unsub![2],
      });
      assert.equal(forged.statusCode, 403);
      const off = await api.call('POST', `/api/v1/requests/${id}/unsubscribe`, null, {
        signature: unsub![2],
      });
      assert.equal(off.statusCode, 200, off.body);
      const n = (await mails(email)).length;
      assert.equal(
        (await api.call('POST', `/api/v1/requests/${id}/transitions`, moderator, { to: 'under_review' }))
          .statusCode,
        200,
      );
      assert.equal((await mails(email)).length, n, 'no e-mail after unsubscribing');

      const done = await api.call('POST', `/api/v1/requests/${id}/guest-withdrawal`, null, {
        signature: withdraw![2],
      });
      assert.equal(done.statusCode, 200, done.body);
      assert.equal(done.json().data.status, 'withdrawn');
      const history = (await api.call('GET', `/api/v1/requests/${id}`)).json().data.history;
      assert.equal(history.at(-1).to, 'withdrawn');
      assert.equal(history.at(-1).role, 'requester');
    });

    test('the form asks for an e-mail when signed out, then the confirmation page publishes', async () => {
      const browser = await api.anonymous();
      const form = await api.call('GET', '/fr/requests/new', browser);
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /name="email"/);
      const post = await get().app.inject({
        method: 'POST',
        url: '/fr/requests/new',
        headers: { ...browser.headers, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({
          _csrf: browser.headers['x-csrf-token']!,
          ...valid,
          title: 'Bus timetables',
          email: 'form@example.ma',
        }).toString(),
      });
      assert.equal(post.statusCode, 303, post.body);
      const token = tokenIn((await mails('form@example.ma'))[0]!.body_text);
      const confirmPage = await api.call('GET', `/fr/requests/confirm?token=${token}`, browser);
      assert.equal(confirmPage.statusCode, 200);
      assert.match(confirmPage.body, new RegExp(`value="${token}"`));
      const done = await get().app.inject({
        method: 'POST',
        url: '/fr/requests/confirm',
        headers: { ...browser.headers, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ _csrf: browser.headers['x-csrf-token']!, token }).toString(),
      });
      assert.equal(done.statusCode, 303);
      assert.match(String(done.headers.location), /^\/fr\/requests\/[\w-]+$/);
    });
  },
  { ...limits, REQUEST_ANONYMOUS_PER_HOUR: 2 },
);
