// Search: multilingual full-text search over the catalogue with facets (SQLite FTS5 or PostgreSQL tsvector).
export * from './contract.ts';
export { indexDatasets, indexDatasetsOf, reindexAll } from './indexer.ts';
export { tokenize } from './normalize.ts';
export { searchDatasets } from './search.service.ts';
