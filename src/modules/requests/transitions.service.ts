// Moves of the workflow (one function for every move), the one deadline extension, and linking the datasets
// that answer a request. Each records a public history row and an audit row, and notifies, in one transaction.
import type { ServiceContext } from '../../context.ts';
import type { HistoryRole, RequestStatus, TransitionKind, TransitionRole } from '../../db/tables/requests.ts';
import type { Executor } from '../../db/types.ts';
import { AppError, isAppError } from '../../kernel/errors.ts';
import { newId, nowIso } from '../../kernel/ids.ts';
import { Fields } from '../../kernel/validate.ts';
import { audit, authorize } from '../accounts/index.ts';
import { getDataset } from '../catalog/datasets.service.ts';
import { resourceOf, rolesOf, today } from './access.ts';
import { notifyRequest } from './notify.ts';
import type { RequestView } from './present.ts';
import * as repo from './requests.repo.ts';
import { getRequest, loadRequest, organizationField } from './requests.service.ts';
import {
  answerStatuses,
  canExtend,
  type DeadlineRules,
  dueDate,
  extendedDueDate,
  holidaySet,
  isStatus,
  signingRole,
  transitionFieldErrors,
  transitions,
} from './workflow.ts';

/** The deadline rules; an urgent request (life, safety, freedom) has REQUEST_URGENT_DAYS to be answered. */
export function deadlineRules(ctx: ServiceContext, urgent = false): DeadlineRules {
  return {
    answerDays: urgent ? ctx.config.REQUEST_URGENT_DAYS : ctx.config.REQUEST_ANSWER_DAYS,
    extensionDays: ctx.config.REQUEST_EXTENSION_DAYS,
    holidays: holidaySet(ctx.config.REQUEST_HOLIDAYS),
  };
}

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
/** Dataset names as a list (JSON array) or a comma/space-separated string (forms). */
const names = (v: unknown): string[] =>
  (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? v.split(/[\s,]+/) : [])
    .map((s) => s.trim())
    .filter(Boolean);

/** Public, active datasets by name; others are a field error on `field`. */
async function datasetsField(ctx: ServiceContext, f: Fields, field: string, keys: string[]) {
  const out: { id: string; name: string }[] = [];
  for (const key of keys.slice(0, 50)) {
    try {
      const d = await getDataset(ctx, key);
      if (d.visibility !== 'public' || d.state !== 'active') f.add(field, 'invalid_value', { name: key });
      else out.push({ id: d.id, name: d.name });
    } catch (err) {
      if (isAppError(err) && err.code === 'catalog.dataset_not_found')
        f.add(field, 'invalid_value', { name: key });
      else throw err;
    }
  }
  return out;
}

/** Writes a history row, an audit row and the notifications of one event, in `tx`. */
export async function record(
  ctx: ServiceContext,
  tx: Executor,
  row: { id: string; title: string },
  kind: TransitionKind,
  from: RequestStatus,
  to: RequestStatus,
  role: HistoryRole,
  note: string,
  at: string,
) {
  await repo.insertTransition(tx, {
    id: newId(),
    request_id: row.id,
    kind,
    from_status: from,
    to_status: to,
    actor_id: ctx.actor.userId,
    actor_role: role,
    note,
    at,
  });
  const action =
    kind === 'status' ? 'request.transition' : kind === 'extension' ? 'request.extended' : `request.${kind}`;
  await audit(ctx, tx, action, { type: 'data_request', id: row.id }, { from, to, role });
  await notifyRequest(ctx, tx, row, {
    key:
      kind === 'status'
        ? `requests.status.${to}`
        : kind === 'extension'
          ? 'requests.mail.extended'
          : `requests.mail.${kind}`,
    note,
  });
}

export interface TransitionRequestInput {
  to?: unknown;
  note?: unknown;
  organization?: unknown;
  planned_date?: unknown;
  refusal_reason?: unknown;
  justification?: unknown;
  datasets?: unknown;
}

/** Moves a request to `to`, if the actor's role allows that move and its requirements are met. */
export async function transitionRequest(
  ctx: ServiceContext,
  id: string,
  input: TransitionRequestInput,
): Promise<RequestView> {
  const row = await loadRequest(ctx, id);
  authorize(ctx.actor, 'request:transition', resourceOf(row));
  const f = new Fields();
  const to = input.to;
  if (!isStatus(to)) {
    f.add('to', to === undefined || to === '' ? 'required' : 'invalid_value');
    f.check();
  }
  const target = to as RequestStatus;
  if (!transitions[row.status][target])
    throw new AppError('requests.invalid_transition', { from: row.status, to: target });
  const role = signingRole(row.status, target, rolesOf(ctx.actor, row));
  if (!role) throw new AppError('auth.forbidden', { action: `request:${target}` });

  const note = f.text('note', input.note, { max: 2000 });
  const justification = f.text('justification', input.justification, { max: 5000 });
  const org =
    target === 'routed' ? await organizationField(ctx, f, 'organization', input.organization) : null;
  const organizationId =
    target === 'routed'
      ? (org?.id ?? (str(input.organization) ? null : row.organization_id))
      : row.organization_id;
  const toLink = await datasetsField(ctx, f, 'datasets', names(input.datasets));
  const linked = await repo.countLinked(ctx.db.db, id);
  const day = today();
  const errors = transitionFieldErrors({
    from: row.status,
    to: target,
    organizationId: f.has('organization') ? 'invalid' : organizationId,
    plannedDate: str(input.planned_date) || null,
    refusalReason: str(input.refusal_reason) || null,
    justification,
    linkedDatasets: linked + toLink.length,
    today: day,
  });
  for (const [field, reason] of Object.entries(errors)) f.add(field, reason);
  f.check();

  const at = nowIso();
  await ctx.db.db.transaction().execute(async (tx) => {
    for (const d of toLink) await repo.linkDataset(tx, id, d.id, ctx.actor.userId, at);
    const patch: Parameters<typeof repo.updateRequest>[2] = { status: target, updated_at: at };
    if (target === 'routed') {
      patch.organization_id = organizationId;
      patch.routed_at = at;
      patch.due_date = dueDate(day, deadlineRules(ctx, Number(row.urgent) === 1));
      patch.extended = 0;
      patch.extension_reason = null;
    }
    if (target === 'accepted') patch.planned_date = str(input.planned_date);
    if (target === 'refused') {
      patch.refusal_reason = str(input.refusal_reason);
      patch.refusal_justification = justification;
    }
    if (answerStatuses.includes(target) && !row.answered_at) patch.answered_at = at;
    await repo.updateRequest(tx, id, patch);
    await record(
      ctx,
      tx,
      row,
      'status',
      row.status,
      target,
      role,
      target === 'refused' ? justification : note,
      at,
    );
  });
  return getRequest(ctx, id);
}

/** The one extension of the deadline, with its reason (public). */
export async function extendRequest(
  ctx: ServiceContext,
  id: string,
  input: { reason?: unknown },
): Promise<RequestView> {
  const row = await loadRequest(ctx, id);
  authorize(ctx.actor, 'request:answer', resourceOf(row));
  if (!canExtend(row.status, Number(row.extended) === 1) || !row.due_date)
    throw new AppError('requests.cannot_extend', { status: row.status });
  const f = new Fields();
  const reason = f.text('reason', input.reason, { min: 10, max: 2000, required: true });
  f.check();
  const role: TransitionRole = rolesOf(ctx.actor, row).has('organization') ? 'organization' : 'moderator';
  const at = nowIso();
  await ctx.db.db.transaction().execute(async (tx) => {
    await repo.updateRequest(tx, id, {
      extended: 1,
      extension_reason: reason,
      due_date: extendedDueDate(row.due_date!, deadlineRules(ctx)),
      updated_at: at,
    });
    await record(ctx, tx, row, 'extension', row.status, row.status, role, reason, at);
  });
  return getRequest(ctx, id);
}

/** Links public datasets that answer the request (before or without publishing it). */
export async function linkRequestDatasets(
  ctx: ServiceContext,
  id: string,
  input: { datasets?: unknown },
): Promise<RequestView> {
  const row = await loadRequest(ctx, id);
  authorize(ctx.actor, 'request:answer', resourceOf(row));
  const f = new Fields();
  const keys = names(input.datasets);
  if (!keys.length) f.add('datasets', 'required');
  const found = await datasetsField(ctx, f, 'datasets', keys);
  f.check();
  const at = nowIso();
  await ctx.db.db.transaction().execute(async (tx) => {
    for (const d of found) await repo.linkDataset(tx, id, d.id, ctx.actor.userId, at);
    await repo.updateRequest(tx, id, { updated_at: at });
    await audit(
      ctx,
      tx,
      'request.datasets_linked',
      { type: 'data_request', id },
      {
        datasets: found.map((d) => d.name),
      },
    );
  });
  return getRequest(ctx, id);
}
