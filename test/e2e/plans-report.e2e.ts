// The plan managers' back-office and the self-assessment report in a real browser over the demo plan: a manager
// edits a commitment, imports a plan file with errors (rows reported, nothing changes) then a valid one; the
// report of a past date is axe-clean in ar/fr/en with that date's figures; the DOCX downloads from the form.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { configWith } from '../../src/config.ts';
import { REVIEW_DATE } from '../../src/demo/plans.data.ts';
import { silentLog } from '../../src/kernel/log.ts';
import { invalidCsv, validCsv } from '../../src/modules/plans/import.fixtures.ts';
import { loadDemo, seeders } from '../../src/seed.ts';
import type { TestApp } from '../app.ts';
import { createUser, signIn } from '../session.ts';
import { assertNoAxeViolations, launchChromium, startApp, untilLoaded } from './browser.ts';

describe('plan back-office and self-assessment report in a real browser', () => {
  let t: TestApp;
  let origin: string;
  let browser: Browser;
  let manager: BrowserContext;
  let dir = '';
  const plan = '/plans/nap-2021-2023';

  before(async () => {
    ({ t, origin } = await startApp());
    const only = seeders.filter((s) => s.name === 'accounts' || s.name === 'plans');
    dir = mkdtempSync(join(tmpdir(), 'shafaf-e2e-report-'));
    await loadDemo({ config: configWith({ DATA_DIR: dir }), db: t.db, queue: t.queue }, silentLog, only);
    browser = await launchChromium();
    const u = await createUser(t.db, {
      email: 'team@example.ma',
      password: 'team-password-1',
      sysadmin: true,
    });
    const session = await signIn(t.app, u.email, u.password);
    const sid = /sid=([^;]+)/.exec(session.cookie)![1]!;
    manager = await browser.newContext({ bypassCSP: true, acceptDownloads: true });
    await manager.addCookies([{ name: 'sid', value: sid, url: origin }]);
  });

  after(async () => {
    await browser?.close();
    await t?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(path: string, status = 200): Promise<Page> {
    const page = await manager.newPage();
    const res = await page.goto(origin + path);
    assert.equal(res?.status(), status, `${path} answered ${res?.status()}`);
    await assertNoAxeViolations(page, path);
    return page;
  }

  const plans = async () =>
    Number(
      (
        await t.db.db
          .selectFrom('plans')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  test('a manager edits a commitment through the form (axe-clean, also with errors)', async () => {
    const page = await open(`/fr/manage${plan}/commitments/10`);
    await page.selectOption('select[name="levelOverride"]', 'complete');
    await page.fill('textarea[name="levelOverrideReason"]', '');
    await untilLoaded(page, () => page.click('form.form button[type="submit"]'));
    assert.match((await page.textContent('.error-summary')) ?? '', /obligatoire/);
    await assertNoAxeViolations(page, 'refused commitment');
    await page.fill('input[name="title.fr"]', 'Un portail national de l’intégrité, revu');
    await page.fill('textarea[name="levelOverrideReason"]', 'Portail en ligne, constaté par le comité');
    await Promise.all([
      page.waitForURL(/\/manage\/plans\/nap-2021-2023\/commitments\/10$/),
      page.click('form.form button[type="submit"]'),
    ]);
    assert.match((await page.textContent('main')) ?? '', /Enregistré/);
    await page.close();
    for (const lang of ['ar', 'en']) {
      const form = await open(`/${lang}/manage/plans/new`);
      await untilLoaded(form, () => form.click('form.form button[type="submit"]'));
      assert.ok(await form.locator('.error-summary a[href="#f-title"]').count());
      await assertNoAxeViolations(form, `refused plan (${lang})`);
      await form.close();
    }
    const pub = await open(`/fr${plan}/commitments/10`);
    assert.match((await pub.textContent('h1')) ?? '', /revu/);
    await pub.close();
  });

  test('an import with errors lists the rows and changes nothing; a valid file creates the plan', async () => {
    const files = mkdtempSync(join(tmpdir(), 'shafaf-e2e-import-'));
    try {
      writeFileSync(join(files, 'bad.csv'), invalidCsv);
      writeFileSync(join(files, 'good.csv'), validCsv);
      const before = await plans();
      for (const lang of ['ar', 'en']) await (await open(`/${lang}/manage/plans/import`)).close();
      const page = await open('/fr/manage/plans/import');
      await page.setInputFiles('input[name="file"]', join(files, 'bad.csv'));
      await untilLoaded(page, () => page.click('form.form button[type="submit"]'));
      const table = (await page.textContent('table.data')) ?? '';
      for (const s of ['couleur', 'identifiant', 'poids', 'realisation']) assert.ok(table.includes(s), s);
      await assertNoAxeViolations(page, 'refused import');
      assert.equal(await plans(), before);
      await page.setInputFiles('input[name="file"]', join(files, 'good.csv'));
      await Promise.all([
        page.waitForURL(/\/fr\/manage\/plans\/pan-importe$/),
        page.click('form.form button[type="submit"]'),
      ]);
      await assertNoAxeViolations(page, 'imported plan');
      assert.equal(await plans(), before + 1);
      await page.close();
    } finally {
      rmSync(files, { recursive: true, force: true });
    }
  });

  for (const lang of ['ar', 'fr', 'en'] as const)
    test(`the report of ${REVIEW_DATE} is axe-clean in ${lang} with that date’s figures`, async () => {
      const page = await open(`/${lang}${plan}/report?date=${REVIEW_DATE}`);
      const attrs = await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
      assert.deepEqual(attrs, [lang, lang === 'ar' ? 'rtl' : 'ltr']);
      const twin = await (
        await page.request.get(`${origin}/${lang}${plan}/report.json?date=${REVIEW_DATE}`)
      ).json();
      const api = await (
        await page.request.get(`${origin}/api/v1/plans/nap-2021-2023?date=${REVIEW_DATE}`)
      ).json();
      assert.equal(twin.plan.progress, api.data.plan.progress);
      const integrity = twin.commitments.find((c: { title: { en?: string } }) =>
        /national integrity portal/i.test(c.title.en ?? ''),
      );
      assert.equal(integrity.progress, 78.18);
      assert.deepEqual(
        twin.commitments.map((c: { progress: number }) => c.progress),
        api.data.commitments.map((c: { progress: number }) => c.progress),
      );
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('#report-form').isVisible(), false, 'the form is not printed');
      await page.close();
    });

  test('documents and team: added by form, axe-clean in three languages, listed on the plan page', async () => {
    const page = await open(`/fr/manage${plan}/documents`);
    await page.fill('input[name="title.fr"]', 'Procès-verbal du comité de pilotage');
    await page.fill('input[name="url"]', 'https://example.ma/pv.pdf');
    await untilLoaded(page, () => page.click('form[action$="/documents"] button'));
    assert.match((await page.textContent('#documents + ul')) ?? '', /Procès-verbal du comité de pilotage/);
    await page.fill('input[name="name"]', 'Amina Alaoui');
    await page.fill('input[name="role.fr"]', 'Coordinatrice');
    await untilLoaded(page, () => page.click('form[action$="/members"] button'));
    assert.match((await page.textContent('#team + ul')) ?? '', /Amina Alaoui/);
    await page.close();
    for (const lang of ['ar', 'fr', 'en']) {
      await (await open(`/${lang}/manage${plan}/documents`)).close();
      const pub = await open(`/${lang}${plan}`);
      const main = (await pub.textContent('main')) ?? '';
      assert.match(main, /Amina Alaoui/);
      assert.match(main, /Procès-verbal du comité de pilotage/);
      await pub.close();
    }
  });

  test('printed, the report puts each commitment on a page of its own, without the site’s navigation', async () => {
    const page = await open(`/fr${plan}/report?date=${REVIEW_DATE}`);
    const commitments = await page.locator('section.report-commitment').count();
    assert.ok(commitments >= 22);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.site-header').isVisible(), false);
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    assert.ok(pages > commitments, `${pages} printed pages for ${commitments} commitments`);
    await page.close();
  });

  test('the DOCX downloads from the report form', async () => {
    const page = await open(`/ar${plan}/report?date=${REVIEW_DATE}`);
    await page.selectOption('#report-format', 'docx');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#report-form button')]);
    assert.match(download.suggestedFilename(), /^report-nap-2021-2023-2023-03-28-ar\.docx$/);
    const path = await download.path();
    const bytes = readFileSync(path!);
    assert.ok(bytes.length > 2000);
    assert.equal(bytes.subarray(0, 2).toString(), 'PK');
    await page.close();
  });
});
