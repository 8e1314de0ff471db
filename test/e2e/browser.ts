// Shared by the browser tests: the app over real HTTP, headless Chromium, and the axe-core check.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import type { AxeResults } from 'axe-core';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { ConfigKey } from '../../src/config.ts';
import type { Dialect } from '../../src/db/types.ts';
import { buildTestApp, type TestApp } from '../app.ts';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export async function startApp(
  overrides: Partial<Record<ConfigKey, string | number | boolean>> = {},
  dialect: Dialect = 'sqlite',
): Promise<{ t: TestApp; origin: string }> {
  const t = await buildTestApp(dialect, overrides);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  return { t, origin: `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}` };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Runs axe (WCAG 2.1 A and AA rules) on the page and fails with a readable list of violations. */
export async function assertNoAxeViolations(page: Page, label: string): Promise<void> {
  await page.addScriptTag({ path: AXE_PATH });
  const results: AxeResults = await page.evaluate(
    async (values) => await (window as any).axe.run(document, { runOnly: { type: 'tag', values } }),
    WCAG,
  );
  const report = results.violations
    .map(
      (v) =>
        `- ${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.replace(/\n/g, ' ')}`).join('\n')}`,
    )
    .join('\n');
  assert.ok(results.passes.length > 0, `axe checked nothing on ${label}`);
  assert.equal(results.violations.length, 0, `axe violations on ${label}:\n${report}`);
}

/**
 * Runs an action that submits a form or follows a link and waits for the next document's load event. (Waiting
 * for the load state instead is a race: it resolves at once on the page that is still shown, and the next step
 * then works on the old page while the new one is on its way.)
 */
export async function untilLoaded(page: Page, action: () => Promise<unknown>): Promise<void> {
  await Promise.all([page.waitForEvent('load'), action()]);
}

export const activeMatches = (page: Page, selector: string) =>
  page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

/** Presses Tab until the focused element matches `selector` (at most `max` times). */
export async function tabTo(page: Page, selector: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await activeMatches(page, selector)) return;
  }
  assert.fail(`${selector} not reached within ${max} Tabs`);
}
