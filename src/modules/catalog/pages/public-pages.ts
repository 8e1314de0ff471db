// Registers the public catalogue pages, their feeds and CKAN's old page URLs.
import type { FastifyInstance } from 'fastify';
import { type PageOptions, registerPage } from '../../../web/page.ts';
import { datasetPage } from './public-dataset.tsx';
import { datasetsPage } from './public-datasets.tsx';
import { publicFeedRoutes } from './public-feeds.ts';
import { organizationPage, organizationsPage, tagPage, themePage, themesPage } from './public-orgs.tsx';
import { resourcePage } from './public-resource.tsx';

export function registerPublicCatalogPages(app: FastifyInstance, options: PageOptions): void {
  for (const page of [
    datasetsPage,
    datasetPage,
    resourcePage,
    organizationsPage,
    organizationPage,
    themesPage,
    themePage,
    tagPage,
  ])
    registerPage(app, page as Parameters<typeof registerPage>[1], options);
  publicFeedRoutes(app, options.services, options.siteName);
}
