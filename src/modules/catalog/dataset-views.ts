// Loading datasets for readers: the visibility check of one dataset, relations in bulk, revision snapshots.
import type { ServiceContext } from '../../context.ts';
import type { Executor } from '../../db/types.ts';
import { AppError } from '../../kernel/errors.ts';
import { can } from '../accounts/index.ts';
import type { DatasetRow, ThemeRef } from './datasets.repo.ts';
import * as repo from './datasets.repo.ts';
import { type DatasetView, presentDataset } from './present.ts';
import { queryableResources, resourcesOf } from './resources.repo.ts';

/** The dataset if the actor may read it; otherwise catalog.dataset_not_found (never revealing that it exists). */
export async function readableDataset(ctx: ServiceContext, key: string, db: Executor = ctx.db.db) {
  const row = key ? await repo.findDataset(db, key) : undefined;
  if (!row || !can(ctx.actor, 'dataset:read', { organizationId: row.organization_id, ...row }))
    throw new AppError('catalog.dataset_not_found', { name: key });
  return row;
}

/** Views of `rows` in their order, with organisation, tags, themes, resources and the queryable flag loaded in five queries. */
export async function loadViews(db: Executor, rows: readonly DatasetRow[]): Promise<DatasetView[]> {
  const ids = rows.map((r) => r.id);
  const [orgs, tags, themes, resources, queryable] = await Promise.all([
    repo.orgsOf(
      db,
      rows.map((r) => r.organization_id),
    ),
    repo.tagsOf(db, ids),
    repo.themesOf(db, ids),
    resourcesOf(db, ids),
    queryableResources(db, ids),
  ]);
  return rows.map((r) =>
    presentDataset(r, {
      organization: orgs.get(r.organization_id),
      tags: tags.get(r.id) ?? [],
      themes: themes.get(r.id) ?? [],
      resources: resources.get(r.id) ?? [],
      queryableResources: queryable,
    }),
  );
}

/** Views of the datasets `ids`, in that order (missing ids are skipped); for search results. */
export async function loadDatasetViews(db: Executor, ids: readonly string[]): Promise<DatasetView[]> {
  const rows = new Map((await repo.findDatasetsByIds(db, ids)).map((r) => [r.id, r]));
  return loadViews(
    db,
    ids.flatMap((id) => rows.get(id) ?? []),
  );
}

export async function loadView(db: Executor, row: DatasetRow): Promise<DatasetView> {
  return (await loadViews(db, [row]))[0]!;
}

/** What a revision compares: the dataset's own fields, with tags and theme names (resources have their own). */
export function snapshot(row: DatasetRow, tags: readonly string[], themes: readonly ThemeRef[]) {
  return {
    name: row.name,
    organization_id: row.organization_id,
    title: JSON.parse(row.title),
    description: JSON.parse(row.description),
    license_id: row.license_id,
    frequency: row.frequency,
    temporal_start: row.temporal_start,
    temporal_end: row.temporal_end,
    spatial: JSON.parse(row.spatial),
    contact_name: row.contact_name,
    contact_email: row.contact_email,
    version: row.version,
    visibility: row.visibility,
    state: row.state,
    extras: JSON.parse(row.extras),
    featured: Number(row.featured) === 1,
    issued: row.issued,
    tags: [...tags].sort(),
    themes: themes.map((t) => t.name).sort(),
  };
}

/** The view's fields as service input (PATCH merges the patch into this). */
export function inputOf(v: DatasetView): Record<string, unknown> {
  const { organization, themes, license: _l, frequency_days: _f, resources: _r, ...rest } = v;
  return { ...rest, organization: organization.id, themes: themes.map((t) => t.id) };
}
