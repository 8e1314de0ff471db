// Atom feeds of new and updated datasets (site-wide and per organisation) and CKAN's old organisation URL.
// Feeds are public syndication: they list what an anonymous visitor may see, whoever asks.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../../../context.ts';
import { serviceContext } from '../../../http/context.ts';
import type { I18n } from '../../../i18n/index.ts';
import { AppError } from '../../../kernel/errors.ts';
import { anonymous, orgsService } from '../../accounts/index.ts';
import { listDatasets } from '../datasets.service.ts';
import type { DatasetView } from '../present.ts';
import { text } from './public-kit.tsx';

const esc = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // Characters XML 1.0 does not allow.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');

export function atomFeed(opts: {
  i18n: I18n;
  base: string;
  self: string;
  alternate: string;
  title: string;
  author: string;
  items: DatasetView[];
}): string {
  const { i18n, base, items } = opts;
  const updated = items[0]?.updated_at ?? new Date(0).toISOString();
  const entries = items.map((d) => {
    const url = `${base}/${i18n.locale}/datasets/${d.name}`;
    const summary = text(d.description, i18n).slice(0, 1000);
    return [
      '  <entry>',
      `    <id>urn:uuid:${esc(d.id)}</id>`,
      `    <title>${esc(text(d.title, i18n) || d.name)}</title>`,
      `    <link rel="alternate" type="text/html" href="${esc(url)}"/>`,
      `    <published>${esc(d.issued ? `${d.issued.slice(0, 10)}T00:00:00Z` : d.created_at)}</published>`,
      `    <updated>${esc(d.updated_at)}</updated>`,
      `    <author><name>${esc(text(d.organization.title, i18n) || d.organization.name)}</name></author>`,
      `    <summary type="text">${esc(summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${i18n.locale}">`,
    `  <id>${esc(base + opts.self)}</id>`,
    `  <title>${esc(opts.title)}</title>`,
    `  <updated>${esc(updated)}</updated>`,
    `  <author><name>${esc(opts.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${esc(base + opts.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${esc(base + opts.alternate)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

export function publicFeedRoutes(app: FastifyInstance, services: Services, siteName: (i18n: I18n) => string) {
  const base = () => services.config.BASE_URL.replace(/\/$/, '');
  const send = (reply: FastifyReply, xml: string) =>
    reply.type('application/atom+xml; charset=utf-8').header('Vary', 'Accept-Language').send(xml);
  const publicCtx = (req: FastifyRequest) => ({ ...serviceContext(req, services), actor: anonymous });

  app.get('/feeds/datasets.atom', async (req, reply) => {
    const { i18n } = req.ctx;
    const svc = publicCtx(req);
    const { items } = await listDatasets(svc, { sort: 'updated', limit: 50, offset: 0 });
    const name = siteName(i18n);
    const title = `${name} · ${i18n.t('cat.datasets.title')}`;
    const alternate = `/${i18n.locale}/datasets`;
    return send(
      reply,
      atomFeed({ i18n, base: base(), self: '/feeds/datasets.atom', alternate, title, author: name, items }),
    );
  });

  app.get('/feeds/organizations/:file', async (req, reply) => {
    const { file } = req.params as { file: string };
    if (!file.endsWith('.atom')) throw new AppError('http.not_found');
    const { i18n } = req.ctx;
    const svc = publicCtx(req);
    const org = await orgsService.getOrganization(svc, file.slice(0, -'.atom'.length));
    const { items } = await listDatasets(svc, {
      organization: org.name,
      sort: 'updated',
      limit: 50,
      offset: 0,
    });
    const orgTitle = text(org.title, i18n) || org.name;
    return send(
      reply,
      atomFeed({
        i18n,
        base: base(),
        self: `/feeds/organizations/${org.name}.atom`,
        alternate: `/${i18n.locale}/organizations/${org.name}`,
        title: `${orgTitle} · ${siteName(i18n)}`,
        author: orgTitle,
        items,
      }),
    );
  });

  // CKAN's page URLs, kept working for old links and bookmarks.
  const redirect = (to: string) => async (req: FastifyRequest, reply: FastifyReply) => {
    const { name } = req.params as { name: string };
    reply.header('Vary', 'Accept-Language, Cookie');
    return reply.redirect(`/${req.ctx.locale}/${to}/${encodeURIComponent(name)}`, 301);
  };
  // /dataset/:name (CKAN's page URL and our DCAT dataset URIs) is served by the dcat module: it negotiates.
  app.get('/organization/:name', redirect('organizations'));
}
