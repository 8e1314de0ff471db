// Search: multilingual full-text search over the catalogue with facets (SQLite FTS5 or PostgreSQL tsvector).
export * from './contract.ts';
export { indexDatasets, indexDatasetsOf, reindexAll } from './indexer.ts';
export { tokenize } from './normalize.ts';
export { filtersOf, type QueryParams, searchFromParams } from './params.ts';
export { searchRoutes } from './search.routes.ts';
export { searchDatasets } from './search.service.ts';
