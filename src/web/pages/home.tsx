import type { PageDef } from '../page.ts';

interface HomeData {
  site: { name: string; tagline: string; description: string; languages: string[] };
  sections: { id: string; title: string; text: string; href: string }[];
  api: { ckan: string; rest: string };
}

export const homePage: PageDef<HomeData> = {
  path: '/',
  section: 'home',
  load({ i18n, siteName }) {
    const { t, locale } = i18n;
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
    };
  },
  title: (data) => data.site.name,
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
