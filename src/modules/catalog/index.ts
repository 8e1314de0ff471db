// Catalogue: datasets, resources, themes, tags, licences, frequencies, revisions and activity.

export { listActivity, listDatasetActivity } from './activity.service.ts';
export { catalogRoutes } from './catalog.routes.ts';
export { type CheckedDataset, type DatasetInput, MAX_TAGS } from './dataset-input.ts';
export { loadDatasetViews } from './dataset-views.ts';
export * as datasetsService from './datasets.service.ts';
export type { Translated } from './fields.ts';
export { isoDate, translated } from './fields.ts';
export { FREQUENCY_BASE_URI, type Frequency, findFrequency, frequencies } from './frequencies.ts';
export { DEFAULT_LICENSE_ID, findLicense, type License, licenses } from './licenses.ts';
export { renderMarkdown } from './markdown.ts';
export { registerManagePages } from './pages/manage-pages.tsx';
export { registerPublicCatalogPages } from './pages/public-pages.ts';
export { addResourceSection, type ResourceSection } from './pages/resource-sections.ts';
export {
  type DatasetView,
  type Extra,
  presentDataset,
  presentResource,
  presentRevision,
  presentTheme,
  type ResourceView,
  type RevisionView,
  type ThemeView,
} from './present.ts';
export type { StoredFile } from './resources.service.ts';
export * as resourcesService from './resources.service.ts';
export { diff } from './revisions.ts';
export { type DatasetScope, datasetScope } from './scope.ts';
export { catalogCounts } from './stats.service.ts';
export { isTabular, TABULAR_FORMATS } from './tabular.ts';
export * as tagsService from './tags.service.ts';
export * as themesService from './themes.service.ts';
export { uploadRoutes } from './uploads.routes.ts';
export * as uploadsService from './uploads.service.ts';
