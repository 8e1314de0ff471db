// Contract: the one error shape, in JSON and HTML, in the request's language.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Type } from 'typebox';
import { describeWithApp } from '../../test/app.ts';
import { errorCodes } from '../kernel/error-codes.ts';
import { AppError } from '../kernel/errors.ts';

const errorKeys = (body: any) => Object.keys(body.error).sort();

describeWithApp(
  'error handler',
  (get) => {
    test('REST 404: {"ok":false,"error":{"code","message"}} and nothing else', async () => {
      const res = await get().app.inject({
        url: '/api/v1/nothing-here',
        headers: { 'accept-language': 'fr' },
      });
      assert.equal(res.statusCode, 404);
      assert.match(res.headers['content-type'] as string, /application\/json/);
      const body = res.json();
      assert.deepEqual(Object.keys(body).sort(), ['error', 'ok']);
      assert.equal(body.ok, false);
      assert.deepEqual(errorKeys(body), ['code', 'message']);
      assert.equal(body.error.code, 'http.not_found');
      assert.equal(body.error.message, 'Introuvable.');
    });

    test('schema validation: fields named with a reason and a translated message', async () => {
      const res = await get().app.inject({
        method: 'POST',
        url: '/api/v1/test/echo',
        headers: { 'accept-language': 'ar' },
        payload: { title: 'x'.repeat(30), extra: 1 },
      });
      assert.equal(res.statusCode, 400);
      const body = res.json();
      assert.deepEqual(errorKeys(body), ['code', 'fields', 'message']);
      assert.equal(body.error.code, 'http.validation');
      assert.equal(body.error.message, 'بعض الحقول غير صالحة.');
      assert.deepEqual(body.error.fields.title, { reason: 'too_long', message: 'يجب ألا يزيد عن 10 أحرف.' });
    });

    test('a missing required field is named', async () => {
      const res = await get().app.inject({ method: 'POST', url: '/api/v1/test/echo', payload: {} });
      assert.equal(res.json().error.fields.title.reason, 'required');
    });

    test('an AppError thrown by a service keeps its code, status and params', async () => {
      const res = await get().app.inject({
        url: '/api/v1/test/forbidden',
        headers: { 'accept-language': 'en' },
      });
      assert.equal(res.statusCode, 403);
      assert.deepEqual(res.json(), {
        ok: false,
        error: { code: 'auth.forbidden', message: 'You are not allowed to do this.' },
      });
    });

    test('malformed JSON is a 400 bad request, not a crash', async () => {
      const res = await get().app.inject({
        method: 'POST',
        url: '/api/v1/test/echo',
        headers: { 'content-type': 'application/json' },
        payload: '{"title":',
      });
      assert.equal(res.statusCode, 400);
      assert.equal(res.json().error.code, 'http.bad_request');
    });

    test('an unexpected error: translated 500 without internals, request id to quote', async () => {
      const json = await get().app.inject({
        url: '/api/v1/test/crash',
        headers: { 'x-request-id': 'req-123' },
      });
      assert.equal(json.statusCode, 500);
      assert.equal(json.json().error.code, 'http.internal');
      assert.equal(json.headers['x-request-id'], 'req-123');
      assert.ok(!json.body.includes('secret-internal-detail'));
      const html = await get().app.inject({ url: '/fr/test-crash' });
      assert.equal(html.statusCode, 500);
      assert.match(html.headers['content-type'] as string, /text\/html/);
      assert.match(html.body, /<html lang="fr" dir="ltr">/);
      assert.match(html.body, /Une erreur est survenue/);
      assert.match(html.body, new RegExp(`Référence : ${html.headers['x-request-id']}`));
      assert.ok(!html.body.includes('secret-internal-detail'));
      assert.ok(!html.body.includes('at '), 'no stack trace');
    });

    test('HTML 404 page in the language of the URL, right-to-left for Arabic', async () => {
      const res = await get().app.inject({ url: '/ar/no-such-page' });
      assert.equal(res.statusCode, 404);
      assert.match(res.body, /<html lang="ar" dir="rtl">/);
      assert.match(res.body, /الصفحة غير موجودة/);
    });

    test('a JSON twin of a missing page answers JSON', async () => {
      const res = await get().app.inject({ url: '/en/no-such-page.json' });
      assert.equal(res.statusCode, 404);
      assert.equal(res.json().error.code, 'http.not_found');
    });

    test('an oversized body is refused with 413', async () => {
      const res = await get().app.inject({
        method: 'POST',
        url: '/api/v1/test/echo',
        payload: { title: 'x'.repeat(2_000_000) },
      });
      assert.equal(res.statusCode, 413);
      assert.equal(res.json().error.code, 'http.payload_too_large');
    });
  },
  {},
  (app) => {
    app.post(
      '/api/v1/test/echo',
      {
        schema: {
          body: Type.Object({ title: Type.String({ maxLength: 10 }) }, { additionalProperties: false }),
        },
      },
      async (req) => ({ ok: true, body: req.body }),
    );
    app.get('/api/v1/test/forbidden', async () => {
      throw new AppError('auth.forbidden');
    });
    app.get('/api/v1/test/crash', async () => {
      throw new Error('secret-internal-detail');
    });
    app.get('/fr/test-crash', async () => {
      throw new Error('secret-internal-detail');
    });
  },
);

test('every error code is documented in docs/errors.md', () => {
  const doc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
  for (const [code, status] of Object.entries(errorCodes))
    assert.ok(doc.includes(`| \`${code}\` | ${status} |`), `${code} missing from docs/errors.md`);
});
