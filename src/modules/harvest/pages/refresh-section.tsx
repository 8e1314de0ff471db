// The public side of a scheduled refresh, as a section of the catalogue's resource page
// (catalog/pages/resource-sections.ts): the file is updated automatically, how often, the last check and its
// outcome, the last new version and the next check. Its data joins the page's JSON twin as `sections.refresh`.

import { dateTime, tk } from '../../accounts/pages/admin-ui.tsx';
import type { ResourceSection } from '../../catalog/index.ts';
import { type PublicRefreshView, publicRefreshStatus } from '../refresh-public.ts';

export const refreshSection: ResourceSection<PublicRefreshView> = {
  key: 'refresh',
  load: (ctx, datasetName, resourceId) => publicRefreshStatus(ctx.svc, datasetName, resourceId),
  view(r, { i18n }) {
    const { t } = i18n;
    return (
      <section class="refresh-public" aria-labelledby="refresh-public-title">
        <h2 id="refresh-public-title">{t('refresh.public.title')}</h2>
        <p>{t('refresh.public.lead', { schedule: tk(i18n, `harvest.schedule.${r.schedule}`) })}</p>
        <dl class="meta">
          <dt>{t('refresh.public.lastChecked')}</dt>
          <dd>
            {r.lastCheckedAt
              ? t('refresh.public.checkedAt', {
                  date: dateTime(i18n, r.lastCheckedAt),
                  outcome: tk(i18n, `refresh.public.outcome.${r.lastStatus ?? 'ok'}`),
                })
              : t('refresh.public.never')}
          </dd>
          <dt>{t('refresh.public.lastNew')}</dt>
          <dd>{r.lastNewVersionAt ? dateTime(i18n, r.lastNewVersionAt) : t('refresh.public.never')}</dd>
          <dt>{t('refresh.public.next')}</dt>
          <dd>{dateTime(i18n, r.nextRunAt)}</dd>
        </dl>
      </section>
    );
  },
};
