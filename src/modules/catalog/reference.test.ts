// Reference data: licences (Open Definition ids, open flags) and EU update frequencies; GET /api/v1/licenses.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeWithApp } from '../../../test/app.ts';
import { locales } from '../../i18n/index.ts';
import { findFrequency, frequencies } from './frequencies.ts';
import { findLicense, licenses } from './licenses.ts';

test('licences: the Open Definition ids, each titled in every language, with the right open flag', () => {
  const open = ['CC-BY-4.0', 'CC-BY-SA-4.0', 'CC0-1.0', 'ODbL-1.0', 'ODC-BY-1.0', 'PDDL-1.0', 'LO-FR-2.0'];
  const alsoOpen = ['OGL-UK-2.0', 'GFDL', 'other-open', 'other-pd', 'other-at'];
  const notOpen = ['CC-BY-NC-4.0', 'other-nc', 'other-closed', 'notspecified'];
  assert.deepEqual(licenses.map((l) => l.id).sort(), [...open, ...alsoOpen, ...notOpen].sort());
  for (const l of licenses) {
    assert.equal(l.open, !notOpen.includes(l.id), l.id);
    for (const locale of locales) assert.ok(l.title[locale]?.trim(), `${l.id} ${locale}`);
    if (l.url) assert.match(l.url, /^https:\/\//);
  }
  assert.equal(findLicense('cc-by')?.id, 'CC-BY-4.0', 'CKAN’s historical ids resolve');
  assert.equal(findLicense('odc-odbl')?.id, 'ODbL-1.0');
  assert.equal(findLicense('odbl-1.0')?.id, 'ODbL-1.0', 'ids are case-insensitive');
  assert.equal(findLicense('lov2')?.id, 'LO-FR-2.0');
  assert.equal(findLicense('MIT'), undefined);
});

test('frequencies: EU vocabulary codes, labelled in every language, with their period in days', () => {
  const codes = frequencies.map((f) => f.code);
  for (const code of [
    'ANNUAL',
    'MONTHLY',
    'WEEKLY',
    'DAILY',
    'QUARTERLY',
    'BIENNIAL',
    'IRREG',
    'CONT',
    'NEVER',
    'UNKNOWN',
  ])
    assert.ok(codes.includes(code), code);
  assert.equal(new Set(codes).size, codes.length);
  for (const f of frequencies)
    for (const locale of locales) assert.ok(f.label[locale]?.trim(), `${f.code} ${locale}`);
  assert.equal(findFrequency('annual')?.days, 366);
  assert.equal(findFrequency('DAILY')?.days, 1);
  assert.equal(findFrequency('WEEKLY')?.days, 7);
  for (const none of ['IRREG', 'CONT', 'NEVER', 'UNKNOWN'])
    assert.equal(findFrequency(none)?.days, null, none);
});

describeWithApp('catalog: reference data over REST', (get) => {
  test('GET /api/v1/licenses lists every licence; GET /api/v1/frequencies every frequency', async () => {
    const res = await get().app.inject({ url: '/api/v1/licenses' });
    assert.equal(res.statusCode, 200);
    const list = res.json().data;
    assert.equal(list.length, licenses.length);
    assert.deepEqual(list[0], {
      id: 'CC-BY-4.0',
      title: licenses[0]!.title,
      url: 'https://creativecommons.org/licenses/by/4.0/',
      open: true,
    });
    const freq = (await get().app.inject({ url: '/api/v1/frequencies' })).json().data;
    assert.equal(freq.length, frequencies.length);
  });
});
