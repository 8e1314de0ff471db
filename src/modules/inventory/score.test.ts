// The score formula on its own (no database): weights from the configuration, fractions, points, rounding.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { configWith } from '../../config.ts';
import { explainScore, parseWeights, scoreRules } from './score.ts';

test('weights are read from INVENTORY_PRIORITY_WEIGHTS; a criterion left out weighs 0', () => {
  assert.deepEqual(parseWeights('quality:2,legal:3,open_format:1,demand:4'), {
    quality: 2,
    legal: 3,
    open_format: 1,
    demand: 4,
  });
  assert.deepEqual(scoreRules(configWith({ INVENTORY_PRIORITY_WEIGHTS: 'demand:5' })).weights, {
    quality: 0,
    legal: 0,
    open_format: 0,
    demand: 5,
  });
  assert.throws(() => configWith({ INVENTORY_PRIORITY_WEIGHTS: 'beauty:3' }), /INVENTORY_PRIORITY_WEIGHTS/);
});

test('score = 100 × Σ weight × fraction / Σ weights, explained per criterion', () => {
  const rules = { weights: { quality: 2, legal: 3, open_format: 1, demand: 4 }, demandTarget: 10 };
  const s = explainScore({ quality: 2, no_legal_obstacle: false, open_format: true, demand: 15 }, rules);
  // quality 2/3 × 2 = 1.333…, open 1 × 1, demand capped at 1 × 4: 100 × 6.333… / 10 = 63.3
  assert.equal(s.score, 63.3);
  assert.deepEqual(
    s.criteria.map((c) => [c.criterion, c.weight, c.points]),
    [
      ['quality', 2, 13.3],
      ['legal', 3, 0],
      ['open_format', 1, 10],
      ['demand', 4, 40],
    ],
  );
  const only = { weights: { quality: 0, legal: 0, open_format: 0, demand: 1 }, demandTarget: 4 };
  assert.equal(
    explainScore({ quality: 3, no_legal_obstacle: true, open_format: true, demand: 1 }, only).score,
    25,
  );
  const none = { weights: { quality: 0, legal: 0, open_format: 0, demand: 0 }, demandTarget: 4 };
  assert.equal(
    explainScore({ quality: 3, no_legal_obstacle: true, open_format: true, demand: 9 }, none).score,
    0,
  );
});
