// Issue #9's story in a real browser: a citizen's request is routed to the ministry by a moderator, recorded in
// the ministry's inventory by its open data officer, prioritised (its score counts the request and its vote),
// published as a dataset and closed as answered; each step is in the public history and each notification in
// mail_outbox. An invalid inventory file shows every bad row and changes nothing. Pages are axe-clean in ar/fr/en.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { anonymous } from '../../src/modules/accounts/index.ts';
import { datasetsService } from '../../src/modules/catalog/index.ts';
import { sampleDataset, serviceContextFor } from '../../src/modules/catalog/test-kit.ts';
import type { TestApp } from '../app.ts';
import { addMember, createOrg, createUser } from '../session.ts';
import { assertNoAxeViolations, launchChromium, startApp, untilLoaded } from './browser.ts';

describe('the inventory story in a real browser', () => {
  let t: TestApp;
  let browser: Browser;
  let origin: string;
  let requestId = '';
  let itemId = '';
  const citizen = { email: 'citizen@example.ma', password: 'citizen-password-1' };
  const officer = { email: 'officer@example.ma', password: 'officer-password-1' };
  const moderator = { email: 'root@example.ma', password: 'root-password-1' };
  let officerId = '';
  let orgId = '';
  const contexts: BrowserContext[] = [];

  async function pageAs(who: { email: string; password: string } | null): Promise<Page> {
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    if (who) {
      await page.goto(`${origin}/fr/login`);
      await page.fill('input[name="email"]', who.email);
      await page.fill('input[name="password"]', who.password);
      await Promise.all([
        page.waitForURL((u) => !u.pathname.endsWith('/login')),
        page.press('input[name="password"]', 'Enter'),
      ]);
    }
    return page;
  }
  const submit = (page: Page, form: string) =>
    untilLoaded(page, () => page.click(`${form} button[type="submit"]`));
  const mailsTo = async (email: string) =>
    (await t.db.db.selectFrom('mail_outbox').select('subject').where('to_address', '=', email).execute()).map(
      (m) => m.subject,
    );

  before(async () => {
    ({ t, origin } = await startApp({ RATE_LIMIT_LOGIN_PER_MINUTE: 1000 }));
    browser = await launchChromium();
    await createUser(t.db, { ...citizen, name: 'Amina' });
    const o = await createUser(t.db, { ...officer, name: 'Officer' });
    officerId = o.id;
    const org = await createOrg(t.db, 'sante', {
      fr: 'Ministère de la Santé',
      ar: 'وزارة الصحة',
      en: 'Ministry of Health',
    });
    orgId = org.id;
    await addMember(t.db, org.id, o.id, 'editor');
    await createUser(t.db, { ...moderator, sysadmin: true, name: 'Moderator' });
  });

  after(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await t?.close();
  });

  test('a citizen asks; a moderator routes the request to the ministry', async () => {
    const page = await pageAs(citizen);
    await page.goto(`${origin}/fr/requests/new`);
    await page.fill('input[name="title"]', 'Pharmacies de garde par ville');
    await page.fill(
      'textarea[name="description"]',
      'La liste des pharmacies de garde, par ville et par semaine.',
    );
    await page.fill('textarea[name="purpose"]', 'Une application mobile pour les patients.');
    await page.selectOption('select[name="organization"]', 'sante');
    await Promise.all([
      page.waitForURL(/\/fr\/requests\/[0-9a-f-]{36}$/),
      page.click('form[action$="/requests/new"] button[type="submit"]:not([name])'),
    ]);
    requestId = page.url().split('/').pop()!;
    const mod = await pageAs(moderator);
    await mod.goto(`${origin}/fr/requests/${requestId}`);
    await mod.selectOption('select[name="to"]', 'routed');
    await submit(mod, 'form[action$="/transition"]');
    assert.ok(await mod.isVisible('text=Transmise à une organisation'));
    // The citizen needs it: a vote counts in the demand.
    await page.reload();
    await submit(page, `form[action="/fr/requests/${requestId}/vote"]`);
  });

  test('the officer records the request in the inventory; the score counts it', async () => {
    const page = await pageAs(officer);
    await page.goto(`${origin}/fr/requests/${requestId}`);
    await Promise.all([
      page.waitForURL(/\/inventory-item$/),
      page.click(`a[href="/fr/requests/${requestId}/inventory-item"]`),
    ]);
    await assertNoAxeViolations(page, '/fr/requests/:id/inventory-item');
    assert.equal(await page.inputValue('input[name="title.fr"]'), 'Pharmacies de garde par ville');
    await page.fill('input[name="owner_unit"]', 'Direction du Médicament et de la Pharmacie');
    await page.selectOption('select[name="quality"]', '3');
    await page.selectOption('select[name="no_legal_obstacle"]', 'true');
    await Promise.all([
      page.waitForURL(/\/fr\/inventory\/[0-9a-f-]{36}$/),
      page.click('form.form button[type="submit"]'),
    ]);
    itemId = page.url().split('/').pop()!;
    // 100 × (2×1 + 3×1 + 1×0 + 4×(2/10)) / 10 = 58: the request and the citizen's vote are its demand.
    assert.ok(await page.isVisible('text=Score de priorité : 58/100'));
    assert.ok(await page.isVisible('text=Pharmacies de garde par ville'));
    await assertNoAxeViolations(page, '/fr/inventory/:id (officer)');
    await page.goto(`${origin}/fr/requests/${requestId}`);
    assert.ok(await page.isVisible('text=Inscrite à l’inventaire des données'));
    assert.ok(await page.isVisible(`a[href="/fr/inventory/${itemId}"]`));
    await page.selectOption('select[name="to"]', 'under_review');
    await submit(page, 'form[action$="/transition"]');
  });

  test('the item is published as a dataset and the request closed as answered', async () => {
    const actor = {
      ...anonymous,
      userId: officerId,
      orgRoles: { [orgId]: 'editor' as const },
      via: 'session' as const,
    };
    await datasetsService.createDataset(
      serviceContextFor(t, actor),
      sampleDataset('pharmacies-de-garde', 'sante') as never,
    );
    const page = await pageAs(officer);
    await page.goto(`${origin}/fr/inventory/${itemId}`);
    await page.fill('input[name="dataset"]', 'pharmacies-de-garde');
    await submit(page, 'form[action$="/publish"]');
    assert.ok(await page.isVisible('.badges >> text=Publié'));
    await page.goto(`${origin}/fr/requests/${requestId}`);
    await page.selectOption('select[name="to"]', 'published');
    await page.fill('input[name="datasets"]', 'pharmacies-de-garde');
    await submit(page, 'form[action$="/transition"]');

    // The public history, read by an anonymous visitor, shows every step.
    const anon = await pageAs(null);
    await anon.goto(`${origin}/fr/requests/${requestId}`);
    const history = await anon.textContent('ol.activity');
    for (const step of [
      'Déposée',
      'Transmise à une organisation',
      'Inscrite à l’inventaire des données',
      'En cours d’examen',
      'Publiée',
    ])
      assert.ok(history?.includes(step), step);
    // One e-mail to the citizen for each step made by someone else.
    const subjects = await mailsTo(citizen.email);
    assert.equal(subjects.length, 4, subjects.join('\n'));
    await anon.goto(`${origin}/fr/inventory`);
    assert.ok(await anon.isVisible('tfoot >> text=Toutes les organisations'));
  });

  test('an invalid inventory file shows every bad row and changes nothing', async () => {
    const before = (await t.db.db.selectFrom('inventory_items').select('id').execute()).length;
    const page = await pageAs(officer);
    await page.goto(`${origin}/fr/organizations/sante/inventory/import`);
    await assertNoAxeViolations(page, '/fr/organizations/sante/inventory/import');
    await page.setInputFiles('input[name="file"]', {
      name: 'inventaire.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('title_fr,access_level,quality\n,public,1\nA,secret,1\nB,non_public,2\n'),
    });
    await untilLoaded(page, () => page.click('form.form button[type="submit"]:not([name])'));
    const report = await page.textContent('table.data');
    for (const cell of ['title', 'access_level', 'justification', 'restriction_reason'])
      assert.ok(report?.includes(cell), cell);
    await assertNoAxeViolations(page, '/fr/organizations/sante/inventory/import (report)');
    assert.equal((await t.db.db.selectFrom('inventory_items').select('id').execute()).length, before);
  });

  for (const lang of ['ar', 'fr', 'en'])
    test(`inventory pages in ${lang} have no axe violations`, async () => {
      const page = await pageAs(lang === 'fr' ? officer : null);
      for (const path of [
        '/inventory',
        '/organizations/sante/inventory',
        `/inventory/${itemId}`,
        `/requests/${requestId}`,
        ...(lang === 'fr' ? ['/organizations/sante/inventory/new', `/inventory/${itemId}/edit`] : []),
      ]) {
        const res = await page.goto(`${origin}/${lang}${path}`);
        assert.equal(res?.status(), 200, path);
        assert.equal(await page.getAttribute('html', 'dir'), lang === 'ar' ? 'rtl' : 'ltr');
        await assertNoAxeViolations(page, `/${lang}${path}`);
      }
    });
});
