// The harvest back-office in a real browser: a system administrator creates a data.json source with the form,
// runs it, reads the report, cancels a queued run; a publisher sets a resource's scheduled refresh with the
// keyboard, refreshes it now and reads the outcome; every page (and the theme administration, where the EU
// data theme is chosen) passes axe in ar, fr and en.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Worker } from '../../src/jobs/index.ts';
import { cliActor } from '../../src/modules/accounts/index.ts';
import { datasetsService, resourcesService, themesService } from '../../src/modules/catalog/index.ts';
import { serviceContextFor } from '../../src/modules/catalog/test-kit.ts';
import { json, localServer } from '../../src/modules/harvest/test-kit.ts';
import type { TestApp } from '../app.ts';
import { createOrg, createUser } from '../session.ts';
import { assertNoAxeViolations, launchChromium, startApp, tabTo, untilLoaded } from './browser.ts';

describe('harvest back-office in a real browser', () => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let origin: string;
  let server: Awaited<ReturnType<typeof localServer>>;
  let sourcePath = '';
  let runPath = '';
  let cancelledPath = '';
  let refreshPath = '';
  const root = { email: 'root@example.ma', password: 'root-password-1' };

  async function signIn(page: Page) {
    await page.goto(`${origin}/fr/login`);
    await page.fill('input[name="email"]', root.email);
    await page.fill('input[name="password"]', root.password);
    await Promise.all([
      page.waitForURL((u) => !u.pathname.endsWith('/login')),
      page.press('input[name="password"]', 'Enter'),
    ]);
  }

  before(async () => {
    ({ t, origin } = await startApp({ RATE_LIMIT_LOGIN_PER_MINUTE: 1000, HARVEST_ALLOW_PRIVATE: true }));
    server = await localServer({
      '/data.json': json({
        dataset: [
          {
            identifier: 'water-quality',
            title: 'Qualité de l’eau',
            description: 'Analyses mensuelles.',
            license: 'https://creativecommons.org/licenses/by/4.0/',
            distribution: [{ downloadURL: 'https://data.example.org/water.csv', format: 'CSV' }],
          },
          { identifier: 'no-title', title: '' },
        ],
      }),
      '/export.csv': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/csv' });
        res.end('station,ph\nRabat,7.2\n');
      },
    });
    browser = await launchChromium();
    context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    await createUser(t.db, { ...root, name: 'Root', sysadmin: true });
    await createOrg(t.db, 'onee', { fr: 'Office de l’eau', ar: 'مكتب الماء', en: 'Water office' });
    const ctx = serviceContextFor(t, cliActor);
    await datasetsService.createDataset(ctx, {
      name: 'stations-eau',
      organization: 'onee',
      title: { fr: 'Stations de mesure', ar: 'محطات القياس', en: 'Measuring stations' },
      state: 'active',
      visibility: 'public',
    });
    const r = await resourcesService.createResource(ctx, 'stations-eau', {
      url: 'https://data.example.org/stations.csv',
      title: { fr: 'Mesures', ar: 'القياسات', en: 'Measurements' },
      format: 'CSV',
    });
    refreshPath = `/manage/datasets/stations-eau/resources/${r.id}/refresh`;
    await themesService.createTheme(ctx, {
      name: 'health',
      title: { fr: 'Santé', en: 'Health' },
      eu_theme: 'HEAL',
    });
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    await t?.close();
  });

  test('an administrator creates a source, runs it and reads the report', async () => {
    const page = await context.newPage();
    await signIn(page);
    await page.goto(`${origin}/fr/admin/harvest/new`);
    await assertNoAxeViolations(page, '/fr/admin/harvest/new');
    // A refused submission keeps what was typed and names the fields.
    await page.fill('input[name="title"]', 'Portail de l’eau');
    await untilLoaded(page, () => page.click('form[action$="/admin/harvest/new"] button[type="submit"]'));
    assert.ok(await page.isVisible('#error-summary'));
    assert.equal(await page.inputValue('input[name="title"]'), 'Portail de l’eau');
    await assertNoAxeViolations(page, '/fr/admin/harvest/new (errors)');
    await page.fill('input[name="url"]', server.url('/data.json'));
    await page.selectOption('select[name="type"]', 'datajson');
    await page.fill('input[name="organization"]', 'onee');
    await Promise.all([
      page.waitForURL(/\/fr\/admin\/harvest\/[0-9a-f-]{36}$/),
      page.click('form[action$="/admin/harvest/new"] button[type="submit"]'),
    ]);
    sourcePath = new URL(page.url()).pathname.slice(3);
    await Promise.all([page.waitForURL(/\/runs\//), page.click(`form[action$="/run"] button`)]);
    runPath = new URL(page.url()).pathname.slice(3);
    await new Worker(t.db, t.queue).drain();
    await page.reload();
    assert.ok(await page.isVisible('text=Terminée'));
    assert.ok(await page.isVisible('text=no-title'));
    await page.close();
  });

  test('the dashboard links to harvesting; a queued run is cancelled with its button', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/fr/admin`);
    await Promise.all([
      page.waitForURL(/\/fr\/admin\/harvest$/),
      page.click('main a[href="/fr/admin/harvest"]'),
    ]);
    await page.goto(`${origin}/fr${sourcePath}`);
    await Promise.all([page.waitForURL(/\/runs\//), page.click(`form[action$="/run"] button`)]);
    cancelledPath = new URL(page.url()).pathname.slice(3);
    assert.ok(await page.isVisible('text=En file d’attente'));
    await assertNoAxeViolations(page, `/fr${cancelledPath} (queued)`);
    await tabTo(page, 'form[action$="/cancel"] button');
    await untilLoaded(page, () => page.keyboard.press('Enter'));
    assert.ok(await page.isVisible('text=Annulée'));
    assert.equal(await page.locator('form[action$="/cancel"]').count(), 0);
    await new Worker(t.db, t.queue).drain();
    await page.reload();
    assert.ok(await page.isVisible('text=Annulée'));
    await page.close();
  });

  test('a publisher sets a scheduled refresh with the keyboard, refreshes now and reads the outcome', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/fr${refreshPath.replace(/\/refresh$/, '')}`);
    await Promise.all([page.waitForURL(/\/refresh$/), page.click('main a[href$="/refresh"]')]);
    await assertNoAxeViolations(page, `/fr${refreshPath} (none)`);
    await page.fill('input[name="url"]', 'ftp://nowhere.example/x.csv');
    await untilLoaded(page, () => page.click('form[action$="/refresh"] button[type="submit"]'));
    assert.ok(await page.isVisible('#error-summary'));
    await assertNoAxeViolations(page, `/fr${refreshPath} (errors)`);
    await page.fill('input[name="url"]', server.url('/export.csv'));
    await page.selectOption('select[name="schedule"]', 'weekly');
    await tabTo(page, 'form[action$="/refresh"] button[type="submit"]');
    await untilLoaded(page, () => page.keyboard.press('Enter'));
    assert.ok(await page.isVisible('text=Prochaine actualisation'));
    await tabTo(page, 'form[action$="/refresh/run"] button');
    await untilLoaded(page, () => page.keyboard.press('Enter'));
    await new Worker(t.db, t.queue).drain();
    await page.reload();
    assert.ok(await page.isVisible('text=Nouvelle version enregistrée'));
    // The public resource page says the file updates itself, in every language.
    const publicPath = refreshPath.replace(/^\/manage/, '').replace(/\/refresh$/, '');
    for (const lang of ['ar', 'fr', 'en']) {
      await page.goto(`${origin}/${lang}${publicPath}`);
      assert.equal(await page.locator('#refresh-public-title').count(), 1);
      await assertNoAxeViolations(page, `/${lang}${publicPath}`);
    }
    await page.close();
  });

  for (const lang of ['ar', 'fr', 'en'])
    test(`harvest pages in ${lang} have no axe violations`, async () => {
      const page = await context.newPage();
      const paths = [
        '/admin/themes',
        '/admin/themes/health',
        '/admin/themes/new',
        '/admin/harvest',
        sourcePath,
        runPath,
        cancelledPath,
        refreshPath,
        '/datasets/water-quality',
      ];
      for (const path of paths) {
        await page.goto(`${origin}/${lang}${path}`);
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        await assertNoAxeViolations(page, `/${lang}${path}`);
      }
      await page.close();
    });
});
