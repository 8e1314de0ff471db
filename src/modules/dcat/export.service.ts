// Exports: a page of the catalogue (site-wide or one organisation's) and one dataset, in any RDF format.
// Catalogue pages stream: ids are read in batches (keyset), each batch's views are loaded, turned into quads and
// written before the next batch is read. Everything exported is what an anonymous visitor may read.
import { PassThrough } from 'node:stream';
import type { ServiceContext } from '../../context.ts';
import { Fields } from '../../kernel/validate.ts';
import { anonymous, orgsService } from '../accounts/index.ts';
import { type DatasetView, datasetsService } from '../catalog/index.ts';
import { publicBatches } from './batches.ts';
import { catalogHeadQuads, servesQuads } from './catalog-graph.ts';
import * as repo from './dcat.repo.ts';
import { Described, datasetQuads, uris } from './graph.ts';
import { node, QuadBuffer, type RdfFormat } from './namespaces.ts';
import { datasetValidator, feedValidator, type Validator } from './validators.ts';
import { quadSink } from './writers.ts';

export const baseUrl = (ctx: ServiceContext) => ctx.config.BASE_URL.replace(/\/$/, '');

/** The e-mail address inside MAIL_FROM ("Name <a@b>" or "a@b"): the portal's own contact. */
export const mailOf = (from: string) => /<([^>]+)>/.exec(from)?.[1] ?? from.trim();

export interface CatalogRequest {
  format: RdfFormat;
  page: number;
  /** Set for an organisation's catalogue (its name). */
  organization?: string;
}

async function catalogOrg(ctx: ServiceContext, name: string | undefined) {
  if (name === undefined) return undefined;
  const view = await orgsService.getOrganization({ ...ctx, actor: anonymous }, name);
  return (await repo.orgInfos(ctx.db.db, [view.id]))[0];
}

/** The cache validator of a catalogue page (an unknown organisation is refused as by the export). */
export async function catalogValidator(ctx: ServiceContext, req: CatalogRequest): Promise<Validator> {
  const org = await catalogOrg(ctx, req.organization);
  return feedValidator(ctx, { organizationId: org?.id }, ['catalog', req.format, req.page]);
}

/** Checks the request, then returns a stream of the page; errors before the first byte are AppErrors. */
export async function exportCatalog(ctx: ServiceContext, req: CatalogRequest): Promise<PassThrough> {
  const db = ctx.db.db;
  const base = baseUrl(ctx);
  const pageSize = ctx.config.DCAT_PAGE_SIZE;
  const org = await catalogOrg(ctx, req.organization);
  const filter = { organizationId: org?.id };
  const { total, issued, modified } = await repo.countPublic(db, filter);
  const last = Math.max(1, Math.ceil(total / pageSize));
  if (req.page > last) new Fields().add('page', 'too_large', { max: last }).check();
  const path = org ? `/organizations/${org.name}/catalog.${req.format}` : `/catalog.${req.format}`;
  const catalogUri = org ? uris(base).orgCatalog(org.name) : uris(base).catalog;
  const out = new PassThrough();
  const seen = new Described(await repo.chosenEuThemes(db));
  const sink = quadSink(req.format, out);
  const run = async () => {
    await sink.write(
      catalogHeadQuads(
        {
          base,
          siteName: ctx.config.SITE_NAME,
          uri: catalogUri,
          org,
          issued,
          modified,
          contactEmail: mailOf(ctx.config.MAIL_FROM),
          paging: { page: req.page, pageSize, total, pageUrl: (p) => `${base}${path}?page=${p}` },
        },
        seen,
      ),
    );
    const first = (req.page - 1) * pageSize;
    for await (const { views, orgs } of publicBatches(db, filter, first, pageSize, org ? [org] : [])) {
      const b = new QuadBuffer();
      const datasetUris = views.map((v) => uris(base).dataset(v));
      for (const d of datasetUris) b.add(node(catalogUri), 'dcat', 'dataset', node(d));
      await sink.write(b.take());
      // One dataset's quads at a time: nothing of a batch but its views outlives the next write.
      for (const v of views) await sink.write(datasetQuads(seen, base, v, orgs.get(v.organization.id)));
      await sink.write(servesQuads(base, datasetUris));
    }
    await sink.end();
  };
  run().catch((err) => {
    ctx.log.error({ err }, 'catalogue export failed');
    out.destroy(err as Error);
  });
  return out;
}

/** A public dataset (by name or id) and the cache validator of its document in `format`. */
export async function datasetDocument(ctx: ServiceContext, key: string, format: RdfFormat) {
  const view = await datasetsService.getDataset({ ...ctx, actor: anonymous }, key);
  return { view, validator: await datasetValidator(ctx, view, [format]) };
}

/** One public dataset (by name or id) with its distributions, as a document of its own. */
export async function exportDataset(
  ctx: ServiceContext,
  key: string | DatasetView,
  format: RdfFormat,
): Promise<PassThrough> {
  const view =
    typeof key === 'string' ? await datasetsService.getDataset({ ...ctx, actor: anonymous }, key) : key;
  const org = (await repo.orgInfos(ctx.db.db, [view.organization.id]))[0];
  const chosen = await repo.chosenEuThemes(ctx.db.db);
  const out = new PassThrough();
  const sink = quadSink(format, out);
  (async () => {
    await sink.write(datasetQuads(new Described(chosen), baseUrl(ctx), view, org));
    await sink.end();
  })().catch((err) => out.destroy(err as Error));
  return out;
}
