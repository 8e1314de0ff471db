// End-to-end: the real app over real HTTP, driven by headless Chromium (playwright-core), checked with axe-core.
// Screenshots for humans land in /tmp/shafaf-e2e/.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { TestApp } from '../app.ts';
import { activeMatches, assertNoAxeViolations, launchChromium, startApp } from './browser.ts';

const SHOTS = '/tmp/shafaf-e2e';
const LANG_LINK = 'nav.lang-switcher a[hreflang="fr"]';

describe('home page in a real browser', () => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let origin: string;
  const requests: string[] = [];

  before(async () => {
    ({ t, origin } = await startApp());
    browser = await launchChromium();
    // The app's CSP forbids inline scripts; bypassing it is what lets axe be injected.
    context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 800 } });
    mkdirSync(SHOTS, { recursive: true });
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await t?.close();
  });

  /** A fresh page (every request it makes is recorded) opened at `path`. */
  async function open(path: string, width = 1280, height = 800): Promise<{ page: Page; status: number }> {
    const page = await context.newPage();
    page.on('request', (req) => requests.push(req.url()));
    await page.setViewportSize({ width, height });
    const res = await page.goto(origin + path, { waitUntil: 'load' });
    return { page, status: res?.status() ?? 0 };
  }

  async function htmlAttrs(page: Page): Promise<{ lang: string | null; dir: string | null }> {
    return page.evaluate(() => ({
      lang: document.documentElement.getAttribute('lang'),
      dir: document.documentElement.getAttribute('dir'),
    }));
  }

  for (const lang of ['ar', 'fr', 'en']) {
    test(`/${lang}/ has lang/dir set and no axe violations`, async () => {
      const { page, status } = await open(`/${lang}/`);
      assert.equal(status, 200);
      assert.deepEqual(await htmlAttrs(page), { lang, dir: lang === 'ar' ? 'rtl' : 'ltr' });
      await assertNoAxeViolations(page, `/${lang}/`);
      await page.close();
    });
  }

  test('/fr/about has no axe violations', async () => {
    const { page, status } = await open('/fr/about');
    assert.equal(status, 200);
    await assertNoAxeViolations(page, '/fr/about');
    await page.close();
  });

  test('the 404 page has no axe violations', async () => {
    const { page, status } = await open('/fr/does-not-exist');
    assert.equal(status, 404);
    assert.deepEqual(await htmlAttrs(page), { lang: 'fr', dir: 'ltr' });
    await assertNoAxeViolations(page, '/fr/does-not-exist');
    await page.close();
  });

  test('the first Tab reaches the skip link, and Enter moves focus to #main', async () => {
    const { page } = await open('/fr/');
    await page.keyboard.press('Tab');
    assert.ok(await activeMatches(page, 'a.skip-link'), 'first Tab should focus a.skip-link');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'main', null, { timeout: 2000 });
    assert.equal(new URL(page.url()).hash, '#main');
    await page.close();
  });

  test('the language can be switched from ar to fr with the keyboard alone', async () => {
    const { page } = await open('/ar/');
    let found = false;
    for (let i = 0; i < 30 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await activeMatches(page, LANG_LINK);
    }
    assert.ok(found, `no ${LANG_LINK} reached within 30 Tabs`);
    await Promise.all([page.waitForURL((u) => u.pathname === '/fr/'), page.keyboard.press('Enter')]);
    assert.equal(new URL(page.url()).pathname, '/fr/');
    assert.deepEqual(await htmlAttrs(page), { lang: 'fr', dir: 'ltr' });
    await page.close();
  });

  for (const lang of ['ar', 'fr']) {
    test(`/${lang}/ screenshots, and no horizontal scroll at 320px`, async () => {
      const wide = await open(`/${lang}/`);
      await wide.page.screenshot({ path: `${SHOTS}/${lang}-1280x800.png`, fullPage: true });
      await wide.page.close();
      const { page } = await open(`/${lang}/`, 320, 640);
      await page.screenshot({ path: `${SHOTS}/${lang}-320.png`, fullPage: true });
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= 320, `/${lang}/ is ${scrollWidth}px wide at a 320px viewport`);
      await page.close();
    });
  }

  test('no request goes to another host', () => {
    assert.ok(requests.length > 0, 'no requests were recorded');
    const foreign = requests.filter((u) => !u.startsWith(`${origin}/`));
    assert.deepEqual(foreign, [], `requests to other hosts: ${foreign.join(', ')}`);
  });
});
