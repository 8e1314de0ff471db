// The inventory pages through the application in ar (rtl), fr and en with their JSON twins; the item forms
// without JavaScript (field errors inline, then a redirect), the import report, and the request conversion form.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../../test/app.ts';
import { multipartBody } from '../../../../test/multipart.ts';
import { type Caller, limits } from '../../catalog/test-kit.ts';
import { inventoryClient, sampleItem } from '../test-kit.ts';

describeWithApp(
  'inventory pages',
  (get) => {
    const api = inventoryClient(get);
    let org: Awaited<ReturnType<typeof api.organisation>>;
    let itemId = '';
    const form = (url: string, as: Caller, fields: Record<string, string>) =>
      get().app.inject({
        method: 'POST',
        url,
        headers: { ...as.headers, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ ...fields, _csrf: as.headers['x-csrf-token']! }).toString(),
      });

    before(async () => {
      org = await api.organisation('eau');
      const it = await api.item(
        org.editor,
        sampleItem('eau', {
          title: { fr: 'Qualité de l’eau potable', ar: 'جودة الماء الصالح للشرب' },
          access_level: 'restricted',
          restriction_reason: 'ongoing_decision',
          justification: 'Les mesures 2025 sont en cours de validation par le laboratoire national.',
        }),
      );
      itemId = it.id;
    });

    test('national, organisation and item pages in ar (rtl), fr and en, with JSON twins', async () => {
      for (const lang of ['ar', 'fr', 'en']) {
        const national = await api.call('GET', `/${lang}/inventory`);
        assert.equal(national.statusCode, 200);
        assert.match(
          national.body,
          new RegExp(`<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"`),
        );
        const orgPage = await api.call('GET', `/${lang}/organizations/eau/inventory`);
        assert.equal(orgPage.statusCode, 200);
        assert.ok(orgPage.body.includes('laboratoire national'), 'the justification is public');
        const page = await api.call('GET', `/${lang}/inventory/${itemId}`);
        assert.equal(page.statusCode, 200);
        assert.ok(page.body.includes('RESTRICTED'));
        assert.ok(!page.body.includes('SI-Santé'), 'the system of a restricted item is not public');
      }
      const twin = (await api.call('GET', '/fr/inventory.json')).json();
      assert.equal(twin.totals.restricted, 1);
      assert.equal(twin.items[0].id, itemId);
      const orgTwin = (
        await api.call('GET', '/fr/organizations/eau/inventory.json?access_level=public')
      ).json();
      assert.equal(orgTwin.total, 0);
      assert.equal((await api.call('GET', `/fr/inventory/${itemId}.json`)).json().item.status, 'restricted');
      assert.equal((await api.call('GET', '/fr/inventory/nope')).statusCode, 404);
      // The organisation page links its inventory.
      assert.ok(
        (await api.call('GET', '/fr/organizations/eau')).body.includes('/fr/organizations/eau/inventory'),
      );
    });

    test('the item form: errors inline in the page language, then the item and its history', async () => {
      assert.equal(
        (await api.call('GET', '/fr/organizations/eau/inventory/new', org.member)).statusCode,
        403,
      );
      const bad = await form('/fr/organizations/eau/inventory/new', org.editor, {
        'title.fr': '',
        access_level: 'non_public',
        quality: '0',
      });
      assert.equal(bad.statusCode, 400);
      assert.ok(bad.body.includes('id="f-justification-error"'));
      assert.ok(bad.body.includes('Ce champ est obligatoire'));
      const ok = await form('/fr/organizations/eau/inventory/new', org.editor, {
        'title.fr': 'Forages autorisés',
        'title.ar': 'الآبار المرخصة',
        access_level: 'public',
        quality: '3',
        no_legal_obstacle: 'true',
        open_format: 'false',
        personal_data: 'false',
      });
      assert.equal(ok.statusCode, 303, ok.body);
      const id = String(ok.headers.location).split('/').pop()!;
      const edited = await form(`/fr/inventory/${id}/edit`, org.admin, {
        'title.fr': 'Forages autorisés',
        'title.ar': 'الآبار المرخصة',
        access_level: 'public',
        quality: '3',
        planned_date: '2099-09-01',
      });
      assert.equal(edited.statusCode, 303, edited.body);
      const page = await api.call('GET', `/fr/inventory/${id}`, org.admin);
      assert.ok(page.body.includes('Date de publication prévue'));
      assert.ok(page.body.includes('version 2'));
      assert.ok(page.body.includes('action="/fr/inventory/'), 'the keepers see the publish form');
      assert.match(page.body, /<span class="visually-hidden">Statut: <\/span>Programmé/);
      assert.match(page.body, /<span class="visually-hidden">Niveau d’accès: <\/span>Public/);
      const closed = await form(`/fr/inventory/${id}/edit`, org.admin, {
        'title.fr': 'Forages autorisés',
        access_level: 'non_public',
        restriction_reason: 'personal_data',
        justification: 'Coordonnées des propriétaires.',
        quality: '3',
      });
      assert.equal(closed.statusCode, 303, closed.body);
      const after = (await api.call('GET', `/fr/inventory/${id}`, org.admin)).body;
      assert.match(after, /<span class="visually-hidden">Statut: <\/span>Non public/);
      assert.doesNotMatch(after, /Niveau d’accès: </, 'the access badge would repeat the status');
    });

    test('an invalid file shows every bad row and writes nothing', async () => {
      const before = await api.count('inventory_items');
      const file = Buffer.from('title_fr,access_level,quality\n,public,1\nOK,secret,1\nOK,public,5\n');
      const body = multipartBody({
        field: 'file',
        filename: 'x.csv',
        content: file,
        contentType: 'text/csv',
      });
      const res = await get().app.inject({
        method: 'POST',
        url: '/fr/organizations/eau/inventory/import',
        headers: { ...org.editor.headers, 'content-type': body.contentType },
        payload: body.payload,
      });
      assert.equal(res.statusCode, 400);
      for (const cell of [
        '<td>2</td><td>title</td>',
        '<td>3</td><td>access_level</td>',
        '<td>4</td><td>quality</td>',
      ])
        assert.ok(res.body.includes(cell), cell);
      assert.equal(await api.count('inventory_items'), before);
      // "Check only" with a valid file: the page says so and still writes nothing.
      const good = multipartBody({
        field: 'file',
        filename: 'ok.csv',
        content: Buffer.from('title_fr,access_level\nStations de mesure,public\n'),
        contentType: 'text/csv',
      });
      const checked = await get().app.inject({
        method: 'POST',
        url: '/fr/organizations/eau/inventory/import?dry_run=1',
        headers: { ...org.editor.headers, 'content-type': good.contentType },
        payload: good.payload,
      });
      assert.equal(checked.statusCode, 200);
      assert.ok(checked.body.includes('Le fichier est valide : 1 ligne peut être importée.'));
      assert.equal(await api.count('inventory_items'), before);
    });

    test('the conversion form of a routed request, for its organisation only', async () => {
      const citizen = await api.user('asker@example.ma', { name: 'Asker' });
      const moderator = await api.user('mod-pages@example.ma', { sysadmin: true });
      const r = await api.call('POST', '/api/v1/requests', citizen, {
        title: 'Coupures d’eau par quartier',
        description: 'Les coupures programmées et accidentelles.',
        purpose: 'Information des habitants.',
      });
      const rid = r.json().data.id;
      await api.call('POST', `/api/v1/requests/${rid}/transitions`, moderator, {
        to: 'routed',
        organization: 'eau',
      });
      const req = await api.call('GET', `/fr/requests/${rid}`, org.editor);
      assert.ok(req.body.includes(`/fr/requests/${rid}/inventory-item`));
      const page = await api.call('GET', `/fr/requests/${rid}/inventory-item`, org.editor);
      assert.equal(page.statusCode, 200);
      assert.ok(page.body.includes('Coupures d’eau par quartier'));
      const done = await form(`/fr/requests/${rid}/inventory-item`, org.editor, {
        [`title.${r.json().data.locale}`]: 'Coupures d’eau par quartier',
        access_level: 'public',
        quality: '1',
      });
      assert.equal(done.statusCode, 303, done.body);
      const after = await api.call('GET', `/fr/requests/${rid}`);
      assert.ok(after.body.includes('Inscrite à l’inventaire des données'));
      assert.ok(after.body.includes('/fr/inventory/'));
    });
  },
  limits,
);
