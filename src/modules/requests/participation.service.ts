// The public's part: votes ("I need this too"), following a request, and moderated comments.
import type { ServiceContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId, nowIso } from '../../kernel/ids.ts';
import { Fields } from '../../kernel/validate.ts';
import { audit, authorize, can } from '../accounts/index.ts';
import { resourceOf } from './access.ts';
import * as repo from './requests.repo.ts';
import { loadRequest } from './requests.service.ts';

/** Sets (value true/false) or toggles (value absent) the actor's vote; one vote per user. */
export async function voteRequest(ctx: ServiceContext, id: string, input: { value?: unknown } = {}) {
  authorize(ctx.actor, 'request:vote', undefined);
  await loadRequest(ctx, id);
  const userId = ctx.actor.userId!;
  return ctx.db.db.transaction().execute(async (tx) => {
    const had = await repo.hasRow(tx, 'request_votes', id, userId);
    const want = typeof input.value === 'boolean' ? input.value : !had;
    if (want && !had) await repo.addRow(tx, 'request_votes', id, userId, nowIso());
    if (!want && had) await repo.removeRow(tx, 'request_votes', id, userId);
    const votes = await repo.recountVotes(tx, id);
    return { voted: want, votes };
  });
}

/** Follows (value true, the default) or stops following (false) a request's updates by e-mail. */
export async function followRequest(ctx: ServiceContext, id: string, input: { value?: unknown } = {}) {
  authorize(ctx.actor, 'request:follow', undefined);
  await loadRequest(ctx, id);
  const userId = ctx.actor.userId!;
  const want = input.value !== false && input.value !== 'false';
  await ctx.db.db.transaction().execute(async (tx) => {
    if (want) await repo.addRow(tx, 'request_followers', id, userId, nowIso());
    else await repo.removeRow(tx, 'request_followers', id, userId);
  });
  return { following: want };
}

/** A comment waits for a moderator or the organisation, unless one of them wrote it. */
export async function commentRequest(ctx: ServiceContext, id: string, input: { body?: unknown }) {
  authorize(ctx.actor, 'request:comment', undefined);
  const row = await loadRequest(ctx, id);
  const f = new Fields();
  const body = f.text('body', input.body, { min: 2, max: 5000, required: true });
  f.check();
  const state = can(ctx.actor, 'request:answer', resourceOf(row)) ? 'approved' : 'pending';
  const commentId = newId();
  await ctx.db.db.transaction().execute(async (tx) => {
    await repo.insertComment(tx, {
      id: commentId,
      request_id: id,
      author_id: ctx.actor.userId!,
      body,
      state,
      created_at: nowIso(),
    });
    await audit(
      ctx,
      tx,
      'request.commented',
      { type: 'request_comment', id: commentId },
      { request: id, state },
    );
  });
  return { id: commentId, state };
}

export async function moderateComment(
  ctx: ServiceContext,
  id: string,
  commentId: string,
  input: { decision?: unknown },
) {
  const row = await loadRequest(ctx, id);
  authorize(ctx.actor, 'request:answer', resourceOf(row));
  const comment = await repo.findComment(ctx.db.db, id, commentId);
  if (!comment) throw new AppError('requests.comment_not_found', { id: commentId });
  const f = new Fields();
  const decision = f.oneOf('decision', input.decision, ['approve', 'reject'] as const);
  f.check();
  const state = decision === 'approve' ? 'approved' : 'rejected';
  await ctx.db.db.transaction().execute(async (tx) => {
    await repo.decideComment(tx, commentId, state, ctx.actor.userId, nowIso());
    await audit(
      ctx,
      tx,
      `request.comment_${state}`,
      { type: 'request_comment', id: commentId },
      { request: id },
    );
  });
  return { id: commentId, state };
}
