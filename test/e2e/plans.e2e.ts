// Action plan pages in a real browser over the demo plan: axe-clean in three languages (Arabic right-to-left),
// progress bars readable as text, the "figures as of" form working without JavaScript, keyboard navigation.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { configWith } from '../../src/config.ts';
import { REVIEW_DATE } from '../../src/demo/plans.data.ts';
import { silentLog } from '../../src/kernel/log.ts';
import { loadDemo, seeders } from '../../src/seed.ts';
import type { TestApp } from '../app.ts';
import { createUser, signIn } from '../session.ts';
import { assertNoAxeViolations, launchChromium, startApp, tabTo, untilLoaded } from './browser.ts';

describe('action plan pages in a real browser', () => {
  let t: TestApp;
  let origin: string;
  let browser: Browser;
  let context: BrowserContext;
  let dir = '';

  before(async () => {
    ({ t, origin } = await startApp());
    const only = seeders.filter((s) => s.name === 'accounts' || s.name === 'plans');
    dir = mkdtempSync(join(tmpdir(), 'shafaf-e2e-plans-'));
    await loadDemo({ config: configWith({ DATA_DIR: dir }), db: t.db, queue: t.queue }, silentLog, only);
    browser = await launchChromium();
    context = await browser.newContext({ bypassCSP: true });
  });

  after(async () => {
    await browser?.close();
    await t?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function check(path: string): Promise<Page> {
    const page = await context.newPage();
    const res = await page.goto(origin + path);
    assert.equal(res?.status(), 200, `${path} answered ${res?.status()}`);
    const lang = path.split('/')[1]!;
    const attrs = await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
    assert.deepEqual(attrs, [lang, lang === 'ar' ? 'rtl' : 'ltr']);
    await assertNoAxeViolations(page, path);
    return page;
  }

  for (const lang of ['ar', 'fr', 'en'])
    for (const path of ['/plans', '/plans/nap-2021-2023', '/plans/nap-2021-2023/commitments/10'])
      test(`/${lang}${path} is axe-clean`, async () => {
        await (await check(`/${lang}${path}`)).close();
      });

  test('the project lead’s forms are axe-clean, also when showing errors (ar, fr, en)', async () => {
    const lead = await createUser(t.db, { email: 'lead@example.ma', password: 'lead-password-1' });
    const plan = await t.db.db
      .selectFrom('plans')
      .select('id')
      .where('slug', '=', 'nap-2021-2023')
      .executeTakeFirstOrThrow();
    const c = await t.db.db
      .selectFrom('commitments')
      .select('id')
      .where('plan_id', '=', plan.id)
      .where('number', '=', 10)
      .executeTakeFirstOrThrow();
    const activity = await t.db.db
      .selectFrom('activities')
      .select('id')
      .where('commitment_id', '=', c.id)
      .executeTakeFirstOrThrow();
    await t.db.db
      .insertInto('role_grants')
      .values({
        id: crypto.randomUUID(),
        user_id: lead.id,
        role: 'project_lead',
        scope_type: 'commitment',
        scope_id: c.id,
        granted_by: null,
        created_at: new Date().toISOString(),
      })
      .execute();
    const session = await signIn(t.app, lead.email, lead.password);
    const sid = /sid=([^;]+)/.exec(session.cookie)![1]!;
    const signed = await browser.newContext({ bypassCSP: true });
    await signed.addCookies([{ name: 'sid', value: sid, url: origin }]);
    const base = '/plans/nap-2021-2023/commitments/10';
    for (const lang of ['ar', 'fr', 'en']) {
      for (const path of [`/${lang}${base}/activities/${activity.id}/report`, `/${lang}${base}/weights`]) {
        const page = await signed.newPage();
        const res = await page.goto(origin + path);
        assert.equal(res?.status(), 200, path);
        await assertNoAxeViolations(page, path);
        await page.close();
      }
    }
    const page = await signed.newPage();
    await page.goto(`${origin}/fr${base}/activities/${activity.id}/report`);
    await page.fill('input[name="completion"]', '150');
    await untilLoaded(page, () => page.press('input[name="completion"]', 'Enter'));
    assert.match((await page.textContent('.error-summary')) ?? '', /100/);
    await assertNoAxeViolations(page, 'refused report');
    await page.close();
    await signed.close();
  });

  test('the "figures as of" form reloads the plan with that date’s figures, by keyboard and without JavaScript', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${origin}/en/plans/nap-2021-2023`);
    await tabTo(page, 'input[name="date"]');
    await page.fill('input[name="date"]', REVIEW_DATE);
    await Promise.all([
      page.waitForURL((u) => u.searchParams.get('date') === REVIEW_DATE),
      page.keyboard.press('Enter'),
    ]);
    const row = page.locator('tbody tr', { hasText: 'A national integrity portal' });
    assert.match((await row.textContent()) ?? '', /78\.2%/);
    const stale = page.locator('tbody tr', { hasText: 'public services charter' });
    assert.match((await stale.textContent()) ?? '', /Not updated/);
    await noJs.close();
    // axe needs JavaScript: the same URL in the ordinary context.
    await (await check(`/en/plans/nap-2021-2023?date=${REVIEW_DATE}`)).close();
  });
});
