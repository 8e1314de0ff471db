// A search from URL query parameters, shared by the search page and the REST route:
// q, sort, modified_since, one parameter per facet filter (repeatable: ?tag=a&tag=b), facet (repeatable),
// include_drafts, include_private.
import { type DatasetSearch, type FacetName, facetNames, type SearchSort } from './contract.ts';

export type QueryParams = Record<string, string | string[] | undefined>;

export const list = (v: string | string[] | undefined): string[] =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v]).map((s) => String(s).trim()).filter(Boolean);
export const one = (v: string | string[] | undefined): string => list(v)[0] ?? '';

/** The checkbox filters given (each facet's values, deduplicated). */
export function filtersOf(p: QueryParams): Partial<Record<FacetName, string[]>> {
  const out: Partial<Record<FacetName, string[]>> = {};
  for (const name of facetNames) {
    const values = [...new Set(list(p[name]))].slice(0, 100);
    if (values.length) out[name] = values;
  }
  return out;
}

export function searchFromParams(p: QueryParams, page: { limit: number; offset: number }): DatasetSearch {
  const flag = (v: string) => (v === '' ? undefined : v === 'true' || v === '1');
  return {
    q: one(p.q).slice(0, 500) || undefined,
    sort: (one(p.sort) || undefined) as SearchSort | undefined,
    modifiedSince: one(p.modified_since) || undefined,
    filters: filtersOf(p),
    facets: list(p.facet) as FacetName[],
    includeDrafts: flag(one(p.include_drafts)),
    includePrivate: flag(one(p.include_private)),
    ...page,
  };
}
