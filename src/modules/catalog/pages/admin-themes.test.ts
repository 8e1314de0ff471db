// The theme administration pages through HTTP with plain forms: the list shows each theme's EU data theme;
// a new theme and an edit choose, change or clear it; a code outside the EU vocabulary is refused with the
// field named, nothing changed; only system administrators; the JSON twins.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../../test/app.ts';
import { type Caller, limits, restClient } from '../test-kit.ts';

describeWithApp(
  'theme administration pages',
  (get) => {
    const { call, form, user, organisation, counts } = restClient(get);
    let root: Caller;
    const page = (url: string, as: Caller) => get().app.inject({ url, headers: as.headers });
    const fields = (extra: [string, string][]): [string, string][] => [
      ['name', 'routes'],
      ['title.fr', 'Routes'],
      ['title.ar', 'الطرق'],
      ['title.en', 'Roads'],
      ['description.fr', 'Le réseau routier.'],
      ['icon', 'road'],
      ['position', '3'],
      ...extra,
    ];

    before(async () => {
      root = await user('root@example.ma', { sysadmin: true });
    });

    test('a new theme with its EU data theme; a code outside the vocabulary is refused', async () => {
      const before = await counts();
      const bad = await form('/fr/admin/themes/new', root, fields([['eu_theme', 'ROAD']]));
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /name="eu_theme" aria-invalid="true"/);
      assert.match(bad.body, /Thème de données de l’UE/);
      assert.deepEqual(await counts(), before);
      const ok = await form('/fr/admin/themes/new', root, fields([['eu_theme', 'TRAN']]));
      assert.equal(ok.statusCode, 303);
      assert.equal(ok.headers.location, '/fr/admin/themes/routes');
      const theme = (await call('GET', '/api/v1/themes/routes')).json().data;
      assert.equal(theme.eu_theme, 'TRAN');
      assert.deepEqual(theme.title, { fr: 'Routes', ar: 'الطرق', en: 'Roads' });
      assert.equal(theme.position, 3);
      const list = await page('/fr/admin/themes', root);
      assert.equal(list.statusCode, 200);
      assert.match(list.body, /Transport/);
      const twin = (await page('/fr/admin/themes.json', root)).json();
      assert.equal(twin.themes[0].eu_theme, 'TRAN');
    });

    test('the edit form shows, changes and clears the code', async () => {
      const edit = await page('/en/admin/themes/routes', root);
      assert.equal(edit.statusCode, 200);
      assert.match(edit.body, /<option value="TRAN" selected/);
      const changed = await form('/en/admin/themes/routes', root, fields([['eu_theme', 'REGI']]));
      assert.equal(changed.statusCode, 303);
      assert.equal((await call('GET', '/api/v1/themes/routes')).json().data.eu_theme, 'REGI');
      const cleared = await form('/en/admin/themes/routes', root, fields([['eu_theme', '']]));
      assert.equal(cleared.statusCode, 303);
      assert.equal((await call('GET', '/api/v1/themes/routes')).json().data.eu_theme, null);
      const ar = await page('/ar/admin/themes/routes', root);
      assert.match(ar.body, /موضوع البيانات في الاتحاد الأوروبي/);
    });

    test('only system administrators', async () => {
      const org = await organisation('mef');
      for (const path of ['/fr/admin/themes', '/fr/admin/themes/new', '/fr/admin/themes/routes'])
        assert.equal((await page(path, org.admin)).statusCode, 403, path);
      const before = await counts();
      const res = await form('/fr/admin/themes/routes', org.admin, fields([['eu_theme', 'AGRI']]));
      assert.equal(res.statusCode, 403);
      assert.deepEqual(await counts(), before);
      assert.match((await page('/fr/admin', root)).body, /href="\/fr\/admin\/themes"/);
      assert.equal((await form('/fr/admin/themes/routes/delete', org.admin, [])).statusCode, 403);
      assert.equal((await call('GET', '/api/v1/themes/routes')).statusCode, 200);
    });

    test('the edit page deletes the theme with its button; the list no longer shows it', async () => {
      const edit = await page('/fr/admin/themes/routes', root);
      assert.match(edit.body, /action="\/fr\/admin\/themes\/routes\/delete"/);
      assert.match(edit.body, /Supprimer le thème « Routes »/);
      assert.match(edit.body, /Aucun jeu de données n’est classé sous ce thème\./);
      const res = await form('/fr/admin/themes/routes/delete', root, []);
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, '/fr/admin/themes');
      const list = await page('/fr/admin/themes', root);
      assert.doesNotMatch(list.body, /admin\/themes\/routes"/);
      assert.equal((await call('GET', '/api/v1/themes/routes')).statusCode, 404);
      assert.equal((await form('/fr/admin/themes/routes/delete', root, [])).statusCode, 404);
    });
  },
  limits,
);
