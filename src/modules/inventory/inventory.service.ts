// Inventory items: create, read, list (filters, score order), edit (each edit a revision), publish (link the
// dataset), archive; and the national counts. Reading is public; writes need `inventory:manage` on the item's
// organisation. Every write records a revision and an audit row in its transaction.
import type { ServiceContext } from '../../context.ts';
import type { InventoryAction } from '../../db/tables/inventory.ts';
import type { Executor } from '../../db/types.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId, nowIso } from '../../kernel/ids.ts';
import { Fields } from '../../kernel/validate.ts';
import { audit, authorize, can, hasOrgRole, orgsService, orgsWithRole } from '../accounts/index.ts';
import { diff } from '../catalog/index.ts';
import { checkItem, columnsOf, type ItemValues } from './input.ts';
import * as repo from './inventory.repo.ts';
import { type ItemView, presentItem, presentRevision, type RevisionView } from './present.ts';
import { scoreRules } from './score.ts';
import { accessLevels, type ItemStatus, itemStatuses } from './vocabulary.ts';

export const itemSorts = ['score', 'title', 'date'] as const;

const keeper = (ctx: ServiceContext, organizationId: string) =>
  can(ctx.actor, 'inventory:manage', { organizationId });

export async function loadItem(ctx: ServiceContext, id: string, db: Executor = ctx.db.db) {
  const row = id ? await repo.findItem(db, id) : undefined;
  if (!row || (row.state === 'archived' && !keeper(ctx, row.organization_id) && !member(ctx, row)))
    throw new AppError('inventory.item_not_found', { id });
  return row;
}
const member = (ctx: ServiceContext, r: { organization_id: string }) =>
  hasOrgRole(ctx.actor, r.organization_id, 'member');

export const viewOf = (ctx: ServiceContext, row: repo.ItemListRow): ItemView =>
  presentItem(row, scoreRules(ctx.config), keeper(ctx, row.organization_id) || member(ctx, row));

/** The values of a stored row, as `checkItem` returns them (for revision diffs). */
export function valuesOf(r: repo.ItemRow): ItemValues {
  return {
    title: JSON.parse(r.title),
    description: JSON.parse(r.description),
    owner_unit: r.owner_unit,
    source_system: r.source_system,
    format: r.format,
    volume: r.volume,
    frequency: r.frequency,
    personal_data: Number(r.personal_data) === 1,
    access_level: r.access_level,
    restriction_reason: r.restriction_reason,
    justification: r.justification,
    planned_date: r.planned_date,
    dataset_id: r.dataset_id,
    quality: Number(r.quality),
    no_legal_obstacle: Number(r.no_legal_obstacle) === 1,
    open_format: Number(r.open_format) === 1,
  };
}

/** The organisation named in `input.organization` that the actor keeps the inventory of. */
export async function keptOrganization(ctx: ServiceContext, name: unknown) {
  const f = new Fields();
  const key = f.text('organization', name, { max: 100, required: true });
  f.check();
  const org = await orgsService.getOrganization(ctx, key);
  authorize(ctx.actor, 'inventory:manage', { organizationId: org.id });
  return org;
}

/** Inserts a checked item with its first revision (shared by create, import and request conversion). */
export async function insertItem(
  ctx: ServiceContext,
  tx: Executor,
  organizationId: string,
  values: ItemValues,
  action: InventoryAction,
  at: string,
): Promise<string> {
  const id = newId();
  await repo.insertItem(tx, {
    id,
    organization_id: organizationId,
    ...columnsOf(values),
    state: 'active',
    version: 1,
    created_by: ctx.actor.userId,
    created_at: at,
    updated_at: at,
  });
  await repo.insertRevision(tx, {
    id: newId(),
    item_id: id,
    version: 1,
    action,
    actor_id: ctx.actor.userId,
    changes: JSON.stringify(diff(null, values as unknown as Record<string, unknown>)),
    at,
  });
  await audit(
    ctx,
    tx,
    `inventory.${action}`,
    { type: 'inventory_item', id },
    { organization: organizationId },
  );
  return id;
}

export async function createItem(ctx: ServiceContext, input: Record<string, unknown>): Promise<ItemView> {
  const org = await keptOrganization(ctx, input.organization);
  const f = new Fields();
  const values = await checkItem(ctx, f, input, org.id);
  f.check();
  const id = await ctx.db.db
    .transaction()
    .execute((tx) => insertItem(ctx, tx, org.id, values, 'create', nowIso()));
  return viewOf(ctx, (await loadItem(ctx, id))!);
}

/** Writes `patch` as the next version when it changes something; returns false when nothing changed. */
async function revise(
  ctx: ServiceContext,
  row: repo.ItemRow,
  next: ItemValues,
  action: InventoryAction,
  extra: { state?: 'archived' } = {},
): Promise<boolean> {
  const changes = diff(
    valuesOf(row) as unknown as Record<string, unknown>,
    next as unknown as Record<string, unknown>,
  );
  if (extra.state) changes.state = { before: row.state, after: extra.state };
  if (!Object.keys(changes).length) return false;
  const at = nowIso();
  const version = Number(row.version) + 1;
  await ctx.db.db.transaction().execute(async (tx) => {
    await repo.updateItem(tx, row.id, { ...columnsOf(next), ...extra, version, updated_at: at });
    await repo.insertRevision(tx, {
      id: newId(),
      item_id: row.id,
      version,
      action,
      actor_id: ctx.actor.userId,
      changes: JSON.stringify(changes),
      at,
    });
    await audit(
      ctx,
      tx,
      `inventory.${action}`,
      { type: 'inventory_item', id: row.id },
      {
        fields: Object.keys(changes),
      },
    );
  });
  return true;
}

/** Edits an item: fields absent from `input` keep their value (a PATCH). */
export async function updateItem(ctx: ServiceContext, id: string, input: Record<string, unknown>) {
  const row = await loadItem(ctx, id);
  authorize(ctx.actor, 'inventory:manage', { organizationId: row.organization_id });
  const current = valuesOf(row);
  const merged: Record<string, unknown> = {
    ...current,
    dataset: row.dataset_name ?? null,
    ...input,
  };
  const f = new Fields();
  const next = await checkItem(ctx, f, merged, row.organization_id);
  f.check();
  await revise(ctx, row, next, 'update');
  return viewOf(ctx, (await loadItem(ctx, id))!);
}

/** Publishing: links the dataset that publishes the item (its status becomes `published`). */
export async function publishItem(ctx: ServiceContext, id: string, input: { dataset?: unknown }) {
  const row = await loadItem(ctx, id);
  authorize(ctx.actor, 'inventory:manage', { organizationId: row.organization_id });
  const f = new Fields();
  if (typeof input.dataset !== 'string' || !input.dataset.trim()) f.add('dataset', 'required');
  f.check();
  const next = await checkItem(ctx, f, { ...valuesOf(row), dataset: input.dataset }, row.organization_id);
  f.check();
  await revise(ctx, row, next, 'publish');
  return viewOf(ctx, (await loadItem(ctx, id))!);
}

/** Archives an item (kept for its history and the requests that point to it; hidden from public lists). */
export async function archiveItem(ctx: ServiceContext, id: string) {
  const row = await loadItem(ctx, id);
  authorize(ctx.actor, 'inventory:manage', { organizationId: row.organization_id });
  if (row.state !== 'archived') await revise(ctx, row, valuesOf(row), 'archive', { state: 'archived' });
  return viewOf(ctx, (await loadItem(ctx, id))!);
}

export interface ItemQuery {
  organization?: string;
  access_level?: string;
  status?: string;
  archived?: string | boolean;
  sort?: string;
  limit: number;
  offset: number;
}

/** The public list (every active item of every organisation); archived items only for their members. */
export async function listItems(ctx: ServiceContext, query: ItemQuery) {
  const f = new Fields();
  const level = query.access_level ? f.oneOf('access_level', query.access_level, accessLevels) : undefined;
  const status = query.status ? f.oneOf('status', query.status, itemStatuses) : undefined;
  const sort = f.oneOf('sort', query.sort, itemSorts, 'score');
  f.check();
  const org = query.organization ? await orgsService.getOrganization(ctx, query.organization) : undefined;
  const archived = query.archived === true || query.archived === 'true' || query.archived === '1';
  const rules = scoreRules(ctx.config);
  const { total, rows } = await repo.listItems(
    ctx.db.db,
    {
      organizationId: org?.id,
      accessLevel: level,
      status: status as ItemStatus | undefined,
      archived,
      archivedScope: ctx.actor.sysadmin ? null : orgsWithRole(ctx.actor, 'member'),
      sort,
      limit: query.limit,
      offset: query.offset,
    },
    rules,
  );
  return { total, items: rows.map((r) => viewOf(ctx, r)), organization: org ?? null };
}

export interface ItemDetail {
  item: ItemView;
  revisions: RevisionView[];
  requests: { id: string; title: string; locale: string; status: string; vote_count: number }[];
  can: { manage: boolean };
}

export async function getItemDetail(ctx: ServiceContext, id: string): Promise<ItemDetail> {
  const row = await loadItem(ctx, id);
  const db = ctx.db.db;
  return {
    item: viewOf(ctx, row),
    revisions: (await repo.listRevisions(db, id)).map(presentRevision),
    requests: (await repo.linkedRequests(db, id)).map((r) => ({ ...r, vote_count: Number(r.vote_count) })),
    can: { manage: keeper(ctx, row.organization_id) },
  };
}

/** The national view: items by status for each organisation, with totals. */
export async function inventorySummary(ctx: ServiceContext) {
  const keys = ['total', 'published', 'planned', 'restricted', 'non_public', 'not_planned'] as const;
  const rows = (await repo.countsByOrganization(ctx.db.db)).map((r) => ({
    organization: { name: r.name, title: JSON.parse(r.title) },
    ...Object.fromEntries(keys.map((k) => [k, Number(r[k])])),
  })) as ({ organization: { name: string; title: Record<string, string> } } & Record<
    (typeof keys)[number],
    number
  >)[];
  const totals = Object.fromEntries(keys.map((k) => [k, rows.reduce((s, r) => s + r[k], 0)])) as Record<
    (typeof keys)[number],
    number
  >;
  return { organizations: rows, totals };
}

/** Whether the actor keeps the inventory of `organizationId` (pages show the back-office links). */
export const canManage = keeper;
