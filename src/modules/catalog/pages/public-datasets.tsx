// The public dataset list (filters, sorts, paging) and the page of one resource.

import type { PageDef } from '../../../web/page.ts';
import { orgsService } from '../../accounts/index.ts';
import { canPublish, datasetSorts, getDataset, listDatasets } from '../datasets.service.ts';
import type { DatasetView, ResourceView, ThemeView } from '../present.ts';
import { getResource } from '../resources.service.ts';
import { listThemes } from '../themes.service.ts';
import { downloadPath } from './public-dataset.tsx';
import { DatasetList, feedLink, formatSize, Paging, pageOf, q, Tr, text } from './public-kit.tsx';

type Sort = (typeof datasetSorts)[number];
type Filters = { organization: string; theme: string; tag: string };

interface DatasetsData {
  q: string;
  filters: Filters;
  sort: Sort;
  page: number;
  limit: number;
  total: number;
  items: DatasetView[];
  facets: {
    organizations: { name: string; title: Record<string, string> }[];
    themes: Pick<ThemeView, 'name' | 'title' | 'dataset_count'>[];
  };
  can: { create: boolean };
}

const sortKeys: Record<Sort, 'cat.sort.created' | 'cat.sort.updated' | 'cat.sort.title'> = {
  created: 'cat.sort.created',
  updated: 'cat.sort.updated',
  title: 'cat.sort.title',
};

export const datasetsPage: PageDef<DatasetsData> = {
  path: '/datasets',
  section: 'datasets',
  async load(ctx) {
    const { page, limit, offset } = pageOf(ctx);
    const filters = { organization: q(ctx, 'organization'), theme: q(ctx, 'theme'), tag: q(ctx, 'tag') };
    const sortParam = q(ctx, 'sort') as Sort;
    const sort: Sort = datasetSorts.includes(sortParam) ? sortParam : 'updated';
    const svc = { ...ctx.svc, locale: ctx.i18n.locale };
    const { total, items } = await listDatasets(svc, { ...filters, sort, limit, offset });
    const orgs = await orgsService.listOrganizations(svc, { limit: 100, offset: 0 });
    const themes = await listThemes(svc);
    return {
      can: { create: canPublish(ctx.svc) },
      q: q(ctx, 'q').slice(0, 200),
      filters,
      sort,
      page,
      limit,
      total,
      items,
      facets: {
        organizations: orgs.items.map((o) => ({ name: o.name, title: o.title })),
        themes: themes.map((t) => ({ name: t.name, title: t.title, dataset_count: t.dataset_count })),
      },
    };
  },
  title: (_d, { i18n }) => i18n.t('cat.datasets.title'),
  head: (_d, { i18n }) => feedLink('/feeds/datasets.atom', i18n.t('cat.feed')),
  view(data, { i18n, url }) {
    const { t, locale } = i18n;
    const base = `/${locale}/datasets`;
    const link = (change: Partial<Filters & { sort: string }>) => {
      const params = new URLSearchParams();
      for (const [k, v] of Object.entries({ ...data.filters, sort: data.sort, ...change }))
        if (v && !(k === 'sort' && v === 'updated')) params.set(k, v);
      const s = params.toString();
      return s ? `${base}?${s}` : base;
    };
    const active = Object.entries(data.filters).filter(([, v]) => v);
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
        {data.q && (
          <p class="note" role="status">
            {t('cat.datasets.search_note', { q: data.q })}
          </p>
        )}
        <div class="catalog-layout">
          <aside class="facets" aria-labelledby="filters-title">
            <h2 id="filters-title">{t('cat.filters')}</h2>
            {active.length > 0 && (
              <ul class="active-filters">
                {active.map(([k, v]) => (
                  <li key={k}>
                    {t(`cat.filter.${k as keyof Filters}`, { v })}{' '}
                    <a href={link({ [k]: '' })}>{t('cat.filters.clear')}</a>
                  </li>
                ))}
              </ul>
            )}
            <h3>{t('cat.meta.organization')}</h3>
            <ul class="facet-list">
              {data.facets.organizations.map((o) => (
                <li key={o.name}>
                  <a
                    href={link({ organization: o.name })}
                    aria-current={data.filters.organization === o.name ? 'true' : undefined}
                  >
                    <Tr value={o.title} i18n={i18n} />
                  </a>
                </li>
              ))}
            </ul>
            <h3>{t('cat.meta.themes')}</h3>
            <ul class="facet-list">
              {data.facets.themes.map((th) => (
                <li key={th.name}>
                  <a
                    href={link({ theme: th.name })}
                    aria-current={data.filters.theme === th.name ? 'true' : undefined}
                  >
                    <Tr value={th.title} i18n={i18n} />
                  </a>{' '}
                  <span class="muted">({i18n.n(th.dataset_count ?? 0)})</span>
                </li>
              ))}
            </ul>
          </aside>
          <section class="results" aria-labelledby="results-title">
            <h2 id="results-title">{t('cat.datasets.count', { n: i18n.n(data.total) })}</h2>
            <nav class="sorts" aria-label={t('cat.sort')}>
              <span>{t('cat.sort')}</span>
              <ul>
                {datasetSorts.map((s) => (
                  <li key={s}>
                    <a href={link({ sort: s })} aria-current={data.sort === s ? 'true' : undefined}>
                      {t(sortKeys[s])}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            <DatasetList items={data.items} i18n={i18n} level={3} />
            <Paging i18n={i18n} url={url} page={data.page} total={data.total} size={data.limit} />
          </section>
        </div>
      </div>
    );
  },
};

interface ResourceData {
  dataset: { name: string; title: DatasetView['title'] };
  resource: ResourceView;
  download: string;
}

export const resourcePage: PageDef<ResourceData> = {
  path: '/datasets/:name/resources/:id',
  section: 'datasets',
  async load(ctx) {
    const { name, id } = ctx.req.params as { name: string; id: string };
    const dataset = await getDataset(ctx.svc, name);
    const resource = await getResource(ctx.svc, dataset.id, id);
    return {
      dataset: { name: dataset.name, title: dataset.title },
      resource,
      download: downloadPath(dataset.name, resource.id),
    };
  },
  title: (d, { i18n }) => text(d.resource.title, i18n) || d.resource.id,
  view({ dataset, resource: r, download }, { i18n }) {
    const { t, locale } = i18n;
    const rows: [string, string | null][] = [
      [t('cat.resource.format'), r.format],
      [t('cat.resource.media_type'), r.media_type],
      [t('cat.resource.size'), r.size === null ? null : formatSize(i18n, r.size)],
      [t('cat.meta.modified'), i18n.d(r.last_modified ?? r.updated_at)],
      [t('cat.resource.checksum'), r.sha256],
    ];
    return (
      <article class="resource">
        <p class="breadcrumb">
          {t('cat.resource.dataset')}:{' '}
          <a href={`/${locale}/datasets/${dataset.name}`}>
            <Tr value={dataset.title} i18n={i18n} />
          </a>
        </p>
        <h1>
          <Tr value={r.title} i18n={i18n} />
        </h1>
        {text(r.description, i18n) && (
          <p>
            <Tr value={r.description} i18n={i18n} />
          </p>
        )}
        <p>
          <a class="button" href={download}>
            {t('cat.resource.download')}
          </a>
        </p>
        <table class="meta-table">
          <caption class="visually-hidden">{t('cat.resource.details')}</caption>
          <tbody>
            {rows
              .filter(([, v]) => v)
              .map(([k, v]) => (
                <tr key={k}>
                  <th scope="row">{k}</th>
                  <td class={k === t('cat.resource.checksum') ? 'mono' : undefined}>{v}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </article>
    );
  },
};
