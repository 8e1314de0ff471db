// Public statistics of data requests: by status and organisation, median answer time, share answered on time.
import type { ServiceContext } from '../../context.ts';
import type { RequestStatus } from '../../db/tables/requests.ts';
import { today } from './access.ts';
import { presentRequest, type RequestView, type Translated } from './present.ts';
import * as repo from './requests.repo.ts';
import { deadlineRules } from './transitions.service.ts';
import { statuses, workingDaysBetween } from './workflow.ts';

export interface AnswerFigures {
  answered: number;
  /** Median working days from routing to the first answer (null: nothing answered yet). */
  median_days: number | null;
  /** Share of answers given by the due date, 0–1 (null: nothing answered yet). */
  on_time_share: number | null;
}

export interface RequestStats extends AnswerFigures {
  total: number;
  by_status: Record<RequestStatus, number>;
  by_organization: ({
    name: string;
    title: Translated;
    total: number;
    by_status: Partial<Record<RequestStatus, number>>;
  } & AnswerFigures)[];
}

function median(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function figures(
  rows: { routed_at: string | null; answered_at: string | null; due_date: string | null }[],
  holidays: ReadonlySet<string>,
): AnswerFigures {
  const days = rows.map((r) =>
    workingDaysBetween(r.routed_at!.slice(0, 10), r.answered_at!.slice(0, 10), holidays),
  );
  const onTime = rows.filter((r) => r.due_date !== null && r.answered_at!.slice(0, 10) <= r.due_date).length;
  return {
    answered: rows.length,
    median_days: median(days),
    on_time_share: rows.length ? onTime / rows.length : null,
  };
}

export async function requestStats(ctx: ServiceContext): Promise<RequestStats> {
  const db = ctx.db.db;
  const { holidays } = deadlineRules(ctx);
  const by_status = Object.fromEntries(statuses.map((s) => [s, 0])) as Record<RequestStatus, number>;
  for (const r of await repo.countByStatus(db)) by_status[r.status] = Number(r.n);
  const answered = await repo.answeredRows(db);
  const orgs = new Map<string, RequestStats['by_organization'][number]>();
  for (const r of await repo.countByOrganization(db)) {
    let o = orgs.get(r.id);
    if (!o) {
      const mine = answered.filter((a) => a.organization_id === r.id);
      o = { name: r.name, title: JSON.parse(r.title), total: 0, by_status: {}, ...figures(mine, holidays) };
      orgs.set(r.id, o);
    }
    o.total += Number(r.n);
    o.by_status[r.status] = Number(r.n);
  }
  return {
    total: Object.values(by_status).reduce((a, b) => a + b, 0),
    by_status,
    by_organization: [...orgs.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name)),
    ...figures(answered, holidays),
  };
}

export interface OrganizationRequests extends AnswerFigures {
  total: number;
  by_status: Partial<Record<RequestStatus, number>>;
  /** Requests past due with no answer today. */
  overdue_now: number;
  latest: RequestView[];
}

/** What an organisation's page shows of its requests: counts by status, answer times, overdue now, the latest. */
export async function organizationRequests(
  ctx: ServiceContext,
  organizationId: string,
  latest = 5,
): Promise<OrganizationRequests> {
  const db = ctx.db.db;
  const day = today();
  const by_status: Partial<Record<RequestStatus, number>> = {};
  let total = 0;
  for (const r of await repo.countByStatus(db, organizationId)) {
    by_status[r.status] = Number(r.n);
    total += Number(r.n);
  }
  const answered = await repo.answeredRows(db, organizationId);
  const overdue = await repo.listRequests(db, {
    organizationId,
    overdueOn: day,
    sort: 'date',
    limit: 1,
    offset: 0,
  });
  const recent = await repo.listRequests(db, { organizationId, sort: 'date', limit: latest, offset: 0 });
  return {
    total,
    by_status,
    ...figures(answered, deadlineRules(ctx).holidays),
    overdue_now: overdue.total,
    latest: recent.rows.map((r) => presentRequest(r, day)),
  };
}
