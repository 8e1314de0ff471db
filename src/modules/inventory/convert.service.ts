// Converting a data request into an inventory item: the organisation the request is routed to records the
// data it asks for in its inventory. One transaction creates the item (prefilled from the request, overridable),
// links the request to it (so it counts in the item's demand), writes a public history row on the request and
// notifies its requester and followers through the requests module's own helper.
import type { ServiceContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import { nowIso } from '../../kernel/ids.ts';
import { Fields } from '../../kernel/validate.ts';
import { authorize, can, hasOrgRole } from '../accounts/index.ts';
import { loadRequest, recordRequestEvent } from '../requests/index.ts';
import { checkItem } from './input.ts';
import * as repo from './inventory.repo.ts';
import { insertItem, loadItem, viewOf } from './inventory.service.ts';

type RequestRow = Awaited<ReturnType<typeof loadRequest>>;

/** The item form's starting values for a request: its title and description in its language, its format. */
export function prefillFromRequest(r: RequestRow): Record<string, unknown> {
  return {
    title: { [r.locale]: r.title },
    description: { [r.locale]: r.description },
    format: r.preferred_format ?? undefined,
    access_level: 'public',
  };
}

/** The request, if the actor keeps the inventory of the organisation it is routed to. */
export async function convertibleRequest(ctx: ServiceContext, requestId: string) {
  const r = await loadRequest(ctx, requestId);
  if (!r.organization_id || r.status === 'submitted' || r.status === 'withdrawn')
    throw new AppError('inventory.request_not_routed', { id: r.id });
  authorize(ctx.actor, 'inventory:manage', { organizationId: r.organization_id });
  if (r.inventory_item_id) throw new AppError('inventory.request_already_linked', { id: r.id });
  return r;
}

export async function convertRequest(ctx: ServiceContext, requestId: string, input: Record<string, unknown>) {
  const r = await convertibleRequest(ctx, requestId);
  const organizationId = r.organization_id!;
  const f = new Fields();
  const given = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== ''));
  const values = await checkItem(ctx, f, { ...prefillFromRequest(r), ...given }, organizationId);
  f.check();
  const role =
    hasOrgRole(ctx.actor, organizationId, 'editor') || !can(ctx.actor, 'request:moderate', undefined)
      ? 'organization'
      : 'moderator';
  const at = nowIso();
  const id = await ctx.db.db.transaction().execute(async (tx) => {
    const itemId = await insertItem(ctx, tx, organizationId, values, 'request', at);
    if (!(await repo.linkRequest(tx, r.id, itemId, at)))
      throw new AppError('inventory.request_already_linked', { id: r.id });
    const title = values.title[r.locale as 'ar' | 'fr' | 'en'] ?? Object.values(values.title)[0] ?? '';
    await recordRequestEvent(ctx, tx, r, 'inventory', r.status, r.status, role, title, at);
    return itemId;
  });
  return viewOf(ctx, await loadItem(ctx, id));
}
