// package_search over the search service: CKAN's parameters in, CKAN's result out (search-params.ts).
import type { ServiceContext } from '../../../context.ts';
import { orgsService } from '../../../modules/accounts/index.ts';
import { findLicense, themesService } from '../../../modules/catalog/index.ts';
import type { DatasetSearchResult, FacetName } from '../../../modules/search/contract.ts';
import { pick } from '../dicts.ts';
import { type FacetLabels, searchRequest, searchResult } from '../search-params.ts';
import { searchDatasets } from '../search-source.ts';
import type { ActionTable } from './types.ts';

/** Titles of the organisations, themes and licences counted in the facets. */
async function labelsOf(ctx: ServiceContext, res: DatasetSearchResult): Promise<FacetLabels> {
  const labels: Partial<Record<FacetName, Map<string, string>>> = {};
  const values = (n: FacetName) => (res.facets[n] ?? []).map((c) => c.value);
  if (values('organization').length) {
    const orgs = await orgsService.listOrganizations(ctx, { limit: 10_000, offset: 0 });
    labels.organization = new Map(orgs.items.map((o) => [o.name, pick(o.title, ctx.locale) || o.name]));
  }
  if (values('theme').length) {
    const themes = await themesService.listThemes(ctx);
    labels.theme = new Map(themes.map((t) => [t.name, pick(t.title, ctx.locale) || t.name]));
  }
  if (values('license').length)
    labels.license = new Map(values('license').map((id) => [id, findLicense(id)?.title[ctx.locale] ?? id]));
  return labels;
}

export const searchActions: ActionTable = {
  package_search: {
    write: false,
    fieldNames: { limit: 'rows', offset: 'start', facets: 'facet.field', sort: 'sort' },
    help: 'Searches datasets: q, fq, rows (max 1000), start, sort, facet.field, facet.limit, facet.mincount, include_private, include_drafts.',
    run: async ({ ctx, params, dict }) => {
      const req = searchRequest(params);
      const res = await searchDatasets(ctx, req.search);
      return searchResult(res, req, dict, await labelsOf(ctx, res));
    },
  },
};
