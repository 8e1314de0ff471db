// The dataset search page in a real browser: axe (WCAG 2.1 AA) in ar/fr/en with results, facets and the
// no-results block; the GET form works with JavaScript disabled (tick a facet, apply, shareable URL).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext } from 'playwright-core';
import { cliActor } from '../../src/modules/accounts/index.ts';
import { datasetsService, resourcesService, themesService } from '../../src/modules/catalog/index.ts';
import { sampleDataset, serviceContextFor } from '../../src/modules/catalog/test-kit.ts';
import type { TestApp } from '../app.ts';
import { createOrg } from '../session.ts';
import { assertNoAxeViolations, launchChromium, startApp, untilLoaded } from './browser.ts';

describe('dataset search page in a real browser', () => {
  let t: TestApp;
  let origin: string;
  let browser: Browser;
  let anon: BrowserContext;
  let noJs: BrowserContext;

  before(async () => {
    ({ t, origin } = await startApp());
    await createOrg(t.db, 'hcp', {
      ar: 'المندوبية السامية للتخطيط',
      fr: 'Haut-Commissariat au Plan',
      en: 'HCP',
    });
    await createOrg(t.db, 'onee', { ar: 'المكتب الوطني للماء', fr: 'Office de l’eau', en: 'Water office' });
    const ctx = serviceContextFor(t, cliActor);
    await themesService.createTheme(ctx, {
      name: 'population',
      title: { ar: 'السكان', fr: 'Population', en: 'Population' },
      description: { fr: 'Recensements.' },
    });
    await datasetsService.createDataset(
      ctx,
      sampleDataset('recensement', 'hcp', {
        themes: ['population'],
        title: { fr: 'Données du recensement', ar: 'معطيات الإحصاء العام', en: 'Census data' },
        description: { fr: 'Les **données** du recensement (taux < 5 % & plus) par commune.' },
      }),
    );
    await datasetsService.createDataset(
      ctx,
      sampleDataset('barrages', 'onee', {
        title: { fr: 'Remplissage des barrages', ar: 'ملء السدود', en: 'Dam levels' },
        description: { fr: 'Données quotidiennes.' },
      }),
    );
    await resourcesService.createResource(ctx, 'barrages', {
      title: { fr: 'Niveaux (CSV)' },
      url: 'https://data.example.ma/barrages.csv',
    });
    browser = await launchChromium();
    anon = await browser.newContext({ bypassCSP: true });
    noJs = await browser.newContext({ javaScriptEnabled: false });
  });

  after(async () => {
    await browser?.close();
    await t?.close();
  });

  for (const path of [
    '/ar/datasets?q=المعطيات',
    '/fr/datasets?q=donnee&organization=hcp',
    '/en/datasets?q=data&sort=title',
    '/fr/datasets?q=introuvable&organization=onee',
    '/ar/datasets?q=zzz',
  ])
    test(`${path} is axe-clean, in the right language and direction`, async () => {
      const page = await anon.newPage();
      const res = await page.goto(origin + encodeURI(path));
      assert.equal(res?.status(), 200);
      const lang = path.split('/')[1]!;
      const attrs = await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
      assert.deepEqual(attrs, [lang, lang === 'ar' ? 'rtl' : 'ltr']);
      await assertNoAxeViolations(page, path);
      await page.close();
    });

  test('Arabic variants find the dataset; the snippet is marked and escaped', async () => {
    const page = await noJs.newPage();
    await page.goto(`${origin}/ar/datasets?q=${encodeURIComponent('والمعطيات')}`);
    assert.deepEqual(await page.locator('.dataset-title a').allTextContents(), ['معطيات الإحصاء العام']);
    await page.goto(`${origin}/fr/datasets?q=donnees`);
    assert.equal(await page.locator('.snippet mark').first().textContent(), 'données');
    assert.match((await page.locator('.snippet').first().innerHTML()) ?? '', /taux &lt; 5 % &amp; plus/);
    await page.close();
  });

  test('without JavaScript: tick a facet, apply, get a shareable URL; no results offer to remove filters', async () => {
    const page = await noJs.newPage();
    await page.goto(`${origin}/fr/datasets?q=donnees`);
    assert.equal(await page.locator('.dataset-item').count(), 2);
    await page.getByRole('group', { name: 'Format' }).getByLabel(/CSV/).check();
    await untilLoaded(page, () => page.getByRole('button', { name: 'Appliquer les filtres' }).click());
    assert.match(page.url(), /[?&]format=CSV/);
    assert.match(page.url(), /[?&]q=donnees/);
    assert.deepEqual(await page.locator('.dataset-title a').allTextContents(), ['Remplissage des barrages']);
    await page.goto(`${origin}/fr/datasets?q=recensement&organization=onee`);
    assert.equal(await page.locator('.dataset-item').count(), 0);
    await untilLoaded(page, () =>
      page
        .locator('.no-results')
        .getByRole('link', { name: /Office de l’eau/ })
        .click(),
    );
    assert.deepEqual(await page.locator('.dataset-title a').allTextContents(), ['Données du recensement']);
    await page.close();
  });
});
