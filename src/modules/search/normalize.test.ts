// The normaliser's table of examples (also in README.md), and the properties search relies on.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markdownToText, tokenize } from './normalize.ts';
import { normalizeExamples } from './normalize-examples.ts';

test('every example of the table normalises as documented', () => {
  for (const [input, exact, stem] of normalizeExamples) {
    const tokens = tokenize(input);
    assert.equal(tokens.map((t) => t.exact).join(' '), exact, input);
    assert.equal(tokens.map((t) => t.stem).join(' '), stem, input);
  }
});

test('Arabic variants of one word share one stem; French accents and plurals too', () => {
  const stems = (words: string[]) => new Set(words.map((w) => tokenize(w)[0]!.stem));
  assert.equal(stems(['المعطيات', 'معطيات', 'والمعطيات', 'بالمعطيات', 'فالمعطيات', 'كالمعطيات']).size, 1);
  assert.equal(stems(['données', 'donnée', 'donnees', 'DONNÉES', 'donnee']).size, 1);
  assert.equal(stems(['dataset', 'datasets', 'Datasets']).size, 1);
});

test('separators split tokens; punctuation and symbols are dropped', () => {
  assert.deepEqual(
    tokenize('covid-19, (taux) «chômage»!').map((t) => t.exact),
    ['covid', '19', 'taux', 'chomage'],
  );
  assert.deepEqual(tokenize('  '), []);
  assert.deepEqual(tokenize('"\'*-()'), []);
});

test('Markdown syntax is stripped before indexing', () => {
  assert.equal(
    markdownToText('## Titre\n\n**gras** [lien](https://x.ma/y) `code`').replace(/\s+/g, ' ').trim(),
    'Titre gras lien code',
  );
});
