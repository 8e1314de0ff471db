// DCAT-AP 3.0.1, schema.org and Project Open Data exports of the public catalogue; the EU vocabulary mapping.

export { dcatRoutes } from './dcat.routes.ts';
export { negotiateRdf } from './negotiate.ts';
export * as vocabularies from './vocabularies.ts';
