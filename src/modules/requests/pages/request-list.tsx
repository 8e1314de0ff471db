// The public list of requests (filters as a GET form, sorts, overdue badge, votes) and the statistics page.
import type { RequestStatus } from '../../../db/tables/requests.ts';
import type { PageDef } from '../../../web/page.ts';
import { orgsService } from '../../accounts/index.ts';
import { feedLink, Paging, pageOf, Tr } from '../../catalog/pages/public-kit.tsx';
import { listThemes } from '../../catalog/themes.service.ts';
import type { RequestView, Translated } from '../present.ts';
import { listRequests, requestSorts } from '../requests.service.ts';
import { type RequestStats, requestStats } from '../stats.service.ts';
import { statuses } from '../workflow.ts';
import { requestsFeedHref } from './request-feed.ts';
import { q, RequestList, statusLabel } from './request-kit.tsx';

interface ListData {
  filters: { status: string; organization: string; topic: string; overdue: boolean };
  sort: (typeof requestSorts)[number];
  page: number;
  limit: number;
  total: number;
  items: RequestView[];
  facets: {
    organizations: { name: string; title: Translated }[];
    topics: { name: string; title: Translated }[];
  };
  can: { submit: boolean };
}

export const requestsPage: PageDef<ListData> = {
  path: '/requests',
  section: 'requests',
  async load(ctx) {
    const { page, limit, offset } = pageOf(ctx);
    const status = (statuses as readonly string[]).includes(q(ctx, 'status')) ? q(ctx, 'status') : '';
    const sort = q(ctx, 'sort') === 'votes' ? 'votes' : 'date';
    const orgs = await orgsService.listOrganizations(ctx.svc, { limit: 200, offset: 0 });
    const organization = orgs.items.some((o) => o.name === q(ctx, 'organization'))
      ? q(ctx, 'organization')
      : '';
    const filters = {
      status,
      organization,
      topic: q(ctx, 'topic').slice(0, 100),
      overdue: q(ctx, 'overdue') === '1',
    };
    const { total, items } = await listRequests(ctx.svc, {
      ...filters,
      overdue: filters.overdue,
      sort,
      limit,
      offset,
    });
    const themes = await listThemes(ctx.svc);
    return {
      filters,
      sort,
      page,
      limit,
      total,
      items,
      facets: {
        organizations: orgs.items.map((o) => ({ name: o.name, title: o.title })),
        topics: themes.map((th) => ({ name: th.name, title: th.title })),
      },
      can: { submit: ctx.svc.actor.userId !== null },
    };
  },
  title: (_d, { i18n }) => i18n.t('requests.title'),
  head: (d, { i18n }) => feedLink(requestsFeedHref(d.filters), i18n.t('requests.feed')),
  view(data, { i18n, url }) {
    const { t, locale } = i18n;
    const f = data.filters;
    return (
      <div class="catalog">
        <h1>{t('requests.title')}</h1>
        <p class="lead">{t('requests.lead')}</p>
        <p class="inline-links">
          <a class="button" href={`/${locale}/requests/new`}>
            {t('requests.new')}
          </a>{' '}
          <a href={`/${locale}/requests/statistics`}>{t('requests.stats_link')}</a>{' '}
          {data.can.submit && <a href={`/${locale}/requests/queue`}>{t('requests.queue_link')}</a>}{' '}
          <a href={requestsFeedHref(f)} type="application/atom+xml">
            {t('requests.feed')}
          </a>
        </p>
        <form method="get" action={`/${locale}/requests`} class="filters" aria-labelledby="req-filters">
          <h2 id="req-filters" class="visually-hidden">
            {t('requests.filters')}
          </h2>
          <div class="field">
            <label for="f-status">{t('requests.filter.status')}</label>
            <select id="f-status" name="status">
              <option value="">{t('requests.filter.all')}</option>
              {statuses.map((s) => (
                <option key={s} value={s} selected={f.status === s}>
                  {statusLabel(i18n, s as RequestStatus)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="f-organization">{t('requests.filter.organization')}</label>
            <select id="f-organization" name="organization">
              <option value="">{t('requests.filter.all')}</option>
              {data.facets.organizations.map((o) => (
                <option key={o.name} value={o.name} selected={f.organization === o.name}>
                  {o.title[locale] ?? o.title.fr ?? o.title.ar ?? o.title.en ?? o.name}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="f-topic">{t('requests.filter.topic')}</label>
            <select id="f-topic" name="topic">
              <option value="">{t('requests.filter.all')}</option>
              {data.facets.topics.map((th) => (
                <option key={th.name} value={th.name} selected={f.topic === th.name}>
                  {th.title[locale] ?? th.title.fr ?? th.title.ar ?? th.title.en ?? th.name}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="f-sort">{t('requests.sort')}</label>
            <select id="f-sort" name="sort">
              {requestSorts.map((s) => (
                <option key={s} value={s} selected={data.sort === s}>
                  {t(`requests.sort.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div class="field field-check">
            <input type="checkbox" id="f-overdue" name="overdue" value="1" checked={f.overdue} />{' '}
            <label for="f-overdue">{t('requests.filter.overdue')}</label>
          </div>
          <button type="submit">{t('requests.filter.apply')}</button>
        </form>
        <section aria-labelledby="req-count">
          <h2 id="req-count">{t('requests.count', { n: data.total })}</h2>
          {data.items.length ? <RequestList items={data.items} i18n={i18n} /> : <p>{t('requests.none')}</p>}
          <Paging i18n={i18n} url={url} page={data.page} total={data.total} size={data.limit} />
        </section>
      </div>
    );
  },
};

export const requestStatsPage: PageDef<RequestStats> = {
  path: '/requests/statistics',
  section: 'requests',
  load: (ctx) => requestStats(ctx.svc),
  title: (_d, { i18n }) => i18n.t('requests.stats.title'),
  view(s, { i18n }) {
    const { t } = i18n;
    const share = (v: number | null) =>
      v === null ? t('requests.stats.none') : i18n.n(v, { style: 'percent' });
    const median = (v: number | null) =>
      v === null ? t('requests.stats.none') : t('requests.stats.days', { n: v });
    return (
      <div>
        <h1>{t('requests.stats.title')}</h1>
        <dl class="facts">
          <dt>{t('requests.stats.total')}</dt>
          <dd>{i18n.n(s.total)}</dd>
          <dt>{t('requests.stats.answered')}</dt>
          <dd>{i18n.n(s.answered)}</dd>
          <dt>{t('requests.stats.median')}</dt>
          <dd>{median(s.median_days)}</dd>
          <dt>{t('requests.stats.on_time')}</dt>
          <dd>{share(s.on_time_share)}</dd>
        </dl>
        <h2>{t('requests.stats.by_status')}</h2>
        <div class="table-wrap">
          <table class="meta-table">
            <tbody>
              {statuses.map((st) => (
                <tr key={st}>
                  <th scope="row">{statusLabel(i18n, st)}</th>
                  <td>{i18n.n(s.by_status[st])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <h2>{t('requests.stats.by_organization')}</h2>
        <div class="table-wrap">
          <table class="data">
            <thead>
              <tr>
                <th scope="col">{t('requests.filter.organization')}</th>
                <th scope="col">{t('requests.stats.total')}</th>
                <th scope="col">{t('requests.stats.answered')}</th>
                <th scope="col">{t('requests.stats.median')}</th>
                <th scope="col">{t('requests.stats.on_time')}</th>
              </tr>
            </thead>
            <tbody>
              {s.by_organization.map((o) => (
                <tr key={o.name}>
                  <th scope="row">
                    <Tr value={o.title} i18n={i18n} />
                  </th>
                  <td>{i18n.n(o.total)}</td>
                  <td>{i18n.n(o.answered)}</td>
                  <td>{median(o.median_days)}</td>
                  <td>{share(o.on_time_share)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    );
  },
};
