// A request without an account in a real browser, in ar, fr and en: the signed-out form asks for an e-mail
// address (and the urgency), the request stays unpublished until the e-mailed link is followed, then shows with
// the display name and never the address; the withdraw link, the officer's assignment form and the
// organisation page's requests section pass axe too.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { TestApp } from '../app.ts';
import { addMember, createOrg, createUser } from '../session.ts';
import { assertNoAxeViolations, launchChromium, startApp, untilLoaded } from './browser.ts';

const texts = {
  ar: { title: 'جودة مياه الشرب حسب الجماعة', name: 'جمعية الحي' },
  fr: { title: 'Qualité de l’eau potable par commune', name: 'Association du quartier' },
  en: { title: 'Drinking water quality by commune', name: 'Neighbourhood association' },
} as const;

describe('data requests without an account in a real browser', () => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let origin: string;
  const ids: Record<string, string> = {};

  const lastMail = async (to: string) =>
    (
      await t.db.db
        .selectFrom('mail_outbox')
        .select('body_text')
        .where('to_address', '=', to)
        .orderBy('created_at', 'desc')
        .executeTakeFirstOrThrow()
    ).body_text;

  async function signIn(page: Page, email: string, password: string) {
    await page.goto(`${origin}/fr/login`);
    await page.fill('input[name="email"]', email);
    await page.fill('input[name="password"]', password);
    await Promise.all([
      page.waitForURL((u) => !u.pathname.endsWith('/login')),
      page.press('input[name="password"]', 'Enter'),
    ]);
  }

  before(async () => {
    ({ t, origin } = await startApp({ RATE_LIMIT_LOGIN_PER_MINUTE: 1000 }));
    browser = await launchChromium();
    context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    const org = await createOrg(t.db, 'eau', { fr: 'Office de l’eau', ar: 'مكتب الماء', en: 'Water office' });
    const admin = await createUser(t.db, {
      email: 'eau-admin@example.ma',
      password: 'admin-password-1',
      name: 'Officer',
    });
    const editor = await createUser(t.db, {
      email: 'eau-editor@example.ma',
      password: 'editor-password-1',
      name: 'Manager',
    });
    await addMember(t.db, org.id, admin.id, 'admin');
    await addMember(t.db, org.id, editor.id, 'editor');
    await createUser(t.db, { email: 'root@example.ma', password: 'root-password-1', sysadmin: true });
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await t?.close();
  });

  for (const lang of ['ar', 'fr', 'en'] as const) {
    test(`${lang}: the request is published only after the e-mailed link`, async () => {
      const page = await context.newPage();
      const email = `resident-${lang}@example.ma`;
      await page.goto(`${origin}/${lang}/requests/new`);
      assert.equal(await page.getAttribute('html', 'dir'), lang === 'ar' ? 'rtl' : 'ltr');
      await assertNoAxeViolations(page, `/${lang}/requests/new (signed out)`);
      await page.fill('input[name="email"]', email);
      await page.fill('input[name="name"]', texts[lang].name);
      await page.fill('input[name="title"]', texts[lang].title);
      await page.fill(
        'textarea[name="description"]',
        `${texts[lang].title}: 2020–2025, monthly, per station.`,
      );
      await page.fill('textarea[name="purpose"]', 'Public health.');
      await page.selectOption('select[name="organization"]', 'eau');
      await page.check('input[name="urgent"]');
      // The urgency needs a reason: the form comes back with the error, in the page language, values kept.
      await untilLoaded(page, () =>
        page.click('form[action$="/requests/new"] button[type="submit"]:not([name])'),
      );
      assert.ok(await page.isVisible('#error-summary'));
      assert.equal(await page.inputValue('input[name="email"]'), email);
      await assertNoAxeViolations(page, `/${lang}/requests/new (errors)`);
      await page.fill(
        'textarea[name="urgent_reason"]',
        'Children fell ill after drinking tap water in our street.',
      );
      await Promise.all([
        page.waitForURL(new RegExp(`/${lang}/requests$`)),
        page.click('form[action$="/requests/new"] button[type="submit"]:not([name])'),
      ]);
      assert.ok(await page.isVisible('.notice'));
      assert.ok(!(await page.isVisible(`text=${texts[lang].title}`)), 'not public before confirmation');
      await assertNoAxeViolations(page, `/${lang}/requests (check your e-mail)`);

      const link = /https?:\/\/\S+\/requests\/confirm\?token=[\w-]+/.exec(await lastMail(email))![0];
      await page.goto(`${origin}${new URL(link).pathname}${new URL(link).search}`);
      await assertNoAxeViolations(page, `/${lang}/requests/confirm`);
      await Promise.all([
        page.waitForURL(/\/requests\/[0-9a-f-]{36}$/),
        page.click('form[action$="/requests/confirm"] button[type="submit"]'),
      ]);
      ids[lang] = page.url().split('/').pop()!;
      assert.ok(await page.isVisible(`text=${texts[lang].name}`));
      assert.ok(!(await page.content()).includes(email), 'the address is never shown');
      await assertNoAxeViolations(page, `/${lang}/requests/:id (confirmed)`);
      await page.close();
    });
  }

  test('the officer assigns, the moderator reviews urgency; the withdraw link and organisation page pass axe', async () => {
    const mod = await (await browser.newContext({ bypassCSP: true })).newPage();
    await signIn(mod, 'root@example.ma', 'root-password-1');
    await mod.goto(`${origin}/fr/requests/${ids.fr}`);
    await mod.selectOption('select[name="to"]', 'routed');
    await untilLoaded(mod, () => mod.click('form[action$="/transition"] button[type="submit"]'));
    await untilLoaded(mod, () =>
      mod.click('form[action$="/urgency"]:has(input[value="true"]) button[type="submit"]'),
    );
    await assertNoAxeViolations(mod, '/fr/requests/:id (moderator)');

    const officer = await (await browser.newContext({ bypassCSP: true })).newPage();
    await signIn(officer, 'eau-admin@example.ma', 'admin-password-1');
    for (const lang of ['ar', 'en', 'fr']) {
      await officer.goto(`${origin}/${lang}/requests/${ids.fr}`);
      await assertNoAxeViolations(officer, `/${lang}/requests/:id (officer)`);
    }
    await officer.selectOption('select[name="assignee"]', { label: 'Manager' });
    await untilLoaded(officer, () => officer.click('form[action$="/assign"] button[type="submit"]'));
    assert.ok(await officer.isVisible('text=Attribuée à Manager'));

    const page = await context.newPage();
    const withdraw = /https?:\/\/\S+\/requests\/[\w-]+\/withdraw\?s=[\w-]+/.exec(
      await lastMail('resident-fr@example.ma'),
    );
    assert.ok(withdraw, 'the update e-mail carries the withdraw link');
    const u = new URL(withdraw[0]);
    for (const lang of ['ar', 'fr', 'en']) {
      await page.goto(`${origin}${u.pathname.replace(/^\/\w\w\//, `/${lang}/`)}${u.search}`);
      await assertNoAxeViolations(page, `/${lang}/requests/:id/withdraw`);
      await page.goto(`${origin}/${lang}/organizations/eau`);
      assert.ok(await page.isVisible('#org-requests'));
      await assertNoAxeViolations(page, `/${lang}/organizations/eau`);
    }
    await page.goto(`${origin}${u.pathname}${u.search}`);
    await Promise.all([
      page.waitForURL(/\/requests\/[0-9a-f-]{36}$/),
      page.click('form[action$="/withdraw"] button[type="submit"]'),
    ]);
    assert.ok(await page.isVisible('.notice'));
    await assertNoAxeViolations(page, '/fr/requests/:id (withdrawn)');
    await page.close();
  });
});
