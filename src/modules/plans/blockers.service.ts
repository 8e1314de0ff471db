// Blockers: a commitment's project lead asks the steering committee to intervene (problem, what is needed,
// public or not); the committee discusses, answers and closes; the lead replies, and may reopen an answer that
// does not solve the problem (until the committee closes it). Every step is a dated event with its author and
// role, recorded with the change, the audit row and the e-mails in one transaction.
import type { ServiceContext } from '../../context.ts';
import type { BlockerEventKind, BlockerRole, BlockerStatus } from '../../db/tables/plans-governance.ts';
import type { Executor } from '../../db/types.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId, nowIso } from '../../kernel/ids.ts';
import { Fields } from '../../kernel/validate.ts';
import { type Actor, audit, authorize, can } from '../accounts/index.ts';
import { notifyBlocker } from './blockers.notify.ts';
import type { BlockerEventRow, BlockerRow, BlockerScope } from './blockers.repo.ts';
import * as repo from './blockers.repo.ts';
import { findCommitment } from './commitments.service.ts';
import { flag } from './fields.ts';
import type { PlanRow } from './plans.repo.ts';
import { findReadablePlan } from './plans.service.ts';

type Input = Record<string, unknown>;
export const blockerStatuses: readonly BlockerStatus[] = ['open', 'under_discussion', 'answered', 'closed'];

/** The reader's scope: committee members (plan managers) see every blocker; leads those of their commitments. */
export function blockerScope(actor: Actor): BlockerScope {
  if (can(actor, 'blocker:decide', undefined)) return { all: true, commitmentIds: [] };
  return {
    all: false,
    commitmentIds: actor.grants
      .filter((g) => g.role === 'project_lead' && g.scopeType === 'commitment')
      .map((g) => g.scopeId),
  };
}

const roleOf = (actor: Actor): BlockerRole =>
  can(actor, 'blocker:decide', undefined) ? 'committee' : 'lead';

export interface BlockerView {
  id: string;
  commitment: number;
  title: string;
  problem: string;
  needed: string;
  lang: string;
  public: boolean;
  status: BlockerStatus;
  answer: string | null;
  answeredAt: string | null;
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export const presentBlocker = (b: BlockerRow): BlockerView => ({
  id: b.id,
  commitment: Number(b.commitment_number),
  title: b.title,
  problem: b.problem,
  needed: b.needed,
  lang: b.lang,
  public: Number(b.public) === 1,
  status: b.status,
  answer: b.answer,
  answeredAt: b.answered_at,
  closedAt: b.closed_at,
  createdAt: b.created_at,
  updatedAt: b.updated_at,
});

export const presentEvent = (e: BlockerEventRow) => ({
  kind: e.kind,
  from: e.from_status,
  to: e.to_status,
  body: e.body,
  author: e.author_name,
  role: e.author_role,
  at: e.at,
});

/** Blockers of a plan the actor may see (newest first), optionally of one commitment or some statuses. */
export async function listBlockers(
  ctx: ServiceContext,
  planKey: string,
  opts: { commitment?: unknown; status?: unknown } = {},
) {
  const plan = await findReadablePlan(ctx, planKey);
  let commitmentId: string | undefined;
  if (opts.commitment !== undefined && opts.commitment !== '')
    commitmentId = (await findCommitment(ctx, planKey, String(opts.commitment))).commitment.id;
  const statuses = String(opts.status ?? '')
    .split(',')
    .filter((s): s is BlockerStatus => (blockerStatuses as readonly string[]).includes(s));
  const rows = await repo.listBlockers(ctx.db.db, blockerScope(ctx.actor), {
    planId: plan.id,
    commitmentId,
    statuses,
  });
  return rows.map(presentBlocker);
}

async function load(ctx: ServiceContext, planKey: string, id: string) {
  const plan = await findReadablePlan(ctx, planKey);
  const row = id ? await repo.findBlocker(ctx.db.db, blockerScope(ctx.actor), plan.id, id) : undefined;
  if (!row) throw new AppError('plans.blocker_not_found', { id });
  return { plan, row };
}

/** What the actor may do with the blocker now. */
function abilities(actor: Actor, b: BlockerRow) {
  const r = { commitmentId: b.commitment_id };
  const decide = can(actor, 'blocker:decide', undefined);
  const closed = b.status === 'closed';
  return {
    comment: !closed && can(actor, 'blocker:comment', r),
    answer: decide && (b.status === 'open' || b.status === 'under_discussion'),
    close: decide && !closed,
    reopen: (b.status === 'answered' && can(actor, 'blocker:reopen', r)) || (closed && decide),
  };
}

/** A blocker with its history and what the actor may do next. */
export async function getBlocker(ctx: ServiceContext, planKey: string, id: string) {
  const { plan, row } = await load(ctx, planKey, id);
  const events = await repo.listEvents(ctx.db.db, row.id);
  return {
    plan: { slug: plan.slug, title: JSON.parse(plan.title) as Record<string, string> },
    blocker: presentBlocker(row),
    events: events.map(presentEvent),
    can: abilities(ctx.actor, row),
  };
}

async function step(
  ctx: ServiceContext,
  tx: Executor,
  plan: PlanRow,
  b: { id: string; title: string; commitment_id: string; raised_by: string | null },
  kind: BlockerEventKind,
  from: BlockerStatus | null,
  to: BlockerStatus,
  body: string,
  at: string,
  mailBody = body,
) {
  await repo.insertEvent(tx, {
    id: newId(),
    blocker_id: b.id,
    kind,
    from_status: from,
    to_status: to,
    body,
    author_id: ctx.actor.userId,
    author_name: ctx.actor.name || ctx.actor.email || 'cli',
    author_role: roleOf(ctx.actor),
    at,
  });
  await audit(ctx, tx, `blocker.${kind}`, { type: 'plan_blocker', id: b.id }, { plan: plan.slug, from, to });
  await notifyBlocker(ctx, tx, plan, b, kind, mailBody);
}

/** A project lead (or the committee) raises a blocker on a commitment. */
export async function raiseBlocker(ctx: ServiceContext, planKey: string, number: unknown, input: Input) {
  const f = new Fields();
  if (number === undefined || number === null || number === '') {
    f.add('commitment', 'required');
    f.check();
  }
  const { plan, commitment } = await findCommitment(ctx, planKey, String(number));
  authorize(ctx.actor, 'blocker:raise', { commitmentId: commitment.id });
  const title = f.text('title', input.title, { max: 200, required: true });
  const problem = f.text('problem', input.problem, { max: 5000, required: true });
  const needed = f.text('needed', input.needed, { max: 5000, required: true });
  const isPublic = flag(f, 'public', input.public);
  f.check();
  const at = nowIso();
  const id = newId();
  await ctx.db.db.transaction().execute(async (tx) => {
    const row = {
      id,
      plan_id: plan.id,
      commitment_id: commitment.id,
      title,
      problem,
      needed,
      lang: ctx.locale,
      public: isPublic ? 1 : 0,
      status: 'open' as const,
      raised_by: ctx.actor.userId,
      answer: null,
      answered_at: null,
      closed_at: null,
      created_at: at,
      updated_at: at,
    };
    await repo.insertBlocker(tx, row);
    // The request's own text is the blocker; the step records who raised it and when.
    await step(ctx, tx, plan, row, 'raised', null, 'open', '', at, `${title}\n\n${problem}\n\n${needed}`);
  });
  return getBlocker(ctx, planKey, id);
}

/** A comment by a committee member or one of the commitment's leads (not on a closed blocker). A committee
 *  member's comment on an open blocker takes it up for discussion. */
export async function commentBlocker(ctx: ServiceContext, planKey: string, id: string, input: Input) {
  const { plan, row } = await load(ctx, planKey, id);
  authorize(ctx.actor, 'blocker:comment', { commitmentId: row.commitment_id });
  if (row.status === 'closed') throw new AppError('plans.blocker_closed', { id });
  const f = new Fields();
  const body = f.text('body', input.body, { max: 5000, required: true });
  f.check();
  const to: BlockerStatus =
    row.status === 'open' && roleOf(ctx.actor) === 'committee' ? 'under_discussion' : row.status;
  await change(ctx, plan, row, 'comment', to, body, {});
  return getBlocker(ctx, planKey, id);
}

/** The committee's answer (from open or under discussion). */
export async function answerBlocker(ctx: ServiceContext, planKey: string, id: string, input: Input) {
  const { plan, row } = await load(ctx, planKey, id);
  authorize(ctx.actor, 'blocker:decide', undefined);
  if (row.status !== 'open' && row.status !== 'under_discussion')
    throw new AppError('plans.blocker_transition', { from: row.status, to: 'answered' });
  const f = new Fields();
  const answer = f.text('answer', input.answer, { max: 10_000, required: true });
  f.check();
  const at = nowIso();
  await change(ctx, plan, row, 'answer', 'answered', answer, { answer, answered_at: at }, at);
  return getBlocker(ctx, planKey, id);
}

/** The committee closes the blocker (any state but closed), with an optional note. */
export async function closeBlocker(ctx: ServiceContext, planKey: string, id: string, input: Input) {
  const { plan, row } = await load(ctx, planKey, id);
  authorize(ctx.actor, 'blocker:decide', undefined);
  if (row.status === 'closed')
    throw new AppError('plans.blocker_transition', { from: 'closed', to: 'closed' });
  const f = new Fields();
  const note = f.text('note', input.note, { max: 5000 });
  f.check();
  const at = nowIso();
  await change(ctx, plan, row, 'close', 'closed', note, { closed_at: at }, at);
  return getBlocker(ctx, planKey, id);
}

/** Back under discussion, with the reason: a lead reopens an answer; the committee may also reopen a closed one. */
export async function reopenBlocker(ctx: ServiceContext, planKey: string, id: string, input: Input) {
  const { plan, row } = await load(ctx, planKey, id);
  if (row.status === 'closed') authorize(ctx.actor, 'blocker:decide', undefined);
  else authorize(ctx.actor, 'blocker:reopen', { commitmentId: row.commitment_id });
  if (row.status !== 'answered' && row.status !== 'closed')
    throw new AppError('plans.blocker_transition', { from: row.status, to: 'under_discussion' });
  const f = new Fields();
  const reason = f.text('reason', input.reason, { max: 5000, required: true });
  f.check();
  await change(ctx, plan, row, 'reopen', 'under_discussion', reason, { closed_at: null });
  return getBlocker(ctx, planKey, id);
}

async function change(
  ctx: ServiceContext,
  plan: PlanRow,
  row: BlockerRow,
  kind: BlockerEventKind,
  to: BlockerStatus,
  body: string,
  patch: Parameters<typeof repo.updateBlocker>[2],
  at = nowIso(),
) {
  await ctx.db.db.transaction().execute(async (tx) => {
    await repo.updateBlocker(tx, row.id, { ...patch, status: to, updated_at: at });
    await step(ctx, tx, plan, row, kind, row.status, to, body, at);
  });
}
