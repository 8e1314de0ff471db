// Public catalogue pages in a real browser: axe (WCAG 2.1 AA) in three languages, right-to-left in Arabic,
// over a couple of datasets with a theme, tags and a resource.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext } from 'playwright-core';
import { cliActor } from '../../src/modules/accounts/index.ts';
import { datasetsService, resourcesService, themesService } from '../../src/modules/catalog/index.ts';
import { sampleDataset, serviceContextFor } from '../../src/modules/catalog/test-kit.ts';
import type { TestApp } from '../app.ts';
import { createOrg } from '../session.ts';
import { assertNoAxeViolations, launchChromium, startApp } from './browser.ts';

describe('public catalogue pages in a real browser', () => {
  let t: TestApp;
  let origin: string;
  let browser: Browser;
  let anon: BrowserContext;

  before(async () => {
    ({ t, origin } = await startApp());
    await createOrg(t.db, 'hcp', {
      ar: 'المندوبية السامية للتخطيط',
      fr: 'Haut-Commissariat au Plan',
      en: 'High Commission for Planning',
    });
    const ctx = serviceContextFor(t, cliActor);
    await themesService.createTheme(ctx, {
      name: 'population',
      title: { ar: 'السكان', fr: 'Population', en: 'Population' },
      description: { fr: 'Recensements et démographie.' },
    });
    await datasetsService.createDataset(ctx, sampleDataset('budget', 'hcp', { themes: ['population'] }));
    await datasetsService.createDataset(
      ctx,
      sampleDataset('recensement', 'hcp', {
        themes: ['population'],
        title: { fr: 'Recensement 2024', ar: 'إحصاء 2024' },
        featured: true,
      }),
    );
    await resourcesService.createResource(ctx, 'budget', {
      title: { fr: 'Budget (CSV)' },
      url: 'https://data.example.ma/budget.csv',
    });
    browser = await launchChromium();
    anon = await browser.newContext({ bypassCSP: true });
  });

  after(async () => {
    await browser?.close();
    await t?.close();
  });

  for (const path of [
    '/fr/datasets',
    '/ar/datasets/budget',
    '/fr/organizations',
    '/ar/themes',
    '/en/themes/population',
    '/fr/',
  ])
    test(`${path} is axe-clean, in the right language and direction`, async () => {
      const page = await anon.newPage();
      const res = await page.goto(origin + path);
      assert.equal(res?.status(), 200, `${path} answered ${res?.status()}`);
      const lang = path.split('/')[1]!;
      const attrs = await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
      assert.deepEqual(attrs, [lang, lang === 'ar' ? 'rtl' : 'ltr']);
      await assertNoAxeViolations(page, path);
      await page.close();
    });
});
