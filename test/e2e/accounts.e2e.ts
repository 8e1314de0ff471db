// Account and administration pages in a real browser: keyboard-only sign-in, error display, axe in three
// languages, right-to-left in Arabic.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { TestApp } from '../app.ts';
import { addMember, createOrg, createUser } from '../session.ts';
import { assertNoAxeViolations, launchChromium, startApp, tabTo, untilLoaded } from './browser.ts';

describe('account and admin pages in a real browser', () => {
  let t: TestApp;
  let origin: string;
  let browser: Browser;
  let anon: BrowserContext;
  let admin: BrowserContext;
  const sysadmin = { email: 'root@example.ma', password: 'root-password-1' };

  async function signInWithKeyboard(context: BrowserContext, lang: string, email: string, password: string) {
    const page = await context.newPage();
    await page.goto(`${origin}/${lang}/login`);
    await tabTo(page, 'input[name="email"]');
    await page.keyboard.type(email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(password);
    await Promise.all([
      page.waitForURL((u) => u.pathname === `/${lang}/account`),
      page.keyboard.press('Enter'),
    ]);
    return page;
  }

  before(async () => {
    ({ t, origin } = await startApp({ RATE_LIMIT_LOGIN_PER_MINUTE: 1000 }));
    const root = await createUser(t.db, { ...sysadmin, sysadmin: true });
    const org = await createOrg(t.db, 'hcp', {
      ar: 'المندوبية السامية للتخطيط',
      fr: 'Haut-Commissariat au Plan',
      en: 'High Commission for Planning',
    });
    await addMember(t.db, org.id, root.id, 'admin');
    browser = await launchChromium();
    anon = await browser.newContext({ bypassCSP: true });
    admin = await browser.newContext({ bypassCSP: true });
    (await signInWithKeyboard(admin, 'fr', sysadmin.email, sysadmin.password)).close();
  });

  after(async () => {
    await browser?.close();
    await t?.close();
  });

  async function check(context: BrowserContext, path: string): Promise<Page> {
    const page = await context.newPage();
    const res = await page.goto(origin + path);
    assert.equal(res?.status(), 200, `${path} answered ${res?.status()}`);
    const lang = path.split('/')[1]!;
    const attrs = await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
    assert.deepEqual(attrs, [lang, lang === 'ar' ? 'rtl' : 'ltr']);
    await assertNoAxeViolations(page, path);
    return page;
  }

  for (const path of ['/ar/login', '/fr/login', '/en/signup', '/ar/signup', '/fr/password/forgot']) {
    test(`${path} is axe-clean`, async () => {
      await (await check(anon, path)).close();
    });
  }

  test('a refused sign-in shows the error summary, keeps the e-mail, and stays axe-clean', async () => {
    const page = await anon.newPage();
    await page.goto(`${origin}/fr/login`);
    await page.fill('input[name="email"]', 'someone@example.ma');
    await page.fill('input[name="password"]', 'wrong-password-1');
    await untilLoaded(page, () => page.press('input[name="password"]', 'Enter'));
    assert.match((await page.textContent('.error-summary')) ?? '', /incorrect/);
    assert.equal(await page.inputValue('input[name="email"]'), 'someone@example.ma');
    assert.equal(await page.inputValue('input[name="password"]'), '');
    await assertNoAxeViolations(page, 'refused sign-in');
    await page.close();
  });

  test('empty sign-up: every field error is linked from the summary, axe-clean in Arabic', async () => {
    const page = await anon.newPage();
    await page.goto(`${origin}/ar/signup`);
    await untilLoaded(page, () => page.click('form.form button[type="submit"]'));
    const links = await page.$$eval('.error-summary a', (as) => as.map((a) => a.getAttribute('href')));
    assert.ok(links.length >= 3, `summary links: ${links.join(', ')}`);
    for (const href of links) assert.ok(await page.$(href!), `${href} points to a field`);
    await assertNoAxeViolations(page, 'sign-up with errors');
    await page.close();
  });

  for (const path of [
    '/fr/account',
    '/ar/account',
    '/fr/account/tokens',
    '/ar/account/password',
    '/fr/admin',
    '/fr/admin/users',
    '/ar/admin/users',
    '/fr/admin/organizations',
    '/ar/admin/organizations/hcp',
    '/fr/organizations/hcp/members',
    '/ar/organizations/hcp/members',
    '/fr/admin/audit',
    '/en/admin/audit',
    '/fr/manage/datasets/new',
    '/ar/manage/datasets/new',
  ]) {
    test(`${path} is axe-clean for a sysadmin`, async () => {
      await (await check(admin, path)).close();
    });
  }

  test('a token is created and shown once, with the keyboard alone', async () => {
    const page = await admin.newPage();
    await page.goto(`${origin}/en/account/tokens`);
    await tabTo(page, 'input[name="name"]');
    await page.keyboard.type('Nightly harvest');
    await untilLoaded(page, () => page.keyboard.press('Enter'));
    const shown = await page.textContent('.token-once');
    assert.match(shown ?? '', /shf_[\w-]{43}/);
    await assertNoAxeViolations(page, 'token shown once');
    await page.goto(`${origin}/en/account/tokens`);
    assert.ok(!(await page.content()).includes(shown!.trim()), 'the token is not shown again');
    await page.close();
  });
});
