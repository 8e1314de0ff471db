// Data requests in a real browser without JavaScript-dependent steps: a citizen asks for data (similar requests
// suggested first), the request shows up in the list; every request page passes axe in ar, fr and en.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { TestApp } from '../app.ts';
import { addMember, createOrg, createUser } from '../session.ts';
import { assertNoAxeViolations, launchChromium, startApp, untilLoaded } from './browser.ts';

describe('data requests in a real browser', () => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let origin: string;
  let requestId = '';
  const citizen = { email: 'citizen@example.ma', password: 'citizen-password-1' };
  const officer = { email: 'officer@example.ma', password: 'officer-password-1' };

  async function signIn(page: Page, who: { email: string; password: string }) {
    await page.goto(`${origin}/fr/login`);
    await page.fill('input[name="email"]', who.email);
    await page.fill('input[name="password"]', who.password);
    await Promise.all([
      page.waitForURL((u) => !u.pathname.endsWith('/login')),
      page.press('input[name="password"]', 'Enter'),
    ]);
  }

  before(async () => {
    ({ t, origin } = await startApp({ RATE_LIMIT_LOGIN_PER_MINUTE: 1000 }));
    browser = await launchChromium();
    context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    await createUser(t.db, { ...citizen, name: 'Amina' });
    const o = await createUser(t.db, { ...officer, name: 'Officer' });
    const org = await createOrg(t.db, 'sante', {
      fr: 'Ministère de la Santé',
      ar: 'وزارة الصحة',
      en: 'Ministry of Health',
    });
    await addMember(t.db, org.id, o.id, 'editor');
    // An existing request (routed to the ministry) for the duplicate suggestion and the officer's queue.
    await createUser(t.db, { email: 'root@example.ma', password: 'root-password-1', sysadmin: true });
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await t?.close();
  });

  test('a citizen asks for data: similar requests first, then the request and its public page', async () => {
    const page = await context.newPage();
    await signIn(page, citizen);
    await page.goto(`${origin}/fr/requests/new`);
    await assertNoAxeViolations(page, '/fr/requests/new');
    await page.fill('input[name="title"]', 'Temps d’attente dans les hôpitaux');
    await page.fill(
      'textarea[name="description"]',
      'Délais médians de consultation par hôpital public, par mois.',
    );
    await page.fill('textarea[name="purpose"]', 'Comparer les régions.');
    await page.selectOption('select[name="organization"]', 'sante');
    await Promise.all([
      page.waitForURL(/check=1/),
      page.click('form[action$="/requests/new"] button[name="check"]'),
    ]);
    assert.equal(await page.inputValue('input[name="title"]'), 'Temps d’attente dans les hôpitaux');
    await assertNoAxeViolations(page, '/fr/requests/new?check=1');
    await Promise.all([
      page.waitForURL(/\/fr\/requests\/[0-9a-f-]{36}$/),
      page.click('form[action$="/requests/new"] button[type="submit"]:not([name])'),
    ]);
    requestId = page.url().split('/').pop()!;
    assert.ok(await page.isVisible('text=Temps d’attente dans les hôpitaux'));
    await assertNoAxeViolations(page, '/fr/requests/:id (requester)');
    await page.close();
  });

  for (const lang of ['ar', 'fr', 'en']) {
    test(`request pages in ${lang} have no axe violations`, async () => {
      const page = await context.newPage();
      for (const path of [
        '/requests',
        `/requests/${requestId}`,
        '/requests/statistics',
        '/requests?overdue=1',
      ]) {
        const res = await page.goto(`${origin}/${lang}${path}`);
        assert.equal(res?.status(), 200, path);
        assert.equal(await page.getAttribute('html', 'dir'), lang === 'ar' ? 'rtl' : 'ltr');
        await assertNoAxeViolations(page, `/${lang}${path}`);
      }
      await page.close();
    });
  }

  test('the officer of the organisation sees the answer forms and the queue', async () => {
    const officerContext = await browser.newContext({ bypassCSP: true });
    const page = await officerContext.newPage();
    // A moderator routes the request to the ministry through the form.
    await signIn(page, { email: 'root@example.ma', password: 'root-password-1' });
    await page.goto(`${origin}/fr/requests/${requestId}`);
    await page.selectOption('select[name="to"]', 'routed');
    await untilLoaded(page, () => page.click('form[action$="/transition"] button[type="submit"]'));
    assert.ok(await page.isVisible('text=Transmise à une organisation'));
    await officerContext.close();

    const officerPage = await (await browser.newContext({ bypassCSP: true })).newPage();
    await signIn(officerPage, officer);
    await officerPage.goto(`${origin}/fr/requests/queue`);
    await assertNoAxeViolations(officerPage, '/fr/requests/queue');
    // A quick step from the queue: under review, back to the queue.
    await officerPage.selectOption(`select#to-${requestId}`, 'under_review');
    await Promise.all([
      officerPage.waitForURL(/\/fr\/requests\/queue$/),
      officerPage.click(`form[action="/fr/requests/${requestId}/transition"] button[type="submit"]`),
    ]);
    assert.ok(await officerPage.isVisible('text=En cours d’examen'));
    await officerPage.goto(`${origin}/ar/requests/${requestId}`);
    assert.ok(await officerPage.isVisible('select[name="refusal_reason"]'));
    await assertNoAxeViolations(officerPage, '/ar/requests/:id (officer)');
    await officerPage.close();
  });
});
