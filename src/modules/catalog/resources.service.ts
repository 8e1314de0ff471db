// Resources of a dataset: links (url) or stored files (uploads.service.ts fills storage_key, size, sha256).
// Writes need `resource:*` on the dataset's organisation; each records a revision and bumps the dataset.
import type { ServiceContext } from '../../context.ts';
import type { ResourceKind } from '../../db/tables/catalog.ts';
import type { Executor } from '../../db/types.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId, nowIso } from '../../kernel/ids.ts';
import { Fields } from '../../kernel/validate.ts';
import { authorize } from '../accounts/index.ts';
import { queueFileDeletion } from '../files/index.ts';
import { assertLocallyEditable } from '../harvest/guard.ts';
import { indexDatasets } from '../search/index.ts';
import { readableDataset } from './dataset-views.ts';
import { type DatasetRow, updateDataset } from './datasets.repo.ts';
import { count, httpUrl, isoDateOrTime, MARKDOWN_MAX, optionalText, translated } from './fields.ts';
import { presentResource, type ResourceView } from './present.ts';
import type { ResourceRow } from './resources.repo.ts';
import * as repo from './resources.repo.ts';
import { type Changes, diff, record } from './revisions.ts';
import { queueIngestion, queueTableDrop } from './tabular.ts';

export const resourceKinds: readonly ResourceKind[] = ['data', 'documentation', 'api', 'other'];

/** A file kept by the storage backend (filled by uploads). */
export interface StoredFile {
  storageKey: string;
  size: number;
  sha256: string;
  mediaType: string | null;
  /** Id to give a new resource (its storage key names it); a new id when absent. */
  resourceId?: string;
}

type ResourceInput = Record<string, unknown>;

/** CSV from …/data.csv?x=1: the extension of the URL's path, upper-cased. */
function formatFromUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const m = /\.([a-z0-9]{1,8})$/i.exec(new URL(url).pathname);
    return m ? m[1]!.toUpperCase() : null;
  } catch {
    return null;
  }
}

export function checkResource(input: ResourceInput, storageKey: string | null) {
  const f = new Fields();
  const url = httpUrl(f, 'url', input.url, storageKey === null);
  const format = f.text('format', input.format, { max: 50 }).toUpperCase() || formatFromUrl(url);
  const mediaType = optionalText(f, 'media_type', input.media_type, 100)?.toLowerCase() ?? null;
  if (mediaType && !/^[\w.+-]+\/[\w.+-]+$/.test(mediaType)) f.add('media_type', 'invalid_format');
  const sha256 = optionalText(f, 'sha256', input.sha256, 64)?.toLowerCase() ?? null;
  if (sha256 && !/^[0-9a-f]{64}$/.test(sha256)) f.add('sha256', 'invalid_format');
  const fields = {
    title: JSON.stringify(translated(f, 'title', input.title, { max: 500 })),
    description: JSON.stringify(
      translated(f, 'description', input.description, { max: MARKDOWN_MAX, markdown: true }),
    ),
    kind: f.oneOf('kind', input.kind, resourceKinds, 'data'),
    url,
    format,
    media_type: mediaType,
    size: count(f, 'size', input.size),
    sha256,
    last_modified: isoDateOrTime(f, 'last_modified', input.last_modified),
  };
  f.check();
  return fields;
}

const snapshot = (r: ResourceRow) => ({
  title: JSON.parse(r.title),
  description: JSON.parse(r.description),
  kind: r.kind,
  url: r.url,
  storage_key: r.storage_key,
  format: r.format,
  media_type: r.media_type,
  size: r.size === null ? null : Number(r.size),
  sha256: r.sha256,
  last_modified: r.last_modified,
});

async function recordResource(
  ctx: ServiceContext,
  tx: Executor,
  dataset: DatasetRow,
  action: 'created' | 'updated' | 'deleted',
  resourceId: string,
  changes: Changes,
) {
  if (action === 'updated' && !Object.keys(changes).length) return;
  await updateDataset(tx, dataset.id, { updated_at: nowIso() });
  const t = { datasetId: dataset.id, organizationId: dataset.organization_id, name: dataset.name };
  await record(ctx, tx, action, { type: 'resource', id: resourceId, ...t }, changes);
  await indexDatasets(tx, ctx.db.dialect, [dataset.id]);
}

export async function writable(
  ctx: ServiceContext,
  datasetKey: string,
  action: 'create' | 'update' | 'delete',
) {
  const dataset = await readableDataset(ctx, datasetKey);
  authorize(ctx.actor, `resource:${action}`, { organizationId: dataset.organization_id });
  await assertLocallyEditable(ctx.db.db, ctx.actor, dataset.id);
  return dataset;
}

export async function existing(ctx: ServiceContext, dataset: DatasetRow, id: string) {
  const row = await repo.findResource(ctx.db.db, dataset.id, id);
  if (!row) throw new AppError('catalog.resource_not_found', { id });
  return row;
}

export async function createResource(
  ctx: ServiceContext,
  datasetKey: string,
  input: ResourceInput,
  stored?: StoredFile,
): Promise<ResourceView> {
  const dataset = await writable(ctx, datasetKey, 'create');
  const fields = checkResource(input, stored?.storageKey ?? null);
  return ctx.db.db.transaction().execute(async (tx) => {
    const now = nowIso();
    const row = await repo.insertResource(tx, {
      id: stored?.resourceId ?? newId(),
      dataset_id: dataset.id,
      position: await repo.nextPosition(tx, dataset.id),
      ...fields,
      storage_key: stored?.storageKey ?? null,
      ...(stored ? { size: stored.size, sha256: stored.sha256, media_type: stored.mediaType } : {}),
      download_count: 0,
      created_at: now,
      updated_at: now,
    });
    await recordResource(ctx, tx, dataset, 'created', row.id, diff(null, snapshot(row)));
    await queueIngestion(ctx, tx, row);
    return presentResource(row);
  });
}

/** Changes only the keys given. */
export async function updateResource(
  ctx: ServiceContext,
  datasetKey: string,
  id: string,
  input: ResourceInput,
): Promise<ResourceView> {
  const dataset = await writable(ctx, datasetKey, 'update');
  const current = await existing(ctx, dataset, id);
  const view = presentResource(current);
  const fields = checkResource({ ...view, ...input }, current.storage_key);
  // The size and checksum of a stored file are measured by the portal, not declared.
  if (current.storage_key) Object.assign(fields, { size: current.size, sha256: current.sha256 });
  return ctx.db.db.transaction().execute(async (tx) => {
    const changes = diff(snapshot(current), snapshot({ ...current, ...fields }));
    if (!Object.keys(changes).length) return view;
    const row = await repo.updateResource(tx, id, { ...fields, updated_at: nowIso() });
    await recordResource(ctx, tx, dataset, 'updated', id, changes);
    return presentResource(row);
  });
}

/**
 * Points resource `id` at a newly stored file (replacing a link or an older file; its id, so its download URL,
 * stays); `input` may change other fields. Returns the view and the storage key it used before.
 */
export async function replaceStoredFile(
  ctx: ServiceContext,
  datasetKey: string,
  id: string,
  input: ResourceInput,
  stored: StoredFile,
): Promise<{ view: ResourceView; previousKey: string | null }> {
  const dataset = await writable(ctx, datasetKey, 'update');
  const current = await existing(ctx, dataset, id);
  const fields = checkResource({ ...presentResource(current), ...input }, stored.storageKey);
  const file = {
    url: null,
    storage_key: stored.storageKey,
    size: stored.size,
    sha256: stored.sha256,
    media_type: stored.mediaType,
  };
  return ctx.db.db.transaction().execute(async (tx) => {
    const row = await repo.updateResource(tx, id, { ...fields, ...file, updated_at: nowIso() });
    await recordResource(ctx, tx, dataset, 'updated', id, diff(snapshot(current), snapshot(row)));
    await queueIngestion(ctx, tx, row);
    return { view: presentResource(row), previousKey: current.storage_key };
  });
}

export async function deleteResource(ctx: ServiceContext, datasetKey: string, id: string): Promise<void> {
  const dataset = await writable(ctx, datasetKey, 'delete');
  const current = await existing(ctx, dataset, id);
  await ctx.db.db.transaction().execute(async (tx) => {
    await repo.deleteResource(tx, id);
    const rest = await repo.listResources(tx, dataset.id);
    await repo.setPositions(
      tx,
      dataset.id,
      rest.map((r) => r.id),
    );
    await recordResource(ctx, tx, dataset, 'deleted', id, diff(snapshot(current), null));
    if (current.storage_key) await queueFileDeletion(tx, ctx.queue, current.storage_key);
    await queueTableDrop(ctx, tx, id);
  });
}

/** Puts the resources in the order of `order`, which must list each resource of the dataset once. */
export async function reorderResources(
  ctx: ServiceContext,
  datasetKey: string,
  input: { order?: unknown },
): Promise<ResourceView[]> {
  const dataset = await writable(ctx, datasetKey, 'update');
  const current = await repo.listResources(ctx.db.db, dataset.id);
  const before = current.map((r) => r.id);
  const order = Array.isArray(input.order) ? input.order : null;
  const f = new Fields();
  if (
    !order ||
    order.length !== before.length ||
    new Set(order).size !== order.length ||
    !order.every((id) => typeof id === 'string' && before.includes(id))
  )
    f.add('order', order ? 'invalid_value' : 'required');
  f.check();
  const after = order as string[];
  return ctx.db.db.transaction().execute(async (tx) => {
    if (after.join() !== before.join()) {
      await repo.setPositions(tx, dataset.id, after);
      await updateDataset(tx, dataset.id, { updated_at: nowIso() });
      await record(
        ctx,
        tx,
        'updated',
        {
          type: 'dataset',
          id: dataset.id,
          datasetId: dataset.id,
          organizationId: dataset.organization_id,
          name: dataset.name,
        },
        { resource_order: { before, after } },
      );
    }
    const active = await repo.queryableResources(tx, [dataset.id]);
    return (await repo.listResources(tx, dataset.id)).map((r) => presentResource(r, active.has(r.id)));
  });
}

/** The dataset id of resource `id`, for callers that know only the resource (CKAN's resource_* actions). */
export async function datasetOfResource(ctx: ServiceContext, id: string): Promise<string> {
  const datasetId = id ? await repo.datasetIdOf(ctx.db.db, id) : undefined;
  if (!datasetId) throw new AppError('catalog.resource_not_found', { id });
  return datasetId;
}

export async function getResource(
  ctx: ServiceContext,
  datasetKey: string,
  id: string,
): Promise<ResourceView> {
  const dataset = await readableDataset(ctx, datasetKey);
  const row = await existing(ctx, dataset, id);
  return presentResource(row, (await repo.queryableResources(ctx.db.db, [dataset.id])).has(row.id));
}
