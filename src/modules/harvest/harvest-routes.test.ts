// The REST API of harvest sources: validation errors naming each field in the caller's language, the scope of
// organisation admins (their organisations only; the list filtered), run now and the run report.
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { describeWithApp } from '../../../test/app.ts';
import { Worker } from '../../jobs/index.ts';
import { limits, restClient } from '../catalog/test-kit.ts';

describeWithApp(
  'harvest REST API',
  (get) => {
    const rest = restClient(get);
    let a: Awaited<ReturnType<typeof rest.organisation>>;
    let b: Awaited<ReturnType<typeof rest.organisation>>;
    let root: Awaited<ReturnType<typeof rest.user>>;
    const body = (org: string, extra: Record<string, unknown> = {}) => ({
      title: `Portal of ${org}`,
      url: 'https://portal.example.org',
      type: 'ckan',
      organization: org,
      schedule: 'weekly',
      filters: { organization: 'budget-office', q: 'budget' },
      ...extra,
    });
    before(async () => {
      a = await rest.organisation('org-a');
      b = await rest.organisation('org-b');
      root = await rest.user('root@example.ma', { sysadmin: true });
    });

    it('names every bad field, in the caller’s language', async () => {
      const res = await get().app.inject({
        method: 'POST',
        url: '/api/v1/harvest/sources',
        headers: { ...root.headers, 'content-type': 'application/json', 'accept-language': 'fr' },
        payload: JSON.stringify({
          title: '',
          url: 'javascript:alert(1)',
          type: 'ftp',
          organization: 'nowhere',
          schedule: 'yearly',
          filters: { language: 'de' },
        }),
      });
      assert.equal(res.statusCode, 400);
      const fields = res.json().error.fields;
      assert.deepEqual(Object.keys(fields).sort(), [
        'filters.language',
        'organization',
        'schedule',
        'title',
        'type',
        'url',
      ]);
      assert.equal(fields.title.message, 'Ce champ est obligatoire.');
    });

    it('lets an organisation admin manage the sources of their organisation only', async () => {
      const created = await rest.call('POST', '/api/v1/harvest/sources', a.admin, body('org-a'));
      assert.equal(created.statusCode, 201);
      const source = created.json().data;
      assert.equal(source.organization.name, 'org-a');
      assert.deepEqual(source.filters, { organization: 'budget-office', q: 'budget' });
      assert.ok(source.nextRunAt);
      const other = await rest.call('POST', '/api/v1/harvest/sources', a.admin, body('org-b'));
      assert.equal(other.statusCode, 403);
      const editor = await rest.call('POST', '/api/v1/harvest/sources', a.editor, body('org-a'));
      assert.equal(editor.statusCode, 403);
      await rest.call('POST', '/api/v1/harvest/sources', b.admin, body('org-b'));

      const listA = (await rest.call('GET', '/api/v1/harvest/sources', a.admin)).json().data;
      assert.deepEqual(
        listA.map((s: { organization: { name: string } }) => s.organization.name),
        ['org-a'],
      );
      const all = (await rest.call('GET', '/api/v1/harvest/sources', root)).json().data;
      assert.equal(all.length, 2);
      assert.equal((await rest.call('GET', `/api/v1/harvest/sources/${source.id}`, b.admin)).statusCode, 403);
      assert.equal((await rest.call('GET', '/api/v1/harvest/sources', null)).statusCode, 401);

      const paused = await rest.call(
        'PUT',
        `/api/v1/harvest/sources/${source.id}`,
        a.admin,
        body('org-a', { active: false }),
      );
      assert.equal(paused.json().data.active, false);
      assert.equal(paused.json().data.nextRunAt, null);
    });

    it('links to harvesting from the admin dashboard and the menu of those who may harvest', async () => {
      const page = (url: string, as: { headers: Record<string, string> }) =>
        get().app.inject({ url, headers: as.headers });
      const link = /<a href="\/fr\/admin\/harvest">Moissonnage<\/a>/;
      assert.match((await page('/fr/account', a.admin)).body, link);
      assert.match((await page('/fr/account', root)).body, link);
      assert.doesNotMatch((await page('/fr/account', a.editor)).body, /\/admin\/harvest/);
      const dashboard = await page('/en/admin', root);
      assert.equal(dashboard.statusCode, 200);
      assert.match(dashboard.body, /<a href="\/en\/admin\/harvest">Harvest sources<\/a>/);
      const twin = (await page('/en/admin.json', root)).json();
      assert.ok(twin.sections.some((s: { id: string }) => s.id === 'harvest'));
    });

    it('the source form offers the organisations the user may harvest into', async () => {
      const form = (as: { headers: Record<string, string> }) =>
        get().app.inject({ url: '/fr/admin/harvest/new', headers: as.headers });
      const offered = (html: string) =>
        [...html.matchAll(/<option value="([^"]+)" label="[^"]*"/g)]
          .map((m) => m[1])
          .filter((v) => v !== 'ckan');
      const mine = await form(a.admin);
      assert.equal(mine.statusCode, 200);
      assert.match(mine.body, /<input id="f-organization"[^>]*list="f-organization-list"/);
      assert.ok(offered(mine.body).includes('org-a'));
      assert.ok(
        !offered(mine.body).includes('org-b'),
        'an organisation they do not administer is not offered',
      );
      assert.ok(
        offered((await form(root)).body).includes('org-b'),
        'a sysadmin is offered every organisation',
      );
    });

    it('runs now (once at a time) and reports the run', async () => {
      const list = (await rest.call('GET', '/api/v1/harvest/sources', a.admin)).json().data;
      const id = list[0].id;
      const first = await rest.call('POST', `/api/v1/harvest/sources/${id}/runs`, a.admin);
      assert.equal(first.statusCode, 202);
      const again = await rest.call('POST', `/api/v1/harvest/sources/${id}/runs`, a.admin);
      assert.equal(again.json().data.id, first.json().data.id);
      await new Worker(get().db, get().queue).drain();
      const run = (
        await rest.call('GET', `/api/v1/harvest/sources/${id}/runs/${first.json().data.id}`, a.admin)
      ).json().data;
      // portal.example.org is not reachable from the tests: the run fails with a reason, nothing crashes.
      assert.equal(run.status, 'failed');
      assert.match(run.error.code, /^harvest\./);
      const twin = await get().app.inject({
        method: 'GET',
        url: `/en/admin/harvest/${id}.json`,
        headers: a.admin.headers,
      });
      assert.equal(twin.statusCode, 200);
      assert.equal(twin.json().runs.length, 1);
      const deleted = await rest.call('DELETE', `/api/v1/harvest/sources/${id}`, a.admin);
      assert.equal(deleted.statusCode, 200);
      assert.equal((await rest.call('GET', `/api/v1/harvest/sources/${id}`, a.admin)).statusCode, 404);
    });
  },
  limits,
);
