import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { ckanRoutes } from './api/ckan/index.ts';
import type { Config } from './config.ts';
import type { DbHandle } from './db/types.ts';
import { installAuth } from './http/auth.ts';
import { wantsJsonByHeaders } from './http/context.ts';
import { corsForReads } from './http/cors.ts';
import { installErrorHandlers } from './http/errors.ts';
import { healthRoutes } from './http/health.ts';
import { isJsonTwin, rewriteJsonTwin } from './http/json-twin.ts';
import { negotiateLocale } from './http/locale.ts';
import { securityHeaders } from './http/security-headers.ts';
import { type I18n, i18nFor } from './i18n/index.ts';
import type { JobQueue } from './jobs/index.ts';
import {
  accountsRoutes,
  anonymous,
  loadSecretKey,
  registerAdminPages,
  registerAuthPages,
} from './modules/accounts/index.ts';
import { apidocRoutes, apiPage } from './modules/apidoc/index.ts';
import {
  addResourceSection,
  catalogRoutes,
  registerManagePages,
  registerPublicCatalogPages,
  uploadRoutes,
} from './modules/catalog/index.ts';
import { datastoreRoutes, registerDatastorePages } from './modules/datastore/index.ts';
import { previewSection } from './modules/datastore/preview-section.tsx';
import { datastoreQueryRoutes } from './modules/datastore/query-routes.ts';
import { dcatRoutes } from './modules/dcat/index.ts';
import { createStorage } from './modules/files/index.ts';
import { harvestRoutes, registerHarvestPages } from './modules/harvest/index.ts';
import { inventoryRoutes, registerInventoryPages } from './modules/inventory/index.ts';
import { plansRoutes, registerPlanPages } from './modules/plans/index.ts';
import { registerRequestPages, requestsRoutes } from './modules/requests/index.ts';
import { searchRoutes } from './modules/search/index.ts';
import { assetsDir } from './web/assets.ts';
import { registerPage } from './web/page.ts';
import { aboutPage } from './web/pages/about.tsx';
import { renderErrorPage } from './web/pages/error.tsx';
import { homePage } from './web/pages/home.tsx';

export interface AppDeps {
  config: Config;
  db: DbHandle;
  queue: JobQueue;
  /** Fastify logger options (tests pass false). */
  logger?: FastifyServerOptions['logger'];
  /** Sees every route as it is registered (the authorization matrix test lists write routes with it). */
  onRoute?: (route: { method: string | string[]; url: string }) => void;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config } = deps;
  const app = Fastify({
    logger: deps.logger ?? {
      level: config.LOG_LEVEL,
      redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-ckan-api-key"]'],
    },
    trustProxy: config.TRUST_PROXY,
    bodyLimit: config.BODY_LIMIT_BYTES,
    rewriteUrl: rewriteJsonTwin,
    requestIdHeader: false,
    genReqId: (raw) => {
      const given = raw.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  });

  const siteName = (i18n: I18n) => config.SITE_NAME || i18n.t('site.name');

  if (deps.onRoute) {
    const seen = deps.onRoute;
    app.addHook('onRoute', (route) => seen({ method: route.method, url: route.url }));
  }
  app.decorateRequest('ctx', null as never);
  await app.register(cookie);
  await app.register(formbody);
  // Uploads stream to storage; one file per request. One byte over the limit lets the storage refuse the
  // file itself (a cut-off part would otherwise look complete).
  await app.register(multipart, {
    limits: { fileSize: config.UPLOAD_MAX_MB * 1048576 + 1, files: 1, fields: 50 },
  });
  app.addHook('onRequest', async (req, reply) => {
    const locale = negotiateLocale(req, config.DEFAULT_LOCALE as 'ar' | 'fr' | 'en');
    req.ctx = {
      requestId: req.id,
      locale,
      i18n: i18nFor(locale),
      ip: req.ip,
      wantsJson: isJsonTwin(req.raw) || wantsJsonByHeaders(req),
      actor: anonymous,
      viaToken: false,
    };
    reply.header('X-Request-Id', req.id);
  });
  securityHeaders(app, { https: config.BASE_URL.startsWith('https:') });
  const services = { config, db: deps.db, queue: deps.queue, log: app.log };
  // Loaded on first use, not at build: /readyz must answer even before migrations.
  let secret: Promise<string> | null = null;
  const getSecret = () => {
    secret ??= loadSecretKey(deps.db.db, config.SECRET_KEY).catch((err) => {
      secret = null;
      throw err;
    });
    return secret;
  };
  app.decorate('secretKey', getSecret);
  installAuth(app, services, getSecret);
  accountsRoutes(app, services);
  catalogRoutes(app, services);
  searchRoutes(app, services);
  plansRoutes(app, services);
  requestsRoutes(app, services);
  inventoryRoutes(app, services);
  harvestRoutes(app, services);
  datastoreQueryRoutes(app, services);
  datastoreRoutes(app, services);
  const storage = createStorage(config);
  app.addHook('onClose', () => storage.close());
  uploadRoutes(app, services, storage);
  ckanRoutes(app, services, storage);
  apidocRoutes(app, services);
  dcatRoutes(app, services);
  corsForReads(app);
  installErrorHandlers(app, (req, error, body) => renderErrorPage(req, error, body, siteName(req.ctx.i18n)));

  await app.register(fastifyStatic, {
    root: assetsDir,
    prefix: '/assets/',
    maxAge: '1h',
    index: false,
  });

  healthRoutes(app, deps.db);

  app.get('/', async (req, reply) => {
    reply.header('Vary', 'Accept-Language, Cookie');
    return reply.redirect(`/${req.ctx.locale}/`, 302);
  });
  app.get('/:lang', async (req, reply) => {
    const { lang } = req.params as { lang: string };
    if (lang !== req.ctx.locale) return reply.callNotFound();
    return reply.redirect(`/${lang}/`, 301);
  });
  // The back-office has no page of its own: its address leads to the datasets the user manages.
  app.get('/:lang/manage', async (req, reply) => {
    const { lang } = req.params as { lang: string };
    if (lang !== req.ctx.locale) return reply.callNotFound();
    return reply.redirect(`/${lang}/manage/datasets`, 302);
  });

  const pageOptions = { siteName, services };
  registerPage(app, homePage, pageOptions);
  registerPublicCatalogPages(app, pageOptions);
  registerPlanPages(app, pageOptions);
  registerPage(app, aboutPage, pageOptions);
  registerPage(app, apiPage, pageOptions);
  registerAuthPages(app, pageOptions);
  registerAdminPages(app, pageOptions);
  registerManagePages(app, pageOptions, storage);
  registerRequestPages(app, pageOptions);
  registerInventoryPages(app, pageOptions);
  registerHarvestPages(app, pageOptions);
  registerDatastorePages(app, pageOptions);
  addResourceSection(previewSection);

  return app;
}
