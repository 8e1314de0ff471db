// All SQL of datasets, their tags and themes. Lists apply the reader's scope in SQL.
import { type Selectable, sql } from 'kysely';
import type { DatasetState, DatasetsTable } from '../../db/tables/catalog.ts';
import type { Dialect, Executor } from '../../db/types.ts';
import type { Locale } from '../../i18n/index.ts';
import { type DatasetScope, scopeCondition } from './scope.ts';

export type DatasetRow = Selectable<DatasetsTable>;
export interface OrgRef {
  id: string;
  name: string;
  /** JSON {ar?, fr?, en?} */
  title: string;
  state: 'active' | 'archived';
}
export interface ThemeRef {
  id: string;
  name: string;
  /** JSON {ar?, fr?, en?} */
  title: string;
}

/** By name or by id (ids are UUIDs, names cannot contain what makes one ambiguous with another's id). */
export function findDataset(db: Executor, key: string) {
  return db
    .selectFrom('datasets')
    .selectAll()
    .where((eb) => eb.or([eb('name', '=', key), eb('id', '=', key)]))
    .executeTakeFirst();
}

/** Rows of `ids` (in no particular order). */
export function findDatasetsByIds(db: Executor, ids: readonly string[]) {
  return ids.length
    ? db.selectFrom('datasets').selectAll().where('id', 'in', ids).execute()
    : Promise.resolve([]);
}

export async function nameTaken(db: Executor, name: string, exceptId?: string): Promise<boolean> {
  let q = db.selectFrom('datasets').select('id').where('name', '=', name);
  if (exceptId) q = q.where('id', '<>', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

export function findOrganization(db: Executor, key: string): Promise<OrgRef | undefined> {
  return db
    .selectFrom('organizations')
    .select(['id', 'name', 'title', 'state'])
    .where((eb) => eb.or([eb('name', '=', key), eb('id', '=', key)]))
    .executeTakeFirst();
}

export async function insertDataset(db: Executor, row: DatasetRow): Promise<DatasetRow> {
  return db.insertInto('datasets').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateDataset(
  db: Executor,
  id: string,
  patch: Partial<Omit<DatasetRow, 'id' | 'created_at'>>,
): Promise<DatasetRow> {
  return db.updateTable('datasets').set(patch).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export async function replaceTags(db: Executor, datasetId: string, tags: readonly string[]): Promise<void> {
  await db.deleteFrom('dataset_tags').where('dataset_id', '=', datasetId).execute();
  if (tags.length)
    await db
      .insertInto('dataset_tags')
      .values(tags.map((tag) => ({ dataset_id: datasetId, tag })))
      .execute();
}

export async function replaceThemes(db: Executor, datasetId: string, themeIds: readonly string[]) {
  await db.deleteFrom('dataset_themes').where('dataset_id', '=', datasetId).execute();
  if (themeIds.length)
    await db
      .insertInto('dataset_themes')
      .values(themeIds.map((theme_id) => ({ dataset_id: datasetId, theme_id })))
      .execute();
}

function group<T>(rows: readonly (T & { dataset_id: string })[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const { dataset_id, ...rest } of rows) {
    const list = out.get(dataset_id) ?? [];
    list.push(rest as unknown as T);
    out.set(dataset_id, list);
  }
  return out;
}

export async function tagsOf(db: Executor, datasetIds: readonly string[]): Promise<Map<string, string[]>> {
  if (!datasetIds.length) return new Map();
  const rows = await db
    .selectFrom('dataset_tags')
    .select(['dataset_id', 'tag'])
    .where('dataset_id', 'in', datasetIds)
    .orderBy('tag')
    .execute();
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.dataset_id, [...(out.get(r.dataset_id) ?? []), r.tag]);
  return out;
}

export async function themesOf(db: Executor, datasetIds: readonly string[]) {
  if (!datasetIds.length) return new Map<string, ThemeRef[]>();
  const rows = await db
    .selectFrom('dataset_themes')
    .innerJoin('themes', 'themes.id', 'dataset_themes.theme_id')
    .select(['dataset_themes.dataset_id', 'themes.id', 'themes.name', 'themes.title'])
    .where('dataset_themes.dataset_id', 'in', datasetIds)
    .orderBy('themes.position')
    .orderBy('themes.name')
    .execute();
  return group<ThemeRef>(rows);
}

export async function orgsOf(db: Executor, orgIds: readonly string[]): Promise<Map<string, OrgRef>> {
  if (!orgIds.length) return new Map();
  const rows = await db
    .selectFrom('organizations')
    .select(['id', 'name', 'title', 'state'])
    .where('id', 'in', [...new Set(orgIds)])
    .execute();
  return new Map(rows.map((r) => [r.id, r]));
}

export interface DatasetFilter {
  organizationId?: string;
  themeId?: string;
  tag?: string;
  /** Only datasets marked as featured. */
  featured?: boolean;
  states: readonly DatasetState[];
  sort: 'updated' | 'created' | 'title';
  locale: Locale;
  limit: number;
  offset: number;
}

/** The title in `locale`, else in another language, else the name: lowercased for sorting. */
function titleKey(dialect: Dialect, locale: Locale) {
  const order = [locale, ...(['fr', 'ar', 'en'] as const).filter((l) => l !== locale)];
  const parts = order.map((l) =>
    dialect === 'postgres'
      ? sql`(datasets.title::jsonb ->> ${l})`
      : sql`json_extract(datasets.title, ${`$.${l}`})`,
  );
  return sql<string>`lower(coalesce(${sql.join(parts)}, datasets.name))`;
}

export async function listDatasets(db: Executor, dialect: Dialect, f: DatasetFilter, scope: DatasetScope) {
  let q = db.selectFrom('datasets').where('datasets.state', 'in', f.states);
  if (!scope.all) q = q.where((eb) => scopeCondition(eb, scope)!);
  if (f.organizationId) q = q.where('datasets.organization_id', '=', f.organizationId);
  if (f.featured) q = q.where('datasets.featured', '=', 1);
  if (f.tag) {
    const tag = f.tag;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('dataset_tags')
          .select('dataset_tags.dataset_id')
          .whereRef('dataset_tags.dataset_id', '=', 'datasets.id')
          .where('dataset_tags.tag', '=', tag),
      ),
    );
  }
  if (f.themeId) {
    const themeId = f.themeId;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('dataset_themes')
          .select('dataset_themes.dataset_id')
          .whereRef('dataset_themes.dataset_id', '=', 'datasets.id')
          .where('dataset_themes.theme_id', '=', themeId),
      ),
    );
  }
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  let rows = q.selectAll('datasets');
  if (f.sort === 'title') rows = rows.orderBy(titleKey(dialect, f.locale)).orderBy('datasets.name');
  else if (f.sort === 'created') rows = rows.orderBy('datasets.created_at', 'desc').orderBy('datasets.id');
  else rows = rows.orderBy('datasets.updated_at', 'desc').orderBy('datasets.id');
  return {
    total: Number(total.n),
    rows: await rows.limit(f.limit).offset(f.offset).execute(),
  };
}

/** Tags of the active datasets in `scope`, with how many datasets carry each; `q` keeps those containing it. */
export async function listTags(
  db: Executor,
  scope: DatasetScope,
  f: { q?: string; limit: number; offset: number },
): Promise<{ tag: string; count: number }[]> {
  let q = db
    .selectFrom('dataset_tags')
    .innerJoin('datasets', 'datasets.id', 'dataset_tags.dataset_id')
    .where('datasets.state', '=', 'active');
  if (!scope.all) q = q.where((eb) => scopeCondition(eb, scope)!);
  if (f.q)
    q = q.where(
      sql<boolean>`lower(dataset_tags.tag) like ${`%${f.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`} escape '\\'`,
    );
  const rows = await q
    .select(['dataset_tags.tag', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('dataset_tags.tag')
    .orderBy('dataset_tags.tag')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return rows.map((r) => ({ tag: r.tag, count: Number(r.n) }));
}
