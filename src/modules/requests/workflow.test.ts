import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { RequestStatus, TransitionRole } from '../../db/tables/requests.ts';
import {
  addWorkingDays,
  canExtend,
  dueDate,
  extendedDueDate,
  finalStatuses,
  holidaySet,
  isIsoDate,
  isOverdue,
  nextStatuses,
  signingRole,
  statuses,
  transitionFieldErrors,
  transitions,
  workingDaysBetween,
} from './workflow.ts';

const roles = (...r: TransitionRole[]) => new Set(r);
const base = {
  organizationId: 'org',
  plannedDate: null,
  refusalReason: null,
  justification: '',
  linkedDatasets: 0,
  today: '2026-11-25',
};

describe('request workflow', () => {
  test('the full table of moves, role by role', () => {
    const expected: Record<TransitionRole, Record<RequestStatus, RequestStatus[]>> = {
      requester: {
        submitted: ['withdrawn'],
        routed: ['withdrawn'],
        under_review: ['withdrawn'],
        accepted: ['withdrawn'],
        published: [],
        partially_published: [],
        refused: [],
        withdrawn: [],
      },
      moderator: {
        submitted: ['routed', 'refused'],
        routed: ['routed', 'under_review', 'accepted', 'refused'],
        under_review: ['accepted', 'published', 'partially_published', 'refused'],
        accepted: ['published', 'partially_published', 'refused'],
        published: [],
        partially_published: [],
        refused: [],
        withdrawn: [],
      },
      organization: {
        submitted: [],
        routed: ['under_review', 'accepted', 'refused'],
        under_review: ['accepted', 'published', 'partially_published', 'refused'],
        accepted: ['published', 'partially_published', 'refused'],
        published: [],
        partially_published: [],
        refused: [],
        withdrawn: [],
      },
    };
    for (const [role, table] of Object.entries(expected) as [TransitionRole, typeof expected.requester][])
      for (const from of statuses)
        assert.deepEqual(
          nextStatuses(from, roles(role)).sort(),
          [...table[from]].sort(),
          `${role} from ${from}`,
        );
  });

  test('final statuses have no way out; only the requester withdraws', () => {
    for (const s of finalStatuses) assert.deepEqual(Object.keys(transitions[s]), []);
    for (const from of statuses) {
      const who = transitions[from].withdrawn;
      if (who) assert.deepEqual(who, ['requester']);
    }
    assert.equal(signingRole('routed', 'withdrawn', roles('moderator', 'organization')), null);
    assert.equal(signingRole('routed', 'withdrawn', roles('requester')), 'requester');
    assert.equal(signingRole('routed', 'accepted', roles('requester', 'organization')), 'organization');
    assert.equal(signingRole('published', 'refused', roles('moderator')), null);
  });

  test('routing needs an organisation; acceptance a planned date not in the past', () => {
    assert.deepEqual(
      transitionFieldErrors({ ...base, from: 'submitted', to: 'routed', organizationId: null }),
      {
        organization: 'required',
      },
    );
    assert.deepEqual(transitionFieldErrors({ ...base, from: 'submitted', to: 'routed' }), {});
    const accept = { ...base, from: 'routed' as const, to: 'accepted' as const };
    assert.deepEqual(transitionFieldErrors(accept), { planned_date: 'required' });
    assert.deepEqual(transitionFieldErrors({ ...accept, plannedDate: '2026-02-30' }), {
      planned_date: 'invalid_format',
    });
    assert.deepEqual(transitionFieldErrors({ ...accept, plannedDate: '2026-11-24' }), {
      planned_date: 'too_small',
    });
    assert.deepEqual(transitionFieldErrors({ ...accept, plannedDate: '2026-11-25' }), {});
  });

  test('a refusal needs a listed reason and a written justification, both', () => {
    const refuse = { ...base, from: 'under_review' as const, to: 'refused' as const };
    assert.deepEqual(transitionFieldErrors(refuse), {
      refusal_reason: 'required',
      justification: 'required',
    });
    assert.deepEqual(transitionFieldErrors({ ...refuse, refusalReason: 'personal_data' }), {
      justification: 'required',
    });
    assert.deepEqual(
      transitionFieldErrors({ ...refuse, refusalReason: 'because', justification: 'x'.repeat(30) }),
      {
        refusal_reason: 'invalid_value',
      },
    );
    assert.deepEqual(
      transitionFieldErrors({ ...refuse, refusalReason: 'other', justification: 'too short' }),
      {
        justification: 'too_short',
      },
    );
    assert.deepEqual(
      transitionFieldErrors({
        ...refuse,
        refusalReason: 'personal_data',
        justification: 'The file names every patient of the hospital.',
      }),
      {},
    );
  });

  test('publishing needs at least one linked dataset', () => {
    for (const to of ['published', 'partially_published'] as const) {
      assert.deepEqual(transitionFieldErrors({ ...base, from: 'accepted', to }), { datasets: 'required' });
      assert.deepEqual(transitionFieldErrors({ ...base, from: 'accepted', to, linkedDatasets: 1 }), {});
    }
  });

  test('working days skip Saturdays, Sundays and the configured holidays', () => {
    const none = new Set<string>();
    // Wednesday 2026-11-25 + 1 → Thursday; + 3 → Monday 30th.
    assert.equal(addWorkingDays('2026-11-25', 1, none), '2026-11-26');
    assert.equal(addWorkingDays('2026-11-25', 3, none), '2026-11-30');
    // From a Friday, 1 working day is the Monday; from a Saturday too.
    assert.equal(addWorkingDays('2026-11-27', 1, none), '2026-11-30');
    assert.equal(addWorkingDays('2026-11-28', 1, none), '2026-11-30');
    assert.equal(addWorkingDays('2026-11-25', 0, none), '2026-11-25');
    // 20 working days = four weeks.
    assert.equal(addWorkingDays('2026-11-25', 20, none), '2026-12-23');
    const holidays = holidaySet('2026-11-30, 2026-12-18,');
    assert.deepEqual([...holidays], ['2026-11-30', '2026-12-18']);
    assert.equal(addWorkingDays('2026-11-25', 3, holidays), '2026-12-01');
    assert.equal(addWorkingDays('2026-11-25', 20, holidays), '2026-12-25');
    assert.equal(workingDaysBetween('2026-11-25', '2026-12-25', holidays), 20);
    assert.equal(workingDaysBetween('2026-11-25', '2026-11-25', holidays), 0);
    // Across a month and a year end.
    assert.equal(addWorkingDays('2026-12-31', 1, holidaySet('2027-01-01')), '2027-01-04');
  });

  test('due date, one extension, overdue', () => {
    const rules = { answerDays: 20, extensionDays: 20, holidays: holidaySet('2026-12-18') };
    const due = dueDate('2026-11-25', rules);
    assert.equal(due, '2026-12-24');
    assert.equal(extendedDueDate(due, rules), '2027-01-21');
    assert.equal(isOverdue('routed', due, '2026-12-24'), false);
    assert.equal(isOverdue('routed', due, '2026-12-25'), true);
    assert.equal(isOverdue('under_review', due, '2027-01-01'), true);
    assert.equal(isOverdue('accepted', due, '2027-01-01'), false);
    assert.equal(isOverdue('refused', due, '2027-01-01'), false);
    assert.equal(isOverdue('routed', null, '2027-01-01'), false);
    assert.equal(canExtend('routed', false), true);
    assert.equal(canExtend('routed', true), false);
    assert.equal(canExtend('accepted', false), false);
  });

  test('ISO dates', () => {
    assert.equal(isIsoDate('2026-11-25'), true);
    assert.equal(isIsoDate('2026-13-01'), false);
    assert.equal(isIsoDate('25/11/2026'), false);
  });
});
