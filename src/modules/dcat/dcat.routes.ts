// Public metadata feeds: the DCAT-AP catalogue (site-wide and per organisation, paged), one dataset by
// extension or by content negotiation at CKAN's /dataset/<name> (HTML stays the default: a redirect to the
// page), and Project Open Data's /data.json. Public syndication: what an anonymous visitor may read.
import type { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../../context.ts';
import { serviceContext } from '../../http/context.ts';
import { isJsonTwin } from '../../http/json-twin.ts';
import { param, query } from '../../http/route-kit.ts';
import { Fields } from '../../kernel/validate.ts';
import { exportDataJson } from './datajson.ts';
import {
  type CatalogRequest,
  catalogValidator,
  datasetDocument,
  exportCatalog,
  exportDataset,
} from './export.service.ts';
import { isRdfFormat, type RdfFormat, rdfFormats } from './namespaces.ts';
import { negotiateRdf } from './negotiate.ts';
import { feedValidator, notModified } from './validators.ts';

/** `?page=N` (1 when absent); anything but a positive integer is a field error. */
function pageOf(req: FastifyRequest): number {
  const raw = query(req).page;
  if (raw === undefined || raw === '') return 1;
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < 1) new Fields().add('page', 'invalid_value').check();
  return Number(raw);
}

/** Feeds are read by programs: their errors answer in JSON (the one REST error shape). */
const asApi = async (req: FastifyRequest) => {
  req.ctx.wantsJson = true;
};

function sendRdf(reply: FastifyReply, format: RdfFormat, stream: PassThrough) {
  return reply
    .type(`${rdfFormats[format]}; charset=utf-8`)
    .header('Access-Control-Allow-Origin', '*')
    .send(stream);
}

export function dcatRoutes(app: FastifyInstance, services: Services): void {
  const ctx = (req: FastifyRequest) => serviceContext(req, services);

  /** A catalogue page, or 304 when the client's copy is current (ETag / Last-Modified). */
  const catalog = async (req: FastifyRequest, reply: FastifyReply, r: CatalogRequest) => {
    const c = ctx(req);
    if (notModified(req, reply, await catalogValidator(c, r))) return reply;
    return sendRdf(reply, r.format, await exportCatalog(c, r));
  };

  for (const format of Object.keys(rdfFormats) as RdfFormat[]) {
    app.get(`/catalog.${format}`, { preHandler: asApi }, async (req, reply) =>
      catalog(req, reply, { format, page: pageOf(req) }),
    );
    app.get(`/organizations/:name/catalog.${format}`, { preHandler: asApi }, async (req, reply) =>
      catalog(req, reply, { format, page: pageOf(req), organization: param(req, 'name') }),
    );
  }

  // The catalogue's URI: RDF by negotiation, the dataset list for browsers.
  app.get('/catalog', async (req, reply) => {
    reply.header('Vary', 'Accept, Accept-Language, Cookie');
    const twin = isJsonTwin(req.raw);
    const format = twin ? null : negotiateRdf(req.headers.accept);
    if (!format) return reply.redirect(`/${req.ctx.locale}/datasets${twin ? '.json' : ''}`, 303);
    await asApi(req);
    return catalog(req, reply, { format, page: pageOf(req) });
  });

  // CKAN's page URL, and our dataset URIs: `/dataset/<name|id>[.ttl|.jsonld|.rdf|.nt]` or Accept.
  app.get('/dataset/:name', async (req, reply) => {
    const raw = param(req, 'name');
    const dot = raw.lastIndexOf('.');
    const ext = dot > 0 ? raw.slice(dot + 1) : '';
    const twin = isJsonTwin(req.raw);
    if (!isRdfFormat(ext)) reply.header('Vary', 'Accept, Accept-Language, Cookie');
    const format = isRdfFormat(ext) ? ext : twin ? null : negotiateRdf(req.headers.accept);
    if (!format)
      return reply.redirect(
        `/${req.ctx.locale}/datasets/${encodeURIComponent(raw)}${twin ? '.json' : ''}`,
        301,
      );
    await asApi(req);
    const key = isRdfFormat(ext) ? raw.slice(0, dot) : raw;
    const c = ctx(req);
    const doc = await datasetDocument(c, key, format);
    if (notModified(req, reply, doc.validator)) return reply;
    return sendRdf(reply, format, await exportDataset(c, doc.view, format));
  });

  // Texts are in the negotiated language: the validator and Vary say so.
  app.get('/data.json', { preHandler: asApi }, async (req, reply) => {
    const c = ctx(req);
    reply.header('Vary', 'Accept-Language, Cookie').header('Access-Control-Allow-Origin', '*');
    if (notModified(req, reply, await feedValidator(c, {}, ['data.json', c.locale]))) return reply;
    return reply.type('application/json; charset=utf-8').send(await exportDataJson(c));
  });
}
