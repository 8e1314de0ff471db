// Assignment of a routed request to a data manager of its organisation (by the organisation's open data
// officer: its admins, or a moderator), and the urgency of a request (set by the requester on submission,
// confirmed or unset by a moderator). Both write a public history row: an assignment says "assigned to a data
// manager" without naming the person; the assignee alone is told who they are, by e-mail.
import type { ServiceContext } from '../../context.ts';
import { isLocale, type Locale, translate } from '../../i18n/index.ts';
import { AppError } from '../../kernel/errors.ts';
import { nowIso } from '../../kernel/ids.ts';
import { Fields } from '../../kernel/validate.ts';
import { queueMail } from '../../mail/outbox.ts';
import { authorize } from '../accounts/index.ts';
import { listMembers as orgMembers } from '../accounts/orgs.repo.ts';
import { resourceOf, rolesOf } from './access.ts';
import type { RequestView } from './present.ts';
import * as repo from './requests.repo.ts';
import { getRequest, loadRequest } from './requests.service.ts';
import { deadlineRules, record } from './transitions.service.ts';
import { assignableStatuses, awaitingAnswer, dueDate, extendedDueDate } from './workflow.ts';

/** Who may be assigned: the editors and admins of the request's organisation (they may answer it). */
export async function dataManagers(ctx: ServiceContext, organizationId: string) {
  return (await orgMembers(ctx.db.db, organizationId))
    .filter((m) => m.role === 'editor' || m.role === 'admin')
    .map((m) => ({ id: m.user_id, name: m.name, email: m.email }));
}

/** Assigns the request to a data manager (`assignee`: user id or e-mail), or clears it (empty). */
export async function assignRequest(
  ctx: ServiceContext,
  id: string,
  input: { assignee?: unknown; note?: unknown },
): Promise<RequestView> {
  const row = await loadRequest(ctx, id);
  authorize(ctx.actor, 'request:assign', resourceOf(row));
  if (!row.organization_id || !assignableStatuses.includes(row.status))
    throw new AppError('requests.cannot_assign', { status: row.status });
  const f = new Fields();
  const key = f.text('assignee', input.assignee, { max: 254 }).toLowerCase();
  const note = f.text('note', input.note, { max: 2000 });
  const managers = await dataManagers(ctx, row.organization_id);
  const assignee = key ? managers.find((m) => m.id.toLowerCase() === key || m.email === key) : null;
  if (key && !assignee) f.add('assignee', 'invalid_value');
  f.check();
  if ((assignee?.id ?? null) === row.assignee_id) return getRequest(ctx, id);
  const at = nowIso();
  const role = rolesOf(ctx.actor, row).has('organization') ? 'organization' : 'moderator';
  await ctx.db.db.transaction().execute(async (tx) => {
    await repo.updateRequest(tx, id, {
      assignee_id: assignee?.id ?? null,
      assigned_at: assignee ? at : null,
      updated_at: at,
    });
    await record(ctx, tx, row, 'assignment', row.status, row.status, role, note, at);
    if (assignee && assignee.id !== ctx.actor.userId) {
      const user = await tx
        .selectFrom('users')
        .select('locale')
        .where('id', '=', assignee.id)
        .executeTakeFirst();
      const locale = isLocale(user?.locale) ? user.locale : (ctx.config.DEFAULT_LOCALE as Locale);
      const url = `${ctx.config.BASE_URL.replace(/\/$/, '')}/${locale}/requests/${id}`;
      await queueMail(tx, ctx.queue, {
        to: assignee.email,
        subject: translate(locale, 'requests.mail.assigned_subject', { title: row.title }),
        text: [
          translate(locale, 'requests.mail.assigned_body', {
            title: row.title,
            due: row.due_date ?? '—',
          }),
          note ? `\n${note}\n` : '',
          translate(locale, 'requests.mail.link', { url }),
        ].join('\n'),
        kind: 'request.assigned',
      });
    }
  });
  return getRequest(ctx, id);
}

/** Sets or unsets the urgency (moderators). A routed request's deadline is counted again from its routing. */
export async function setUrgency(
  ctx: ServiceContext,
  id: string,
  input: { urgent?: unknown; note?: unknown },
): Promise<RequestView> {
  const row = await loadRequest(ctx, id);
  authorize(ctx.actor, 'request:moderate', undefined);
  const f = new Fields();
  const value = input.urgent;
  const urgent = value === true || value === 'true' || value === '1';
  if (!urgent && !(value === false || value === 'false' || value === '0'))
    f.add('urgent', value === undefined || value === '' ? 'required' : 'invalid_value');
  const note = f.text('note', input.note, { max: 2000 });
  f.check();
  const at = nowIso();
  const patch: Parameters<typeof repo.updateRequest>[2] = {
    urgent: urgent ? 1 : 0,
    urgent_confirmed: urgent ? 1 : 0,
    updated_at: at,
  };
  if (row.routed_at && awaitingAnswer.includes(row.status)) {
    const rules = deadlineRules(ctx, urgent);
    const due = dueDate(row.routed_at.slice(0, 10), rules);
    patch.due_date = Number(row.extended) === 1 ? extendedDueDate(due, rules) : due;
  }
  await ctx.db.db.transaction().execute(async (tx) => {
    await repo.updateRequest(tx, id, patch);
    await record(ctx, tx, row, 'urgency', row.status, row.status, 'moderator', note, at);
  });
  return getRequest(ctx, id);
}
