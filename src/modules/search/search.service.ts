// searchDatasets: the one search use case (search page, REST, CKAN's package_search). Checks the input (every
// bad field named), applies the actor's scope in SQL, then counts, pages and facets over the index.
import type { ServiceContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import { Fields } from '../../kernel/validate.ts';
import { orgsWithRole } from '../accounts/index.ts';
import { loadDatasetViews } from '../catalog/index.ts';
import {
  type DatasetSearch,
  type DatasetSearchResult,
  type FacetName,
  type FilterExpr,
  facetNames,
  type SearchHit,
  searchSorts,
} from './contract.ts';
import { hasTerms, highlightForms, parseQuery } from './query.ts';
import * as repo from './search.repo.ts';
import { searchIndexFor } from './search-index.ts';
import { snippet } from './snippet.ts';

export const MAX_LIMIT = 1000;
const MAX_FILTER_NODES = 200;
const MAX_VALUES = 100;

function countNodes(e: FilterExpr, depth = 0): number {
  if (depth > 20) return Number.POSITIVE_INFINITY;
  if ('field' in e) return 1;
  if ('not' in e) return 1 + countNodes(e.not, depth + 1);
  return 1 + ('and' in e ? e.and : e.or).reduce((n, x) => n + countNodes(x, depth + 1), 0);
}

/** Format values are matched case-insensitively (stored upper-case). */
const valuesFor = (field: string, values: readonly string[]) =>
  values.map((v) => (field === 'format' ? v.trim().toUpperCase() : v.trim())).filter(Boolean);

function normaliseExpr(e: FilterExpr): FilterExpr {
  if ('field' in e) return { field: e.field, values: valuesFor(e.field, e.values).slice(0, MAX_VALUES) };
  if ('not' in e) return { not: normaliseExpr(e.not) };
  if ('and' in e) return { and: e.and.map(normaliseExpr) };
  return { or: e.or.map(normaliseExpr) };
}

function checkDate(f: Fields, value: string | undefined): string | undefined {
  if (!value) return undefined;
  const m = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/.test(value);
  const t = Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
  if (!m || Number.isNaN(t)) {
    f.add('modified_since', 'invalid_format');
    return undefined;
  }
  return new Date(t).toISOString();
}

export async function searchDatasets(
  ctx: ServiceContext,
  query: DatasetSearch,
): Promise<DatasetSearchResult> {
  const f = new Fields();
  const sort = f.oneOf('sort', query.sort, searchSorts, query.q?.trim() ? 'relevance' : 'modified');
  const modifiedSince = checkDate(f, query.modifiedSince);
  for (const name of query.facets ?? []) if (!facetNames.includes(name)) f.add('facets', 'invalid_value');
  for (const name of Object.keys(query.filters ?? {}))
    if (!facetNames.includes(name as FacetName)) f.add(`filters.${name}`, 'unknown_field');
  if (!Number.isInteger(query.limit) || query.limit < 0 || query.limit > MAX_LIMIT)
    f.add('limit', 'invalid_value');
  if (!Number.isInteger(query.offset) || query.offset < 0) f.add('offset', 'invalid_value');
  f.check();
  if (query.filter && countNodes(query.filter) > MAX_FILTER_NODES)
    throw new AppError('search.filter_too_complex', { max: MAX_FILTER_NODES });

  const dialect = ctx.db.dialect;
  const parsed = parseQuery(query.q);
  const text = hasTerms(parsed) ? searchIndexFor(dialect).match(parsed) : null;
  const filters: repo.DocFilter['filters'] = {};
  for (const [name, values] of Object.entries(query.filters ?? {}))
    if (values?.length) filters[name as FacetName] = valuesFor(name, values).slice(0, MAX_VALUES);
  const docFilter: repo.DocFilter = {
    memberOf: ctx.actor.sysadmin ? null : orgsWithRole(ctx.actor, 'member'),
    includeDrafts: query.includeDrafts === true,
    includePrivate: query.includePrivate !== false,
    modifiedSince,
    filters,
    filter: query.filter ? normaliseExpr(query.filter) : undefined,
  };
  const index = searchIndexFor(dialect);
  const postgres = dialect === 'postgres';
  const titleColumn = `title_${ctx.locale}` as const;
  const facetList = [...new Set(query.facets ?? [])];
  // Facets whose own checkbox filter is active are counted without it (one query each); the others share one.
  const own = facetList.filter((name) => docFilter.filters[name]?.length);
  const shared = facetList.filter((name) => !docFilter.filters[name]?.length);
  const facetOpts = {
    limit: query.facetLimit ?? 10,
    minCount: Math.max(1, query.facetMinCount ?? 1),
    postgres,
  };
  const [total, ids, counts] = await index.session(ctx.db.db, text, (db) =>
    Promise.all([
      repo.countDocs(db, docFilter, text),
      query.limit > 0
        ? repo.pageDocs(db, docFilter, text, { sort, titleColumn, postgres }, query)
        : Promise.resolve([]),
      Promise.all([
        ...(shared.length ? [repo.facetCounts(db, docFilter, text, shared, facetOpts)] : []),
        ...own.map((name) => repo.facetCounts(db, docFilter, text, [name], { ...facetOpts, skip: name })),
      ]),
    ]),
  );
  const facets: DatasetSearchResult['facets'] = {};
  for (const name of facetList)
    facets[name] = counts.map((m) => m.get(name)).find((x) => x !== undefined) ?? [];
  const db = ctx.db.db;
  const views = await loadDatasetViews(db, ids);
  const forms = highlightForms(parsed);
  const hits: SearchHit[] = views.map((dataset) => {
    if (!parsed.groups.length) return { dataset };
    const d = dataset.description;
    const source = d[ctx.locale] || d.fr || d.ar || d.en || '';
    const s = snippet(source, forms);
    return s ? { dataset, snippet: s } : { dataset };
  });
  return { total, hits, facets };
}
