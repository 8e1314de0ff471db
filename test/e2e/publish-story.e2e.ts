// The catalogue's story end to end, in a real browser, as its users live it: a publisher signs in and creates
// a dataset with two resources (an uploaded file and a link) through the back-office pages; an anonymous
// citizen finds it on the home and theme pages, reads it in Arabic and French, downloads the file
// byte-identical and reads the change history. Run twice: SQLite with files on disk, PostgreSQL with files on
// an S3 emulator. Every page visited is checked with axe.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Dialect } from '../../src/db/types.ts';
import { cliActor } from '../../src/modules/accounts/index.ts';
import { themesService } from '../../src/modules/catalog/index.ts';
import { serviceContextFor } from '../../src/modules/catalog/test-kit.ts';
import { type S3rver, startS3rver } from '../../src/modules/files/s3rver-harness.ts';
import type { TestApp } from '../app.ts';
import { addMember, createOrg, createUser } from '../session.ts';
import { assertNoAxeViolations, launchChromium, startApp, untilLoaded } from './browser.ts';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const csv = Buffer.from(
  '\uFEFFالجهة,المشتركون\nجهة الرباط سلا القنيطرة,1254300\nجهة الدار البيضاء سطات,2410870\n',
  'utf8',
);

const runs: { dialect: Dialect; storage: 'disk' | 's3' }[] = [
  { dialect: 'sqlite', storage: 'disk' },
  { dialect: 'postgres', storage: 's3' },
];

for (const run of runs)
  describe(`publishing and finding a dataset [${run.dialect}, ${run.storage}]`, () => {
    let t: TestApp;
    let origin: string;
    let browser: Browser;
    let s3: S3rver | undefined;
    let publisher: BrowserContext;
    let citizen: BrowserContext;
    const editor = { email: 'editor@anrt.ma', password: 'editor-password-1' };

    before(async () => {
      let storage = {};
      if (run.storage === 's3') {
        s3 = await startS3rver();
        await s3.storage('story');
        storage = {
          STORAGE: 's3',
          S3_ENDPOINT: s3.endpoint,
          S3_BUCKET: 'story',
          S3_ACCESS_KEY_ID: 'S3RVER',
          S3_SECRET_ACCESS_KEY: 'S3RVER',
        };
      }
      ({ t, origin } = await startApp({ RATE_LIMIT_LOGIN_PER_MINUTE: 1000, ...storage }, run.dialect));
      const org = await createOrg(t.db, 'anrt', {
        ar: 'الوكالة الوطنية لتقنين المواصلات',
        fr: 'Agence Nationale de Réglementation des Télécommunications',
        en: 'National Telecommunications Regulatory Agency',
      });
      const user = await createUser(t.db, editor);
      await addMember(t.db, org.id, user.id, 'editor');
      await themesService.createTheme(serviceContextFor(t, cliActor), {
        name: 'telecoms',
        title: { ar: 'الاتصالات', fr: 'Télécommunications', en: 'Telecommunications' },
      });
      browser = await launchChromium();
      publisher = await browser.newContext({ bypassCSP: true });
      citizen = await browser.newContext({ bypassCSP: true });
    });

    after(async () => {
      await browser?.close();
      await t?.close();
      await s3?.stop();
    });

    async function open(context: BrowserContext, path: string): Promise<Page> {
      const page = await context.newPage();
      const res = await page.goto(origin + path);
      assert.equal(res?.status(), 200, `${path} answered ${res?.status()}`);
      await assertNoAxeViolations(page, path);
      return page;
    }

    test('the publisher creates the dataset and its two resources through the pages', async () => {
      const login = await publisher.newPage();
      await login.goto(`${origin}/fr/login`);
      await login.fill('input[name="email"]', editor.email);
      await login.fill('input[name="password"]', editor.password);
      await Promise.all([
        login.waitForURL((u) => !u.pathname.endsWith('/login')),
        login.press('input[name="password"]', 'Enter'),
      ]);
      await login.close();

      const form = await open(publisher, '/fr/manage/datasets/new');
      await form.fill('input[name="name"]', 'abonnements-internet');
      await form.selectOption('select[name="organization"]', 'anrt');
      await form.fill('input[name="title.ar"]', 'الاشتراكات في الإنترنت');
      await form.fill('textarea[name="description.ar"]', 'عدد **الاشتراكات** حسب الجهة.');
      await form.fill('input[name="title.fr"]', 'Abonnements Internet');
      await form.fill('textarea[name="description.fr"]', 'Nombre d’**abonnements** par région.');
      await form.selectOption('select[name="license_id"]', 'ODbL-1.0');
      await form.selectOption('select[name="frequency"]', 'QUARTERLY');
      await form.check('input[name="themes"][value="telecoms"]');
      await form.fill('input[name="tags"]', 'internet, télécoms');
      await Promise.all([
        form.waitForURL(/\/fr\/datasets\/abonnements-internet$/),
        form.click('main form button[type="submit"]'),
      ]);
      await form.close();

      const upload = await open(publisher, '/fr/manage/datasets/abonnements-internet/resources/upload');
      await upload.fill('input[name="title.fr"]', 'Abonnés par région (CSV)');
      await upload.fill('input[name="title.ar"]', 'المشتركون حسب الجهة');
      await upload.setInputFiles('input[name="file"]', {
        name: 'abonnes.csv',
        mimeType: 'text/csv',
        buffer: csv,
      });
      await Promise.all([
        upload.waitForURL(/\/fr\/manage\/datasets\/abonnements-internet$/),
        upload.click('main form button[type="submit"]'),
      ]);
      await upload.close();

      const link = await open(publisher, '/fr/manage/datasets/abonnements-internet/resources/new');
      await link.fill('input[name="title.fr"]', 'Observatoire trimestriel');
      await link.fill('input[name="url"]', 'https://www.anrt.ma/indicateurs/observatoires');
      await link.fill('input[name="format"]', 'HTML');
      await Promise.all([
        link.waitForURL(/\/fr\/manage\/datasets\/abonnements-internet$/),
        link.click('main form button[type="submit"]'),
      ]);
      await link.close();
    });

    test('a duplicate name and a script in the description are named in the error summary; nothing changes', async () => {
      const form = await open(publisher, '/ar/manage/datasets/new');
      await form.fill('input[name="name"]', 'abonnements-internet');
      await form.selectOption('select[name="organization"]', 'anrt');
      await form.fill('input[name="title.fr"]', 'Copie');
      await form.fill('textarea[name="description.fr"]', 'Voir <script>alert(1)</script>');
      await untilLoaded(form, () => form.click('main form button[type="submit"]'));
      const summary = form.locator('.error-summary');
      assert.equal(await summary.locator('a[href="#f-name"]').count(), 1, await summary.innerText());
      assert.equal(await summary.locator('a[href="#f-description-fr"]').count(), 1);
      assert.equal(await form.inputValue('input[name="title.fr"]'), 'Copie', 'values are kept');
      await assertNoAxeViolations(form, 'the refused form');
      const titles = await t.db.db.selectFrom('datasets').select('title').execute();
      assert.equal(titles.length, 1, 'no second dataset');
    });

    test('a citizen finds it on the home and theme pages', async () => {
      const home = await open(citizen, '/ar/');
      assert.ok(
        await home.locator('a[href="/ar/datasets/abonnements-internet"]').count(),
        'the home page lists the new dataset',
      );
      const theme = await open(citizen, '/ar/themes/telecoms');
      await Promise.all([
        theme.waitForURL(/\/ar\/datasets\/abonnements-internet$/),
        theme.locator('a[href="/ar/datasets/abonnements-internet"]').first().click(),
      ]);
      assert.equal(await theme.locator('h1').innerText(), 'الاشتراكات في الإنترنت');
    });

    test('it reads in Arabic and in French, and the file downloads byte-identical', async () => {
      const ar = await open(citizen, '/ar/datasets/abonnements-internet');
      assert.deepEqual(
        await ar.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
        ['ar', 'rtl'],
      );
      assert.equal(await ar.locator('h1').innerText(), 'الاشتراكات في الإنترنت');
      assert.match(await ar.locator('main').innerText(), /المشتركون حسب الجهة/);
      assert.equal(
        await ar.locator('main strong', { hasText: 'الاشتراكات' }).count(),
        1,
        'Markdown rendered',
      );

      const fr = await open(citizen, '/fr/datasets/abonnements-internet');
      assert.equal(await fr.locator('h1').innerText(), 'Abonnements Internet');
      const text = await fr.locator('main').innerText();
      for (const expected of ['Abonnés par région (CSV)', 'Observatoire trimestriel', 'ODbL'])
        assert.ok(text.includes(expected), `the French page shows ${expected}`);

      const href = await fr.locator('a[href$="/download"]').first().getAttribute('href');
      assert.ok(href, 'a download link');
      const got = await citizen.request.get(origin + href);
      assert.equal(got.status(), 200);
      assert.equal(sha(await got.body()), sha(csv), 'byte-identical');
      assert.match(got.headers()['content-disposition'] ?? '', /abonnes\.csv/);
    });

    test('the change history shows who did what', async () => {
      const fr = await open(citizen, '/fr/datasets/abonnements-internet');
      const history = await fr.locator('section[aria-labelledby="activity-title"] li').allInnerTexts();
      assert.ok(history.length >= 3, `three changes at least: ${history.join(' | ')}`);
      const en = await open(citizen, '/en/datasets/abonnements-internet');
      assert.equal(
        await en.locator('h1').innerText(),
        'Abonnements Internet',
        'falls back to a language it has',
      );
    });
  });
