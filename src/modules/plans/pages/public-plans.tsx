// Public pages of action plans: the list (progress and level per plan) and a plan (its commitments' figures,
// "not updated" flags and its progress over time), each as of a date. JSON twins are the loaders' output.
import type { PageDef } from '../../../web/page.ts';
import * as plans from '../plans.service.ts';
import { PlanLinks } from './governance-kit.tsx';
import {
  AsOfForm,
  Bar,
  CommitmentHead,
  CommitmentRow,
  DataTable,
  dateParam,
  day,
  pct,
  Tr,
  text,
} from './kit.tsx';
import { DocsAndTeam } from './manage-docs.tsx';
import { ReportForm } from './report-page.tsx';

type PlanData = Awaited<ReturnType<typeof plans.getPlan>>;

export const plansPage: PageDef<{ date: string; items: plans.PlanSummary[] }> = {
  path: '/plans',
  section: 'opengov',
  async load(ctx) {
    const items = await plans.listPlans(ctx.svc, { date: dateParam(ctx) });
    return { date: items[0]?.date ?? plans.figuresDate(dateParam(ctx)), items };
  },
  title: (_d, { i18n }) => i18n.t('plans.title'),
  view(data, { i18n }) {
    const { t, locale } = i18n;
    return (
      <>
        <h1>{t('plans.title')}</h1>
        <p>{t('plans.intro')}</p>
        <AsOfForm i18n={i18n} action={`/${locale}/plans`} date={data.date} />
        <p class="muted">{t('plans.asOf.current', { date: day(i18n, data.date) })}</p>
        {data.items.length === 0 && <p class="muted">{t('plans.none')}</p>}
        <ul class="cards">
          {data.items.map((p) => (
            <li class="card" key={p.id}>
              <h2 class="card-title">
                <a href={`/${locale}/plans/${p.slug}`}>
                  <Tr value={p.title} i18n={i18n} />
                </a>
                {!p.published && <span class="badge badge-muted">{t('plans.unpublished')}</span>}
              </h2>
              <p>
                {t('plans.period', { start: day(i18n, p.periodStart), end: day(i18n, p.periodEnd) })} ·{' '}
                {t(`plans.status.${p.status}`)} · {t('plans.commitments.count', { n: p.commitmentCount })}
              </p>
              <p>
                <Bar i18n={i18n} value={p.progress} label={t('plans.progress')} />
              </p>
              <p>{t('plans.levelLabel', { level: t(`plans.level.${p.level.level}`) })}</p>
            </li>
          ))}
        </ul>
      </>
    );
  },
};

export const planPage: PageDef<PlanData> = {
  path: '/plans/:slug',
  section: 'opengov',
  load: (ctx) => plans.getPlan(ctx.svc, (ctx.req.params as { slug: string }).slug, { date: dateParam(ctx) }),
  title: (d, { i18n }) => text(d.plan.title, i18n),
  view(data, { i18n }) {
    const { t, locale } = i18n;
    const p = data.plan;
    return (
      <>
        <h1>
          <Tr value={p.title} i18n={i18n} />
        </h1>
        {!p.published && <p class="badge badge-muted">{t('plans.unpublished')}</p>}
        <PlanLinks i18n={i18n} slug={p.slug} dashboard={data.can.manage} current="plan" />
        <p>
          {t('plans.period', { start: day(i18n, p.periodStart), end: day(i18n, p.periodEnd) })} ·{' '}
          {t(`plans.status.${p.status}`)}
        </p>
        {text(p.description, i18n) && (
          <p>
            <Tr value={p.description} i18n={i18n} />
          </p>
        )}
        {data.can.manage && (
          <p>
            <a href={`/${locale}/manage/plans/${p.slug}`}>{t('plans.manage.editThis')}</a>
          </p>
        )}
        <AsOfForm i18n={i18n} action={`/${locale}/plans/${p.slug}`} date={data.plan.date} />
        <p class="muted">{t('plans.asOf.current', { date: day(i18n, p.date) })}</p>
        <p>
          <Bar i18n={i18n} value={p.progress} label={t('plans.progress')} />{' '}
          {t('plans.levelLabel', { level: t(`plans.level.${p.level.level}`) })}
        </p>
        <p class="muted">{t(`plans.aggregation.${p.aggregation}`)}</p>

        <h2 id="commitments">{t('plans.commitments')}</h2>
        {data.commitments.length === 0 ? (
          <p class="muted">{t('plans.commitments.none')}</p>
        ) : (
          <>
            <p class="muted">{t('plans.notUpdated.hint', { days: p.reportingPeriodDays })}</p>
            <div class="table-wrap">
              <table class="data" aria-labelledby="commitments">
                <CommitmentHead i18n={i18n} />
                <tbody>
                  {data.commitments.map((c) => (
                    <CommitmentRow
                      key={c.id}
                      i18n={i18n}
                      c={c}
                      href={`/${locale}/plans/${p.slug}/commitments/${c.number}`}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}

        <DocsAndTeam i18n={i18n} data={data} />

        <h2 id="report">{t('plans.report.link')}</h2>
        <ReportForm
          i18n={i18n}
          slug={p.slug}
          date={p.date}
          from={p.periodStart < p.date ? p.periodStart : p.date}
        />

        <h2 id="history">{t('plans.history')}</h2>
        <DataTable labelledBy="history" columns={[t('plans.history.date'), t('plans.progress')]}>
          {data.history.map((h) => (
            <tr key={h.date}>
              <th scope="row">
                <a href={`/${locale}/plans/${p.slug}?date=${h.date}`}>{day(i18n, h.date)}</a>
              </th>
              <td>{pct(i18n, h.progress)}</td>
            </tr>
          ))}
        </DataTable>
      </>
    );
  },
};
