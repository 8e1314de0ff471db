// The public page of one dataset: description, metadata, resources, citation, activity and schema.org JSON-LD.
import type { I18n } from '../../../i18n/index.ts';
import { RdfAlternates } from '../../../web/components/rdf-alternates.tsx';
import type { PageDef } from '../../../web/page.ts';
import { datasetOrigin } from '../../harvest/guard.ts';
import { listDatasetActivity } from '../activity.service.ts';
import { datasetPermissions, getDataset } from '../datasets.service.ts';
import { findFrequency } from '../frequencies.ts';
import { renderMarkdown } from '../markdown.ts';
import type { DatasetView, RevisionView } from '../present.ts';
import { Activity } from './activity-view.tsx';
import { Badges, formatSize, inLang, Tr, text } from './public-kit.tsx';

interface DatasetPageData {
  dataset: DatasetView;
  url: string;
  activity: { total: number; items: RevisionView[] };
  can: ReturnType<typeof datasetPermissions>;
  /** The harvest source it comes from (read-only here), or null. */
  harvest: Awaited<ReturnType<typeof datasetOrigin>>;
}

export const downloadPath = (dataset: string, id: string) => `/datasets/${dataset}/resources/${id}/download`;

/** schema.org Dataset, as a string safe inside <script> (`<` escaped). */
export function datasetJsonLd(d: DatasetView, base: string, i18n: I18n, url: string): string {
  const temporal =
    d.temporal_start || d.temporal_end ? `${d.temporal_start ?? '..'}/${d.temporal_end ?? '..'}` : undefined;
  const spatial = text(d.spatial, i18n);
  const languages = Object.keys(d.title);
  const organization = {
    '@type': 'Organization',
    name: text(d.organization.title, i18n) || d.organization.name,
    url: `${base}/${i18n.locale}/organizations/${d.organization.name}`,
  };
  const doc = {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': url,
    url,
    // The DCAT-AP description of the same dataset (Turtle, JSON-LD… by content negotiation).
    sameAs: `${base}/dataset/${d.id}`,
    identifier: d.id,
    name: text(d.title, i18n),
    description: text(d.description, i18n) || text(d.title, i18n),
    inLanguage: languages.length === 1 ? languages[0] : languages,
    license: d.license.url ?? undefined,
    isAccessibleForFree: true,
    creator: organization,
    publisher: organization,
    includedInDataCatalog: { '@type': 'DataCatalog', url: `${base}/${i18n.locale}/datasets` },
    keywords: d.tags,
    datePublished: d.issued ?? undefined,
    dateModified: d.updated_at,
    version: d.version ?? undefined,
    temporalCoverage: temporal,
    spatialCoverage: spatial ? { '@type': 'Place', name: spatial } : undefined,
    distribution: d.resources.map((r) => ({
      '@type': 'DataDownload',
      name: text(r.title, i18n),
      description: text(r.description, i18n) || undefined,
      contentUrl: `${base}${downloadPath(d.name, r.id)}`,
      encodingFormat: r.media_type ?? r.format ?? undefined,
      contentSize: r.size === null ? undefined : String(r.size),
      dateModified: r.last_modified ?? r.updated_at,
    })),
  };
  return JSON.stringify(doc).replace(/</g, '\\u003c');
}

function Row({ label, children }: { label: string; children: unknown }) {
  if (children === null || children === undefined || children === '') return null;
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{children as never}</td>
    </tr>
  );
}

function Metadata({ d, i18n }: { d: DatasetView; i18n: I18n }) {
  const { t, locale } = i18n;
  const freq = findFrequency(d.frequency);
  // Calendar dates (no time of day): spelled out in the page's language, read as UTC.
  const temporal = [d.temporal_start, d.temporal_end]
    .filter((x): x is string => Boolean(x))
    .map((x) => i18n.d(x, { dateStyle: 'long', timeZone: 'UTC' }))
    .join(' – ');
  return (
    <table class="meta-table">
      <caption class="visually-hidden">{t('cat.meta')}</caption>
      <tbody>
        <Row label={t('cat.meta.organization')}>
          <a href={`/${locale}/organizations/${d.organization.name}`}>
            <Tr value={d.organization.title} i18n={i18n} />
          </a>
        </Row>
        {d.themes.length > 0 && (
          <Row label={t('cat.meta.themes')}>
            {d.themes.map((th, i) => (
              <span key={th.id}>
                {i > 0 && ', '}
                <a href={`/${locale}/themes/${th.name}`}>
                  <Tr value={th.title} i18n={i18n} />
                </a>
              </span>
            ))}
          </Row>
        )}
        {d.tags.length > 0 && (
          <Row label={t('cat.meta.tags')}>
            <ul class="tags">
              {d.tags.map((tag) => (
                <li key={tag}>
                  <a href={`/${locale}/tags/${encodeURIComponent(tag)}`}>{tag}</a>
                </li>
              ))}
            </ul>
          </Row>
        )}
        <Row label={t('cat.meta.license')}>
          <div>
            {d.license.title[locale]}
            <p class="hint">
              {t(d.license.open ? 'cat.meta.open' : 'cat.meta.not_open')}
              {d.license.url && (
                <>
                  {' '}
                  <a href={d.license.url} rel="license">
                    {t('cat.meta.license_link')}
                  </a>
                </>
              )}
            </p>
          </div>
        </Row>
        <Row label={t('cat.meta.frequency')}>{freq ? freq.label[locale] : d.frequency}</Row>
        <Row label={t('cat.meta.temporal')}>{temporal}</Row>
        <Row label={t('cat.meta.spatial')}>
          {text(d.spatial, i18n) && <Tr value={d.spatial} i18n={i18n} />}
        </Row>
        <Row label={t('cat.meta.contact')}>
          {(d.contact_name || d.contact_email) && (
            <>
              {d.contact_name}
              {d.contact_email && (
                <>
                  {d.contact_name && ' · '}
                  <a href={`mailto:${d.contact_email}`}>{d.contact_email}</a>
                </>
              )}
            </>
          )}
        </Row>
        <Row label={t('cat.meta.version')}>{d.version}</Row>
        <Row label={t('cat.meta.issued')}>{d.issued && i18n.d(d.issued)}</Row>
        <Row label={t('cat.meta.modified')}>{i18n.d(d.updated_at)}</Row>
        {d.extras.map((e) => (
          <Row key={e.key} label={e.key}>
            {e.value}
          </Row>
        ))}
      </tbody>
    </table>
  );
}

function Resources({ d, i18n }: { d: DatasetView; i18n: I18n }) {
  const { t, locale } = i18n;
  if (!d.resources.length) return <p class="muted">{t('cat.resources.none')}</p>;
  return (
    <ul class="resource-list">
      {d.resources.map((r) => (
        <li class="resource-item" key={r.id}>
          <h3>
            <a href={`/${locale}/datasets/${d.name}/resources/${r.id}`}>
              <Tr value={r.title} i18n={i18n} />
            </a>
          </h3>
          <Badges formats={r.format ? [r.format.toUpperCase()] : []} label={t('cat.resource.format')} />
          {r.size !== null && <span class="muted">{formatSize(i18n, r.size)}</span>}
          <a class="button" href={downloadPath(d.name, r.id)}>
            {t('cat.resource.download')}
            <span class="visually-hidden">
              {' '}
              <Tr value={r.title} i18n={i18n} />
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}

export const datasetPage: PageDef<DatasetPageData> = {
  path: '/datasets/:name',
  section: 'datasets',
  async load(ctx) {
    const { name } = ctx.req.params as { name: string };
    const dataset = await getDataset(ctx.svc, name);
    const activity = await listDatasetActivity(ctx.svc, dataset.name, { limit: 20, offset: 0 });
    const url = `${ctx.svc.config.BASE_URL.replace(/\/$/, '')}/${ctx.i18n.locale}/datasets/${dataset.name}`;
    const harvest = await datasetOrigin(ctx.svc.db.db, dataset.id);
    const can = datasetPermissions(ctx.svc, dataset);
    if (harvest) Object.assign(can, { update: false, delete: false });
    return { dataset, url, activity, can, harvest };
  },
  title: (data, { i18n }) => text(data.dataset.title, i18n),
  head: (data, { i18n, svc }) => (
    <>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{
          __html: datasetJsonLd(data.dataset, svc.config.BASE_URL.replace(/\/$/, ''), i18n, data.url),
        }}
      />
      <RdfAlternates i18n={i18n} path={`/dataset/${data.dataset.name}`} />
    </>
  ),
  view({ dataset: d, url, activity, can, harvest }, { i18n, siteName }) {
    const { t } = i18n;
    const title = inLang(d.title, i18n.locale);
    const desc = inLang(d.description, i18n.locale);
    const year = (d.issued ?? d.created_at).slice(0, 4);
    return (
      <article class="dataset">
        <h1 lang={title.lang === i18n.locale ? undefined : title.lang}>{title.text}</h1>
        {harvest && (
          <p class="note">
            {t('harvest.origin', { source: harvest.title, date: i18n.d(harvest.harvestedAt) })}{' '}
            <a href={harvest.remoteUrl ?? harvest.url} dir="ltr">
              {harvest.remoteUrl ?? harvest.url}
            </a>
          </p>
        )}
        {can.update && (
          <p>
            <a class="button" href={`/${i18n.locale}/manage/datasets/${d.name}`}>
              {t('manage.edit')}
            </a>
          </p>
        )}
        <div
          class="prose"
          lang={desc.lang === i18n.locale ? undefined : desc.lang}
          dangerouslySetInnerHTML={{ __html: renderMarkdown(desc.text) }}
        />
        <section aria-labelledby="resources-title">
          <h2 id="resources-title">{t('cat.resources')}</h2>
          <Resources d={d} i18n={i18n} />
        </section>
        <section aria-labelledby="meta-title">
          <h2 id="meta-title">{t('cat.meta')}</h2>
          <Metadata d={d} i18n={i18n} />
        </section>
        <section aria-labelledby="cite-title" class="note">
          <h2 id="cite-title">{t('cat.cite')}</h2>
          <p class="citation">
            {text(d.organization.title, i18n)} ({year}). <cite>{title.text}</cite>. {siteName}. {url} (
            {t('cat.cite.accessed', { date: i18n.d(new Date()) })}).
          </p>
        </section>
        <section aria-labelledby="activity-title">
          <h2 id="activity-title">{t('cat.activity')}</h2>
          <Activity items={activity.items} i18n={i18n} resources={d.resources} />
        </section>
      </article>
    );
  },
};
