// Shared pieces of the request pages: status labels, the overdue badge, one request in a list.
import type { RequestStatus } from '../../../db/tables/requests.ts';
import type { I18n } from '../../../i18n/index.ts';
import type { PageContext } from '../../../web/page.ts';
import { Tr } from '../../catalog/pages/public-kit.tsx';
import type { RequestView } from '../present.ts';

/** The writing direction of a request's language (its text keeps it on a page in another language). */
export const dirOf = (locale: string) => (locale === 'ar' ? 'rtl' : 'ltr');

export const statusLabel = (i18n: I18n, s: RequestStatus) => i18n.t(`requests.status.${s}`);

/** Dates: full ISO timestamps or plain YYYY-MM-DD days (read at noon UTC so no time zone shifts the day). */
export const day = (i18n: I18n, iso: string) =>
  i18n.d(iso.length === 10 ? `${iso}T12:00:00Z` : iso, { dateStyle: 'long', timeZone: 'UTC' });

/** A query parameter as a string ('' when absent). */
export function q(ctx: PageContext, name: string): string {
  const v = (ctx.req.query as Record<string, unknown> | undefined)?.[name];
  return typeof v === 'string' ? v : '';
}

export function StatusBadges({ r, i18n }: { r: RequestView; i18n: I18n }) {
  return (
    <span class="badges">
      <span class="badge">{statusLabel(i18n, r.status)}</span>{' '}
      {r.overdue && <strong class="badge">{i18n.t('requests.overdue')}</strong>}{' '}
      {r.urgent && (
        <strong class="badge">
          {r.urgent.confirmed ? i18n.t('requests.urgent_confirmed') : i18n.t('requests.urgent')}
        </strong>
      )}{' '}
      {r.assigned && <span class="badge">{i18n.t('requests.assigned')}</span>}
    </span>
  );
}

export function RequestList({ items, i18n }: { items: RequestView[]; i18n: I18n }) {
  const { t, locale } = i18n;
  return (
    <ul class="dataset-list">
      {items.map((r) => (
        <li key={r.id} class="dataset-item">
          <h3 class="dataset-title">
            <a href={`/${locale}/requests/${r.id}`} lang={r.locale} dir={dirOf(r.locale)}>
              {r.title}
            </a>
          </h3>
          <p>
            <StatusBadges r={r} i18n={i18n} />
          </p>
          <p class="dataset-meta">
            {r.organization ? <Tr value={r.organization.title} i18n={i18n} /> : t('requests.not_routed')}
            {' · '}
            {t('requests.votes', { n: r.vote_count })}
            {' · '}
            {day(i18n, r.created_at)}
            {r.due_date &&
              !['published', 'partially_published', 'refused', 'withdrawn'].includes(r.status) && (
                <>
                  {' · '}
                  {t('requests.due', { date: day(i18n, r.due_date) })}
                </>
              )}
          </p>
        </li>
      ))}
    </ul>
  );
}
