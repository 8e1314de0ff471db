// Datasets: create, update (full), patch (partial), delete (state → deleted), get, list.
// Each write: authorize → validate (every bad field named) → repo → revision + audit, in one transaction.
import type { ServiceContext } from '../../context.ts';
import type { DatasetState } from '../../db/tables/catalog.ts';
import { newId, nowIso } from '../../kernel/ids.ts';
import { Fields } from '../../kernel/validate.ts';
import { authorize, can, orgsWithRole } from '../accounts/index.ts';
import { assertLocallyEditable } from '../harvest/guard.ts';
import { indexDatasets } from '../search/index.ts';
import { type CheckedDataset, checkDataset, type DatasetInput, datasetStates } from './dataset-input.ts';
import { inputOf, loadView, loadViews, readableDataset, snapshot } from './dataset-views.ts';
import type { DatasetRow, OrgRef, ThemeRef } from './datasets.repo.ts';
import * as repo from './datasets.repo.ts';
import { withUniqueName } from './fields.ts';
import type { DatasetView } from './present.ts';
import { diff, record } from './revisions.ts';
import { datasetScope } from './scope.ts';
import { findTheme, findThemes } from './themes.repo.ts';

const today = () => nowIso().slice(0, 10);

/** Resolves the organisation and the themes, checks the name is free; throws every field error at once. */
async function resolve(ctx: ServiceContext, f: Fields, c: CheckedDataset, current: DatasetRow | null) {
  const db = ctx.db.db;
  // Whoever publishes in no organisation is refused before any field is judged.
  if (!ctx.actor.sysadmin && !orgsWithRole(ctx.actor, 'editor').length)
    authorize(ctx.actor, 'dataset:create', { organizationId: '' });
  let org: OrgRef | undefined;
  if (!c.organization) f.add('organization', 'required');
  else {
    org = await repo.findOrganization(db, c.organization);
    if (!org || (org.state === 'archived' && org.id !== current?.organization_id)) {
      f.add('organization', 'invalid_value');
      org = undefined;
    }
  }
  // Moving a dataset (or creating one) needs the right to create datasets in the target organisation.
  if (org && org.id !== current?.organization_id)
    authorize(ctx.actor, 'dataset:create', { organizationId: org.id });
  if (c.featured !== (Number(current?.featured ?? 0) === 1))
    authorize(ctx.actor, 'dataset:feature', undefined);
  if (c.state === 'deleted' && current?.state !== 'deleted') f.add('state', 'invalid_value');

  const themes: ThemeRef[] = [];
  const found = await findThemes(db, c.themes);
  for (const [i, key] of c.themes.entries()) {
    const t = found.find((x) => x.name === key || x.id === key);
    if (!t) f.add(`themes.${i}`, 'invalid_value');
    else if (!themes.some((x) => x.id === t.id)) themes.push(t);
  }
  if (c.name && !f.has('name') && (await repo.nameTaken(db, c.name, current?.id)))
    f.add('name', 'not_unique');
  f.check();
  return { org: org!, themes };
}

function rowOf(c: CheckedDataset, orgId: string, current: DatasetRow | null) {
  const published = c.state === 'active' && !c.issued && !current?.issued;
  return {
    name: c.name,
    organization_id: orgId,
    title: JSON.stringify(c.title),
    description: JSON.stringify(c.description),
    license_id: c.license_id,
    frequency: c.frequency,
    temporal_start: c.temporal_start,
    temporal_end: c.temporal_end,
    spatial: JSON.stringify(c.spatial),
    contact_name: c.contact_name,
    contact_email: c.contact_email,
    version: c.version,
    visibility: c.visibility,
    state: c.state,
    extras: JSON.stringify(c.extras),
    featured: c.featured ? 1 : 0,
    issued: c.issued ?? current?.issued ?? (published ? today() : null),
  };
}

export async function createDataset(ctx: ServiceContext, input: DatasetInput): Promise<DatasetView> {
  const f = new Fields();
  const c = checkDataset(f, input);
  const { org, themes } = await resolve(ctx, f, c, null);
  return withUniqueName(() =>
    ctx.db.db.transaction().execute(async (tx) => {
      const now = nowIso();
      const row = await repo.insertDataset(tx, {
        id: newId(),
        ...rowOf(c, org.id, null),
        download_count: 0,
        created_at: now,
        updated_at: now,
        created_by: ctx.actor.userId,
      });
      await repo.replaceTags(tx, row.id, c.tags);
      await repo.replaceThemes(
        tx,
        row.id,
        themes.map((t) => t.id),
      );
      await record(ctx, tx, 'created', target(row), diff(null, snapshot(row, c.tags, themes)));
      await indexDatasets(tx, ctx.db.dialect, [row.id]);
      return loadView(tx, row);
    }),
  );
}

const target = (row: DatasetRow) => ({
  type: 'dataset' as const,
  id: row.id,
  datasetId: row.id,
  organizationId: row.organization_id,
  name: row.name,
});

async function writeDataset(ctx: ServiceContext, current: DatasetRow, input: DatasetInput) {
  authorize(ctx.actor, 'dataset:update', { organizationId: current.organization_id });
  await assertLocallyEditable(ctx.db.db, ctx.actor, current.id);
  const f = new Fields();
  const c = checkDataset(f, input);
  const { org, themes } = await resolve(ctx, f, c, current);
  return withUniqueName(() =>
    ctx.db.db.transaction().execute(async (tx) => {
      const before = snapshot(
        current,
        (await repo.tagsOf(tx, [current.id])).get(current.id) ?? [],
        (await repo.themesOf(tx, [current.id])).get(current.id) ?? [],
      );
      const next = { ...current, ...rowOf(c, org.id, current) };
      const changes = diff(before, snapshot(next, c.tags, themes));
      if (!Object.keys(changes).length) return loadView(tx, current);
      const row = await repo.updateDataset(tx, current.id, {
        ...rowOf(c, org.id, current),
        updated_at: nowIso(),
      });
      if (changes.tags) await repo.replaceTags(tx, row.id, c.tags);
      if (changes.themes)
        await repo.replaceThemes(
          tx,
          row.id,
          themes.map((t) => t.id),
        );
      await record(ctx, tx, 'updated', target(row), changes);
      await indexDatasets(tx, ctx.db.dialect, [row.id]);
      return loadView(tx, row);
    }),
  );
}

/**
 * Replaces every metadata field (absent ones take their defaults). The name, organisation, state, visibility,
 * featured flag and issue date keep their values when absent. Resources are managed by their own routes.
 */
export async function updateDataset(ctx: ServiceContext, key: string, input: DatasetInput) {
  const current = await readableDataset(ctx, key);
  const keep = {
    name: current.name,
    organization: current.organization_id,
    state: current.state,
    visibility: current.visibility,
    featured: Number(current.featured) === 1,
    issued: current.issued,
  };
  const given = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  return writeDataset(ctx, current, { ...keep, ...given });
}

/** Changes only the keys given (CKAN's package_patch); a translated field given is replaced as a whole. */
export async function patchDataset(ctx: ServiceContext, key: string, input: DatasetInput) {
  const current = await readableDataset(ctx, key);
  authorize(ctx.actor, 'dataset:update', { organizationId: current.organization_id });
  const view = await loadView(ctx.db.db, current);
  return writeDataset(ctx, current, { ...inputOf(view), ...input });
}

/** Marks the dataset deleted: it leaves public lists and pages; its organisation can still see it. */
export async function deleteDataset(ctx: ServiceContext, key: string): Promise<void> {
  const current = await readableDataset(ctx, key);
  authorize(ctx.actor, 'dataset:delete', { organizationId: current.organization_id });
  await assertLocallyEditable(ctx.db.db, ctx.actor, current.id);
  if (current.state === 'deleted') return;
  await ctx.db.db.transaction().execute(async (tx) => {
    const row = await repo.updateDataset(tx, current.id, { state: 'deleted', updated_at: nowIso() });
    await record(ctx, tx, 'deleted', target(row), { state: { before: current.state, after: 'deleted' } });
    await indexDatasets(tx, ctx.db.dialect, [row.id]);
  });
}

export async function getDataset(ctx: ServiceContext, key: string): Promise<DatasetView> {
  return loadView(ctx.db.db, await readableDataset(ctx, key));
}

export interface DatasetQuery {
  organization?: string;
  theme?: string;
  tag?: string;
  featured?: boolean;
  state?: string;
  sort?: string;
  limit: number;
  offset: number;
}

export const datasetSorts = ['updated', 'created', 'title'] as const;

/** Datasets the actor may see (scope applied in SQL); deleted ones only when asked for with `state`. */
export async function listDatasets(ctx: ServiceContext, query: DatasetQuery) {
  const f = new Fields();
  const state = query.state ? f.oneOf<DatasetState>('state', query.state, datasetStates) : undefined;
  const sort = f.oneOf('sort', query.sort, datasetSorts, 'updated');
  f.check();
  const db = ctx.db.db;
  const org = query.organization ? await repo.findOrganization(db, query.organization) : undefined;
  const theme = query.theme ? await findTheme(db, query.theme) : undefined;
  if ((query.organization && !org) || (query.theme && !theme)) return { total: 0, items: [] };
  const { total, rows } = await repo.listDatasets(
    db,
    ctx.db.dialect,
    {
      organizationId: org?.id,
      themeId: theme?.id,
      tag: query.tag || undefined,
      featured: query.featured,
      states: state ? [state] : ['draft', 'active'],
      sort,
      locale: ctx.locale,
      limit: query.limit,
      offset: query.offset,
    },
    datasetScope(ctx.actor),
  );
  return { total, items: await loadViews(db, rows) };
}

/** Whether the actor may publish in at least one organisation (to offer "new dataset"). */
export function canPublish(ctx: ServiceContext): boolean {
  return ctx.actor.sysadmin || orgsWithRole(ctx.actor, 'editor').length > 0;
}

/** The flags a page needs to show actions (pages never test roles). */
export function datasetPermissions(ctx: ServiceContext, v: DatasetView) {
  const org = { organizationId: v.organization.id };
  return {
    update: can(ctx.actor, 'dataset:update', org),
    delete: can(ctx.actor, 'dataset:delete', org),
    feature: can(ctx.actor, 'dataset:feature', undefined),
  };
}
