// The open data officer's queue: requests routed to the actor's organisations (every open request for a
// moderator), overdue ones flagged, each with a link to its answer forms.

import type { RequestStatus } from '../../../db/tables/requests.ts';
import type { PageDef } from '../../../web/page.ts';
import { Paging, pageOf } from '../../catalog/pages/public-kit.tsx';
import type { RequestView } from '../present.ts';
import { listQueue } from '../requests.service.ts';
import { RequestList, statusLabel } from './request-kit.tsx';

interface QueueData {
  total: number;
  page: number;
  limit: number;
  moderator: boolean;
  items: (RequestView & { next: RequestStatus[] })[];
}

export const requestQueuePage: PageDef<QueueData> = {
  path: '/requests/queue',
  section: 'requests',
  signedIn: true,
  async load(ctx) {
    const { page, limit, offset } = pageOf(ctx, 50);
    return { page, limit, ...(await listQueue(ctx.svc, { limit, offset })) };
  },
  title: (_d, { i18n }) => i18n.t('requests.queue.title'),
  view(d, { i18n, url }) {
    const { t } = i18n;
    return (
      <div>
        <h1>{t('requests.queue.title')}</h1>
        <p class="lead">{d.moderator ? t('requests.queue.lead_moderator') : t('requests.queue.lead')}</p>
        <h2>{t('requests.count', { n: i18n.n(d.total) })}</h2>
        {d.items.length ? <RequestList items={d.items} i18n={i18n} /> : <p>{t('requests.queue.none')}</p>}
        {d.items.some((r) => r.next.length) && (
          <p class="muted">
            {t('requests.act.to')}:{' '}
            {[...new Set(d.items.flatMap((r) => r.next))].map((s) => statusLabel(i18n, s)).join(', ')}
          </p>
        )}
        <Paging i18n={i18n} url={url} page={d.page} total={d.total} size={d.limit} />
      </div>
    );
  },
};
