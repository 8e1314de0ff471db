// The EU vocabulary mapping in both directions: every code of ours that has an EU concept maps there and back.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoThemes } from '../../demo/themes.data.ts';
import { frequencies, licenses } from '../catalog/index.ts';
import * as v from './vocabularies.ts';

const AUTH = 'http://publications.europa.eu/resource/authority/';

test('every demo theme maps to an EU data theme, and each EU theme maps back to one of our names', () => {
  for (const t of demoThemes)
    assert.match(
      v.themeToEu(t.name) ?? '',
      /^http:\/\/publications\.europa\.eu\/resource\/authority\/data-theme\/[A-Z]{4}$/,
      t.name,
    );
  assert.equal(v.themeToEu('health'), `${AUTH}data-theme/HEAL`);
  assert.equal(v.themeToEu('  Finance '), `${AUTH}data-theme/ECON`);
  assert.equal(v.themeToEu('unheard-of'), undefined);
  assert.equal(v.euThemeCodes.length, 13);
  for (const code of v.euThemeCodes) {
    const ours = v.themeFromEu(`${AUTH}data-theme/${code}`);
    assert.ok(ours, code);
    assert.equal(v.themeToEu(ours), `${AUTH}data-theme/${code}`, code);
  }
  assert.equal(v.themeFromEu('heal'), 'health');
  assert.equal(v.themeFromEu(`${AUTH}data-theme/NOPE`), undefined);
});

test('frequencies: our codes are the EU codes; ISO 8601 periods for data.json', () => {
  for (const f of frequencies) {
    assert.equal(v.frequencyToEu(f.code), `${AUTH}frequency/${f.code}`);
    assert.equal(v.frequencyFromEu(`${AUTH}frequency/${f.code}`), f.code);
  }
  assert.equal(v.frequencyFromEu('monthly'), 'MONTHLY');
  assert.equal(v.frequencyFromEu(`${AUTH}frequency/FORTNIGHTLY_X`), undefined);
  assert.equal(v.frequencyToIso('ANNUAL'), 'R/P1Y');
  assert.equal(v.frequencyToIso('QUARTERLY'), 'R/P3M');
  assert.equal(v.frequencyToIso('UNKNOWN'), undefined);
});

test('formats: labels, extensions and media types map to EU file types and back', () => {
  for (const [given, code] of [
    ['CSV', 'CSV'],
    ['.xlsx', 'XLSX'],
    ['GeoJSON', 'GEOJSON'],
    ['text/turtle', 'RDF_TURTLE'],
    ['application/json; charset=utf-8', 'JSON'],
    ['ttl', 'RDF_TURTLE'],
    ['Shapefile', 'SHP'],
  ] as const) {
    assert.equal(v.formatToEu(given), `${AUTH}file-type/${code}`, given);
    assert.equal(v.formatFromEu(`${AUTH}file-type/${code}`), code);
  }
  assert.equal(v.formatToEu('made-up'), undefined);
  assert.equal(v.formatToEu(null), undefined);
  assert.equal(v.findFileType('csv')?.media, 'text/csv');
  assert.equal(
    v.mediaTypeUri('text/CSV; charset=utf-8'),
    'http://www.iana.org/assignments/media-types/text/csv',
  );
  assert.equal(v.mediaTypeFromUri('http://www.iana.org/assignments/media-types/text/csv'), 'text/csv');
});

test('licences: EU licence URI where the vocabulary has it, the licence URL otherwise, and back from either', () => {
  assert.deepEqual(v.licenceToUris('CC-BY-4.0'), {
    eu: `${AUTH}licence/CC_BY_4_0`,
    url: 'https://creativecommons.org/licenses/by/4.0/',
  });
  assert.deepEqual(v.licenceToUris('cc-by'), v.licenceToUris('CC-BY-4.0'));
  assert.deepEqual(v.licenceToUris('other-open'), {});
  assert.deepEqual(v.licenceToUris('nope'), {});
  for (const l of licenses) {
    const { eu, url } = v.licenceToUris(l.id);
    if (eu) assert.equal(v.licenceFromUri(eu), l.id, eu);
    if (url) assert.equal(v.licenceFromUri(url), l.id, url);
    if (url) assert.equal(v.licenceFromUri(url.replace('https://', 'http://').replace(/\/$/, '')), l.id);
  }
  assert.equal(v.licenceFromUri('https://example.org/licence'), undefined);
});

test('access rights: PUBLIC, RESTRICTED, NON_PUBLIC ↔ Project Open Data access levels', () => {
  for (const level of v.accessLevels) assert.equal(v.accessFromEu(v.accessToEu(level)), level);
  assert.equal(v.accessToEu('public'), `${AUTH}access-right/PUBLIC`);
  assert.equal(v.accessToEu('non-public'), `${AUTH}access-right/NON_PUBLIC`);
  assert.equal(v.accessFromEu('restricted'), 'restricted public');
  assert.equal(v.accessLevelOf('private'), 'non-public');
  assert.equal(v.accessFromEu(`${AUTH}access-right/SECRET`), undefined);
});

test('languages: ar, fr, en ↔ the EU language authority', () => {
  for (const l of ['ar', 'fr', 'en'] as const) assert.equal(v.languageFromEu(v.languageToEu(l)), l);
  assert.equal(v.languageToEu('ar'), `${AUTH}language/ARA`);
  assert.equal(v.languageFromEu(`${AUTH}language/DEU`), undefined);
});
