// The "Data requests" section of an organisation's page: counts by status, answer times (median working days,
// share answered on time, overdue now), the latest requests and a link to the filtered list.
import type { I18n } from '../../../i18n/index.ts';
import type { OrganizationRequests } from '../stats.service.ts';
import { statuses } from '../workflow.ts';
import { RequestList, statusLabel } from './request-kit.tsx';

export { organizationRequests } from '../stats.service.ts';

export function OrgRequestsSection({ s, org, i18n }: { s: OrganizationRequests; org: string; i18n: I18n }) {
  const { t, locale } = i18n;
  const none = t('requests.stats.none');
  return (
    <section aria-labelledby="org-requests">
      <h2 id="org-requests">
        {t('requests.org.title')} ({i18n.n(s.total)})
      </h2>
      <p>{t('requests.org.lead')}</p>
      <dl class="facts">
        <dt>{t('requests.stats.median')}</dt>
        <dd>{s.median_days === null ? none : t('requests.stats.days', { n: s.median_days })}</dd>
        <dt>{t('requests.stats.on_time')}</dt>
        <dd>{s.on_time_share === null ? none : i18n.n(s.on_time_share, { style: 'percent' })}</dd>
        <dt>{t('requests.org.overdue_now')}</dt>
        <dd>
          <a href={`/${locale}/requests?organization=${encodeURIComponent(org)}&overdue=1`}>
            {i18n.n(s.overdue_now)}
          </a>
        </dd>
        {statuses
          .filter((st) => s.by_status[st])
          .map((st) => (
            <>
              <dt>{statusLabel(i18n, st)}</dt>
              <dd>
                <a href={`/${locale}/requests?organization=${encodeURIComponent(org)}&status=${st}`}>
                  {i18n.n(s.by_status[st] ?? 0)}
                </a>
              </dd>
            </>
          ))}
      </dl>
      {s.latest.length > 0 && (
        <>
          <h3>{t('requests.org.latest')}</h3>
          <RequestList items={s.latest} i18n={i18n} />
        </>
      )}
      <p>
        <a href={`/${locale}/requests?organization=${encodeURIComponent(org)}`}>{t('requests.org.all')}</a>
      </p>
    </section>
  );
}
