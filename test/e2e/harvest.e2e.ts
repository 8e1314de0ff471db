// The harvest back-office in a real browser: a system administrator creates a data.json source with the form,
// runs it, reads the report; the source pages and the harvested dataset's page pass axe in ar, fr and en.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Worker } from '../../src/jobs/index.ts';
import { json, localServer } from '../../src/modules/harvest/test-kit.ts';
import type { TestApp } from '../app.ts';
import { createOrg, createUser } from '../session.ts';
import { assertNoAxeViolations, launchChromium, startApp, untilLoaded } from './browser.ts';

describe('harvest back-office in a real browser', () => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let origin: string;
  let server: Awaited<ReturnType<typeof localServer>>;
  let sourcePath = '';
  let runPath = '';
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
    });
    browser = await launchChromium();
    context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    await createUser(t.db, { ...root, name: 'Root', sysadmin: true });
    await createOrg(t.db, 'onee', { fr: 'Office de l’eau', ar: 'مكتب الماء', en: 'Water office' });
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

  for (const lang of ['ar', 'fr', 'en'])
    test(`harvest pages in ${lang} have no axe violations`, async () => {
      const page = await context.newPage();
      for (const path of ['/admin/harvest', sourcePath, runPath, '/datasets/water-quality']) {
        await page.goto(`${origin}/${lang}${path}`);
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        await assertNoAxeViolations(page, `/${lang}${path}`);
      }
      await page.close();
    });
});
