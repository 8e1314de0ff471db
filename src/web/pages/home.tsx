import type { I18n, MessageKey } from '../../i18n/index.ts';
import { orgsService } from '../../modules/accounts/index.ts';
import {
  catalogCounts,
  type DatasetView,
  datasetsService,
  type ThemeView,
  themesService,
} from '../../modules/catalog/index.ts';
import { DatasetList } from '../../modules/catalog/pages/public-kit.tsx';
import { ThemeGrid } from '../../modules/catalog/pages/public-orgs.tsx';
import { RdfAlternates } from '../components/rdf-alternates.tsx';
import type { PageDef } from '../page.ts';

/**
 * A count with its noun (“12 datasets”, plural forms from the message), the figure in bold where the text
 * shows it (Arabic writes one and two in words: “مورد واحد”, “موردان”).
 */
function Figure({ i18n, n, label }: { i18n: I18n; n: number; label: MessageKey }) {
  const text = i18n.t(label, { n });
  const figure = i18n.n(n);
  const at = text.indexOf(figure);
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <strong>{figure}</strong>
      {text.slice(at + figure.length)}
    </>
  );
}

interface HomeData {
  site: { name: string; tagline: string; description: string; languages: string[] };
  sections: { id: string; title: string; text: string; href: string }[];
  api: { ckan: string; rest: string };
  counts: { datasets: number; resources: number; producers: number };
  themes: ThemeView[];
  featured: DatasetView[];
  recent: DatasetView[];
}

export const homePage: PageDef<HomeData> = {
  path: '/',
  section: 'home',
  async load({ i18n, siteName, svc: base }) {
    const { t, locale } = i18n;
    const svc = { ...base, locale };
    const { listDatasets } = datasetsService;
    // Independent reads: concurrent on PostgreSQL's pool (SQLite serialises them anyway).
    const [recent, featured, producers, themes, counts] = await Promise.all([
      listDatasets(svc, { sort: 'created', limit: 6, offset: 0 }),
      listDatasets(svc, { featured: true, sort: 'updated', limit: 6, offset: 0 }),
      orgsService.listOrganizations(svc, { limit: 1, offset: 0 }),
      themesService.listThemes(svc),
      catalogCounts(svc),
    ]);
    const s = (id: string, key: Parameters<typeof t>[0], textKey: Parameters<typeof t>[0], path: string) => ({
      id,
      title: t(key),
      text: t(textKey),
      href: `/${locale}/${path}`,
    });
    return {
      site: {
        name: siteName,
        tagline: t('site.tagline'),
        description: t('site.description'),
        languages: ['ar', 'fr', 'en'],
      },
      sections: [
        s('datasets', 'nav.datasets', 'home.cards.datasets', 'datasets'),
        s('organizations', 'nav.organizations', 'home.cards.organizations', 'organizations'),
        s('themes', 'nav.themes', 'home.cards.themes', 'themes'),
        s('requests', 'nav.requests', 'home.cards.requests', 'requests'),
        s('opengov', 'nav.opengov', 'home.cards.opengov', 'plans'),
      ],
      api: { ckan: '/api/3/action/', rest: '/api/v1/' },
      counts: { ...counts, producers: producers.total },
      themes,
      featured: featured.items,
      recent: recent.items,
    };
  },
  title: (data) => data.site.name,
  // The whole catalogue's metadata (DCAT-AP, Project Open Data) for harvesters that start from the home page.
  head: (_data, { i18n }) => (
    <>
      <RdfAlternates i18n={i18n} path="/catalog" />
      <link rel="alternate" type="application/json" href="/data.json" title="Project Open Data (data.json)" />
    </>
  ),
  view(data, { i18n }) {
    const { t } = i18n;
    return (
      <>
        <section class="hero" aria-labelledby="home-title">
          <h1 id="home-title">{t('home.title')}</h1>
          <p class="lead">{t('home.lead')}</p>
          <form class="hero-search" role="search" method="get" action={`/${i18n.locale}/datasets`}>
            <label for="hero-search-q">{t('search.label')}</label>
            <div class="hero-search-row">
              <input id="hero-search-q" type="search" name="q" placeholder={t('search.placeholder')} />
              <button type="submit">{t('search.submit')}</button>
            </div>
          </form>
        </section>
        <section class="figures" aria-labelledby="figures-title">
          <h2 id="figures-title" class="visually-hidden">
            {t('cat.home.figures')}
          </h2>
          <ul>
            <li>
              <a href={`/${i18n.locale}/datasets`}>
                <Figure i18n={i18n} n={data.counts.datasets} label="cat.home.datasets" />
              </a>
            </li>
            <li>
              <Figure i18n={i18n} n={data.counts.resources} label="cat.home.resources" />
            </li>
            <li>
              <a href={`/${i18n.locale}/organizations`}>
                <Figure i18n={i18n} n={data.counts.producers} label="cat.home.producers" />
              </a>
            </li>
          </ul>
        </section>
        {data.themes.length > 0 && (
          <section aria-labelledby="themes-title">
            <h2 id="themes-title">{t('nav.themes')}</h2>
            <ThemeGrid items={data.themes} i18n={i18n} level={3} />
          </section>
        )}
        {data.featured.length > 0 && (
          <section aria-labelledby="featured-title">
            <h2 id="featured-title">{t('cat.home.featured')}</h2>
            <DatasetList items={data.featured} i18n={i18n} level={3} />
          </section>
        )}
        {data.recent.length > 0 && (
          <section aria-labelledby="recent-title">
            <h2 id="recent-title">{t('cat.home.recent')}</h2>
            <DatasetList items={data.recent} i18n={i18n} level={3} />
            <p>
              <a href={`/${i18n.locale}/datasets`}>{t('cat.home.all')}</a>
            </p>
          </section>
        )}
        <section aria-labelledby="explore-title">
          <h2 id="explore-title">{t('home.explore')}</h2>
          <ul class="cards">
            {data.sections.map((s) => (
              <li class="card" key={s.id}>
                <h3>
                  <a href={s.href}>{s.title}</a>
                </h3>
                <p>{s.text}</p>
              </li>
            ))}
          </ul>
        </section>
        <section class="note" aria-labelledby="api-title">
          <h2 id="api-title">{t('home.api.title')}</h2>
          <p>{t('home.api.text')}</p>
        </section>
      </>
    );
  },
};
