// Plan governance in a real browser over the demo plan: a project lead raises a request for the steering
// committee's intervention without JavaScript, a committee member answers and closes it, the lead reads the
// answer; the public cannot see the restricted request; dashboards, meetings and blocker pages axe-clean in
// ar, fr and en.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { configWith } from '../../src/config.ts';
import { REVIEW_DATE } from '../../src/demo/plans.data.ts';
import { DEMO_LEAD } from '../../src/demo/plans-governance.seed.ts';
import { silentLog } from '../../src/kernel/log.ts';
import { loadDemo, seeders } from '../../src/seed.ts';
import type { TestApp } from '../app.ts';
import { createUser, signIn } from '../session.ts';
import { assertNoAxeViolations, launchChromium, startApp, untilLoaded } from './browser.ts';

const PLAN = '/plans/nap-2021-2023';

describe('plan governance in a real browser', () => {
  let t: TestApp;
  let origin: string;
  let browser: Browser;
  let dir = '';
  let committee: { cookie: string };
  let lead: { cookie: string };
  let reviewMeeting = '';

  const contextFor = async (who: { cookie: string } | null, javaScriptEnabled = true) => {
    const ctx = await browser.newContext({ bypassCSP: true, javaScriptEnabled });
    if (who) {
      const sid = /sid=([^;]+)/.exec(who.cookie)![1]!;
      await ctx.addCookies([{ name: 'sid', value: sid, url: origin }]);
    }
    return ctx;
  };

  before(async () => {
    ({ t, origin } = await startApp({
      RATE_LIMIT_WRITES_PER_MINUTE: 10000,
      RATE_LIMIT_LOGIN_PER_MINUTE: 10000,
    }));
    const only = seeders.filter((s) => s.name === 'accounts' || s.name === 'plans');
    dir = mkdtempSync(join(tmpdir(), 'shafaf-e2e-gov-'));
    await loadDemo({ config: configWith({ DATA_DIR: dir }), db: t.db, queue: t.queue }, silentLog, only);
    browser = await launchChromium();
    const member = await createUser(t.db, {
      email: 'committee@example.ma',
      name: 'Comité',
      password: 'committee-pass-1',
    });
    await t.db.db
      .insertInto('role_grants')
      .values({
        id: crypto.randomUUID(),
        user_id: member.id,
        role: 'steering_committee',
        scope_type: 'platform',
        scope_id: '',
        granted_by: null,
        created_at: new Date().toISOString(),
      })
      .execute();
    committee = await signIn(t.app, member.email, member.password);
    lead = await signIn(t.app, DEMO_LEAD.email, DEMO_LEAD.password);
    const m = await t.db.db
      .selectFrom('plan_meetings')
      .select('id')
      .where('held_on', '=', REVIEW_DATE)
      .executeTakeFirstOrThrow();
    reviewMeeting = m.id;
  });

  after(async () => {
    await browser?.close();
    await t?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const submit = (page: Page, selector: string) => untilLoaded(page, () => page.click(selector));

  test('a lead raises a request, the committee answers and closes it, the lead reads the answer (no JavaScript)', async () => {
    const leadCtx = await contextFor(lead, false);
    const page = await leadCtx.newPage();
    await page.goto(`${origin}/fr${PLAN}/commitments/19`);
    await Promise.all([
      page.waitForURL(/blockers\/new$/),
      page.click('text=Solliciter l’intervention du comité de pilotage'),
    ]);
    await page.fill('input[name="title"]', 'Avis du ministère attendu');
    await page.fill('textarea[name="problem"]', 'Le décret attend un avis depuis trois mois.');
    // A blank field is named by the server (the browser's own check lets spaces through), typed values kept.
    await page.fill('textarea[name="needed"]', '   ');
    const send = 'form[action$="/blockers/new"] button';
    await submit(page, send);
    assert.match((await page.textContent('.error-summary')) ?? '', /obligatoire/i);
    assert.equal(await page.inputValue('input[name="title"]'), 'Avis du ministère attendu');
    await page.fill('textarea[name="needed"]', 'Une lettre du comité au ministère.');
    await Promise.all([page.waitForURL(/\/blockers\/[0-9a-f-]{36}$/), page.click(send)]);
    const url = page.url();
    assert.match((await page.textContent('main')) ?? '', /Ouverte/);

    // Restricted: the public gets a 404, the committee sees it in its queue.
    const anon = await contextFor(null);
    const res = await (await anon.newPage()).goto(url);
    assert.equal(res?.status(), 404);
    await anon.close();

    const committeeCtx = await contextFor(committee, false);
    const c = await committeeCtx.newPage();
    await c.goto(`${origin}/fr${PLAN}/blockers?status=open`);
    await Promise.all([c.waitForURL(url), c.click('text=Avis du ministère attendu')]);
    await c.fill('textarea[name="answer"]', 'Le comité écrit au ministère cette semaine.');
    await submit(c, 'form:has(textarea[name="answer"]) button');
    assert.match((await c.textContent('main')) ?? '', /Répondue/);
    await submit(c, 'form:has(textarea[name="note"]) button');
    assert.match((await c.textContent('main')) ?? '', /Clôturée/);
    await committeeCtx.close();

    await page.goto(url);
    const text = (await page.textContent('main')) ?? '';
    assert.match(text, /Le comité écrit au ministère cette semaine\./);
    assert.match(text, /comité de pilotage/);
    assert.equal(await page.locator('textarea[name="body"]').count(), 0, 'no comment form once closed');
    // The committee was told by e-mail when it was raised, the lead when it was answered.
    const kinds = await t.db.db
      .selectFrom('mail_outbox')
      .select(['to_address', 'kind'])
      .where('kind', 'like', 'plan.blocker.%')
      .execute();
    assert.ok(kinds.some((k) => k.to_address === 'committee@example.ma' && k.kind === 'plan.blocker.raised'));
    assert.ok(kinds.some((k) => k.to_address === DEMO_LEAD.email && k.kind === 'plan.blocker.answer'));
    await leadCtx.close();
  });

  test('dashboards, meetings and blocker pages are axe-clean in ar, fr and en', async () => {
    const member = await contextFor(committee);
    const blocker = await t.db.db
      .selectFrom('plan_blockers')
      .select('id')
      .where('public', '=', 1)
      .executeTakeFirstOrThrow();
    for (const lang of ['ar', 'fr', 'en'])
      for (const path of [
        `${PLAN}/dashboard?date=${REVIEW_DATE}`,
        `${PLAN}/progress`,
        `${PLAN}/meetings`,
        `${PLAN}/meetings/${reviewMeeting}`,
        `${PLAN}/meetings/new`,
        `${PLAN}/meetings/${reviewMeeting}/edit`,
        `${PLAN}/blockers`,
        `${PLAN}/blockers/${blocker.id}`,
      ]) {
        const page = await member.newPage();
        const res = await page.goto(`${origin}/${lang}${path}`);
        assert.equal(res?.status(), 200, path);
        const attrs = await page.evaluate(() => [
          document.documentElement.lang,
          document.documentElement.dir,
        ]);
        assert.deepEqual(attrs, [lang, lang === 'ar' ? 'rtl' : 'ltr']);
        await assertNoAxeViolations(page, `/${lang}${path}`);
        await page.close();
      }
    await member.close();
  });

  test('the review meeting’s minutes embed the progress of its date; the public progress page has its charts', async () => {
    const anon = await contextFor(null);
    const page = await anon.newPage();
    await page.goto(`${origin}/en${PLAN}/meetings/${reviewMeeting}`);
    const table = page.locator('#meeting-progress');
    assert.match((await table.textContent()) ?? '', /Not updated/);
    assert.match((await page.textContent('main')) ?? '', /Tracking platform not updated/);
    await assertNoAxeViolations(page, 'meeting (anonymous)');
    await page.goto(`${origin}/ar${PLAN}/progress`);
    assert.equal(await page.locator('figure.chart svg[role="img"]').count(), 2);
    await assertNoAxeViolations(page, 'progress (anonymous, ar)');
    await anon.close();
  });
});
