// The DataStore preview as a section of the catalogue's resource page (catalog/pages/resource-sections.ts):
// its data joins the page's JSON twin under `sections.preview`.
import type { ResourceSection } from '../catalog/index.ts';
import { loadPreview, type PreviewData } from './preview-load.ts';
import { DatastorePreview } from './preview-view.tsx';

export const previewSection: ResourceSection<PreviewData> = {
  key: 'preview',
  load: (ctx, _datasetName, resourceId) =>
    loadPreview(ctx.svc, resourceId, ctx.req.query as Record<string, string>),
  view: (data, ctx, where) => (
    <DatastorePreview
      data={data}
      i18n={ctx.i18n}
      base={`/${ctx.i18n.locale}/datasets/${where.datasetName}/resources/${where.resourceId}`}
      query={ctx.req.query as Record<string, string>}
    />
  ),
};
