// All SQL of search outside the engines: reading what a dataset's document holds, writing documents and facet
// rows, and the queries (count, page, facet counts) over `search_docs d` with the engine's text condition.
import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Executor } from '../../db/types.ts';
import type { FacetName, FilterExpr } from './contract.ts';
import type { Token } from './normalize.ts';
import type { SearchIndex, TextMatch } from './search-index.ts';

export interface SourceRows {
  datasets: {
    id: string;
    name: string;
    organization_id: string;
    title: string;
    description: string;
    license_id: string;
    frequency: string;
    state: string;
    visibility: string;
    created_at: string;
    updated_at: string;
  }[];
  orgs: { id: string; name: string; title: string }[];
  themes: { dataset_id: string; name: string; title: string }[];
  tags: { dataset_id: string; tag: string }[];
  resources: { dataset_id: string; title: string; format: string | null; datastore: string | null }[];
}

/** What the documents of `ids` are made of, in five queries. */
export async function loadSources(db: Executor, ids: readonly string[]): Promise<SourceRows> {
  const datasets = await db
    .selectFrom('datasets')
    .select([
      'id',
      'name',
      'organization_id',
      'title',
      'description',
      'license_id',
      'frequency',
      'state',
      'visibility',
      'created_at',
      'updated_at',
    ])
    .where('id', 'in', ids)
    .execute();
  if (!datasets.length) return { datasets, orgs: [], themes: [], tags: [], resources: [] };
  const orgIds = [...new Set(datasets.map((d) => d.organization_id))];
  const [orgs, themes, tags, resources] = await Promise.all([
    db.selectFrom('organizations').select(['id', 'name', 'title']).where('id', 'in', orgIds).execute(),
    db
      .selectFrom('dataset_themes')
      .innerJoin('themes', 'themes.id', 'dataset_themes.theme_id')
      .select(['dataset_themes.dataset_id', 'themes.name', 'themes.title'])
      .where('dataset_themes.dataset_id', 'in', ids)
      .execute(),
    db.selectFrom('dataset_tags').select(['dataset_id', 'tag']).where('dataset_id', 'in', ids).execute(),
    // `datastore`: the resource has an active DataStore table (the dataset is queryable).
    db
      .selectFrom('resources')
      .leftJoin('datastore_tables', (j) =>
        j.onRef('datastore_tables.resource_id', '=', 'resources.id').on('datastore_tables.active', '=', 1),
      )
      .select([
        'resources.dataset_id',
        'resources.title',
        'resources.format',
        'datastore_tables.resource_id as datastore',
      ])
      .where('resources.dataset_id', 'in', ids)
      .orderBy('resources.position')
      .execute(),
  ]);
  return { datasets, orgs, themes, tags, resources };
}

/** Ids of the datasets of an organisation or a theme (their documents show its title). */
export async function datasetIdsOf(db: Executor, by: { organizationId?: string; themeId?: string }) {
  if (by.organizationId)
    return (
      await db.selectFrom('datasets').select('id').where('organization_id', '=', by.organizationId).execute()
    ).map((r) => r.id);
  return (
    await db
      .selectFrom('dataset_themes')
      .select('dataset_id')
      .where('theme_id', '=', by.themeId ?? '')
      .execute()
  ).map((r) => r.dataset_id);
}

/** Ids of every dataset after `after` (by id), `limit` at a time: reindexing walks them. */
export async function datasetIdsAfter(db: Executor, after: string, limit: number): Promise<string[]> {
  return (
    await db.selectFrom('datasets').select('id').where('id', '>', after).orderBy('id').limit(limit).execute()
  ).map((r) => r.id);
}

export interface DocInput {
  datasetId: string;
  name: string;
  organizationId: string;
  state: string;
  visibility: string;
  createdAt: string;
  modified: string;
  titles: { ar: string; fr: string; en: string };
  facets: [FacetName, string][];
  title: Token[];
  body: Token[];
}

export async function removeDocs(db: Executor, index: SearchIndex, datasetIds: readonly string[]) {
  for (let i = 0; i < datasetIds.length; i += 500) {
    const ids = datasetIds.slice(i, i + 500);
    const docs = (
      await sql<{ doc: number }>`SELECT doc FROM search_docs WHERE dataset_id IN (${sql.join(ids)})`.execute(
        db,
      )
    ).rows.map((r) => Number(r.doc));
    if (!docs.length) continue;
    await index.removeText(db, docs);
    await sql`DELETE FROM search_facets WHERE doc IN (${sql.join(docs)})`.execute(db);
    await sql`DELETE FROM search_docs WHERE doc IN (${sql.join(docs)})`.execute(db);
  }
}

export async function insertDocs(db: Executor, index: SearchIndex, docs: readonly DocInput[]) {
  for (let i = 0; i < docs.length; i += 200) {
    const chunk = docs.slice(i, i + 200);
    const text = index.inlineText;
    const rows = chunk.map(
      (d) =>
        sql`(${d.datasetId}, ${d.name}, ${d.organizationId}, ${d.state}, ${d.visibility}, ${d.createdAt}, ${d.modified}, ${d.titles.ar}, ${d.titles.fr}, ${d.titles.en}${text ? sql`, ${text(d.title, d.body)}` : sql``})`,
    );
    const inserted = await sql<{ doc: number; dataset_id: string }>`INSERT INTO search_docs
      (dataset_id, name, organization_id, state, visibility, created_at, modified, title_ar, title_fr, title_en${sql.raw(text ? ', tsv' : '')})
      VALUES ${sql.join(rows)} RETURNING doc, dataset_id`.execute(db);
    const docOf = new Map(inserted.rows.map((r) => [r.dataset_id, Number(r.doc)]));
    await index.insertText(
      db,
      chunk.map((d) => ({ doc: docOf.get(d.datasetId)!, title: d.title, body: d.body })),
    );
    const facets = chunk.flatMap((d) => {
      const seen = new Set<string>();
      return d.facets
        .filter(([f, v]) => !seen.has(`${f}\u0000${v}`) && seen.add(`${f}\u0000${v}`))
        .map(([f, v]) => sql`(${f}, ${v}, ${docOf.get(d.datasetId)!})`);
    });
    for (let j = 0; j < facets.length; j += 500)
      await sql`INSERT INTO search_facets (facet, value, doc) VALUES ${sql.join(facets.slice(j, j + 500))}`.execute(
        db,
      );
  }
}

/** What restricts the documents of a search, besides the text. */
export interface DocFilter {
  /** null: every organisation (sysadmin). */
  memberOf: string[] | null;
  includeDrafts: boolean;
  includePrivate: boolean;
  modifiedSince?: string;
  filters: Partial<Record<FacetName, string[]>>;
  filter?: FilterExpr;
}

const inFacet = (facet: string, values: readonly string[]) =>
  sql<SqlBool>`d.doc IN (SELECT doc FROM search_facets WHERE facet = ${facet} AND value IN (${sql.join(values)}))`;

function exprSql(e: FilterExpr): RawBuilder<SqlBool> {
  if ('field' in e) {
    if (!e.values.length) return sql<SqlBool>`1 = 0`;
    return e.field === 'name' ? sql<SqlBool>`d.name IN (${sql.join(e.values)})` : inFacet(e.field, e.values);
  }
  if ('not' in e) return sql<SqlBool>`NOT (${exprSql(e.not)})`;
  const list = 'and' in e ? e.and : e.or;
  if (!list.length) return 'and' in e ? sql<SqlBool>`1 = 1` : sql<SqlBool>`1 = 0`;
  return sql<SqlBool>`(${sql.join(list.map(exprSql), sql.raw('and' in e ? ' AND ' : ' OR '))})`;
}

function conditions(f: DocFilter, text: TextMatch | null, skipFacet?: FacetName): RawBuilder<SqlBool>[] {
  const out: RawBuilder<SqlBool>[] = [];
  if (text) out.push(text.where);
  const open = sql<SqlBool>`(d.state = 'active' AND d.visibility = 'public')`;
  if (f.memberOf && !f.memberOf.length) out.push(open);
  else if (f.memberOf) out.push(sql<SqlBool>`(${open} OR d.organization_id IN (${sql.join(f.memberOf)}))`);
  if (!f.includeDrafts) out.push(sql<SqlBool>`d.state = 'active'`);
  if (!f.includePrivate) out.push(sql<SqlBool>`d.visibility = 'public'`);
  if (f.modifiedSince) out.push(sql<SqlBool>`d.modified >= ${f.modifiedSince}`);
  for (const [facet, values] of Object.entries(f.filters))
    if (facet !== skipFacet && values?.length) out.push(inFacet(facet, values));
  if (f.filter) out.push(exprSql(f.filter));
  return out;
}

const whereOf = (c: RawBuilder<SqlBool>[]) => (c.length ? sql`WHERE ${sql.join(c, sql` AND `)}` : sql``);
const fromOf = (text: TextMatch | null) => text?.from ?? sql`search_docs d`;

export async function countDocs(db: Executor, f: DocFilter, text: TextMatch | null): Promise<number> {
  const r = await sql<{ n: number }>`SELECT count(*) AS n FROM ${fromOf(text)} ${whereOf(
    conditions(f, text),
  )}`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}

export type DocOrder = 'relevance' | 'newest' | 'modified' | 'title' | 'downloads';

export async function pageDocs(
  db: Executor,
  f: DocFilter,
  match: TextMatch | null,
  order: { sort: DocOrder; titleColumn: 'title_ar' | 'title_fr' | 'title_en'; postgres: boolean },
  page: { limit: number; offset: number },
): Promise<string[]> {
  const ranked = order.sort === 'relevance' && match?.rank;
  const text = ranked && match.rankedWhere ? { ...match, where: match.rankedWhere } : match;
  const collate = order.postgres ? sql.raw(' COLLATE "C"') : sql``;
  const by = {
    relevance: ranked ? sql`${match.rank}, d.modified DESC` : sql`d.modified DESC`,
    newest: sql`d.created_at DESC`,
    modified: sql`d.modified DESC`,
    title: sql`d.${sql.ref(order.titleColumn)}${collate}`,
    downloads: sql`ds.download_count DESC, d.modified DESC`,
  }[order.sort];
  const downloads = order.sort === 'downloads' ? sql`JOIN datasets ds ON ds.id = d.dataset_id` : sql``;
  const r = await sql<{ dataset_id: string }>`SELECT d.dataset_id FROM ${fromOf(text)} ${downloads}
    ${whereOf(conditions(f, text))} ORDER BY ${by}, d.name${collate} LIMIT ${page.limit} OFFSET ${page.offset}`.execute(
    db,
  );
  return r.rows.map((x) => x.dataset_id);
}

export type FacetCounts = Map<FacetName, { value: string; count: number }[]>;

/**
 * Values of `facets` among the matching documents, in one grouped query; `skip` leaves out that facet's own
 * checkbox filter (then `facets` is just that one). Most frequent first; at most `limit` per facet (-1: all).
 */
export async function facetCounts(
  db: Executor,
  f: DocFilter,
  text: TextMatch | null,
  facets: FacetName[],
  opts: { skip?: FacetName; limit: number; minCount: number; postgres: boolean },
): Promise<FacetCounts> {
  const collate = opts.postgres ? sql.raw(' COLLATE "C"') : sql``;
  const r = await sql<{
    facet: FacetName;
    value: string;
    n: number;
  }>`SELECT f.facet AS facet, f.value AS value,
    count(*) AS n FROM ${fromOf(text)} JOIN search_facets f ON f.doc = d.doc AND f.facet IN (${sql.join(facets)})
    ${whereOf(conditions(f, text, opts.skip))}
    GROUP BY f.facet, f.value HAVING count(*) >= ${opts.minCount}
    ORDER BY f.facet, n DESC, f.value${collate}`.execute(db);
  const out: FacetCounts = new Map(facets.map((name) => [name, []]));
  for (const x of r.rows) {
    const list = out.get(x.facet)!;
    if (opts.limit < 0 || list.length < opts.limit) list.push({ value: x.value, count: Number(x.n) });
  }
  return out;
}
