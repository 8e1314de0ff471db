// package_search without the search module: the catalogue's dataset list, filtered by one organisation, one
// theme and one tag at most (ANDed), sorted by date or title. What it cannot honour (words to search, facets,
// OR / NOT, other fields, several values of one field, modified-since) is refused with a Search Query Error
// naming it, never answered wrongly.
import type { ServiceContext } from '../../context.ts';
import { anonymous } from '../accounts/index.ts';
import { datasetsService } from '../catalog/index.ts';
import type { DatasetSearch, DatasetSearchResult, FilterExpr } from '../search/contract.ts';
import { searchQueryError } from './search-params.ts';

const fields = { organization: 'organization', theme: 'theme', tag: 'tag' } as const;

function clauses(e: FilterExpr, out: Partial<Record<keyof typeof fields, string>>) {
  if ('and' in e) {
    for (const x of e.and) clauses(x, out);
    return;
  }
  if (!('field' in e)) throw searchQueryError('OR and NOT filters are not available on this server yet');
  const f = e.field as keyof typeof fields;
  if (!(f in fields)) throw searchQueryError(`filtering on ${e.field} is not available on this server yet`);
  if (e.values.length !== 1 || out[f] !== undefined)
    throw searchQueryError(`only one value of ${e.field} can be filtered on this server yet`);
  out[f] = e.values[0];
}

const sorts = { modified: 'updated', newest: 'created', title: 'title', relevance: 'updated' } as const;

export async function searchDatasets(ctx: ServiceContext, s: DatasetSearch): Promise<DatasetSearchResult> {
  if (s.q) throw searchQueryError('searching by words (q) is not available on this server yet');
  if (s.facets?.length) throw searchQueryError('facets are not available on this server yet');
  if (s.modifiedSince)
    throw searchQueryError('metadata_modified ranges are not available on this server yet');
  const sort = sorts[s.sort as keyof typeof sorts];
  if (!sort) throw searchQueryError(`sorting by ${s.sort} is not available on this server yet`);
  const f: Partial<Record<keyof typeof fields, string>> = {};
  if (s.filter) clauses(s.filter, f);
  // Without include_private, what everyone may see; drafts only when asked for.
  const reader = s.includePrivate ? ctx : { ...ctx, actor: anonymous };
  const res = await datasetsService.listDatasets(reader, {
    ...f,
    state: s.includeDrafts ? undefined : 'active',
    sort,
    limit: s.limit,
    offset: s.offset,
  });
  return { total: res.total, hits: res.items.map((dataset) => ({ dataset })), facets: {} };
}
