// Hand-computed cases for the progress arithmetic.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { historyDates } from './figures.ts';
import {
  type ActivityHistory,
  activityAsOf,
  checkThresholds,
  commitmentProgress,
  commitmentProgressAsOf,
  daysBetween,
  defaultThresholds,
  effectiveLevel,
  lastReportOn,
  levelOf,
  notUpdated,
  planProgress,
  shares,
} from './progress.ts';

const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-9, `${a} ≠ ${b}`);

describe('weighted progress', () => {
  test('weights are normalised: 3 and 1 give shares 75% and 25%', () => {
    assert.deepEqual(shares([{ weight: 3 }, { weight: 1 }]), [75, 25]);
    // (3 × 80 + 1 × 40) / 4 = 70
    close(
      commitmentProgress([
        { weight: 3, completion: 80 },
        { weight: 1, completion: 40 },
      ]),
      70,
    );
  });

  test('weights that add up to 100 or to 1 give the same figure', () => {
    const a = commitmentProgress([
      { weight: 60, completion: 50 },
      { weight: 40, completion: 100 },
    ]);
    const b = commitmentProgress([
      { weight: 0.6, completion: 50 },
      { weight: 0.4, completion: 100 },
    ]);
    close(a, 70); // 0.6 × 50 + 0.4 × 100
    close(b, 70);
  });

  test('a zero weight among others counts for nothing; all zero weights mean equal shares', () => {
    close(
      commitmentProgress([
        { weight: 2, completion: 50 },
        { weight: 0, completion: 100 },
      ]),
      50,
    );
    assert.deepEqual(shares([{ weight: 0 }, { weight: 0 }]), [50, 50]);
    close(
      commitmentProgress([
        { weight: 0, completion: 30 },
        { weight: 0, completion: 90 },
      ]),
      60,
    );
  });

  test('no activity: 0 (not started); completions are clamped to 0–100', () => {
    assert.equal(commitmentProgress([]), 0);
    assert.equal(levelOf(commitmentProgress([])), 'not_started');
    close(commitmentProgress([{ weight: 1, completion: 140 }]), 100);
  });

  test('plan: mean of commitments, or weighted by commitment weight', () => {
    const cs = [
      { weight: 1, completion: 70 },
      { weight: 3, completion: 30 },
    ];
    close(planProgress(cs, 'mean'), 50); // (70 + 30) / 2
    close(planProgress(cs, 'weighted'), 40); // (70 + 90) / 4
    assert.equal(planProgress([], 'mean'), 0);
  });
});

describe('completion levels', () => {
  test('default thresholds: 0 not started, 1 limited, 50 substantial, 100 complete', () => {
    assert.equal(levelOf(0), 'not_started');
    assert.equal(levelOf(0.5), 'not_started');
    assert.equal(levelOf(1), 'limited');
    assert.equal(levelOf(49.99), 'limited');
    assert.equal(levelOf(50), 'substantial');
    assert.equal(levelOf(99.99), 'substantial');
    assert.equal(levelOf(100), 'complete');
  });

  test('configurable thresholds and their check', () => {
    const t = { limited: 10, substantial: 60, complete: 95 };
    assert.equal(levelOf(5, t), 'not_started');
    assert.equal(levelOf(59, t), 'limited');
    assert.equal(levelOf(95, t), 'complete');
    assert.equal(checkThresholds(t), null);
    assert.equal(checkThresholds({ limited: 50, substantial: 40, complete: 100 }), 'invalid_value');
    assert.equal(checkThresholds({ limited: 0, substantial: 40, complete: 100 }), 'invalid_value');
  });

  test('an override replaces the derived level and keeps its reason', () => {
    assert.deepEqual(effectiveLevel(62, defaultThresholds, { level: null, reason: null }), {
      level: 'substantial',
      derived: 'substantial',
      overridden: false,
      reason: null,
    });
    assert.deepEqual(effectiveLevel(62, defaultThresholds, { level: 'limited', reason: 'No evidence' }), {
      level: 'limited',
      derived: 'substantial',
      overridden: true,
      reason: 'No evidence',
    });
  });
});

describe('history', () => {
  const a: ActivityHistory = {
    createdOn: '2022-01-10',
    removedOn: null,
    weights: [
      { effectiveOn: '2022-01-10', weight: 1 },
      { effectiveOn: '2022-06-01', weight: 3 },
    ],
    reports: [
      { reportedOn: '2022-03-01', createdAt: '2022-03-01T10:00:00.000Z', completion: 20 },
      { reportedOn: '2022-09-01', createdAt: '2022-09-01T10:00:00.000Z', completion: 80 },
      { reportedOn: '2022-09-01', createdAt: '2022-09-01T09:00:00.000Z', completion: 70 },
    ],
  };
  const b: ActivityHistory = {
    createdOn: '2022-01-10',
    removedOn: '2022-10-01',
    weights: [{ effectiveOn: '2022-01-10', weight: 1 }],
    reports: [{ reportedOn: '2022-04-01', createdAt: '2022-04-01T10:00:00.000Z', completion: 100 }],
  };

  test('each activity as of a date: the weight then in force and the latest report (same day: the later)', () => {
    assert.deepEqual(activityAsOf(a, '2022-02-01'), { weight: 1, completion: 0 });
    assert.deepEqual(activityAsOf(a, '2022-03-01'), { weight: 1, completion: 20 });
    assert.deepEqual(activityAsOf(a, '2022-09-01'), { weight: 3, completion: 80 });
  });

  test('commitment progress as of past dates, including a removed activity', () => {
    close(commitmentProgressAsOf([a, b], '2022-01-09'), 0); // nothing existed
    close(commitmentProgressAsOf([a, b], '2022-03-15'), 10); // (1×20 + 1×0) / 2
    close(commitmentProgressAsOf([a, b], '2022-05-01'), 60); // (1×20 + 1×100) / 2
    close(commitmentProgressAsOf([a, b], '2022-07-01'), 40); // (3×20 + 1×100) / 4
    close(commitmentProgressAsOf([a, b], '2022-09-30'), 85); // (3×80 + 1×100) / 4
    close(commitmentProgressAsOf([a, b], '2022-10-01'), 80); // b removed: 3×80 / 3
  });

  test('last report and the "not updated" flag', () => {
    assert.equal(lastReportOn([a, b], '2022-08-31'), '2022-04-01');
    assert.equal(lastReportOn([a, b], '2022-01-31'), null);
    assert.equal(daysBetween('2022-04-01', '2022-06-30'), 90);
    assert.equal(notUpdated('2022-04-01', null, '2022-06-30', 90), false);
    assert.equal(notUpdated('2022-04-01', null, '2022-07-01', 90), true);
    assert.equal(notUpdated(null, '2022-01-01', '2022-05-01', 90), true);
    assert.equal(notUpdated(null, null, '2022-05-01', 90), false);
    assert.equal(notUpdated(null, '2023-01-01', '2022-05-01', 90), false);
  });
});

describe('history dates', () => {
  test('quarter ends from the start to the date, and the date', () => {
    assert.deepEqual(historyDates('2022-02-10', '2022-11-05'), [
      '2022-03-31',
      '2022-06-30',
      '2022-09-30',
      '2022-11-05',
    ]);
  });
  test('a plan that ended: quarters up to its end (or its last report), then the date', () => {
    assert.deepEqual(historyDates('2021-01-01', '2026-11-26', '2021-12-31'), [
      '2021-03-31',
      '2021-06-30',
      '2021-09-30',
      '2021-12-31',
      '2026-11-26',
    ]);
    assert.deepEqual(historyDates('2021-01-01', '2026-11-26', '2021-08-15').slice(-3), [
      '2021-06-30',
      '2021-08-15',
      '2026-11-26',
    ]);
    // A three-year plan keeps all its quarters; a date before the end is not extended.
    assert.equal(historyDates('2021-01-01', '2026-11-26', '2023-12-31').length, 13);
    assert.deepEqual(historyDates('2021-01-01', '2021-05-01', '2023-12-31'), ['2021-03-31', '2021-05-01']);
  });
});
