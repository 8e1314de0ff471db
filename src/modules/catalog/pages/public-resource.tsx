// The page of one resource: its details, the download, and the sections other modules add (the DataStore's
// table, report and preview) through resource-sections.ts.
import type { PageDef } from '../../../web/page.ts';
import { getDataset } from '../datasets.service.ts';
import type { DatasetView, ResourceView } from '../present.ts';
import { getResource } from '../resources.service.ts';
import { downloadPath } from './public-dataset.tsx';
import { formatSize, Tr, text } from './public-kit.tsx';
import { loadResourceSections, resourceSectionViews } from './resource-sections.ts';

interface ResourceData {
  dataset: { name: string; title: DatasetView['title'] };
  resource: ResourceView;
  download: string;
  /** Sections other modules add (resource-sections.ts), by key. */
  sections: Record<string, unknown>;
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
      sections: await loadResourceSections(ctx, dataset.name, resource.id),
    };
  },
  title: (d, { i18n }) => text(d.resource.title, i18n) || d.resource.id,
  view({ dataset, resource: r, download, sections }, ctx) {
    const { i18n } = ctx;
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
          {t('cat.resource.dataset')}{' '}
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
        {resourceSectionViews(sections, ctx, { datasetName: dataset.name, resourceId: r.id })}
      </article>
    );
  },
};
