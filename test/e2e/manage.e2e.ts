// The publisher back-office in a real browser: a publisher signs in, edits a resource, reorders with the
// keyboard, publishes drafts with a bulk action, and uploads with the progress script under the site's real
// Content-Security-Policy; axe (WCAG 2.1 AA) in Arabic and French.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { cliActor } from '../../src/modules/accounts/index.ts';
import { datasetsService, resourcesService } from '../../src/modules/catalog/index.ts';
import { sampleDataset, serviceContextFor } from '../../src/modules/catalog/test-kit.ts';
import type { TestApp } from '../app.ts';
import { addMember, createOrg, createUser } from '../session.ts';
import {
  activeMatches,
  assertNoAxeViolations,
  launchChromium,
  startApp,
  tabTo,
  untilLoaded,
} from './browser.ts';

describe('publisher back-office in a real browser', () => {
  let t: TestApp;
  let origin: string;
  let browser: Browser;
  /** Axe needs its script injected: this context bypasses the CSP. */
  let pub: BrowserContext;
  /** The site's CSP applies here: the upload script must work under it. */
  let strict: BrowserContext;
  const editor = { email: 'editrice@onee.ma', password: 'editor-password-1' };
  const resourceIds: string[] = [];

  async function signIn(context: BrowserContext) {
    const page = await context.newPage();
    await page.goto(`${origin}/fr/login`);
    await page.fill('input[name="email"]', editor.email);
    await page.fill('input[name="password"]', editor.password);
    await Promise.all([
      page.waitForURL((u) => u.pathname === '/fr/account'),
      page.press('input[name="password"]', 'Enter'),
    ]);
    await page.close();
  }

  const resources = async () =>
    (await datasetsService.getDataset(serviceContextFor(t, cliActor), 'barrages')).resources;

  before(async () => {
    ({ t, origin } = await startApp({ RATE_LIMIT_LOGIN_PER_MINUTE: 1000 }));
    const org = await createOrg(t.db, 'onee', {
      ar: 'المكتب الوطني للكهرباء والماء الصالح للشرب',
      fr: 'Office national de l’électricité et de l’eau potable',
      en: 'National Office of Electricity and Drinking Water',
    });
    const u = await createUser(t.db, { ...editor, name: 'Salma Editrice' });
    await addMember(t.db, org.id, u.id, 'editor');
    const ctx = serviceContextFor(t, cliActor);
    await datasetsService.createDataset(ctx, sampleDataset('barrages', 'onee'));
    for (const [fr, ar] of [
      ['Situation des barrages', 'وضعية السدود'],
      ['Retenues', 'الحقينات'],
      ['Notice', 'دليل'],
    ] as const)
      resourceIds.push(
        (
          await resourcesService.createResource(ctx, 'barrages', {
            title: { fr, ar },
            url: `https://data.onee.ma/${encodeURIComponent(fr)}.csv`,
          })
        ).id,
      );
    for (const name of ['brouillon-eau', 'brouillon-electricite'])
      await datasetsService.createDataset(
        ctx,
        sampleDataset(name, 'onee', {
          state: 'draft',
          title: { fr: `Brouillon ${name}`, ar: `مسودة ${name}` },
        }),
      );
    browser = await launchChromium();
    pub = await browser.newContext({ bypassCSP: true });
    strict = await browser.newContext();
    await signIn(pub);
    await signIn(strict);
  });

  after(async () => {
    await browser?.close();
    await t?.close();
  });

  async function open(context: BrowserContext, path: string): Promise<Page> {
    const page = await context.newPage();
    const res = await page.goto(origin + path);
    assert.equal(res?.status(), 200, `${path} answered ${res?.status()}`);
    const lang = path.split('/')[1]!;
    const attrs = await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
    assert.deepEqual(attrs, [lang, lang === 'ar' ? 'rtl' : 'ltr']);
    return page;
  }

  for (const lang of ['ar', 'fr'])
    test(`the back-office pages are axe-clean in ${lang}`, async () => {
      const [first] = resourceIds;
      for (const path of [
        `/${lang}/manage/datasets`,
        `/${lang}/manage/datasets?state=draft`,
        `/${lang}/manage/datasets/barrages`,
        `/${lang}/manage/datasets/barrages/resources/${first}`,
        `/${lang}/manage/datasets/barrages/resources/${first}/delete`,
        `/${lang}/manage/datasets/barrages/resources/upload`,
        `/${lang}/manage/datasets/bulk?ids=brouillon-eau&action=publish`,
      ]) {
        const page = await open(pub, path);
        await assertNoAxeViolations(page, path);
        await page.close();
      }
    });

  test('a resource is edited: the Arabic title changes, the notice is announced', async () => {
    const page = await open(pub, '/fr/manage/datasets/barrages');
    await Promise.all([
      page.waitForURL((u) => u.pathname.endsWith(`/resources/${resourceIds[1]}`)),
      page.click(`a[href="/fr/manage/datasets/barrages/resources/${resourceIds[1]}"]`),
    ]);
    await page.fill('input[name="title.ar"]', 'حقينات السدود');
    await page.selectOption('select[name="kind"]', 'documentation');
    await Promise.all([
      page.waitForURL((u) => u.pathname === '/fr/manage/datasets/barrages'),
      page.press('input[name="title.ar"]', 'Enter'),
    ]);
    assert.match((await page.textContent('.notice')) ?? '', /ressource a été enregistrée/);
    const r = (await resources()).find((x) => x.id === resourceIds[1])!;
    assert.equal(r.title.ar, 'حقينات السدود');
    assert.equal(r.kind, 'documentation');
    await assertNoAxeViolations(page, 'manage page after an edit');
    await page.close();
  });

  test('resources are reordered with the keyboard alone (move down, no script needed)', async () => {
    const page = await open(pub, '/ar/manage/datasets/barrages');
    await tabTo(page, `button[value="${resourceIds[0]}:down"]`, 80);
    assert.ok(await activeMatches(page, 'button[name="move"]'));
    await untilLoaded(page, () => page.keyboard.press('Enter'));
    await page.waitForSelector('.notice');
    assert.deepEqual(
      (await resources()).map((r) => r.id),
      [resourceIds[1], resourceIds[0], resourceIds[2]],
    );
    await assertNoAxeViolations(page, 'manage page after a move');
    await page.close();
  });

  test('drafts are published with a bulk action and a confirmation (Arabic)', async () => {
    const page = await open(pub, '/ar/manage/datasets?state=draft');
    const drafts = await page.$$eval('input[name="ids"]', (els) =>
      els.map((e) => (e as HTMLInputElement).value),
    );
    assert.equal(drafts.length, 2);
    for (const id of drafts) await page.check(`#select-${id}`);
    await page.selectOption('select[name="action"]', 'publish');
    await Promise.all([
      page.waitForURL((u) => u.pathname === '/ar/manage/datasets/bulk'),
      page.click('.bulk-form button[type="submit"]'),
    ]);
    assert.equal(await page.locator('form.bulk-confirm input[name="ids"]').count(), 2);
    await assertNoAxeViolations(page, 'bulk confirmation');
    await Promise.all([
      page.waitForURL((u) => u.pathname === '/ar/manage/datasets'),
      page.click('form.bulk-confirm button[type="submit"]'),
    ]);
    await page.waitForSelector('.notice');
    const ctx = serviceContextFor(t, cliActor);
    for (const name of ['brouillon-eau', 'brouillon-electricite'])
      assert.equal((await datasetsService.getDataset(ctx, name)).state, 'active', name);
    await page.close();
  });

  test('an upload shows its progress and follows the redirect under the real CSP', async () => {
    const page = await open(strict, '/fr/manage/datasets/barrages/resources/upload');
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.waitForFunction(
      () => document.querySelector<HTMLFormElement>('form[data-upload]')?.dataset.enhanced,
    );
    // Record what the live region says (sessionStorage survives the navigation that follows).
    await page.evaluate(() => {
      const status = document.querySelector('.upload-status')!;
      new MutationObserver(() => {
        const seen = JSON.parse(sessionStorage.getItem('said') ?? '[]');
        seen.push(status.textContent);
        sessionStorage.setItem('said', JSON.stringify(seen));
      }).observe(status, { childList: true, characterData: true, subtree: true });
    });
    const rows = Array.from({ length: 40000 }, (_, i) => `barrage-${i};${i % 100}`).join('\n');
    await page.fill('input[name="title.fr"]', 'Remplissage journalier');
    await page.setInputFiles('input[name="file"]', {
      name: 'remplissage.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`barrage;taux\n${rows}\n`),
    });
    await Promise.all([
      page.waitForURL((u) => u.pathname === '/fr/manage/datasets/barrages', { timeout: 20000 }),
      page.click('form[data-upload] button[type="submit"]'),
    ]);
    assert.match((await page.textContent('.notice')) ?? '', /ressource a été ajoutée/, 'the notice survives');
    const said: string[] = await page.evaluate(() => JSON.parse(sessionStorage.getItem('said') ?? '[]'));
    assert.ok(
      said.some((s) => /Envoi du fichier : \d+ %/.test(s)),
      `progress announced: ${said.join(' | ')}`,
    );
    assert.ok(
      (await resources()).some((r) => r.stored && r.title.fr === 'Remplissage journalier'),
      'the file is stored',
    );
    assert.deepEqual(violations, []);
    await page.close();
  });

  test('a refused upload shows the field error in place, focused, and stays axe-clean', async () => {
    const page = await open(pub, '/ar/manage/datasets/barrages/resources/upload');
    await page.waitForFunction(
      () => document.querySelector<HTMLFormElement>('form[data-upload]')?.dataset.enhanced,
    );
    await page.setInputFiles('input[name="file"]', {
      name: 'programme.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('MZ\x90\x00\x03\x00\x00\x00binary'),
    });
    await page.click('form[data-upload] button[type="submit"]');
    await page.waitForSelector('#f-file-error');
    assert.equal(new URL(page.url()).pathname, '/ar/manage/datasets/barrages/resources/upload');
    assert.ok(await activeMatches(page, '#error-summary'), 'the error summary has the focus');
    assert.equal(
      await page.evaluate(
        () => document.querySelector<HTMLFormElement>('form[data-upload]')?.dataset.enhanced,
      ),
      '1',
      'the new form is enhanced again',
    );
    await assertNoAxeViolations(page, 'refused upload');
    await page.close();
  });
});
