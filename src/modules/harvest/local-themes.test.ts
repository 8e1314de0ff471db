// Remote themes → local themes: the same name, else a local theme of the same EU data theme, where a local
// theme's EU theme is the code administrators chose for it, else the mapping by its name.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { localThemes } from './import.ts';

test('a remote theme maps to the local theme of the same name first', () => {
  const known = new Map<string, string | null>([
    ['transport', null],
    ['routes', 'TRAN'],
  ]);
  assert.deepEqual(localThemes(['transport'], known), ['transport']);
});

test('else to a local theme whose chosen EU code is the remote theme’s EU theme', () => {
  const known = new Map<string, string | null>([
    ['routes', 'TRAN'],
    ['sante', null], // no code chosen: mapped by its name (sante → HEAL)
    ['people', null], // neither: matches nothing
  ]);
  assert.deepEqual(localThemes(['mobility', 'health', 'society', 42], known), ['routes', 'sante']);
});

test('a chosen code wins over the name mapping of the local theme', () => {
  // "culture" maps to EDUC by name; its administrators filed it under SOCI.
  const known = new Map<string, string | null>([['culture', 'SOCI']]);
  assert.deepEqual(localThemes(['education'], known), []);
  assert.deepEqual(localThemes(['population'], known), ['culture']);
});
