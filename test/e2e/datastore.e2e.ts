// The DataStore pages in a real browser: the table section of a resource page, the validation report and the
// data dictionary form pass axe in ar, fr and en; a publisher edits a column title without JavaScript. A
// workbook of several sheets with a primary key and a unique column (sheets, unique-errors, index outcomes,
// the sheet choice) and the "queryable" badge of dataset lists pass axe too.
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import iconv from 'iconv-lite';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { closeDataStore, dataStoreFor, ingestFile } from '../../src/modules/datastore/index.ts';
import { insertResource, workbook } from '../../src/modules/datastore/test-kit.ts';
import { indexDatasets } from '../../src/modules/search/index.ts';
import type { TestApp } from '../app.ts';
import { addMember, createUser } from '../session.ts';
import { assertNoAxeViolations, launchChromium, startApp } from './browser.ts';

describe('DataStore pages in a real browser', () => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let origin: string;
  let where = { datasetName: '', resourceId: '' };
  let book = { datasetName: '', resourceId: '' };
  const editor = { email: 'editor@example.ma', password: 'editor-password-1' };

  before(async () => {
    ({ t, origin } = await startApp({ RATE_LIMIT_LOGIN_PER_MINUTE: 1000 }));
    browser = await launchChromium();
    context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    const r = await insertResource(t.db);
    where = { datasetName: r.datasetName, resourceId: r.resourceId };
    const u = await createUser(t.db, { ...editor, name: 'Editor' });
    await addMember(t.db, r.orgId, u.id, 'editor');
    const file = iconv.encode(
      'المدينة;عدد السكان;التاريخ\r\nالرباط;577 827;31/01/2024\r\nفاس;1 112 072;01/02/2024\r\nسلا;982 163\r\n\r\nالمصدر: المندوبية;;\r\n',
      'windows-1256',
    );
    await ingestFile(dataStoreFor(t.db), {
      resourceId: r.resourceId,
      name: 'x.csv',
      open: async () => Readable.from([file]),
    });
    const b = await insertResource(t.db, { format: 'XLSX', storageKey: 'e2e/budget.xlsx' });
    book = { datasetName: b.datasetName, resourceId: b.resourceId };
    await addMember(t.db, b.orgId, u.id, 'editor');
    const xlsx = await workbook([
      ['Lisez-moi', []],
      [
        'Budget',
        [
          ['Code', 'Région', 'Montant'],
          ['A1', 'Oriental', 10],
          ['A2', 'Souss', 20],
          ['A1', 'Rabat', 30],
        ],
      ],
      ['المصدر', [['الجهة'], ['الرباط']]],
    ]);
    await ingestFile(dataStoreFor(t.db), {
      resourceId: b.resourceId,
      name: 'budget.xlsx',
      open: async () => Readable.from([xlsx]),
      dictionary: { Code: { constraints: { unique: true } } },
      table: { primaryKey: ['Région'] },
    });
    await t.db.db.transaction().execute((tx) => indexDatasets(tx, t.db.dialect, [r.datasetId, b.datasetId]));
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await closeDataStore(t.db);
    await t?.close();
  });

  test('the resource section and the report pass axe in every language', async () => {
    const page = await context.newPage();
    for (const lang of ['ar', 'fr', 'en']) {
      const resource = `/${lang}/datasets/${where.datasetName}/resources/${where.resourceId}`;
      await page.goto(`${origin}${resource}`);
      assert.equal(await page.locator('#datastore-title').count(), 1);
      await assertNoAxeViolations(page, resource);
      await page.goto(`${origin}${resource}/report`);
      assert.ok((await page.locator('table.data tbody tr').count()) >= 3, 'counts and entries listed');
      await assertNoAxeViolations(page, `${resource}/report`);
    }
    await page.close();
  });

  /** The editor signed in on `form`: it passes axe with scripts; returns a page without JavaScript on it. */
  async function editorOnForm(form: string) {
    const signIn = async (page: Page) => {
      await page.goto(`${origin}/fr/login`);
      await page.fill('input[name="email"]', editor.email);
      await page.fill('input[name="password"]', editor.password);
      await Promise.all([
        page.waitForURL((u) => !u.pathname.endsWith('/login')),
        page.press('input[name="password"]', 'Enter'),
      ]);
      await page.goto(`${origin}${form}`);
    };
    const withScript = await context.newPage();
    await signIn(withScript);
    await assertNoAxeViolations(withScript, form);
    await withScript.close();
    const noScript = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 900 },
    });
    const page = await noScript.newPage();
    await signIn(page);
    return { noScript, page };
  }

  test('a publisher edits a column title through the dictionary form, without JavaScript', async () => {
    const form = `/fr/manage/datasets/${where.datasetName}/resources/${where.resourceId}/dictionary`;
    const { noScript, page } = await editorOnForm(form);
    await page.fill('input[name="title_fr.0"]', 'Ville');
    await Promise.all([
      page.waitForURL((u) => !u.pathname.endsWith('/dictionary')),
      page.click('main form.form button[type="submit"]'),
    ]);
    assert.match(await page.content(), /Dictionnaire de données enregistré/);
    assert.match(await page.locator('section.datastore table').innerText(), /Ville/);
    await noScript.close();
  });

  test('a workbook with keys: sheets, unique errors and index outcomes pass axe; the badge on dataset lists too', async () => {
    const page = await context.newPage();
    for (const lang of ['ar', 'fr', 'en']) {
      const resource = `/${lang}/datasets/${book.datasetName}/resources/${book.resourceId}`;
      await page.goto(`${origin}${resource}`);
      const section = await page.locator('section.datastore').innerText();
      assert.match(section, /Lisez-moi, Budget, المصدر/);
      assert.equal(await page.locator('section.datastore ul.unique-indexes li').count(), 2);
      await assertNoAxeViolations(page, resource);
      await page.goto(`${origin}${resource}/report`);
      assert.equal(await page.locator('ul.unique-indexes li').count(), 2);
      await assertNoAxeViolations(page, `${resource}/report`);
      await page.goto(`${origin}/${lang}/datasets`);
      assert.equal(
        await page.locator('li.dataset-item .queryable .badge').count(),
        2,
        'both datasets are queryable',
      );
      await assertNoAxeViolations(page, `/${lang}/datasets`);
    }
    await page.close();
  });

  test('a publisher chooses another sheet and a primary key without JavaScript; the form passes axe', async () => {
    const form = `/ar/manage/datasets/${book.datasetName}/resources/${book.resourceId}/dictionary`;
    const { noScript, page } = await editorOnForm(form);
    assert.equal(await page.locator('select[name="sheet"]').inputValue(), 'Budget');
    assert.equal(await page.locator('input[name="pk.1"]').isChecked(), true);
    assert.equal(await page.locator('input[name="unique.0"]').isChecked(), true);
    await page.selectOption('select[name="sheet"]', 'المصدر');
    await page.uncheck('input[name="pk.1"]');
    await page.check('input[name="pk.0"]');
    await Promise.all([
      page.waitForURL((u) => !u.pathname.endsWith('/dictionary')),
      page.click('main form.form button[type="submit"]'),
    ]);
    assert.match(await page.content(), /سيُعاد تحميل الملف لتطبيقه/);
    const stored = await dataStoreFor(t.db).getTable(book.resourceId);
    assert.deepEqual(stored?.dictionary?._table, { primaryKey: ['Code'], sheet: 'المصدر' });
    await noScript.close();
  });
});
