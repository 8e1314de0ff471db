// The request pages through the application: ar (rtl), fr and en, JSON twins, the form with its field errors
// and duplicate suggestions, vote and transition forms without JavaScript, refusal shown with its reasons.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../../test/app.ts';
import { type Caller, limits, restClient } from '../../catalog/test-kit.ts';

describeWithApp(
  'data request pages',
  (get) => {
    const { call, user, organisation } = restClient(get);
    let citizen: Caller;
    let moderator: Caller;
    let org: Awaited<ReturnType<typeof organisation>>;
    let id = '';
    const form = (url: string, as: Caller, fields: Record<string, string>) =>
      get().app.inject({
        method: 'POST',
        url,
        headers: { ...as.headers, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ ...fields, _csrf: as.headers['x-csrf-token']! }).toString(),
      });

    before(async () => {
      citizen = await user('citizen@example.ma', { name: 'Amina' });
      moderator = await user('mod@example.ma', { sysadmin: true, name: 'Moderator' });
      org = await organisation('education');
      const res = await call('POST', '/api/v1/requests', citizen, {
        title: 'School enrolment by province',
        description: 'Pupils enrolled in public schools, by province and level, since 2015.',
        purpose: 'To map school drop-out.',
      });
      id = res.json().data.id;
    });

    test('list and request pages in ar (rtl), fr and en, with JSON twins', async () => {
      for (const lang of ['ar', 'fr', 'en']) {
        const list = await call('GET', `/${lang}/requests`);
        assert.equal(list.statusCode, 200);
        assert.match(list.body, new RegExp(`<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"`));
        assert.ok(list.body.includes('School enrolment by province'));
        const page = await call('GET', `/${lang}/requests/${id}`);
        assert.equal(page.statusCode, 200);
        assert.ok(page.body.includes('To map school drop-out.'));
        assert.equal((await call('GET', `/${lang}/requests/statistics`)).statusCode, 200);
      }
      const twin = await call('GET', `/fr/requests/${id}.json`);
      assert.equal(twin.json().request.id, id);
      assert.equal(twin.json().history[0].to, 'submitted');
      const listTwin = await call('GET', '/fr/requests.json?status=submitted');
      assert.equal(listTwin.json().total, 1);
      assert.equal((await call('GET', '/fr/requests/statistics.json')).json().total, 1);
      assert.equal((await call('GET', '/fr/requests/nope')).statusCode, 404);
    });

    test('the request form: field errors in the page language, suggestions, then a new request', async () => {
      const bad = await form('/fr/requests/new', citizen, { title: 'x', description: '', purpose: '' });
      assert.equal(bad.statusCode, 400);
      assert.ok(bad.body.includes('id="f-title-error"'));
      assert.ok(bad.body.includes('Ce champ est obligatoire'), 'the French message for a missing field');
      assert.ok(bad.body.includes('id="f-description"'));
      const check = await form('/fr/requests/new', citizen, { title: 'Enrolment in schools', check: '1' });
      assert.equal(check.statusCode, 303);
      const shown = await call('GET', `${check.headers.location}`, citizen);
      assert.ok(shown.body.includes(`/fr/requests/${id}`), 'the similar request is suggested');
      const ok = await form('/fr/requests/new', citizen, {
        title: 'Air quality measurements',
        description: 'Hourly measurements of every station, since 2018.',
        purpose: 'Health research.',
      });
      assert.equal(ok.statusCode, 303);
      assert.match(String(ok.headers.location), /^\/fr\/requests\/[0-9a-f-]{36}$/);
    });

    test('vote, route and refuse through forms; the refusal shows its reason and justification', async () => {
      assert.equal((await form(`/en/requests/${id}/vote`, citizen, {})).statusCode, 303);
      assert.equal((await call('GET', `/api/v1/requests/${id}`)).json().data.request.vote_count, 1);
      const routed = await form(`/en/requests/${id}/transition`, moderator, {
        to: 'routed',
        organization: 'education',
      });
      assert.equal(routed.statusCode, 303, routed.body.slice(0, 300));
      const page = await call('GET', `/en/requests/${id}`, org.editor);
      assert.ok(page.body.includes(`action="/en/requests/${id}/transition"`));
      const refused = await form(`/en/requests/${id}/transition`, org.editor, {
        to: 'refused',
        refusal_reason: '',
      });
      assert.equal(refused.statusCode, 400);
      assert.ok(refused.body.includes('id="f-justification"'));
      const done = await form(`/ar/requests/${id}/transition`, org.editor, {
        to: 'refused',
        refusal_reason: 'does_not_exist',
        justification: 'Enrolment is counted by region only, not by province.',
      });
      assert.equal(done.statusCode, 303);
      const ar = await call('GET', `/ar/requests/${id}`);
      assert.ok(ar.body.includes('المعطيات غير موجودة'));
      assert.ok(ar.body.includes('Enrolment is counted by region only, not by province.'));
      const queue = await call('GET', '/fr/requests/queue', org.admin);
      assert.equal(queue.statusCode, 200);
    });
  },
  limits,
);
