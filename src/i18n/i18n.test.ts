import assert from 'node:assert/strict';
import { test } from 'node:test';
import { errorCodes, fieldReasons } from '../kernel/error-codes.ts';
import {
  catalogs,
  dir,
  formatDate,
  formatMessage,
  formatNumber,
  fromAcceptLanguage,
  hasMessage,
  locales,
  messageParams,
  messageTemplate,
  translate,
} from './index.ts';
import { en } from './messages/en.ts';

test('every language has every message, none empty, with the same placeholders', () => {
  for (const locale of locales) {
    const catalog = catalogs[locale] as Record<string, string>;
    assert.deepEqual(Object.keys(catalog).sort(), Object.keys(en).sort(), `${locale}: keys differ from en`);
    for (const [key, text] of Object.entries(en)) {
      assert.ok(catalog[key]?.trim(), `${locale}: ${key} is empty`);
      assert.deepEqual(messageParams(catalog[key]!), messageParams(text), `${locale}: ${key} placeholders`);
      let depth = 0;
      for (const ch of catalog[key]!) {
        depth += ch === '{' ? 1 : ch === '}' ? -1 : 0;
        assert.ok(depth >= 0, `${locale}: ${key} closes a brace it did not open`);
      }
      assert.equal(depth, 0, `${locale}: ${key} leaves a brace open`);
      if (/,\s*plural,/.test(catalog[key]!))
        assert.match(
          catalog[key]!,
          /\bother\s*\{/,
          `${locale}: ${key} has a plural without an "other" branch`,
        );
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

test('plurals follow each language: French counts 0 and 1 as one, Arabic has six forms', () => {
  const en = '{n, plural, one {# vote} other {# votes}}';
  const fr = '{n, plural, one {# vote} other {# votes}}';
  const ar =
    '{n, plural, zero {لا أصوات} one {صوت واحد} two {صوتان} few {# أصوات} many {# صوتًا} other {# صوت}}';
  assert.deepEqual(
    [0, 1, 2, 1500].map((n) => formatMessage('en', en, { n })),
    ['0 votes', '1 vote', '2 votes', '1,500 votes'],
  );
  assert.deepEqual(
    [0, 1, 2, 1500].map((n) => formatMessage('fr', fr, { n })),
    ['0 vote', '1 vote', '2 votes', '1.500 votes'],
  );
  assert.deepEqual(
    [0, 1, 2, 3, 10, 11, 99, 100, 102].map((n) => formatMessage('ar', ar, { n })),
    ['لا أصوات', 'صوت واحد', 'صوتان', '3 أصوات', '10 أصوات', '11 صوتًا', '99 صوتًا', '100 صوت', '102 صوت'],
  );
  // An exact branch wins; other parameters inside a branch are filled; text around is kept.
  const msg = 'Results: {n, plural, =0 {none for “{q}”} one {# for “{q}”} other {# for “{q}”}}.';
  assert.equal(formatMessage('en', msg, { n: 0, q: 'santé' }), 'Results: none for “santé”.');
  assert.equal(formatMessage('en', msg, { n: 1, q: 'santé' }), 'Results: 1 for “santé”.');
  assert.equal(formatMessage('en', msg, { n: 2, q: 'C# {n}' }), 'Results: 2 for “C# {n}”.');
  // Two plurals in one message, and a missing parameter left as written.
  const two = '{a, plural, one {# request} other {# requests}}, {b, plural, one {# vote} other {# votes}}';
  assert.equal(formatMessage('en', two, { a: 1, b: 3 }), '1 request, 3 votes');
  assert.equal(formatMessage('en', 'x {missing} y', {}), 'x {missing} y');
  assert.deepEqual(messageParams(`${two} {q}`), ['a', 'b', 'q']);
  assert.equal(messageTemplate(`${two}.`), '{a} requests, {b} votes.');
});
