// Public catalogue pages through real HTTP handling: ar (rtl) and fr rendering, JSON twins, private datasets
// hidden from visitors everywhere (pages and feeds) and shown to members, inert descriptions, JSON-LD, Atom.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
// fast-xml-parser 3 (present for the S3 emulator): a strict well-formedness check and a parse.
import xmlParser from 'fast-xml-parser';
import { describeWithApp } from '../../../../test/app.ts';
import { limits, restClient, sampleDataset } from '../test-kit.ts';

describeWithApp(
  'public catalogue pages',
  (get) => {
    const { call, user, organisation, dataset } = restClient(get);
    let org: Awaited<ReturnType<typeof organisation>>;
    let resourceId = '';

    before(async () => {
      const root = await user('root@example.ma', { sysadmin: true });
      const theme = await call('POST', '/api/v1/themes', root, {
        name: 'finances',
        title: { fr: 'Finances publiques', ar: 'المالية العامة', en: 'Public finance' },
        position: 1,
      });
      assert.equal(theme.statusCode, 201, theme.body);
      org = await organisation('mef');
      await dataset(
        org.editor,
        sampleDataset('budget', org.name, {
          themes: ['finances'],
          description: { fr: 'Le **budget** de l’État.' },
        }),
      );
      // Input refuses active HTML (unsafe_html); text stored before that rule or written by another tool must
      // still render inert, so the hostile description is written under the service.
      await get()
        .db.db.updateTable('datasets')
        .set({
          description: JSON.stringify({
            fr: 'Le **budget** <script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3))',
          }),
        })
        .where('name', '=', 'budget')
        .execute();
      const res = await call('POST', '/api/v1/datasets/budget/resources', org.editor, {
        title: { fr: 'Budget CSV' },
        url: 'https://data.example.ma/budget.csv',
      });
      assert.equal(res.statusCode, 201, res.body);
      resourceId = res.json().data.id;
      await dataset(
        org.editor,
        sampleDataset('secret', org.name, {
          visibility: 'private',
          themes: ['finances'],
          title: { fr: 'Données secrètes', ar: 'بيانات سرية' },
        }),
      );
    });

    const page = (url: string, headers: Record<string, string> = {}) => get().app.inject({ url, headers });

    for (const [lang, dir, words] of [
      ['ar', 'rtl', ['مجموعات البيانات', 'ميزانية الدولة 2024', 'المالية العامة']],
      ['fr', 'ltr', ['Jeux de données', 'Budget de l’État 2024', 'Finances publiques']],
    ] as const) {
      test(`every page renders in ${lang} (${dir}) with its content and JSON twin`, async () => {
        const paths = [
          '/',
          '/datasets',
          '/datasets?sort=title&theme=finances&organization=mef&tag=budget',
          '/datasets/budget',
          `/datasets/budget/resources/${resourceId}`,
          '/organizations',
          '/organizations/mef',
          '/themes',
          '/themes/finances',
          '/tags/budget',
        ];
        for (const p of paths) {
          const res = await page(`/${lang}${p}`);
          assert.equal(res.statusCode, 200, `${p}: ${res.body.slice(0, 300)}`);
          assert.match(res.body, new RegExp(`<html lang="${lang}" dir="${dir}"`), p);
          if (p !== '/themes' && p !== '/organizations')
            assert.ok(res.body.includes(words[1]), `${p} shows the dataset title`);
          const twin = await page(
            `/${lang}${p === '/' ? '' : p.replace(/(\?|$)/, '.json$1')}${p === '/' ? '.json' : ''}`,
          );
          assert.equal(twin.statusCode, 200, p);
          assert.match(String(twin.headers['content-type']), /application\/json/);
          twin.json();
        }
        assert.ok((await page(`/${lang}/datasets`)).body.includes(words[0]));
        assert.ok((await page(`/${lang}/themes`)).body.includes(words[2]));
      });
    }

    test('the list twin has the filters, sort and items; unknown sorts fall back', async () => {
      const data = (await page('/fr/datasets.json?sort=nope&tag=budget')).json();
      assert.equal(data.sort, 'modified');
      assert.deepEqual(data.filters.tag, ['budget']);
      assert.deepEqual(
        data.hits.map((h: { dataset: { name: string } }) => h.dataset.name),
        ['budget'],
      );
      const dataset = (await page('/en/datasets/budget.json')).json();
      assert.equal(dataset.dataset.name, 'budget');
      assert.ok(dataset.activity.items.length >= 1);
    });

    test('a private dataset is invisible to visitors everywhere and visible to a member', async () => {
      for (const p of [
        '/fr/datasets',
        '/fr/themes/finances',
        '/fr/tags/budget',
        '/fr/organizations/mef',
        '/fr/',
      ]) {
        const anon = await page(p);
        assert.equal(anon.statusCode, 200, p);
        assert.ok(!anon.body.includes('Données secrètes'), `${p} hides the private dataset`);
      }
      assert.equal((await page('/fr/datasets/secret')).statusCode, 404);
      assert.equal((await page('/fr/datasets/secret.json')).statusCode, 404);
      for (const feed of ['/feeds/datasets.atom', '/feeds/organizations/mef.atom']) {
        const anon = await page(feed);
        assert.ok(!anon.body.includes('secret'), feed);
        const member = await page(feed, org.member.headers);
        assert.ok(!member.body.includes('Données secrètes'), `${feed} is public syndication`);
      }
      assert.deepEqual((await page('/fr.json')).json().counts, { datasets: 1, resources: 1, producers: 1 });
      const home = (await page('/fr/')).body;
      for (const figure of [
        '<strong>1</strong> jeu de données',
        '<strong>1</strong> ressource<',
        '<strong>1</strong> producteur<',
      ])
        assert.ok(home.includes(figure), `the home page shows “${figure}”`);
      assert.ok((await page('/ar/')).body.includes('مجموعة بيانات واحدة'), 'Arabic writes one in words');
      assert.equal((await page('/fr.json', org.member.headers)).json().counts.datasets, 2);
      const themes = (await page('/fr/themes.json')).json();
      assert.equal(themes.items[0].dataset_count, 1);
      assert.match(
        (await page('/fr/themes')).body,
        /<p>1 jeu de données<\/p>/,
        'one dataset, in the singular',
      );
      assert.match((await page('/ar/themes')).body, /<p>مجموعة بيانات واحدة<\/p>/);
      for (const p of ['/fr/datasets', '/fr/themes/finances', '/fr/organizations/mef']) {
        const res = await page(p, org.member.headers);
        assert.ok(res.body.includes('Données secrètes'), `${p} shows it to a member`);
      }
      assert.equal((await page('/ar/datasets/secret', org.member.headers)).statusCode, 200);
    });

    test('HTML and scripts in descriptions are rendered inert', async () => {
      const body = (await page('/fr/datasets/budget')).body;
      assert.ok(body.includes('<strong>budget</strong>'));
      assert.ok(!body.includes('<script>alert'));
      assert.ok(!/<img[^>]*onerror/.test(body));
      assert.ok(!body.includes('href="javascript:'));
    });

    test('the dataset page has schema.org JSON-LD with the required properties', async () => {
      const body = (await page('/fr/datasets/budget')).body;
      const m = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(body);
      assert.ok(m, 'JSON-LD present');
      assert.ok(!m[1]!.includes('<'), '< escaped');
      const ld = JSON.parse(m[1]!);
      assert.equal(ld['@type'], 'Dataset');
      assert.equal(ld.name, 'Budget de l’État 2024');
      assert.ok(ld.description.includes('budget'));
      assert.equal(ld.license, 'https://creativecommons.org/licenses/by/4.0/');
      assert.equal(ld.creator['@type'], 'Organization');
      assert.equal(ld.temporalCoverage, '2024-01-01/2024-12-31');
      assert.equal(ld.spatialCoverage.name, 'Maroc');
      assert.deepEqual(ld.keywords, ['budget', 'finances']);
      assert.ok(ld.dateModified);
      assert.equal(ld.distribution.length, 1);
      assert.ok(ld.distribution[0].contentUrl.endsWith(`/datasets/budget/resources/${resourceId}/download`));
      assert.ok(ld.distribution[0].encodingFormat);
    });

    test('the dataset page shows the licence, the citation, resources with download links', async () => {
      const body = (await page('/fr/datasets/budget')).body;
      assert.ok(body.includes('Creative Commons Attribution 4.0'));
      assert.ok(body.includes('Licence ouverte'));
      assert.ok(body.includes('Annuelle') || body.includes('annuelle'), 'frequency label');
      assert.ok(body.includes('Comment citer'));
      assert.ok(body.includes(`href="/datasets/budget/resources/${resourceId}/download"`));
      assert.ok(body.includes(`href="/fr/datasets/budget/resources/${resourceId}"`));
      assert.ok(body.includes('href="/fr/organizations/mef/members"') === false);
      const orgPage = (await page('/fr/organizations/mef')).body;
      assert.ok(orgPage.includes('href="/fr/organizations/mef/members"'));
      assert.match(
        orgPage,
        /<link rel="alternate" type="application\/atom\+xml" href="\/feeds\/organizations\/mef.atom"/,
      );
      assert.match(
        (await page('/fr/datasets')).body,
        /type="application\/atom\+xml" href="\/feeds\/datasets.atom"/,
      );
    });

    test('feeds are well-formed Atom with escaped entries', async () => {
      for (const feed of ['/feeds/datasets.atom', '/feeds/organizations/mef.atom']) {
        const res = await page(feed, { 'accept-language': 'fr' });
        assert.equal(res.statusCode, 200);
        assert.match(String(res.headers['content-type']), /^application\/atom\+xml/);
        assert.equal(xmlParser.validate(res.body), true, feed);
        const xml = xmlParser.parse(res.body, { ignoreAttributes: false });
        assert.equal(xml.feed['@_xmlns'], 'http://www.w3.org/2005/Atom');
        const entry = [xml.feed.entry].flat()[0];
        assert.ok(entry.title && entry.updated && entry.link && entry.summary !== undefined);
        assert.ok(!res.body.includes('<script>'));
      }
      assert.equal((await page('/feeds/organizations/nope.atom')).statusCode, 404);
    });

    test("CKAN's page URLs redirect permanently to the negotiated language", async () => {
      const d = await page('/dataset/budget', { 'accept-language': 'ar' });
      assert.equal(d.statusCode, 301);
      assert.equal(d.headers.location, '/ar/datasets/budget');
      const o = await page('/organization/mef', { 'accept-language': 'fr' });
      assert.equal(o.statusCode, 301);
      assert.equal(o.headers.location, '/fr/organizations/mef');
    });

    test('unknown datasets, resources, organisations and themes are 404', async () => {
      for (const p of [
        '/fr/datasets/nope',
        '/fr/datasets/budget/resources/nope',
        '/fr/organizations/nope',
        '/fr/themes/nope',
      ])
        assert.equal((await page(p)).statusCode, 404, p);
    });
  },
  limits,
);
