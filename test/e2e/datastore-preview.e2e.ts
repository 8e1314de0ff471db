// The DataStore preview of a resource in a real browser with JavaScript off: paging, sorting, a column filter
// and a chart all work through links and GET forms, and the page passes axe in ar, fr and en.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext } from 'playwright-core';
import { ckanClient, result } from '../../src/api/ckan/test-kit.ts';
import type { TestApp } from '../app.ts';
import { assertNoAxeViolations, launchChromium, startApp, untilLoaded } from './browser.ts';

const regions = ['Souss-Massa', 'Oriental', 'الرباط سلا القنيطرة'];

describe('DataStore preview in a real browser without JavaScript', () => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  /** JavaScript on, only to run axe on the pages the no-JavaScript context reached. */
  let axeContext: BrowserContext;
  let origin: string;
  let path = '';

  async function axe(url: string, label: string) {
    const page = await axeContext.newPage();
    await page.goto(url);
    await assertNoAxeViolations(page, label);
    await page.close();
  }

  before(async () => {
    ({ t, origin } = await startApp({ RATE_LIMIT_WRITES_PER_MINUTE: 1000 }));
    const c = ckanClient(() => t);
    const org = await c.organisation('apercu');
    const ds = result(
      await c.post('package_create', { name: 'villes', owner_org: org.name, title: 'Villes' }, org.editor),
    );
    const records = Array.from({ length: 30 }, (_, i) => ({
      ville: `Ville ${String(i + 1).padStart(2, '0')}`,
      region: regions[i % 3],
      population: (i + 1) * 1000,
    }));
    const rid = result(
      await c.post(
        'datastore_create',
        {
          resource: { package_id: ds.id, name: 'Villes' },
          fields: [{ id: 'ville' }, { id: 'region' }, { id: 'population', type: 'int' }],
          records,
        },
        org.editor,
      ),
    ).resource_id;
    path = `/datasets/villes/resources/${rid}`;
    browser = await launchChromium();
    context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    axeContext = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
  });

  after(async () => {
    await context?.close();
    await axeContext?.close();
    await browser?.close();
    await t?.close();
  });

  test('pages, sorts and filters through links and a GET form', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/fr${path}`);
    await axe(page.url(), `/fr${path}`);
    assert.match(await page.locator('.data-table caption').innerText(), /Lignes 1 à 20 sur 30/);
    await untilLoaded(page, () => page.click('a[rel="next"]'));
    assert.match(await page.locator('.data-table caption').innerText(), /Lignes 21 à 30 sur 30/);
    await untilLoaded(page, () => page.click('th a:has-text("population")'));
    await untilLoaded(page, () => page.click('th a:has-text("population")'));
    assert.equal(await page.locator('th[aria-sort="descending"]').count(), 1);
    const first = await page.locator('.data-table tbody tr').first().locator('td').nth(2).innerText();
    assert.equal(first.replace(/\D/g, ''), '30000');
    await page.fill('input[name="f.region"]', 'oriental');
    await untilLoaded(page, () =>
      page.click('fieldset:has(legend:has-text("Filtrer")) button[type="submit"]'),
    );
    assert.match(await page.locator('.data-table caption').innerText(), /sur 10/);
    assert.equal(await page.locator('th[aria-sort="descending"]').count(), 1, 'the sort is kept');
    await axe(page.url(), `/fr${path} filtered`);
  });

  test('a chart the user chooses, drawn on the server, in ar and en', async () => {
    for (const lang of ['ar', 'en']) {
      const page = await context.newPage();
      await page.goto(`${origin}/${lang}${path}`);
      await page.selectOption('select[name="x"]', 'region');
      await page.selectOption('select[name="agg"]', 'sum');
      await page.selectOption('select[name="y"]', 'population');
      await untilLoaded(page, () => page.click('form[id$="-chart"] button[type="submit"]'));
      assert.equal(await page.locator('figure.chart svg[role="img"]').count(), 1);
      assert.equal(await page.locator('figure.chart table.chart-data tbody tr').count(), 3);
      await axe(page.url(), `/${lang}${path} chart`);
      await page.close();
    }
  });
});
