import type { ComponentChildren } from 'preact';
import { pathInLocale } from '../http/locale.ts';
import { type I18n, type Locale, localeNames, locales } from '../i18n/index.ts';

export interface LayoutProps {
  i18n: I18n;
  /** Current URL (path and query), for the language switcher. */
  url: string;
  title: string;
  siteName: string;
  /** The page's JSON twin, announced in the head and the footer. */
  jsonHref?: string;
  /** Which main-navigation entry is current. */
  section?: 'home' | 'datasets' | 'organizations' | 'themes' | 'requests' | 'opengov' | 'about';
  /** Extra head elements (JSON-LD, feeds). */
  head?: ComponentChildren;
  /** The signed-in user, for the account menu. */
  user?: { name: string; sysadmin: boolean; harvest?: boolean } | null;
  /** CSRF token for the sign-out form. */
  csrf?: string;
  /** A one-time notice (after an action). */
  notice?: string;
  children: ComponentChildren;
}

const nav = [
  ['datasets', 'nav.datasets', 'datasets'],
  ['organizations', 'nav.organizations', 'organizations'],
  ['themes', 'nav.themes', 'themes'],
  ['requests', 'nav.requests', 'requests'],
  ['opengov', 'nav.opengov', 'plans'],
  ['about', 'nav.about', 'about'],
] as const;

export function Layout(props: LayoutProps) {
  const { i18n, url, title, siteName, jsonHref, section } = props;
  const { t, locale } = i18n;
  const home = `/${locale}/`;
  return (
    <html lang={locale} dir={i18n.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title === siteName ? siteName : `${title} · ${siteName}`}</title>
        <meta name="description" content={t('site.description')} />
        <link rel="stylesheet" href="/assets/shafaf.css" />
        <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
        {locales.map((l) => (
          <link rel="alternate" hreflang={l} href={pathInLocale(url, l)} key={l} />
        ))}
        {jsonHref && <link rel="alternate" type="application/json" href={jsonHref} />}
        {props.head}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t('nav.skip')}
        </a>
        <header class="site-header">
          <div class="header-top wrap">
            <a class="brand" href={home} aria-current={section === 'home' ? 'page' : undefined}>
              <span class="brand-mark" aria-hidden="true">
                ◈
              </span>
              <span class="brand-name">{siteName}</span>
              <span class="brand-tagline">{t('site.tagline')}</span>
            </a>
            <div class="header-tools">
              <AccountMenu i18n={i18n} user={props.user} csrf={props.csrf} />
              <LanguageSwitcher i18n={i18n} url={url} />
            </div>
          </div>
          <div class="header-bottom wrap">
            <nav class="main-nav" aria-label={t('nav.main')}>
              <ul>
                {nav.map(([id, key, path]) => (
                  <li key={id}>
                    <a href={`/${locale}/${path}`} aria-current={section === id ? 'page' : undefined}>
                      {t(key)}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            <form class="search-form" role="search" method="get" action={`/${locale}/datasets`}>
              <label for="site-search" class="visually-hidden">
                {t('search.label')}
              </label>
              <input id="site-search" type="search" name="q" placeholder={t('search.placeholder')} />
              <button type="submit">{t('search.submit')}</button>
            </form>
          </div>
        </header>
        <main id="main" tabindex={-1} class="wrap">
          {props.notice && (
            <p class="notice" role="status">
              {props.notice}
            </p>
          )}
          {props.children}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <p>{t('footer.text')}</p>
            <p>
              <a href={`/${locale}/inventory`}>{t('inventory.nav')}</a>
              {' · '}
              {t('footer.software')}
              {jsonHref && (
                <>
                  {' · '}
                  <a href={jsonHref}>{t('footer.json')}</a>
                </>
              )}
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}

function AccountMenu({ i18n, user, csrf }: { i18n: I18n; user?: LayoutProps['user']; csrf?: string }) {
  const { t, locale } = i18n;
  if (!user)
    return (
      <nav class="account-menu" aria-label={t('account.menu')}>
        <a href={`/${locale}/login`}>{t('account.login')}</a>
      </nav>
    );
  return (
    <nav class="account-menu" aria-label={t('account.menu')}>
      <a href={`/${locale}/account`}>{user.name}</a>
      {user.sysadmin && <a href={`/${locale}/admin`}>{t('account.admin')}</a>}
      {user.harvest && <a href={`/${locale}/admin/harvest`}>{t('harvest.nav')}</a>}
      {csrf && (
        <form method="post" action={`/${locale}/logout`} class="inline-form">
          <input type="hidden" name="_csrf" value={csrf} />
          <button type="submit" class="link-button">
            {t('account.logout')}
          </button>
        </form>
      )}
    </nav>
  );
}

function LanguageSwitcher({ i18n, url }: { i18n: I18n; url: string }) {
  return (
    <nav class="lang-switcher" aria-label={i18n.t('nav.languages')}>
      <ul>
        {locales.map((l: Locale) => (
          <li key={l}>
            <a
              href={pathInLocale(url, l)}
              hreflang={l}
              lang={l}
              aria-current={l === i18n.locale ? 'true' : undefined}
            >
              {localeNames[l]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
