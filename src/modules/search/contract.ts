// The search module's public contract: what the search page, the REST API and CKAN's package_search ask for
// and get back. The implementation (SearchIndex over SQLite FTS5 or PostgreSQL tsvector) lives beside it.
import type { DatasetView } from '../catalog/index.ts';

/** The fields that can be filtered on and counted (facets). */
export const facetNames = [
  'organization',
  'theme',
  'tag',
  'format',
  'license',
  'frequency',
  'queryable',
] as const;
export type FacetName = (typeof facetNames)[number];

/** A field that can appear in a filter expression: every facet, plus the dataset's name. */
export type FilterField = FacetName | 'name';

/**
 * A boolean filter over exact field values (organisation and theme by name, tag, format case-insensitively,
 * licence id, frequency code, dataset name). `{ field, values }` matches when the field has any of the values.
 */
export type FilterExpr =
  | { field: FilterField; values: string[] }
  | { and: FilterExpr[] }
  | { or: FilterExpr[] }
  | { not: FilterExpr };

export const searchSorts = ['relevance', 'newest', 'modified', 'title', 'downloads'] as const;
export type SearchSort = (typeof searchSorts)[number];

export interface DatasetSearch {
  /** User syntax: words (all must match), "quoted phrases", prefix*, -exclusion, OR. Empty: every dataset. */
  q?: string;
  /**
   * Checkbox filters of the search page: OR within a field, AND across fields. The facet counts of a field
   * respect the filters of the other fields (not its own), so a user can widen a choice.
   */
  filters?: Partial<Record<FacetName, string[]>>;
  /** A free expression (CKAN's fq), applied as is, to results and to every facet count. */
  filter?: FilterExpr;
  /** ISO date or date-time: datasets modified on or after it. */
  modifiedSince?: string;
  /** Drafts the actor may see are included only when asked for (CKAN include_drafts); default false. */
  includeDrafts?: boolean;
  /** Private datasets the actor may see are included unless false (CKAN's include_private=false). */
  includePrivate?: boolean;
  /** Default: relevance when q is given, else modified. */
  sort?: SearchSort;
  /** Facets to count; default none. */
  facets?: readonly FacetName[];
  /** Values per facet, most frequent first (default 10; -1: all). */
  facetLimit?: number;
  /** Values counted fewer times are left out (default 1). */
  facetMinCount?: number;
  limit: number;
  offset: number;
}

export interface SearchHit {
  dataset: DatasetView;
  /** HTML-safe excerpt with <mark> around matched words (escaped text otherwise); absent without q. */
  snippet?: string;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface DatasetSearchResult {
  total: number;
  hits: SearchHit[];
  facets: Partial<Record<FacetName, FacetCount[]>>;
}
