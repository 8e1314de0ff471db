// The public dataset search (full text, checkbox facets with counts, sorts, paging).
// The search is a GET form: every state is a shareable URL, and it works without JavaScript.

import type { I18n } from '../../../i18n/index.ts';
import type { PageDef } from '../../../web/page.ts';
import { orgsService } from '../../accounts/index.ts';
import {
  type FacetCount,
  type FacetName,
  filtersOf,
  type QueryParams,
  type SearchHit,
  type SearchSort,
  searchDatasets,
  searchSorts,
} from '../../search/index.ts';
import { canPublish } from '../datasets.service.ts';
import { findFrequency } from '../frequencies.ts';
import { findLicense } from '../licenses.ts';
import { listThemes } from '../themes.service.ts';
import {
  Badges,
  DatasetHeading,
  feedLink,
  formatsOf,
  Paging,
  pageOf,
  QueryableBadge,
  Tr,
  text,
} from './public-kit.tsx';

/** Facets of the page, in display order. */
const pageFacets: readonly FacetName[] = [
  'organization',
  'theme',
  'format',
  'queryable',
  'tag',
  'license',
  'frequency',
];

interface FacetValue extends FacetCount {
  label: Record<string, string> | null;
  selected: boolean;
}

interface DatasetsData {
  q: string;
  sort: SearchSort;
  filters: Partial<Record<FacetName, string[]>>;
  modified_since: string;
  page: number;
  limit: number;
  total: number;
  hits: SearchHit[];
  facets: Partial<Record<FacetName, FacetValue[]>>;
  can: { create: boolean };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')).trim();

async function labels(svc: Parameters<typeof listThemes>[0]) {
  const [orgs, themes] = await Promise.all([
    orgsService.listOrganizations(svc, { limit: 1000, offset: 0 }),
    listThemes(svc),
  ]);
  return {
    organization: new Map(orgs.items.map((o) => [o.name, o.title as Record<string, string>])),
    theme: new Map(themes.map((t) => [t.name, t.title as Record<string, string>])),
  };
}

export const datasetsPage: PageDef<DatasetsData> = {
  path: '/datasets',
  section: 'datasets',
  async load(ctx) {
    const { page, limit, offset } = pageOf(ctx);
    const p = (ctx.req.query ?? {}) as QueryParams;
    const q = one(p.q).slice(0, 200);
    const sortParam = one(p.sort) as SearchSort;
    const sort: SearchSort = searchSorts.includes(sortParam) ? sortParam : q ? 'relevance' : 'modified';
    const since = one(p.modified_since);
    const modifiedSince = /^\d{4}-\d{2}-\d{2}$/.test(since) && !Number.isNaN(Date.parse(since)) ? since : '';
    const filters = filtersOf(p);
    const svc = { ...ctx.svc, locale: ctx.i18n.locale };
    const [result, names] = await Promise.all([
      searchDatasets(svc, {
        q: q || undefined,
        sort,
        filters,
        modifiedSince: modifiedSince || undefined,
        facets: pageFacets,
        facetLimit: 12,
        limit,
        offset,
      }),
      labels(svc),
    ]);
    const label = (facet: FacetName, value: string): Record<string, string> | null => {
      if (facet === 'organization' || facet === 'theme') return names[facet].get(value) ?? null;
      if (facet === 'license') return findLicense(value)?.title ?? null;
      if (facet === 'frequency') return findFrequency(value)?.label ?? null;
      return null;
    };
    const facets: DatasetsData['facets'] = {};
    for (const name of pageFacets) {
      const counts = result.facets[name] ?? [];
      const chosen = filters[name] ?? [];
      // A chosen value stays on screen (to be unticked) even when nothing matches it any more.
      const missing = chosen
        .filter((v) => !counts.some((c) => c.value === v))
        .map((value) => ({ value, count: 0 }));
      facets[name] = [...counts, ...missing].map((c) => ({
        ...c,
        label: label(name, c.value),
        selected: chosen.includes(c.value),
      }));
    }
    return {
      can: { create: canPublish(ctx.svc) },
      q,
      sort,
      filters,
      modified_since: modifiedSince,
      page,
      limit,
      total: result.total,
      hits: result.hits,
      facets,
    };
  },
  title: (d, { i18n }) => (d.q ? `${d.q} — ${i18n.t('cat.datasets.title')}` : i18n.t('cat.datasets.title')),
  head: (_d, { i18n }) => feedLink('/feeds/datasets.atom', i18n.t('cat.feed')),
  view(data, { i18n, url }) {
    const { t, locale } = i18n;
    const base = `/${locale}/datasets`;
    /** This search's URL with some parameters changed (paging restarts). */
    const link = (change: { q?: string; filters?: DatasetsData['filters']; modified_since?: string }) => {
      const params = new URLSearchParams();
      const q = change.q ?? data.q;
      if (q) params.set('q', q);
      if (data.sort !== (q ? 'relevance' : 'modified')) params.set('sort', data.sort);
      for (const [k, values] of Object.entries(change.filters ?? data.filters))
        for (const v of values ?? []) params.append(k, v);
      const since = change.modified_since ?? data.modified_since;
      if (since) params.set('modified_since', since);
      const s = params.toString();
      return s ? `${base}?${s}` : base;
    };
    const active = Object.entries(data.filters).flatMap(([k, values]) =>
      (values ?? []).map((v) => ({ facet: k as FacetName, value: v })),
    );
    const valueLabel = (facet: FacetName, value: string) => {
      const f = data.facets[facet]?.find((x) => x.value === value);
      return f?.label ? text(f.label, i18n) || value : facetValueText(facet, value, i18n);
    };
    /** "Format: CSV", in the page's language. */
    const filterText = (facet: FacetName, value: string) =>
      t('search.filter_pair', { facet: t(`search.facet.${facet}`), value: valueLabel(facet, value) });
    const without = (facet: FacetName, value: string) => ({
      ...data.filters,
      [facet]: (data.filters[facet] ?? []).filter((v) => v !== value),
    });
    return (
      <div class="catalog">
        <h1>{t('cat.datasets.title')}</h1>
        {data.can.create && (
          <p>
            <a class="button" href={`/${locale}/manage/datasets/new`}>
              {t('manage.new_title')}
            </a>
          </p>
        )}
        <form method="get" action={base} class="catalog-search" role="search">
          <p class="search-box">
            <label for="search-q">{t('search.label')}</label>{' '}
            <input
              id="search-q"
              type="search"
              name="q"
              value={data.q}
              maxlength={200}
              aria-describedby="search-help"
            />{' '}
            <button type="submit">{t('search.submit')}</button>
          </p>
          <p id="search-help" class="muted">
            {t('search.help')}
          </p>
          <div class="catalog-layout">
            <aside class="facets" aria-labelledby="filters-title">
              <h2 id="filters-title">{t('cat.filters')}</h2>
              {pageFacets.map((name) => (
                <FacetGroup key={name} name={name} values={data.facets[name] ?? []} i18n={i18n} />
              ))}
              <div class="field facet-field">
                <label for="search-since">{t('search.modified_since')}</label>{' '}
                <input id="search-since" type="date" name="modified_since" value={data.modified_since} />
              </div>
              <div class="field facet-field">
                <label for="search-sort">{t('search.sort')}</label>{' '}
                <select id="search-sort" name="sort">
                  {searchSorts.map((s) => (
                    <option key={s} value={s} selected={data.sort === s}>
                      {t(`search.sort.${s}`)}
                    </option>
                  ))}
                </select>
              </div>
              <p>
                <button type="submit">{t('search.apply')}</button>
              </p>
            </aside>
            <section class="results" aria-labelledby="results-title">
              <h2 id="results-title">
                {data.q
                  ? t('search.count_for', { n: data.total, q: data.q })
                  : t('search.count', { n: data.total })}
              </h2>
              {active.length > 0 && (
                <ul class="active-filters">
                  {active.map((f) => (
                    <li key={`${f.facet}:${f.value}`}>
                      <a href={link({ filters: without(f.facet, f.value) })}>
                        {t('search.remove', { v: filterText(f.facet, f.value) })}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
              {data.hits.length ? (
                <ul class="dataset-list">
                  {data.hits.map((h) => (
                    <Hit key={h.dataset.id} hit={h} i18n={i18n} />
                  ))}
                </ul>
              ) : (
                <div class="no-results">
                  <p>
                    <strong>{t('search.none')}</strong>
                  </p>
                  {(active.length > 0 || data.modified_since || data.q) && (
                    <>
                      <p>{t('search.none_hint')}</p>
                      <ul>
                        {active.map((f) => (
                          <li key={`${f.facet}:${f.value}`}>
                            <a href={link({ filters: without(f.facet, f.value) })}>
                              {t('search.remove', { v: filterText(f.facet, f.value) })}
                            </a>
                          </li>
                        ))}
                        {data.modified_since && (
                          <li>
                            <a href={link({ modified_since: '' })}>
                              {t('search.remove', {
                                v: `${t('search.modified_since')} ${i18n.d(data.modified_since, { dateStyle: 'long', timeZone: 'UTC' })}`,
                              })}
                            </a>
                          </li>
                        )}
                        {data.q && (active.length > 0 || data.modified_since) && (
                          <li>
                            <a href={link({ filters: {}, modified_since: '' })}>
                              {t('search.remove_query', { q: data.q })}
                            </a>
                          </li>
                        )}
                        <li>
                          <a href={base}>{t('search.clear_all')}</a>
                        </li>
                      </ul>
                    </>
                  )}
                </div>
              )}
              <Paging i18n={i18n} url={url} page={data.page} total={data.total} size={data.limit} />
            </section>
          </div>
        </form>
      </div>
    );
  },
};

/** Values without a label of their own: the queryable flag reads as a word. */
const facetValueText = (facet: FacetName, value: string, i18n: I18n) =>
  facet === 'queryable' && value === 'true' ? i18n.t('datastore.queryable') : value;

function FacetGroup({ name, values, i18n }: { name: FacetName; values: FacetValue[]; i18n: I18n }) {
  if (!values.length) return null;
  return (
    <fieldset class="facet-group">
      <legend>{i18n.t(`search.facet.${name}`)}</legend>
      <ul class="facet-list">
        {values.map((v, i) => {
          const id = `facet-${name}-${i}`;
          return (
            <li key={v.value}>
              <input type="checkbox" id={id} name={name} value={v.value} checked={v.selected} />{' '}
              <label for={id}>
                {v.label ? (
                  <Tr value={v.label} i18n={i18n} />
                ) : (
                  <span>{facetValueText(name, v.value, i18n)}</span>
                )}{' '}
                <span class="muted">({i18n.n(v.count)})</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

function Hit({ hit, i18n }: { hit: SearchHit; i18n: I18n }) {
  const { t } = i18n;
  const d = hit.dataset;
  return (
    <li class="dataset-item">
      <DatasetHeading dataset={d} level={3} i18n={i18n} />
      {/* The snippet is escaped text with <mark> added by the search module. */}
      {hit.snippet && <p class="snippet" dangerouslySetInnerHTML={{ __html: hit.snippet }} />}
      <Badges formats={formatsOf(d)} label={t('cat.formats')} />
      <QueryableBadge dataset={d} i18n={i18n} />
    </li>
  );
}
