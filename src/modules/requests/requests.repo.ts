// All SQL of data requests: the requests, their history, linked datasets, votes, followers and comments.
import type { Insertable, Selectable } from 'kysely';
import type {
  CommentState,
  DataRequestsTable,
  RequestStatus,
  RequestTransitionsTable,
} from '../../db/tables/requests.ts';
import type { Executor } from '../../db/types.ts';

export type RequestRow = Selectable<DataRequestsTable>;
export type TransitionRow = Selectable<RequestTransitionsTable>;

/** A request with the names of its requester and organisation. */
const withNames = (db: Executor) =>
  db
    .selectFrom('data_requests as r')
    .innerJoin('users as u', 'u.id', 'r.requester_id')
    .leftJoin('organizations as o', 'o.id', 'r.organization_id')
    .leftJoin('request_guests as g', 'g.request_id', 'r.id')
    .selectAll('r')
    .select([
      'u.name as requester_name',
      'o.name as org_name',
      'o.title as org_title',
      // Requests without an account: the display name only, never the e-mail.
      'g.request_id as guest_of',
      'g.name as guest_name',
    ]);

export type RequestListRow = Awaited<ReturnType<ReturnType<typeof withNames>['execute']>>[number];

export function findRequest(db: Executor, id: string) {
  return withNames(db).where('r.id', '=', id).executeTakeFirst();
}

export interface RequestFilter {
  statuses?: readonly RequestStatus[];
  organizationId?: string;
  organizationIds?: readonly string[];
  topic?: string;
  assigneeId?: string;
  /** Only requests whose answer is owed and past due on `today`. */
  overdueOn?: string;
  sort: 'votes' | 'date';
  limit: number;
  offset: number;
}

export async function listRequests(db: Executor, f: RequestFilter) {
  let q = db.selectFrom('data_requests as r');
  if (f.statuses?.length) q = q.where('r.status', 'in', f.statuses);
  if (f.organizationId) q = q.where('r.organization_id', '=', f.organizationId);
  if (f.organizationIds) {
    if (!f.organizationIds.length) return { total: 0, rows: [] };
    q = q.where('r.organization_id', 'in', f.organizationIds);
  }
  if (f.topic) q = q.where('r.topic', '=', f.topic);
  if (f.assigneeId) q = q.where('r.assignee_id', '=', f.assigneeId);
  if (f.overdueOn)
    q = q
      .where('r.status', 'in', ['routed', 'under_review'])
      .where('r.due_date', 'is not', null)
      .where('r.due_date', '<', f.overdueOn);
  const total = Number(
    (await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
  );
  let rows = withNames(db).where('r.id', 'in', q.select('r.id'));
  rows =
    f.sort === 'votes'
      ? rows.orderBy('r.vote_count', 'desc').orderBy('r.created_at', 'desc')
      : rows.orderBy('r.created_at', 'desc');
  return { total, rows: await rows.orderBy('r.id').limit(f.limit).offset(f.offset).execute() };
}

export function insertRequest(db: Executor, row: Insertable<DataRequestsTable>) {
  return db.insertInto('data_requests').values(row).execute();
}

export function updateRequest(
  db: Executor,
  id: string,
  patch: Partial<Omit<RequestRow, 'id' | 'created_at' | 'requester_id'>>,
) {
  return db.updateTable('data_requests').set(patch).where('id', '=', id).execute();
}

export function insertTransition(db: Executor, row: TransitionRow) {
  return db.insertInto('request_transitions').values(row).execute();
}

export function listTransitions(db: Executor, requestId: string) {
  return db
    .selectFrom('request_transitions as t')
    .leftJoin('users as u', 'u.id', 't.actor_id')
    .selectAll('t')
    .select('u.name as actor_name')
    .where('t.request_id', '=', requestId)
    .orderBy('t.at')
    .orderBy('t.id')
    .execute();
}

export function userName(db: Executor, id: string) {
  return db.selectFrom('users').select(['id', 'name']).where('id', '=', id).executeTakeFirst() as Promise<
    { id: string; name: string } | undefined
  >;
}

// Linked datasets
export function linkDataset(
  db: Executor,
  requestId: string,
  datasetId: string,
  by: string | null,
  at: string,
) {
  return db
    .insertInto('request_datasets')
    .values({ request_id: requestId, dataset_id: datasetId, linked_by: by, created_at: at })
    .onConflict((oc) => oc.columns(['request_id', 'dataset_id']).doNothing())
    .execute();
}

export function linkedDatasets(db: Executor, requestId: string) {
  return db
    .selectFrom('request_datasets as l')
    .innerJoin('datasets as d', 'd.id', 'l.dataset_id')
    .select(['d.id', 'd.name', 'd.title', 'd.visibility', 'd.state', 'd.organization_id', 'l.created_at'])
    .where('l.request_id', '=', requestId)
    .orderBy('l.created_at')
    .execute();
}

export async function countLinked(db: Executor, requestId: string): Promise<number> {
  const r = await db
    .selectFrom('request_datasets')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('request_id', '=', requestId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

// Votes and followers
type Membership = 'request_votes' | 'request_followers';

export async function hasRow(db: Executor, table: Membership, requestId: string, userId: string) {
  const r = await db
    .selectFrom(table)
    .select('user_id')
    .where('request_id', '=', requestId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return r !== undefined;
}

export function addRow(db: Executor, table: Membership, requestId: string, userId: string, at: string) {
  return db
    .insertInto(table)
    .values({ request_id: requestId, user_id: userId, created_at: at })
    .onConflict((oc) => oc.columns(['request_id', 'user_id']).doNothing())
    .execute();
}

export function removeRow(db: Executor, table: Membership, requestId: string, userId: string) {
  return db.deleteFrom(table).where('request_id', '=', requestId).where('user_id', '=', userId).execute();
}

/** Recounts the votes of a request into `vote_count` (the sort key); returns the count. */
export async function recountVotes(db: Executor, requestId: string): Promise<number> {
  const r = await db
    .selectFrom('request_votes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('request_id', '=', requestId)
    .executeTakeFirstOrThrow();
  const n = Number(r.n);
  await db.updateTable('data_requests').set({ vote_count: n }).where('id', '=', requestId).execute();
  return n;
}

/** Who hears of a change: the requester and the followers, with their language. */
export function recipients(db: Executor, requestId: string) {
  return db
    .selectFrom('users as u')
    .select(['u.id', 'u.email', 'u.locale'])
    .where('u.state', '=', 'active')
    .where((eb) =>
      eb.or([
        eb('u.id', 'in', eb.selectFrom('data_requests').select('requester_id').where('id', '=', requestId)),
        eb(
          'u.id',
          'in',
          eb.selectFrom('request_followers').select('user_id').where('request_id', '=', requestId),
        ),
      ]),
    )
    .orderBy('u.id')
    .execute();
}

/** The requester without an account of a request (if it is one), with the language they wrote in. */
export function findGuest(db: Executor, requestId: string) {
  return db
    .selectFrom('request_guests as g')
    .innerJoin('data_requests as r', 'r.id', 'g.request_id')
    .select(['g.email', 'g.name', 'g.unsubscribed_at', 'r.locale'])
    .where('g.request_id', '=', requestId)
    .executeTakeFirst();
}

// Comments
export function insertComment(
  db: Executor,
  row: {
    id: string;
    request_id: string;
    author_id: string;
    body: string;
    state: CommentState;
    created_at: string;
  },
) {
  return db
    .insertInto('request_comments')
    .values({ ...row, decided_by: null, decided_at: null })
    .execute();
}

export function findComment(db: Executor, requestId: string, id: string) {
  return db
    .selectFrom('request_comments')
    .selectAll()
    .where('request_id', '=', requestId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function decideComment(db: Executor, id: string, state: CommentState, by: string | null, at: string) {
  return db
    .updateTable('request_comments')
    .set({ state, decided_by: by, decided_at: at })
    .where('id', '=', id)
    .execute();
}

/** Approved comments, plus the pending ones when `withPending` (moderators) or of `authorId` (their own). */
export function listComments(db: Executor, requestId: string, withPending: boolean, authorId: string | null) {
  return db
    .selectFrom('request_comments as c')
    .innerJoin('users as u', 'u.id', 'c.author_id')
    .selectAll('c')
    .select('u.name as author_name')
    .where('c.request_id', '=', requestId)
    .where((eb) => {
      const shown = [eb('c.state', '=', 'approved')];
      if (withPending) shown.push(eb('c.state', '=', 'pending'));
      if (authorId) shown.push(eb('c.author_id', '=', authorId));
      return eb.or(shown);
    })
    .orderBy('c.created_at')
    .execute();
}

// Duplicates and statistics
/** The most recent requests' words, for duplicate suggestions (withdrawn ones left out). */
export function recentTexts(db: Executor, limit: number) {
  return db
    .selectFrom('data_requests')
    .select(['id', 'title', 'description', 'status', 'vote_count'])
    .where('status', '<>', 'withdrawn')
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
}

export function countByStatus(db: Executor, organizationId?: string) {
  let q = db.selectFrom('data_requests').select(['status', (eb) => eb.fn.countAll<number>().as('n')]);
  if (organizationId) q = q.where('organization_id', '=', organizationId);
  return q.groupBy('status').execute();
}

export function countByOrganization(db: Executor) {
  return db
    .selectFrom('data_requests as r')
    .innerJoin('organizations as o', 'o.id', 'r.organization_id')
    .select(['o.id', 'o.name', 'o.title', 'r.status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['o.id', 'o.name', 'o.title', 'r.status'])
    .execute();
}

/** Answered requests with the dates that measure the answer time. */
export function answeredRows(db: Executor, organizationId?: string) {
  let q = db
    .selectFrom('data_requests')
    .select(['organization_id', 'routed_at', 'answered_at', 'due_date'])
    .where('routed_at', 'is not', null)
    .where('answered_at', 'is not', null);
  if (organizationId) q = q.where('organization_id', '=', organizationId);
  return q.execute();
}
