// The open data officer's queue: requests routed to the actor's organisations (every open request for a
// moderator), overdue ones flagged, each with a link to its answer forms.

import type { RequestStatus } from '../../../db/tables/requests.ts';
import type { PageDef } from '../../../web/page.ts';
import { Paging, pageOf } from '../../catalog/pages/public-kit.tsx';
import type { RequestView } from '../present.ts';
import { listQueue } from '../requests.service.ts';
import { dirOf, q, RequestList, statusLabel } from './request-kit.tsx';

interface QueueData {
  total: number;
  page: number;
  limit: number;
  moderator: boolean;
  assigned: 'me' | null;
  items: (RequestView & { next: RequestStatus[] })[];
}

export const requestQueuePage: PageDef<QueueData> = {
  path: '/requests/queue',
  section: 'requests',
  signedIn: true,
  async load(ctx) {
    const { page, limit, offset } = pageOf(ctx, 50);
    return { page, limit, ...(await listQueue(ctx.svc, { limit, offset, assigned: q(ctx, 'assigned') })) };
  },
  title: (_d, { i18n }) => i18n.t('requests.queue.title'),
  view(d, { i18n, url, csrf }) {
    const { t, locale } = i18n;
    const quick = d.items.filter((r) => r.next.length);
    return (
      <div>
        <h1>{t('requests.queue.title')}</h1>
        <p class="lead">{d.moderator ? t('requests.queue.lead_moderator') : t('requests.queue.lead')}</p>
        <form method="get" action={`/${locale}/requests/queue`} class="filters">
          <div class="field">
            <label for="q-assigned">{t('requests.queue.filter')}</label>
            <select id="q-assigned" name="assigned">
              <option value="">{t('requests.queue.all')}</option>
              <option value="me" selected={d.assigned === 'me'}>
                {t('requests.queue.mine')}
              </option>
            </select>
          </div>
          <button type="submit">{t('requests.filter.apply')}</button>
        </form>
        <h2>{t('requests.count', { n: d.total })}</h2>
        {d.items.length ? <RequestList items={d.items} i18n={i18n} /> : <p>{t('requests.queue.none')}</p>}
        {quick.length > 0 && (
          <section aria-labelledby="quick-title">
            <h2 id="quick-title">{t('requests.queue.quick')}</h2>
            {quick.map((r) => (
              // A quick step per request; moves that need more (date, reason, datasets) come back to the
              // request page's full form with the fields to fill.
              <form
                key={r.id}
                method="post"
                action={`/${locale}/requests/${r.id}/transition`}
                class="filters"
              >
                <input type="hidden" name="_csrf" value={csrf} />
                <input type="hidden" name="back" value="queue" />
                <div class="field">
                  <label for={`to-${r.id}`}>
                    {t('requests.act.to')} —{' '}
                    <span lang={r.locale} dir={dirOf(r.locale)}>
                      {r.title}
                    </span>
                  </label>
                  <select id={`to-${r.id}`} name="to">
                    {r.next.map((s) => (
                      <option key={s} value={s}>
                        {statusLabel(i18n, s)}
                      </option>
                    ))}
                  </select>
                </div>
                <div class="field">
                  <label for={`note-${r.id}`}>{t('requests.act.note')}</label>
                  <input id={`note-${r.id}`} name="note" type="text" />
                </div>
                <button type="submit">{t('requests.act.submit')}</button>
              </form>
            ))}
          </section>
        )}
        <Paging i18n={i18n} url={url} page={d.page} total={d.total} size={d.limit} />
      </div>
    );
  },
};
