// The request workflow as pure functions: which status may follow which, who may make each move, what each
// move requires, and the answer deadline in working days. No database, no clock: callers pass `today`.
import type { RequestStatus, TransitionRole } from '../../db/tables/requests.ts';
import type { FieldReason } from '../../kernel/error-codes.ts';

export const statuses = [
  'submitted',
  'routed',
  'under_review',
  'accepted',
  'published',
  'partially_published',
  'refused',
  'withdrawn',
] as const satisfies readonly RequestStatus[];

/** Final statuses: nothing follows them. */
export const finalStatuses: readonly RequestStatus[] = [
  'published',
  'partially_published',
  'refused',
  'withdrawn',
];
/** Statuses that are an answer from the organisation (the deadline is met when one is reached in time). */
export const answerStatuses: readonly RequestStatus[] = [
  'accepted',
  'published',
  'partially_published',
  'refused',
];
/** Statuses in which the organisation owes an answer: the only ones that can be overdue. */
export const awaitingAnswer: readonly RequestStatus[] = ['routed', 'under_review'];
/** Routed to an organisation and not answered in full yet: may be assigned to a data manager. */
export const assignableStatuses: readonly RequestStatus[] = ['routed', 'under_review', 'accepted'];

/** Exceptions to openness a refusal must name (law 31.13 and constitution art. 27), then justify in words. */
export const refusalReasons = [
  'personal_data',
  'defence_security',
  'third_party_rights',
  'does_not_exist',
  'already_published',
  'not_held',
  'other',
] as const;
export type RefusalReason = (typeof refusalReasons)[number];

type Moves = Partial<Record<RequestStatus, readonly TransitionRole[]>>;
const M = (...r: TransitionRole[]) => r;
/** from → to → roles that may make the move. Moderators may do what organisations do (they route and unblock). */
export const transitions: Record<RequestStatus, Moves> = {
  submitted: {
    routed: M('moderator'),
    refused: M('moderator'),
    withdrawn: M('requester'),
  },
  routed: {
    routed: M('moderator'),
    under_review: M('organization', 'moderator'),
    accepted: M('organization', 'moderator'),
    refused: M('organization', 'moderator'),
    withdrawn: M('requester'),
  },
  under_review: {
    accepted: M('organization', 'moderator'),
    published: M('organization', 'moderator'),
    partially_published: M('organization', 'moderator'),
    refused: M('organization', 'moderator'),
    withdrawn: M('requester'),
  },
  accepted: {
    published: M('organization', 'moderator'),
    partially_published: M('organization', 'moderator'),
    refused: M('organization', 'moderator'),
    withdrawn: M('requester'),
  },
  published: {},
  partially_published: {},
  refused: {},
  withdrawn: {},
};

export function isStatus(value: unknown): value is RequestStatus {
  return typeof value === 'string' && (statuses as readonly string[]).includes(value);
}

/** The statuses the holder of `roles` may move a request in `from` to. */
export function nextStatuses(from: RequestStatus, roles: ReadonlySet<TransitionRole>): RequestStatus[] {
  return (Object.entries(transitions[from]) as [RequestStatus, readonly TransitionRole[]][])
    .filter(([, who]) => who.some((r) => roles.has(r)))
    .map(([to]) => to);
}

/** The role that signs a move: the first of the actor's roles allowed to make it (null: not allowed). */
export function signingRole(
  from: RequestStatus,
  to: RequestStatus,
  roles: ReadonlySet<TransitionRole>,
): TransitionRole | null {
  return transitions[from][to]?.find((r) => roles.has(r)) ?? null;
}

export interface TransitionInput {
  from: RequestStatus;
  to: RequestStatus;
  /** The organisation the request is routed to (after the move, for `routed`). */
  organizationId: string | null;
  plannedDate: string | null;
  refusalReason: string | null;
  justification: string;
  linkedDatasets: number;
  today: string;
}

/** What the move requires, as field errors (empty: the move may be made). */
export function transitionFieldErrors(i: TransitionInput): Record<string, FieldReason> {
  const errors: Record<string, FieldReason> = {};
  if (i.to === 'routed' && !i.organizationId) errors.organization = 'required';
  if (i.to === 'accepted') {
    if (!i.plannedDate) errors.planned_date = 'required';
    else if (!isIsoDate(i.plannedDate)) errors.planned_date = 'invalid_format';
    else if (i.plannedDate < i.today) errors.planned_date = 'too_small';
  }
  if (i.to === 'refused') {
    if (!i.refusalReason) errors.refusal_reason = 'required';
    else if (!(refusalReasons as readonly string[]).includes(i.refusalReason))
      errors.refusal_reason = 'invalid_value';
    if (!i.justification.trim()) errors.justification = 'required';
    else if (i.justification.trim().length < 20) errors.justification = 'too_short';
  }
  if ((i.to === 'published' || i.to === 'partially_published') && i.linkedDatasets < 1)
    errors.datasets = 'required';
  return errors;
}

// --- Working days -------------------------------------------------------------------------------------

export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const addDays = (iso: string, n: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

export function isWorkingDay(iso: string, holidays: ReadonlySet<string>): boolean {
  const day = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return day !== 0 && day !== 6 && !holidays.has(iso);
}

/** The date `n` working days after `start` (the day of `start` itself does not count). */
export function addWorkingDays(start: string, n: number, holidays: ReadonlySet<string>): string {
  let d = start;
  let left = n;
  while (left > 0) {
    d = addDays(d, 1);
    if (isWorkingDay(d, holidays)) left--;
  }
  return d;
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: string, to: string, holidays: ReadonlySet<string>): number {
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d, holidays)) n++;
  return n;
}

export interface DeadlineRules {
  answerDays: number;
  extensionDays: number;
  holidays: ReadonlySet<string>;
}

/** Parses REQUEST_HOLIDAYS (validated by the configuration loader). */
export function holidaySet(list: string): Set<string> {
  return new Set(
    list
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
}

/** The answer is due `answerDays` working days after the day the request was routed. */
export function dueDate(routedOn: string, rules: DeadlineRules): string {
  return addWorkingDays(routedOn, rules.answerDays, rules.holidays);
}

/** The one extension moves the due date by `extensionDays` more working days. */
export function extendedDueDate(due: string, rules: DeadlineRules): string {
  return addWorkingDays(due, rules.extensionDays, rules.holidays);
}

/** Overdue: the organisation still owes an answer and the due day is past. */
export function isOverdue(status: RequestStatus, due: string | null, today: string): boolean {
  return due !== null && awaitingAnswer.includes(status) && due < today;
}

/** An extension is possible once, while an answer is owed. */
export function canExtend(status: RequestStatus, extended: boolean): boolean {
  return !extended && awaitingAnswer.includes(status);
}
