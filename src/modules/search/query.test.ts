// The query parser: every feature, and any input parses (nothing reaches the engines unparsed).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseQuery, type Term } from './query.ts';

const show = (t: Term) =>
  t.kind === 'prefix'
    ? `${t.prefix}*`
    : t.tokens.length > 1
      ? `"${t.tokens.map((x) => x.stem).join(' ')}"`
      : t.tokens[0]!.stem;
const render = (input: string) => {
  const q = parseQuery(input);
  return { groups: q.groups.map((g) => g.map(show).join('|')), exclude: q.exclude.map(show) };
};

test('words, phrases, prefixes, exclusions and OR', () => {
  assert.deepEqual(render('Données budget'), { groups: ['donne', 'budget'], exclude: [] });
  assert.deepEqual(render('"budget de l\'état" 2024'), { groups: ['"budget de etat"', '2024'], exclude: [] });
  assert.deepEqual(render('stat*'), { groups: ['stat*'], exclude: [] });
  assert.deepEqual(render('eau -potable'), { groups: ['eau'], exclude: ['potabl'] });
  assert.deepEqual(render('eau -"eau potable"'), { groups: ['eau'], exclude: ['"eau potabl"'] });
  assert.deepEqual(render('santé école OR lycée'), { groups: ['sant', 'ecol|lyce'], exclude: [] });
  assert.deepEqual(render('a OR b OR c'), { groups: ['a|b|c'], exclude: [] });
  assert.deepEqual(render('والمعطيات'), { groups: ['معطي'], exclude: [] });
  assert.deepEqual(render('covid-19'), { groups: ['"covid 19"'], exclude: [] });
});

test('any input parses: unbalanced quotes, stray operators, punctuation, only exclusions', () => {
  assert.deepEqual(render('"budget annuel'), { groups: ['"budget annuel"'], exclude: [] });
  assert.deepEqual(render('OR OR budget OR'), { groups: ['budget'], exclude: [] });
  assert.deepEqual(render('- -- * ** "" ( ) AND NOT NEAR'), { groups: ['and', 'not', 'near'], exclude: [] });
  assert.deepEqual(render('-eau'), { groups: [], exclude: ['eau'] });
  assert.deepEqual(render('a*'), { groups: ['a'], exclude: [] });
  assert.deepEqual(render("'; DROP TABLE datasets; --"), {
    groups: ['drop', 'tabl', 'dataset'],
    exclude: [],
  });
  assert.deepEqual(render('{title}: x^2 col:val'), { groups: ['titl', '"x 2"', '"col val"'], exclude: [] });
  assert.deepEqual(render(''), { groups: [], exclude: [] });
  assert.equal(parseQuery('x '.repeat(1000)).groups.length, 32);
});
