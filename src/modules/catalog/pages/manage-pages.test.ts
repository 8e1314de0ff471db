// The publisher back-office through its forms: create, edit, add a link, delete; errors keep what was typed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeWithApp } from '../../../../test/app.ts';
import { multipartBody } from '../../../../test/multipart.ts';
import { addMember, createOrg, createUser, signIn } from '../../../../test/session.ts';

describeWithApp(
  'catalogue back-office forms',
  (get) => {
    async function editor() {
      const org = await createOrg(get().db, `org-${crypto.randomUUID().slice(0, 8)}`);
      const u = await createUser(get().db, { email: `editor-${crypto.randomUUID().slice(0, 8)}@example.ma` });
      await addMember(get().db, org.id, u.id, 'editor');
      return { org, browser: await signIn(get().app, u.email, u.password) };
    }
    const post = (url: string, b: { cookie: string; csrf: string }, fields: [string, string][]) =>
      get().app.inject({
        method: 'POST',
        url,
        headers: { cookie: b.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams([...fields, ['_csrf', b.csrf]]).toString(),
      });

    test('an editor creates a dataset in two languages with themes and tags, then edits it', async () => {
      const { org, browser } = await editor();
      const form = await get().app.inject({
        url: '/ar/manage/datasets/new',
        headers: { cookie: browser.cookie },
      });
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /<html lang="ar" dir="rtl">/);
      assert.ok(form.body.includes(`value="${org.name}"`), 'the organisation is offered');
      const created = await post('/fr/manage/datasets/new', browser, [
        ['name', 'ecoles-primaires'],
        ['organization', org.name],
        ['title.fr', 'Liste des établissements publics primaires'],
        ['title.ar', 'لائحة المؤسسات العمومية الابتدائية'],
        ['description.fr', 'Écoles **primaires** publiques.'],
        ['license_id', 'ODbL-1.0'],
        ['frequency', 'ANNUAL'],
        ['tags', 'éducation, écoles، تعليم'],
        ['state', 'active'],
        ['visibility', 'public'],
      ]);
      assert.equal(created.statusCode, 303, created.body.slice(0, 500));
      assert.equal(created.headers.location, '/fr/datasets/ecoles-primaires');
      const api = (await get().app.inject({ url: '/api/v1/datasets/ecoles-primaires' })).json().data;
      assert.equal(api.title.ar, 'لائحة المؤسسات العمومية الابتدائية');
      assert.deepEqual([...api.tags].sort(), ['éducation', 'écoles', 'تعليم'].sort());
      const edit = await post('/fr/manage/datasets/ecoles-primaires', browser, [
        ['organization', org.name],
        ['title.fr', 'Écoles primaires publiques'],
        ['license_id', 'CC-BY-4.0'],
        ['frequency', 'ANNUAL'],
      ]);
      assert.equal(edit.statusCode, 303);
      const after = (await get().app.inject({ url: '/api/v1/datasets/ecoles-primaires' })).json().data;
      assert.equal(after.title.fr, 'Écoles primaires publiques');
      assert.equal(after.license_id, 'CC-BY-4.0');
    });

    test('bad input re-renders with every field named, keeps the values, creates nothing', async () => {
      const { org, browser } = await editor();
      const res = await post('/fr/manage/datasets/new', browser, [
        ['name', 'Bad Name!'],
        ['organization', org.name],
        ['description.fr', '<script>alert(1)</script>'],
        ['license_id', 'not-a-licence'],
        ['contact_email', 'nope'],
      ]);
      assert.equal(res.statusCode, 400);
      for (const field of ['name', 'title', 'license_id', 'contact_email'])
        assert.match(res.body, new RegExp(`href="#f-${field}`), field);
      assert.ok(res.body.includes('value="Bad Name!"'), 'typed values are kept');
      assert.ok(!res.body.includes('<script>alert(1)</script>'), 'typed HTML is escaped');
      const n = await get()
        .db.db.selectFrom('datasets')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('organization_id', '=', org.id)
        .executeTakeFirstOrThrow();
      assert.equal(Number(n.n), 0);
    });

    test('a link resource is added; the dataset is deleted', async () => {
      const { org, browser } = await editor();
      await post('/fr/manage/datasets/new', browser, [
        ['name', `budget-${org.name}`],
        ['organization', org.name],
        ['title.fr', 'Budget'],
      ]);
      const bad = await post(`/fr/manage/datasets/budget-${org.name}/resources/new`, browser, [
        ['url', 'javascript:alert(1)'],
      ]);
      assert.equal(bad.statusCode, 400);
      const ok = await post(`/fr/manage/datasets/budget-${org.name}/resources/new`, browser, [
        ['url', 'https://example.ma/budget-2024.csv'],
        ['title.fr', 'Budget 2024'],
        ['kind', 'data'],
      ]);
      assert.equal(ok.statusCode, 303);
      const api = (await get().app.inject({ url: `/api/v1/datasets/budget-${org.name}` })).json().data;
      assert.equal(api.resources[0].format, 'CSV');
      const del = await post(`/fr/manage/datasets/budget-${org.name}/delete`, browser, []);
      assert.equal(del.statusCode, 303);
      assert.equal((await get().app.inject({ url: `/api/v1/datasets/budget-${org.name}` })).statusCode, 404);
    });

    test('a file is uploaded through the form (token in the action URL) and downloads byte-identical', async () => {
      const { org, browser } = await editor();
      const name = `upload-${org.name}`;
      await post('/fr/manage/datasets/new', browser, [
        ['name', name],
        ['organization', org.name],
        ['title.fr', 'Dépôt'],
      ]);
      const page = await get().app.inject({
        url: `/fr/manage/datasets/${name}/resources/upload`,
        headers: { cookie: browser.cookie },
      });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /enctype="multipart\/form-data"/);
      const content = Buffer.from(
        'région;population\nRabat-Salé-Kénitra;4580866\nSouss-Massa;2676847\n',
        'utf8',
      );
      const send = (file: Buffer, filename: string, csrf: string | null) => {
        const body = multipartBody({
          field: 'file',
          filename,
          content: file,
          contentType: 'text/csv',
          fields: { 'title.fr': 'Population' },
        });
        const q = csrf === null ? '' : `?_csrf=${encodeURIComponent(csrf)}`;
        return get().app.inject({
          method: 'POST',
          url: `/fr/manage/datasets/${name}/resources/upload${q}`,
          headers: { cookie: browser.cookie, 'content-type': body.contentType },
          payload: body.payload,
        });
      };
      assert.equal((await send(content, 'population.csv', null)).statusCode, 403, 'no token, no upload');
      const refused = await send(Buffer.from('MZ\x90\x00binary'), 'virus.csv', browser.csrf);
      assert.ok(refused.statusCode === 415 || refused.statusCode === 400, String(refused.statusCode));
      assert.match(refused.body, /id="f-file-error"/);
      assert.match(refused.body, /<html lang="fr"/);
      const ok = await send(content, 'population.csv', browser.csrf);
      assert.equal(ok.statusCode, 303, ok.body.slice(0, 300));
      const api = (await get().app.inject({ url: `/api/v1/datasets/${name}` })).json().data;
      assert.equal(api.resources.length, 1);
      const dl = await get().app.inject({
        url: `/datasets/${name}/resources/${api.resources[0].id}/download`,
      });
      assert.equal(dl.statusCode, 200);
      assert.ok(dl.rawPayload.equals(content), 'byte-identical');
    });

    test('a user who publishes nowhere is refused; anonymous visitors go to sign-in', async () => {
      const u = await createUser(get().db, { email: `plain-${crypto.randomUUID().slice(0, 8)}@example.ma` });
      const b = await signIn(get().app, u.email, u.password);
      assert.equal(
        (await get().app.inject({ url: '/fr/manage/datasets/new', headers: { cookie: b.cookie } }))
          .statusCode,
        403,
      );
      const anon = await get().app.inject({ url: '/fr/manage/datasets/new' });
      assert.equal(anon.statusCode, 303);
      assert.match(String(anon.headers.location), /\/fr\/login\?next=/);
    });
  },
  { RATE_LIMIT_LOGIN_PER_MINUTE: 10000 },
);
