// Test helpers for the account pages: a browser without JavaScript (pages, URL-encoded forms with their
// CSRF token, cookies), the mailbox, and messages as rendered in HTML.
import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from '../../../../test/app.ts';
import { anonymousBrowser, type Browser } from '../../../../test/session.ts';
import { type Locale, type MessageKey, translate } from '../../../i18n/index.ts';
import { Worker } from '../../../jobs/index.ts';

export const password = 'correct horse battery';
export const linkToken = (text: string) => /token=([\w-]+)/.exec(text)?.[1] ?? '';
/** The text as preact renders it in HTML (escapes & < > "). */
const html = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
/** A message as it appears in a page. */
export const t = (locale: Locale, key: MessageKey, params?: Record<string, string | number>) =>
  html(translate(locale, key, params));
/** Every key of a JSON value, at any depth. */
export const keysOf = (v: unknown): string[] =>
  v && typeof v === 'object'
    ? Object.entries(v).flatMap(([k, x]) => [...(Array.isArray(v) ? [] : [k]), ...keysOf(x)])
    : [];
/** The session cookie a response sets, if any. */
export const sid = (res: LightMyRequestResponse) =>
  /(?:^|,\s*)sid=([^;]+)/.exec(String(res.headers['set-cookie']))?.[1];

export function formClient(get: () => TestApp) {
  const app = () => get().app;
  const page = (url: string, b?: Browser | null) =>
    app().inject({ url, headers: b ? { cookie: b.cookie } : {} });
  /** Posts a form as a browser would (with the CSRF token unless `csrf` is false). */
  const submit = (url: string, b: Browser | null, fields: Record<string, string>, csrf = true) =>
    app().inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...(b ? { cookie: b.cookie } : {}) },
      payload: new URLSearchParams({ ...(b && csrf ? { _csrf: b.csrf } : {}), ...fields }).toString(),
    });
  /** Runs the mail job, then returns the last message of this kind sent to `to`. */
  const outbox = async (to: string, kind: string) => {
    await new Worker(get().db, get().queue).drain();
    const mails = await get()
      .db.db.selectFrom('mail_outbox')
      .selectAll()
      .where('to_address', '=', to)
      .where('kind', '=', kind)
      .orderBy('created_at')
      .execute();
    return mails.at(-1)!;
  };
  /** Signs in through the HTML form; returns the browser with its new session. */
  const formLogin = async (email: string, pw = password, lang = 'en'): Promise<Browser> => {
    const b = await anonymousBrowser(app());
    const res = await submit(`/${lang}/login`, b, { email, password: pw });
    assert.equal(res.statusCode, 303, res.body);
    return { ...b, cookie: `${b.cookie}; sid=${sid(res)}` };
  };
  return { app, page, submit, outbox, formLogin };
}
