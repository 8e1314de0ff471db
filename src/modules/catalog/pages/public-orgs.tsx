// Public pages of organisations, themes and tags: lists and the datasets of each (the reader's scope applies).
import type { I18n } from '../../../i18n/index.ts';
import type { PageContext, PageDef } from '../../../web/page.ts';
import { orgsService } from '../../accounts/index.ts';
import { OrgRequestsSection, organizationRequests } from '../../requests/pages/request-org.tsx';
import type { OrganizationRequests } from '../../requests/stats.service.ts';

type OrgView = orgsService.OrgView;

import { RdfAlternates } from '../../../web/components/rdf-alternates.tsx';
import { listDatasets } from '../datasets.service.ts';
import type { DatasetView, ThemeView } from '../present.ts';
import { getTheme, listThemes } from '../themes.service.ts';
import { DatasetList, feedLink, Paging, pageOf, Tr, text } from './public-kit.tsx';

interface Listing {
  page: number;
  limit: number;
  total: number;
  items: DatasetView[];
}

async function datasetsOf(ctx: PageContext, filter: { organization?: string; theme?: string; tag?: string }) {
  const { page, limit, offset } = pageOf(ctx);
  const svc = { ...ctx.svc, locale: ctx.i18n.locale };
  const { total, items } = await listDatasets(svc, { ...filter, sort: 'updated', limit, offset });
  return { page, limit, total, items };
}

const Listed = ({ l, i18n, url }: { l: Listing; i18n: I18n; url: string }) => (
  <>
    <DatasetList items={l.items} i18n={i18n} level={3} />
    <Paging i18n={i18n} url={url} page={l.page} total={l.total} size={l.limit} />
  </>
);

type OrgItem = Pick<OrgView, 'id' | 'name' | 'title' | 'description' | 'kind'> & { dataset_count: number };

export const organizationsPage: PageDef<{ total: number; items: OrgItem[] }> = {
  path: '/organizations',
  section: 'organizations',
  async load(ctx) {
    const { total, items } = await orgsService.listOrganizations(ctx.svc, { limit: 100, offset: 0 });
    const out: OrgItem[] = [];
    for (const o of items) {
      const { total: n } = await listDatasets(ctx.svc, { organization: o.name, limit: 1, offset: 0 });
      out.push({
        id: o.id,
        name: o.name,
        title: o.title,
        description: o.description,
        kind: o.kind,
        dataset_count: n,
      });
    }
    return { total, items: out };
  },
  title: (_d, { i18n }) => i18n.t('cat.orgs.title'),
  head: (_d, { i18n }) => feedLink('/feeds/datasets.atom', i18n.t('cat.feed')),
  view(data, { i18n }) {
    const { t, locale } = i18n;
    return (
      <>
        <h1>{t('cat.orgs.title')}</h1>
        {data.items.length === 0 && <p class="muted">{t('cat.orgs.none')}</p>}
        <ul class="cards">
          {data.items.map((o) => (
            <li class="card" key={o.id}>
              <h2 class="card-title">
                <a href={`/${locale}/organizations/${o.name}`}>
                  <Tr value={o.title} i18n={i18n} />
                </a>
              </h2>
              <p>{t('cat.datasets.count', { n: o.dataset_count })}</p>
            </li>
          ))}
        </ul>
      </>
    );
  },
};

export const organizationPage: PageDef<{
  organization: OrgView;
  datasets: Listing;
  requests: OrganizationRequests;
}> = {
  path: '/organizations/:name',
  section: 'organizations',
  async load(ctx) {
    const { name } = ctx.req.params as { name: string };
    const organization = await orgsService.getOrganization(ctx.svc, name);
    return {
      organization,
      datasets: await datasetsOf(ctx, { organization: organization.name }),
      requests: await organizationRequests(ctx.svc, organization.id),
    };
  },
  title: (d, { i18n }) => text(d.organization.title, i18n) || d.organization.name,
  head: (d, { i18n }) => (
    <>
      {feedLink(`/feeds/organizations/${d.organization.name}.atom`, i18n.t('cat.orgs.feed'))}
      <RdfAlternates i18n={i18n} path={`/organizations/${d.organization.name}/catalog`} />
    </>
  ),
  view({ organization: o, datasets, requests }, { i18n, url }) {
    const { t, locale } = i18n;
    return (
      <>
        <h1>
          <Tr value={o.title} i18n={i18n} />
        </h1>
        {text(o.description, i18n) && (
          <p class="lead">
            <Tr value={o.description} i18n={i18n} />
          </p>
        )}
        <ul class="inline-links">
          {o.website && (
            <li>
              <a href={o.website}>{t('cat.orgs.website')}</a>
            </li>
          )}
          <li>
            <a href={`/${locale}/organizations/${o.name}/members`}>{t('cat.orgs.members')}</a>
          </li>
          <li>
            <a href={`/${locale}/organizations/${o.name}/inventory`}>{t('inventory.org.link')}</a>
          </li>
          <li>
            <a href={`/feeds/organizations/${o.name}.atom`} type="application/atom+xml">
              {t('cat.orgs.feed')}
            </a>
          </li>
        </ul>
        <section aria-labelledby="org-datasets">
          <h2 id="org-datasets">
            {t('cat.orgs.datasets')} ({i18n.n(datasets.total)})
          </h2>
          <Listed l={datasets} i18n={i18n} url={url} />
        </section>
        <OrgRequestsSection s={requests} org={o.name} i18n={i18n} />
      </>
    );
  },
};

export const themesPage: PageDef<{ items: ThemeView[] }> = {
  path: '/themes',
  section: 'themes',
  async load(ctx) {
    return { items: await listThemes(ctx.svc) };
  },
  title: (_d, { i18n }) => i18n.t('cat.themes.title'),
  view(data, { i18n }) {
    const { t } = i18n;
    return (
      <>
        <h1>{t('cat.themes.title')}</h1>
        <ThemeGrid items={data.items} i18n={i18n} level={2} />
      </>
    );
  },
};

export function ThemeGrid({ items, i18n, level }: { items: ThemeView[]; i18n: I18n; level: 2 | 3 }) {
  const { t, locale } = i18n;
  if (!items.length) return <p class="muted">{t('cat.themes.none')}</p>;
  const H = level === 2 ? 'h2' : 'h3';
  return (
    <ul class="cards theme-grid">
      {items.map((th) => (
        <li class="card" key={th.id}>
          <H class="card-title">
            <a href={`/${locale}/themes/${th.name}`}>
              <Tr value={th.title} i18n={i18n} />
            </a>
          </H>
          <p>{t('cat.datasets.count', { n: th.dataset_count ?? 0 })}</p>
        </li>
      ))}
    </ul>
  );
}

export const themePage: PageDef<{ theme: ThemeView; datasets: Listing }> = {
  path: '/themes/:name',
  section: 'themes',
  async load(ctx) {
    const { name } = ctx.req.params as { name: string };
    const theme = await getTheme(ctx.svc, name);
    return { theme, datasets: await datasetsOf(ctx, { theme: theme.name }) };
  },
  title: (d, { i18n }) => text(d.theme.title, i18n),
  view({ theme, datasets }, { i18n, url }) {
    const { t } = i18n;
    return (
      <>
        <h1>
          <Tr value={theme.title} i18n={i18n} />
        </h1>
        {text(theme.description, i18n) && (
          <p class="lead">
            <Tr value={theme.description} i18n={i18n} />
          </p>
        )}
        <section aria-labelledby="theme-datasets">
          <h2 id="theme-datasets">
            {t('cat.themes.datasets')} ({i18n.n(datasets.total)})
          </h2>
          <Listed l={datasets} i18n={i18n} url={url} />
        </section>
      </>
    );
  },
};

export const tagPage: PageDef<{ tag: string; datasets: Listing }> = {
  path: '/tags/:tag',
  section: 'datasets',
  async load(ctx) {
    const { tag } = ctx.req.params as { tag: string };
    return { tag, datasets: await datasetsOf(ctx, { tag }) };
  },
  title: (d, { i18n }) => i18n.t('cat.tag.title', { tag: d.tag }),
  view({ tag, datasets }, { i18n, url }) {
    return (
      <>
        <h1>{i18n.t('cat.tag.title', { tag })}</h1>
        <p>{i18n.t('cat.datasets.count', { n: datasets.total })}</p>
        <Listed l={datasets} i18n={i18n} url={url} />
      </>
    );
  },
};
