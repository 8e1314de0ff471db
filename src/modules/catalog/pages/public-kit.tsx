// Shared pieces of the public catalogue pages: translated text with its language, dataset lists, paging.
import { dir, type I18n, type Locale } from '../../../i18n/index.ts';
import type { PageContext } from '../../../web/page.ts';
import type { Translated } from '../fields.ts';
import type { DatasetView } from '../present.ts';

const order: Locale[] = ['fr', 'ar', 'en'];

/** The text in the page language, else another language that has one, with the language it is in. */
export function inLang(t: Translated, locale: Locale): { text: string; lang: Locale } {
  if (t[locale]) return { text: t[locale]!, lang: locale };
  for (const l of order) if (t[l]) return { text: t[l]!, lang: l };
  return { text: '', lang: locale };
}

/** Translated text, marked with its language when it is not the page's. */
export function Tr({ value, i18n }: { value: Translated; i18n: I18n }) {
  const { text, lang } = inLang(value, i18n.locale);
  // Text in another language also carries its direction, so an English phrase on an Arabic page (or the reverse)
  // keeps its punctuation in place.
  return lang === i18n.locale ? (
    <span>{text}</span>
  ) : (
    <span lang={lang} dir={dir(lang)}>
      {text}
    </span>
  );
}

export const text = (value: Translated, i18n: I18n) => inLang(value, i18n.locale).text;

/** A query parameter as a string ('' when absent). */
export function q(ctx: PageContext, name: string): string {
  const v = (ctx.req.query as Record<string, unknown> | undefined)?.[name];
  return typeof v === 'string' ? v : '';
}

export function pageOf(ctx: PageContext, size = 20) {
  const page = Math.min(Math.max(Number.parseInt(q(ctx, 'page'), 10) || 1, 1), 10_000);
  return { page, limit: size, offset: (page - 1) * size };
}

export function formatSize(i18n: I18n, bytes: number | null): string {
  if (bytes === null) return '';
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let v = bytes;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  // Bytes spelled out ("53 bytes": the short form is "53 byte" in English), larger units abbreviated (kB, Mo).
  const display = u === 0 ? 'long' : 'short';
  return i18n.n(v, { style: 'unit', unit: units[u], unitDisplay: display, maximumFractionDigits: 1 });
}

export const formatsOf = (d: DatasetView) => [
  ...new Set(d.resources.map((r) => (r.format ?? '').toUpperCase()).filter(Boolean)),
];

export function Badges({ formats, label }: { formats: string[]; label: string }) {
  if (!formats.length) return null;
  return (
    <ul class="badges" aria-label={label}>
      {formats.map((f) => (
        <li class="badge" key={f}>
          {f}
        </li>
      ))}
    </ul>
  );
}

/** The "queryable" badge of a dataset with a DataStore table (its hint says what it means). */
export function QueryableBadge({ dataset, i18n }: { dataset: Pick<DatasetView, 'queryable'>; i18n: I18n }) {
  if (!dataset.queryable) return null;
  return (
    <p class="queryable">
      <span class="badge">{i18n.t('datastore.queryable')}</span>{' '}
      <span class="visually-hidden">{i18n.t('datastore.queryable_hint')}</span>
    </p>
  );
}

export function DatasetList({ items, i18n, level = 2 }: { items: DatasetView[]; i18n: I18n; level?: 2 | 3 }) {
  const { t } = i18n;
  if (!items.length) return <p class="muted">{t('cat.datasets.none')}</p>;
  return (
    <ul class="dataset-list">
      {items.map((d) => (
        <li class="dataset-item" key={d.id}>
          <DatasetHeading dataset={d} level={level} i18n={i18n} />
          <Badges formats={formatsOf(d)} label={t('cat.formats')} />
          <QueryableBadge dataset={d} i18n={i18n} />
        </li>
      ))}
    </ul>
  );
}

/** Previous/next links keeping the other query parameters. */
export function Paging(props: { i18n: I18n; url: string; page: number; total: number; size: number }) {
  const { i18n, url, page, total, size } = props;
  const pages = Math.max(Math.ceil(total / size), 1);
  if (pages <= 1) return null;
  const [path, query = ''] = url.split('?');
  const href = (p: number) => {
    const params = new URLSearchParams(query);
    params.set('page', String(p));
    return `${path}?${params}`;
  };
  return (
    <nav class="paging" aria-label={i18n.t('cat.paging')}>
      {page > 1 && (
        <a href={href(page - 1)} rel="prev">
          {i18n.t('cat.paging.prev')}
        </a>
      )}
      <span>{i18n.t('cat.paging.of', { page, pages })}</span>
      {page < pages && (
        <a href={href(page + 1)} rel="next">
          {i18n.t('cat.paging.next')}
        </a>
      )}
    </nav>
  );
}

/** The Atom feed link for the head. */
export const feedLink = (href: string, title: string) => (
  <link rel="alternate" type="application/atom+xml" href={href} title={title} />
);

/** A dataset's linked title (with private/draft badges) and its organisation and update date, in lists. */
export function DatasetHeading({
  dataset: d,
  level,
  i18n,
}: {
  dataset: DatasetView;
  level: 2 | 3;
  i18n: I18n;
}) {
  const { t, locale } = i18n;
  const H = level === 2 ? 'h2' : 'h3';
  return (
    <>
      <H class="dataset-title">
        <a href={`/${locale}/datasets/${d.name}`}>
          <Tr value={d.title} i18n={i18n} />
        </a>
        {d.visibility === 'private' && <span class="badge badge-muted">{t('cat.private')}</span>}
        {d.state === 'draft' && <span class="badge badge-muted">{t('cat.draft')}</span>}
      </H>
      <p class="dataset-meta">
        <a href={`/${locale}/organizations/${d.organization.name}`}>
          <Tr value={d.organization.title} i18n={i18n} />
        </a>
        {' · '}
        {t('cat.updated', { date: i18n.d(d.updated_at) })}
      </p>
    </>
  );
}
