// package_search: CKAN's parameters → the search contract's DatasetSearch, and its result → CKAN's
// {count, results, facets, search_facets, sort}. Pure functions (the action wires them to the search service).
import { AppError } from '../../kernel/errors.ts';
import { Fields } from '../../kernel/validate.ts';
import type {
  DatasetSearch,
  DatasetSearchResult,
  FacetName,
  FilterExpr,
  SearchSort,
} from '../../modules/search/contract.ts';
import { type DictOptions, packageDict } from './dicts.ts';
import { FqError, fqFields, parseFq } from './fq.ts';
import { bool, int, type Params, stringList, text } from './params.ts';

export const ROWS_DEFAULT = 10;
export const ROWS_MAX = 1000;
export const FACET_LIMIT_DEFAULT = 50;
export const DEFAULT_SORT = 'score desc, metadata_modified desc';

/** CKAN's facet fields → the contract's facet names. */
export const facetFields: Readonly<Record<string, FacetName>> = {
  organization: 'organization',
  groups: 'theme',
  tags: 'tag',
  res_format: 'format',
  license_id: 'license',
  frequency: 'frequency',
};
const facetTitles: Record<string, string> = {
  organization: 'Organizations',
  groups: 'Groups',
  tags: 'Tags',
  res_format: 'Formats',
  license_id: 'Licenses',
  frequency: 'Frequency',
};

/** CKAN sort fields → ours; the first known field of the sort string decides (score falls back without q). */
const sortFields: Record<string, { asc?: SearchSort; desc?: SearchSort }> = {
  score: { desc: 'relevance' },
  metadata_modified: { desc: 'modified' },
  metadata_created: { desc: 'newest' },
  title_string: { asc: 'title' },
  title: { asc: 'title' },
  name: { asc: 'title' },
  views_recent: { desc: 'downloads' },
  views_total: { desc: 'downloads' },
  downloads: { desc: 'downloads' },
  // The CKAN harvester pages with `id asc`: it needs a stable order, not ids in order.
  id: { asc: 'newest', desc: 'newest' },
};

export const searchQueryError = (detail: string) => new AppError('ckan.search_query_invalid', { detail });

/** `score desc, metadata_modified desc` → relevance (with a query) or the next field's sort. */
export function parseSort(sort: string, hasQuery: boolean): SearchSort {
  let chosen: SearchSort | undefined;
  for (const part of sort.split(',')) {
    const m = /^\s*([a-z_]+)(?:\s+(asc|desc))?\s*$/i.exec(part);
    if (!m) throw searchQueryError(`invalid sort: ${part.trim()}`);
    const field = m[1]!.toLowerCase();
    const dir = (m[2] ?? 'asc').toLowerCase() as 'asc' | 'desc';
    const s = sortFields[field]?.[dir];
    if (!s) throw searchQueryError(`unsupported sort: ${part.trim()}`);
    if (s === 'relevance' && !hasQuery) continue;
    chosen ??= s;
  }
  return chosen ?? (hasQuery ? 'relevance' : 'modified');
}

/** A `q` made only of known field clauses (`q=tags:budget`) is a filter; anything else is the user's query. */
function splitQuery(q: string): { q?: string; filter?: FilterExpr; modifiedSince?: string } {
  const trimmed = q.trim();
  if (!trimmed || trimmed === '*:*' || trimmed === '*') return {};
  const fielded = /(^|[\s(+-])([a-z_]+):/g;
  const names = [...trimmed.matchAll(fielded)].map((m) => m[2]!);
  if (names.length && names.every((n) => n in fqFields || n === 'metadata_modified')) {
    try {
      return parseFq(trimmed);
    } catch {
      // Not a pure filter: searched as text.
    }
  }
  return { q: trimmed };
}

const and = (a: FilterExpr | undefined, b: FilterExpr | undefined): FilterExpr | undefined =>
  a && b ? { and: [a, b] } : (a ?? b);

export interface CkanSearch {
  search: DatasetSearch;
  /** The sort string as echoed in the result. */
  sort: string;
  /** CKAN names of the facet fields asked for. */
  facetFields: string[];
}

export function searchRequest(p: Params): CkanSearch {
  const f = new Fields();
  const q = text(f, p, 'q', { max: 1000 });
  const fq = text(f, p, 'fq', { max: 5000 });
  const rows = int(f, p, 'rows', { fallback: ROWS_DEFAULT, min: 0, max: ROWS_MAX, clamp: true });
  const start = int(f, p, 'start', { fallback: 0, min: 0 });
  const sort = text(f, p, 'sort', { max: 200 }) || DEFAULT_SORT;
  const facet = bool(f, p, 'facet', true);
  const fields = stringList(f, p, 'facet.field') ?? [];
  const facetLimit = int(f, p, 'facet.limit', { fallback: FACET_LIMIT_DEFAULT, min: -1 });
  const facetMinCount = int(f, p, 'facet.mincount', { fallback: 1, min: 0 });
  const includePrivate = bool(f, p, 'include_private', false);
  const includeDrafts = bool(f, p, 'include_drafts', false);
  for (const name of fields) if (!(name in facetFields)) f.add('facet.field', 'invalid_value');
  f.check();

  let parsed: ReturnType<typeof parseFq>;
  let fromQ: ReturnType<typeof splitQuery>;
  try {
    parsed = parseFq(fq);
    fromQ = splitQuery(q);
  } catch (e) {
    if (e instanceof FqError) throw searchQueryError(e.detail);
    throw e;
  }
  const since = [parsed.modifiedSince, fromQ.modifiedSince].filter(Boolean).sort().pop();
  const search: DatasetSearch = {
    includePrivate,
    includeDrafts,
    sort: parseSort(sort, !!fromQ.q),
    limit: rows,
    offset: start,
  };
  if (fromQ.q) search.q = fromQ.q;
  const filter = and(fromQ.filter, parsed.filter);
  if (filter) search.filter = filter;
  if (since) search.modifiedSince = since;
  const wanted = facet ? [...new Set(fields)] : [];
  if (wanted.length) {
    search.facets = wanted.map((n) => facetFields[n]!);
    search.facetLimit = facetLimit;
    search.facetMinCount = facetMinCount;
  }
  return { search, sort, facetFields: wanted };
}

/** Display names of facet values (organisation and theme titles, licence titles); the value otherwise. */
export type FacetLabels = Partial<Record<FacetName, ReadonlyMap<string, string>>>;

export function searchResult(
  res: DatasetSearchResult,
  req: CkanSearch,
  o: DictOptions,
  labels: FacetLabels = {},
) {
  const facets: Record<string, Record<string, number>> = {};
  const searchFacets: Record<
    string,
    { title: string; items: { name: string; display_name: string; count: number }[] }
  > = {};
  for (const name of req.facetFields) {
    const ours = facetFields[name]!;
    const counts = res.facets[ours] ?? [];
    facets[name] = Object.fromEntries(counts.map((c) => [c.value, c.count]));
    searchFacets[name] = {
      title: facetTitles[name] ?? name,
      items: counts.map((c) => ({
        name: c.value,
        display_name: labels[ours]?.get(c.value) ?? c.value,
        count: c.count,
      })),
    };
  }
  return {
    count: res.total,
    results: res.hits.map((h) => packageDict(h.dataset, o)),
    facets,
    search_facets: searchFacets,
    sort: req.sort,
  };
}
