// CKAN-compatible Action API (v3): routes, actions, dict mapping, fq parsing.

export { actions } from './actions/index.ts';
export { CKAN_PREFIXES, ckanRoutes } from './ckan.routes.ts';
export { parseFq } from './fq.ts';
