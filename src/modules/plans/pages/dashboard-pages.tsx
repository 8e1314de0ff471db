// Dashboards of a plan, as of a date: the coordinators' and steering committee's (plan managers only) and the
// public one. Charts come from the site's chart component (SVG rendered on the server, data table beside it).
import type { I18n } from '../../../i18n/index.ts';
import { Chart } from '../../../web/charts/chart.tsx';
import type { PageContext, PageDef } from '../../../web/page.ts';
import * as dashboards from '../dashboard.service.ts';
import { PlanLinks, StatusBadge } from './governance-kit.tsx';
import { AsOfForm, Bar, DataTable, dateParam, day, Level, pct, Tr, text } from './kit.tsx';
import { meetingTitle } from './meeting-pages.tsx';

const slugOf = (ctx: PageContext) => (ctx.req.params as { slug: string }).slug;
type Dash = Awaited<ReturnType<typeof dashboards.getDashboard>>;
type Pub = Awaited<ReturnType<typeof dashboards.getPublicProgress>>;
const percentCell = (i18n: I18n) => (n: number) => pct(i18n, n);

function CommitmentsChart({ i18n, id, rows }: { i18n: I18n; id: string; rows: Pub['commitments'] }) {
  const { t } = i18n;
  return (
    <Chart
      id={id}
      i18n={i18n}
      title={t('plans.dash.byCommitment')}
      categoryLabel={t('plans.col.commitment')}
      categoryNames={rows.map((c) => `${i18n.n(c.number)}. ${text(c.title, i18n)}`)}
      formatCell={percentCell(i18n)}
      spec={{
        kind: 'bar',
        horizontal: true,
        max: 100,
        categories: rows.map((c) => i18n.n(c.number)),
        series: [{ name: t('plans.progress'), values: rows.map((c) => c.progress) }],
      }}
    />
  );
}

export const dashboardPage: PageDef<Dash> = {
  path: '/plans/:slug/dashboard',
  section: 'opengov',
  signedIn: true,
  load: (ctx) => dashboards.getDashboard(ctx.svc, slugOf(ctx), { date: dateParam(ctx) }),
  title: (d, { i18n }) => i18n.t('plans.dash.title', { plan: text(d.plan.title, i18n) }),
  view(data, { i18n }) {
    const { t, locale } = i18n;
    const base = `/${locale}/plans/${data.plan.slug}`;
    const changes = data.lastMeeting?.changes ?? [];
    return (
      <>
        <h1>{t('plans.dash.title', { plan: text(data.plan.title, i18n) })}</h1>
        <PlanLinks i18n={i18n} slug={data.plan.slug} dashboard current="dashboard" />
        <AsOfForm i18n={i18n} action={`${base}/dashboard`} date={data.date} />
        <p class="muted">{t('plans.asOf.current', { date: day(i18n, data.date) })}</p>
        <ul class="stats">
          <li>
            <Bar i18n={i18n} value={data.progress} label={t('plans.progress')} />{' '}
            {t('plans.levelLabel', { level: t(`plans.level.${data.level.level}`) })}
          </li>
          <li>{t('plans.dash.count.late', { n: i18n.n(data.late.length) })}</li>
          <li>{t('plans.dash.count.notUpdated', { n: i18n.n(data.notUpdated.length) })}</li>
          <li>{t('plans.dash.count.blockers', { n: i18n.n(data.blockers.length) })}</li>
        </ul>

        <CommitmentsChart
          i18n={i18n}
          id="chart-commitments"
          rows={data.commitments.map((c) => ({ ...c, evidence: [] }))}
        />
        <Chart
          id="chart-institutions"
          i18n={i18n}
          title={t('plans.dash.byInstitution')}
          categoryLabel={t('plans.col.lead')}
          formatCell={percentCell(i18n)}
          spec={{
            kind: 'bar',
            horizontal: true,
            max: 100,
            categories: data.institutions.map((x) => x.institution),
            series: [{ name: t('plans.progress'), values: data.institutions.map((x) => x.progress) }],
          }}
        />

        <h2 id="late">{t('plans.dash.late')}</h2>
        {data.late.length === 0 ? (
          <p class="muted">{t('plans.dash.late.none')}</p>
        ) : (
          <DataTable
            labelledBy="late"
            columns={[
              t('plans.a.col.activity'),
              t('plans.col.number'),
              t('plans.dash.plannedEnd'),
              t('plans.dash.daysLate'),
              t('plans.a.col.completion'),
            ]}
          >
            {data.late.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  <a href={`${base}/commitments/${a.commitment}#activity-${a.id}`}>
                    <Tr value={a.title} i18n={i18n} />
                  </a>
                </th>
                <td>{i18n.n(a.commitment)}</td>
                <td>{day(i18n, a.plannedEnd)}</td>
                <td>{i18n.n(a.daysLate)}</td>
                <td>{pct(i18n, a.completion)}</td>
              </tr>
            ))}
          </DataTable>
        )}

        <h2 id="not-updated">{t('plans.dash.notUpdated')}</h2>
        <p class="muted">{t('plans.notUpdated.hint', { days: data.plan.reportingPeriodDays })}</p>
        {data.notUpdated.length === 0 ? (
          <p class="muted">{t('plans.dash.notUpdated.none')}</p>
        ) : (
          <ul>
            {data.commitments
              .filter((c) => c.notUpdated)
              .map((c) => (
                <li key={c.number}>
                  <a href={`${base}/commitments/${c.number}`}>
                    {i18n.n(c.number)}. <Tr value={c.title} i18n={i18n} />
                  </a>{' '}
                  ({c.lastReport ? day(i18n, c.lastReport) : t('plans.never')})
                </li>
              ))}
          </ul>
        )}

        <h2 id="blockers">{t('plans.dash.blockers')}</h2>
        {data.blockers.length === 0 ? (
          <p class="muted">{t('plans.blocker.none')}</p>
        ) : (
          <ul>
            {data.blockers.map((b) => (
              <li key={b.id}>
                <a href={`${base}/blockers/${b.id}`} lang={b.lang === locale ? undefined : b.lang}>
                  {b.title}
                </a>{' '}
                ({t('plans.c.title', { n: i18n.n(b.commitment) })}){' '}
                <StatusBadge i18n={i18n} status={b.status} />
              </li>
            ))}
          </ul>
        )}

        <h2 id="changes">{t('plans.dash.changes')}</h2>
        {!data.lastMeeting ? (
          <p class="muted">{t('plans.dash.changes.none')}</p>
        ) : (
          <>
            <p>
              <a href={`${base}/meetings/${data.lastMeeting.id}`}>{meetingTitle(i18n, data.lastMeeting)}</a>
              {t('plans.colon')}
              {t('plans.dash.changes.plan', {
                before: pct(i18n, data.lastMeeting.planProgress),
                now: pct(i18n, data.progress),
              })}
            </p>
            <Chart
              id="chart-changes"
              i18n={i18n}
              title={t('plans.dash.changes')}
              categoryLabel={t('plans.col.commitment')}
              categoryNames={changes.map((c) => `${i18n.n(c.number)}. ${text(c.title, i18n)}`)}
              formatCell={percentCell(i18n)}
              spec={{
                kind: 'bar',
                horizontal: true,
                max: 100,
                categories: changes.map((c) => i18n.n(c.number)),
                series: [
                  {
                    name: t('plans.dash.atMeeting', { date: day(i18n, data.lastMeeting.heldOn) }),
                    values: changes.map((c) => c.before),
                  },
                  {
                    name: t('plans.dash.now', { date: day(i18n, data.date) }),
                    values: changes.map((c) => c.now),
                  },
                ],
              }}
            />
          </>
        )}
      </>
    );
  },
};

export const progressPage: PageDef<Pub> = {
  path: '/plans/:slug/progress',
  section: 'opengov',
  load: (ctx) => dashboards.getPublicProgress(ctx.svc, slugOf(ctx), { date: dateParam(ctx) }),
  title: (d, { i18n }) => i18n.t('plans.pub.title', { plan: text(d.plan.title, i18n) }),
  view(data, { i18n }) {
    const { t, locale } = i18n;
    const base = `/${locale}/plans/${data.plan.slug}`;
    return (
      <>
        <h1>{t('plans.pub.title', { plan: text(data.plan.title, i18n) })}</h1>
        <PlanLinks i18n={i18n} slug={data.plan.slug} current="progress" />
        <AsOfForm i18n={i18n} action={`${base}/progress`} date={data.date} />
        <p>
          <Bar i18n={i18n} value={data.progress} label={t('plans.progress')} />{' '}
          {t('plans.levelLabel', { level: t(`plans.level.${data.level.level}`) })}
        </p>
        {data.series.length > 0 && (
          <Chart
            id="chart-over-time"
            i18n={i18n}
            title={t('plans.pub.overTime')}
            categoryLabel={t('plans.history.date')}
            categoryNames={data.series.map((s) => day(i18n, s.date))}
            formatCell={percentCell(i18n)}
            spec={{
              kind: 'line',
              max: 100,
              categories: data.series.map((s) =>
                i18n.d(`${s.date}T12:00:00Z`, { month: 'short', year: '2-digit' }),
              ),
              series: [{ name: t('plans.progress'), values: data.series.map((s) => s.progress) }],
            }}
          />
        )}
        <CommitmentsChart i18n={i18n} id="chart-commitments" rows={data.commitments} />
        <h2 id="levels">{t('plans.pub.levels')}</h2>
        <DataTable
          labelledBy="levels"
          columns={[
            t('plans.col.commitment'),
            t('plans.col.progress'),
            t('plans.col.level'),
            t('plans.r.evidence'),
          ]}
        >
          {data.commitments.map((c) => (
            <tr key={c.number}>
              <th scope="row">
                <a href={`${base}/commitments/${c.number}`}>
                  {i18n.n(c.number)}. <Tr value={c.title} i18n={i18n} />
                </a>
              </th>
              <td>{pct(i18n, c.progress)}</td>
              <td>
                <Level i18n={i18n} level={c.level} />
              </td>
              <td>
                {c.evidence.length === 0 ? (
                  '—'
                ) : (
                  <ul>
                    {c.evidence.map((e, i) => (
                      <li key={i}>
                        <a href={e.url} rel="noopener nofollow">
                          {e.title || e.url}
                        </a>{' '}
                        <span class="muted">({day(i18n, e.reportedOn)})</span>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      </>
    );
  },
};
