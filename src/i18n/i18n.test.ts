import assert from 'node:assert/strict';
import { test } from 'node:test';
import { errorCodes, fieldReasons } from '../kernel/error-codes.ts';
import {
  catalogs,
  dir,
  formatDate,
  formatNumber,
  fromAcceptLanguage,
  hasMessage,
  locales,
  translate,
} from './index.ts';
import { en } from './messages/en.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('every language has every message, none empty, with the same placeholders', () => {
  for (const locale of locales) {
    const catalog = catalogs[locale] as Record<string, string>;
    assert.deepEqual(Object.keys(catalog).sort(), Object.keys(en).sort(), `${locale}: keys differ from en`);
    for (const [key, text] of Object.entries(en)) {
      assert.ok(catalog[key]?.trim(), `${locale}: ${key} is empty`);
      assert.deepEqual(placeholders(catalog[key]!), placeholders(text), `${locale}: ${key} placeholders`);
    }
  }
});

test('every error code and field reason has a message', () => {
  for (const code of Object.keys(errorCodes)) assert.ok(hasMessage(`error.${code}`), `error.${code} missing`);
  for (const reason of fieldReasons) assert.ok(hasMessage(`field.${reason}`), `field.${reason} missing`);
});

test('Arabic is right-to-left, French and English left-to-right', () => {
  assert.equal(dir('ar'), 'rtl');
  assert.equal(dir('fr'), 'ltr');
  assert.equal(dir('en'), 'ltr');
});

test('placeholders are filled; numbers use Western digits in Arabic', () => {
  assert.equal(translate('en', 'field.too_long', { max: 200 }), 'Must be at most 200 characters.');
  assert.equal(formatNumber('ar', 1234567), '1.234.567');
  assert.equal(formatNumber('fr', 1234567), '1.234.567', 'French as written in Morocco');
  assert.equal(formatNumber('en', 1234567), '1,234,567');
  const ar = formatDate('ar', '2023-03-28T12:00:00Z');
  assert.match(ar, /28/);
  assert.doesNotMatch(ar, /[\u0660-\u0669]/, 'no Arabic-Indic digits');
  assert.match(formatDate('fr', '2023-03-28T12:00:00Z'), /28 mars 2023/);
});

test('Accept-Language picks the best supported language by quality', () => {
  assert.equal(fromAcceptLanguage('fr-FR,fr;q=0.9,en;q=0.8'), 'fr');
  assert.equal(fromAcceptLanguage('de-DE,en;q=0.5,ar;q=0.7'), 'ar');
  assert.equal(fromAcceptLanguage('de,es'), null);
  assert.equal(fromAcceptLanguage(undefined), null);
  assert.equal(fromAcceptLanguage('ar;q=0,fr;q=0.1'), 'fr');
});
