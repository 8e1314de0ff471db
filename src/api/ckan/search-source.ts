// Where package_search gets its results: the search module's service.
export { searchDatasets } from '../../modules/search/index.ts';
