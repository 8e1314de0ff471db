// The publisher back-office's own use cases: the list of datasets a publisher manages (drafts included) and
// bulk actions on them. Lists are limited in SQL to the organisations where the actor is editor or admin.
import type { ServiceContext } from '../../context.ts';
import type { DatasetState } from '../../db/tables/catalog.ts';
import type { Executor } from '../../db/types.ts';
import { AppError } from '../../kernel/errors.ts';
import { nowIso } from '../../kernel/ids.ts';
import { Fields } from '../../kernel/validate.ts';
import { can, orgsWithRole } from '../accounts/index.ts';
import { assertLocallyEditable } from '../harvest/guard.ts';
import { indexDatasets } from '../search/index.ts';
import { datasetStates } from './dataset-input.ts';
import { loadViews } from './dataset-views.ts';
import { type DatasetRow, findOrganization, updateDataset } from './datasets.repo.ts';
import type { DatasetView } from './present.ts';
import { findDatasetsByKeys, listManagedDatasets as listRows } from './publisher.repo.ts';
import { type Changes, record } from './revisions.ts';

export interface ManagedQuery {
  organization?: string;
  state?: string;
  limit: number;
  offset: number;
}

/** Organisations whose datasets the actor manages; null: all of them (sysadmin). */
export function managedOrgIds(ctx: ServiceContext): string[] | null {
  return ctx.actor.sysadmin ? null : orgsWithRole(ctx.actor, 'editor');
}

/**
 * Datasets of the organisations where the actor is editor or admin (every organisation for a sysadmin), in
 * every visibility; drafts and published ones by default, deleted ones when `state` asks for them.
 */
export async function listManagedDatasets(
  ctx: ServiceContext,
  query: ManagedQuery,
): Promise<{ total: number; items: DatasetView[] }> {
  if (!ctx.actor.userId) throw new AppError('auth.unauthenticated');
  const f = new Fields();
  const state = query.state ? f.oneOf<DatasetState>('state', query.state, datasetStates) : undefined;
  f.check();
  const db = ctx.db.db;
  const org = query.organization ? await findOrganization(db, query.organization) : undefined;
  if (query.organization && !org) return { total: 0, items: [] };
  const { total, rows } = await listRows(db, {
    orgIds: managedOrgIds(ctx),
    organizationId: org?.id,
    states: state ? [state] : ['draft', 'active'],
    limit: query.limit,
    offset: query.offset,
  });
  return { total, items: await loadViews(db, rows) };
}

export const bulkActions = ['publish', 'private', 'public', 'delete'] as const;
export type BulkAction = (typeof bulkActions)[number];
export const BULK_MAX = 200;

const permissionOf = (action: BulkAction) => (action === 'delete' ? 'dataset:delete' : 'dataset:update');

/** What the action changes on one dataset (nothing when it is already so). */
function patchOf(row: DatasetRow, action: BulkAction): Partial<DatasetRow> {
  switch (action) {
    case 'publish':
      return row.state === 'draft' ? { state: 'active', issued: row.issued ?? nowIso().slice(0, 10) } : {};
    case 'private':
    case 'public':
      return row.visibility === action ? {} : { visibility: action };
    case 'delete':
      return row.state === 'deleted' ? {} : { state: 'deleted' };
  }
}

export interface BulkStep {
  row: DatasetRow;
  changes: Changes;
}

/**
 * Checks the request and every dataset it names: all must exist, be readable and allow the action, or the
 * first that does not is named in the error. Returns what would change, dataset by dataset.
 */
async function plan(
  ctx: ServiceContext,
  db: Executor,
  ids: unknown,
  action: unknown,
): Promise<{ action: BulkAction; steps: BulkStep[] }> {
  if (!ctx.actor.userId) throw new AppError('auth.unauthenticated');
  const f = new Fields();
  const keys = [ids ?? []].flat();
  if (!keys.length) f.add('ids', 'required');
  else if (keys.length > BULK_MAX) f.add('ids', 'too_large', { max: BULK_MAX });
  else if (!keys.every((k) => typeof k === 'string' && k.length > 0 && k.length <= 200))
    f.add('ids', 'invalid_value');
  const act = f.oneOf<BulkAction>('action', action, bulkActions);
  f.check();
  const unique = [...new Set(keys as string[])];
  const rows = await findDatasetsByKeys(db, unique);
  const steps: BulkStep[] = [];
  for (const key of unique) {
    const row = rows.find((r) => r.id === key || r.name === key);
    if (!row || !can(ctx.actor, 'dataset:read', { ...row, organizationId: row.organization_id }))
      throw new AppError('catalog.bulk_not_found', { name: key });
    if (!can(ctx.actor, permissionOf(act), { organizationId: row.organization_id }))
      throw new AppError('catalog.bulk_forbidden', { name: row.name });
    if (steps.some((s) => s.row.id === row.id)) continue;
    const patch = patchOf(row, act);
    const changes: Changes = {};
    for (const [k, after] of Object.entries(patch))
      changes[k] = { before: row[k as keyof DatasetRow], after };
    steps.push({ row, changes });
  }
  return { action: act, steps };
}

export interface BulkResult {
  action: BulkAction;
  items: { id: string; name: string; changed: string[] }[];
}

const summary = (action: BulkAction, steps: BulkStep[]): BulkResult => ({
  action,
  items: steps.map((s) => ({ id: s.row.id, name: s.row.name, changed: Object.keys(s.changes) })),
});

/** What `bulkUpdateDatasets` would do, checked the same way, without changing anything (confirmation). */
export async function previewBulkUpdate(
  ctx: ServiceContext,
  ids: unknown,
  action: unknown,
): Promise<BulkResult & { datasets: DatasetView[] }> {
  const { action: act, steps } = await plan(ctx, ctx.db.db, ids, action);
  return {
    ...summary(act, steps),
    datasets: await loadViews(
      ctx.db.db,
      steps.map((s) => s.row),
    ),
  };
}

/**
 * Publishes drafts, makes private or public, or deletes the datasets named by id or name: all or nothing.
 * Each changed dataset gets its revision (and audit row), in one transaction.
 */
export async function bulkUpdateDatasets(
  ctx: ServiceContext,
  ids: unknown,
  action: unknown,
): Promise<BulkResult> {
  return ctx.db.db.transaction().execute(async (tx) => {
    const { action: act, steps } = await plan(ctx, tx, ids, action);
    const now = nowIso();
    for (const { row } of steps) await assertLocallyEditable(tx, ctx.actor, row.id);
    for (const { row, changes } of steps) {
      if (!Object.keys(changes).length) continue;
      const patch = Object.fromEntries(Object.entries(changes).map(([k, c]) => [k, c.after]));
      const updated = await updateDataset(tx, row.id, { ...patch, updated_at: now });
      await record(
        ctx,
        tx,
        act === 'delete' ? 'deleted' : 'updated',
        {
          type: 'dataset',
          id: updated.id,
          datasetId: updated.id,
          organizationId: updated.organization_id,
          name: updated.name,
        },
        changes,
      );
    }
    const changed = steps.filter((s) => Object.keys(s.changes).length).map((s) => s.row.id);
    if (changed.length) await indexDatasets(tx, ctx.db.dialect, changed);
    return summary(act, steps);
  });
}
