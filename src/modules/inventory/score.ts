// The prioritisation score: the criteria of the yearly open data plans, each with a configurable weight.
// score = 100 × Σ (weight × fraction) / Σ weights, where the fractions are quality / 3, no legal obstacle (0|1),
// already in an open electronic format (0|1) and min(1, demand / INVENTORY_DEMAND_TARGET), demand being the
// number of linked data requests (not withdrawn) plus their votes. The repository sorts by the same formula.
import type { Config } from '../../config.ts';

export const criteria = ['quality', 'legal', 'open_format', 'demand'] as const;
export type Criterion = (typeof criteria)[number];
export type Weights = Record<Criterion, number>;

export const QUALITY_MAX = 3;

/** `quality:2,legal:3` → weights (a criterion left out weighs 0). */
export function parseWeights(list: string): Weights {
  const w: Weights = { quality: 0, legal: 0, open_format: 0, demand: 0 };
  for (const item of list.split(',')) {
    const [k, v] = item.split(':');
    if (k && (criteria as readonly string[]).includes(k.trim())) w[k.trim() as Criterion] = Number(v) || 0;
  }
  return w;
}

export interface ScoreRules {
  weights: Weights;
  demandTarget: number;
}

export const scoreRules = (config: Config): ScoreRules => ({
  weights: parseWeights(config.INVENTORY_PRIORITY_WEIGHTS),
  demandTarget: config.INVENTORY_DEMAND_TARGET,
});

export interface ScoreInput {
  quality: number;
  no_legal_obstacle: boolean;
  open_format: boolean;
  /** Linked requests + their votes. */
  demand: number;
}

export interface ScoreExplained {
  /** 0–100, one decimal. */
  score: number;
  /** Per criterion: the value, its fraction (0–1), its weight and the points it adds to the score. */
  criteria: {
    criterion: Criterion;
    value: number | boolean;
    fraction: number;
    weight: number;
    points: number;
  }[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function explainScore(input: ScoreInput, rules: ScoreRules): ScoreExplained {
  const w = rules.weights;
  const total = criteria.reduce((s, c) => s + w[c], 0);
  const fractions: Record<Criterion, [number | boolean, number]> = {
    quality: [input.quality, Math.min(1, Math.max(0, input.quality / QUALITY_MAX))],
    legal: [input.no_legal_obstacle, input.no_legal_obstacle ? 1 : 0],
    open_format: [input.open_format, input.open_format ? 1 : 0],
    demand: [input.demand, Math.min(1, input.demand / rules.demandTarget)],
  };
  let sum = 0;
  const out = criteria.map((criterion) => {
    const [value, fraction] = fractions[criterion];
    const points = total > 0 ? (100 * w[criterion] * fraction) / total : 0;
    sum += points;
    return {
      criterion,
      value,
      fraction: round1(fraction * 100) / 100,
      weight: w[criterion],
      points: round1(points),
    };
  });
  return { score: round1(sum), criteria: out };
}
