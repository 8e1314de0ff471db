// The Atom feed of data requests, `/feeds/requests.atom`, with the list page's filters (status, organization,
// topic, overdue). Public syndication: it lists what an anonymous visitor sees, whoever asks.
import type { FastifyInstance } from 'fastify';
import { serviceContext } from '../../../http/context.ts';
import type { I18n } from '../../../i18n/index.ts';
import type { PageOptions } from '../../../web/page.ts';
import { anonymous } from '../../accounts/index.ts';
import { atomDocument } from '../../catalog/pages/public-feeds.ts';
import { text } from '../../catalog/pages/public-kit.tsx';
import { listRequests } from '../requests.service.ts';
import { statusLabel } from './request-kit.tsx';

export const feedFilters = ['status', 'organization', 'topic', 'overdue'] as const;

/** The feed's address for the list's current filters (empty ones left out). */
export function requestsFeedHref(filters: Partial<Record<(typeof feedFilters)[number], string | boolean>>) {
  const params = new URLSearchParams();
  for (const k of feedFilters) {
    const v = filters[k];
    if (v === true) params.set(k, '1');
    else if (typeof v === 'string' && v) params.set(k, v);
  }
  const qs = params.toString();
  return `/feeds/requests.atom${qs ? `?${qs}` : ''}`;
}

export function requestFeedRoutes(app: FastifyInstance, options: PageOptions) {
  const { services } = options;
  app.get('/feeds/requests.atom', async (req, reply) => {
    const i18n: I18n = req.ctx.i18n;
    const svc = { ...serviceContext(req, services), actor: anonymous };
    const q = req.query as Record<string, string | undefined>;
    const { items } = await listRequests(svc, {
      status: q.status,
      organization: q.organization,
      topic: q.topic,
      overdue: q.overdue,
      sort: 'date',
      limit: 50,
      offset: 0,
    });
    const base = services.config.BASE_URL.replace(/\/$/, '');
    const site = options.siteName(i18n);
    const self = requestsFeedHref({
      status: q.status,
      organization: q.organization,
      topic: q.topic,
      overdue: q.overdue === '1' || q.overdue === 'true',
    });
    const xml = atomDocument({
      i18n,
      base,
      self,
      alternate: `/${i18n.locale}/requests${self.includes('?') ? self.slice(self.indexOf('?')) : ''}`,
      title: `${site} · ${i18n.t('requests.feed.title')}`,
      author: site,
      entries: items.map((r) => ({
        id: r.id,
        title: r.title,
        url: `${base}/${i18n.locale}/requests/${r.id}`,
        published: r.created_at,
        updated: r.updated_at,
        author: r.organization ? text(r.organization.title, i18n) || r.organization.name : site,
        summary: `${statusLabel(i18n, r.status)}. ${r.description}`.slice(0, 1000),
        lang: r.locale,
      })),
    });
    return reply.type('application/atom+xml; charset=utf-8').header('Vary', 'Accept-Language').send(xml);
  });
}
