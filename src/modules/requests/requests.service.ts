// Submitting, listing and reading data requests, and duplicate suggestions. Reading is public.
import type { ServiceContext } from '../../context.ts';
import type { RequestStatus } from '../../db/tables/requests.ts';
import type { Executor } from '../../db/types.ts';
import { AppError, isAppError } from '../../kernel/errors.ts';
import { newId, nowIso } from '../../kernel/ids.ts';
import { Fields } from '../../kernel/validate.ts';
import { audit, authorize, can, orgsService, orgsWithRole } from '../accounts/index.ts';
import { getTheme } from '../catalog/themes.service.ts';
import { resourceOf, rolesOf, today } from './access.ts';
import { presentRequest, presentTransition, type RequestView, type TransitionView } from './present.ts';
import * as repo from './requests.repo.ts';
import { assignableStatuses, canExtend, isStatus, nextStatuses, statuses } from './workflow.ts';

export const requestSorts = ['date', 'votes'] as const;

/** The organisation named `name`, or a field error on `field`. */
export async function organizationField(ctx: ServiceContext, f: Fields, field: string, name: unknown) {
  if (typeof name !== 'string' || !name.trim()) return null;
  try {
    return await orgsService.getOrganization(ctx, name.trim());
  } catch (err) {
    if (isAppError(err) && err.code === 'accounts.organization_not_found') f.add(field, 'invalid_value');
    else throw err;
    return null;
  }
}

/** The fields of a new request, checked (field errors are added to `f`; the caller calls `f.check()`). */
export async function requestFields(ctx: ServiceContext, f: Fields, input: Record<string, unknown>) {
  const title = f.text('title', input.title, { min: 5, max: 200, required: true });
  const description = f.text('description', input.description, { min: 10, max: 5000, required: true });
  const purpose = f.text('purpose', input.purpose, { max: 2000, required: true });
  const format = f.text('preferred_format', input.preferred_format, { max: 50 });
  const org = await organizationField(ctx, f, 'organization', input.organization);
  let topic: string | null = null;
  const topicName = f.text('topic', input.topic, { max: 100 });
  if (topicName)
    try {
      topic = (await getTheme(ctx, topicName)).name;
    } catch (err) {
      if (isAppError(err) && err.code === 'catalog.theme_not_found') f.add('topic', 'invalid_value');
      else throw err;
    }
  // Urgent (life, safety or freedom of a person): the reason is then required.
  const urgent =
    input.urgent === true || input.urgent === 'true' || input.urgent === '1' || input.urgent === 'on';
  const urgentReason = f.text('urgent_reason', input.urgent_reason, { min: urgent ? 10 : 0, max: 2000 });
  if (urgent && !urgentReason && !f.has('urgent_reason')) f.add('urgent_reason', 'required');
  return {
    title,
    description,
    purpose,
    locale: ctx.locale,
    organization_id: org?.id ?? null,
    preferred_format: format || null,
    topic,
    urgent: urgent ? 1 : 0,
    urgent_reason: urgent ? urgentReason : null,
  };
}
export type RequestFields = Awaited<ReturnType<typeof requestFields>>;

/** Stores a new request as `submitted` with its first history row and an audit row, in `tx`. */
export async function insertNewRequest(
  ctx: ServiceContext,
  tx: Executor,
  id: string,
  v: RequestFields,
  requesterId: string,
  now = nowIso(),
) {
  await repo.insertRequest(tx, {
    id,
    ...v,
    requester_id: requesterId,
    status: 'submitted',
    routed_at: null,
    due_date: null,
    extended: 0,
    extension_reason: null,
    planned_date: null,
    refusal_reason: null,
    refusal_justification: null,
    answered_at: null,
    inventory_item_id: null,
    vote_count: 0,
    urgent_confirmed: 0,
    assignee_id: null,
    assigned_at: null,
    created_at: now,
    updated_at: now,
  });
  await repo.insertTransition(tx, {
    id: newId(),
    request_id: id,
    kind: 'status',
    from_status: null,
    to_status: 'submitted',
    actor_id: ctx.actor.userId,
    actor_role: 'requester',
    note: '',
    at: now,
  });
  await audit(
    ctx,
    tx,
    'request.submitted',
    { type: 'data_request', id },
    { title: v.title, urgent: v.urgent },
  );
}

export async function submitRequest(
  ctx: ServiceContext,
  input: Record<string, unknown>,
): Promise<RequestView> {
  authorize(ctx.actor, 'request:create', undefined);
  const f = new Fields();
  const values = await requestFields(ctx, f, input);
  f.check();
  const id = newId();
  await ctx.db.db.transaction().execute((tx) => insertNewRequest(ctx, tx, id, values, ctx.actor.userId!));
  return getRequest(ctx, id);
}

export async function loadRequest(ctx: ServiceContext, id: string) {
  const row = id ? await repo.findRequest(ctx.db.db, id) : undefined;
  if (!row) throw new AppError('requests.not_found', { id });
  return row;
}

export async function getRequest(ctx: ServiceContext, id: string): Promise<RequestView> {
  return presentRequest(await loadRequest(ctx, id), today());
}

export interface RequestQuery {
  status?: string;
  organization?: string;
  topic?: string;
  overdue?: string | boolean;
  sort?: string;
  limit: number;
  offset: number;
}

/** The public list. Unknown filters are field errors; `overdue` keeps requests past due with no answer. */
export async function listRequests(ctx: ServiceContext, query: RequestQuery) {
  const f = new Fields();
  if (query.status && !isStatus(query.status)) f.add('status', 'invalid_value');
  const sort = f.oneOf('sort', query.sort, requestSorts, 'date');
  const org = await organizationField(ctx, f, 'organization', query.organization);
  f.check();
  const overdue = query.overdue === true || query.overdue === 'true' || query.overdue === '1';
  const { total, rows } = await repo.listRequests(ctx.db.db, {
    statuses: query.status ? [query.status as RequestStatus] : undefined,
    organizationId: org?.id,
    topic: query.topic || undefined,
    overdueOn: overdue ? today() : undefined,
    sort,
    limit: query.limit,
    offset: query.offset,
  });
  const now = today();
  return { total, items: rows.map((r) => presentRequest(r, now)) };
}

/** The queue of an open data officer: requests routed to the organisations where the actor is editor or admin. */
export async function listQueue(
  ctx: ServiceContext,
  query: { limit: number; offset: number; assigned?: string },
) {
  authorize(ctx.actor, 'request:create', undefined);
  const all = can(ctx.actor, 'request:moderate', undefined);
  const mine = query.assigned === 'me';
  const { total, rows } = await repo.listRequests(ctx.db.db, {
    assigneeId: mine ? ctx.actor.userId! : undefined,
    statuses: all
      ? ['submitted', 'routed', 'under_review', 'accepted']
      : ['routed', 'under_review', 'accepted'],
    organizationIds: all ? undefined : orgsWithRole(ctx.actor, 'editor'),
    sort: 'date',
    limit: query.limit,
    offset: query.offset,
  });
  const now = today();
  const items = rows.map((r) => ({
    ...presentRequest(r, now),
    next: nextStatuses(r.status, rolesOf(ctx.actor, r)),
    assigned_to_me: r.assignee_id !== null && r.assignee_id === ctx.actor.userId,
  }));
  return { total, items, moderator: all, assigned: mine ? ('me' as const) : null };
}

export interface RequestDetail {
  request: RequestView;
  history: TransitionView[];
  datasets: { id: string; name: string; title: Record<string, string> }[];
  comments: {
    id: string;
    author: string;
    body: string;
    state: 'pending' | 'approved' | 'rejected';
    created_at: string;
  }[];
  me: { voted: boolean; following: boolean };
  /** The data manager the request is assigned to: shown to those who answer for the organisation only. */
  assignee: { id: string; name: string } | null;
  /** Why the requester asked for urgency: for the requester, the organisation and moderators only. */
  urgent_reason: string | null;
  can: {
    assign: boolean;
    urgency: boolean;
    vote: boolean;
    follow: boolean;
    comment: boolean;
    moderateComments: boolean;
    answer: boolean;
    extend: boolean;
    transitions: RequestStatus[];
  };
}

/** One request with its public history, linked datasets, comments and what the actor may do. */
export async function getRequestDetail(ctx: ServiceContext, id: string): Promise<RequestDetail> {
  const row = await loadRequest(ctx, id);
  const db = ctx.db.db;
  const userId = ctx.actor.userId;
  const answer = can(ctx.actor, 'request:answer', resourceOf(row));
  const datasets = (await repo.linkedDatasets(db, id))
    .filter((d) => (d.visibility === 'public' && d.state === 'active') || answer)
    .map((d) => ({ id: d.id, name: d.name, title: JSON.parse(d.title) }));
  const comments = (await repo.listComments(db, id, answer, userId)).map((c) => ({
    id: c.id,
    author: c.author_name,
    body: c.body,
    state: c.state,
    created_at: c.created_at,
  }));
  const signedIn = userId !== null;
  return {
    request: presentRequest(row, today()),
    history: (await repo.listTransitions(db, id)).map(presentTransition),
    datasets,
    comments,
    urgent_reason: answer || (userId !== null && userId === row.requester_id) ? row.urgent_reason : null,
    assignee: (answer && row.assignee_id && (await repo.userName(db, row.assignee_id))) || null,
    me: {
      voted: signedIn && (await repo.hasRow(db, 'request_votes', id, userId)),
      following: signedIn && (await repo.hasRow(db, 'request_followers', id, userId)),
    },
    can: {
      assign:
        row.organization_id !== null &&
        assignableStatuses.includes(row.status) &&
        can(ctx.actor, 'request:assign', resourceOf(row)),
      urgency: can(ctx.actor, 'request:moderate', undefined),
      vote: signedIn,
      follow: signedIn,
      comment: signedIn,
      moderateComments: answer,
      answer,
      extend: answer && canExtend(row.status, Number(row.extended) === 1),
      transitions: nextStatuses(row.status, rolesOf(ctx.actor, row)),
    },
  };
}

const normalise = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670]/g, '') // Latin accents, Arabic short vowels
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي');

/** Words of three letters or more, without the commonest short words of our three languages. */
const stop = new Set(
  'the and for with data des les une pour par sur dans aux est que qui the from about this that are was ال في من على الى إلى عن مع هذه هذا التي الذي بيانات données'
    .split(' ')
    .map(normalise),
);
export function words(s: string): Set<string> {
  return new Set(
    normalise(s)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 3 && !stop.has(w)),
  );
}

/** Existing requests that share words with `text` (title words count double), best first. */
export async function similarRequests(ctx: ServiceContext, text: string, limit = 5) {
  const asked = words(text.slice(0, 2000));
  if (!asked.size) return [];
  const rows = await repo.recentTexts(ctx.db.db, 1000);
  return rows
    .map((r) => {
      let score = 0;
      for (const w of words(r.title)) if (asked.has(w)) score += 2;
      for (const w of words(r.description)) if (asked.has(w)) score += 1;
      return { id: r.id, title: r.title, status: r.status, vote_count: Number(r.vote_count), score };
    })
    .filter((r) => r.score >= 2)
    .sort((a, b) => b.score - a.score || b.vote_count - a.vote_count)
    .slice(0, limit);
}

export { statuses };
