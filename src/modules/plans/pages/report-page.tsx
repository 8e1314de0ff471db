// The self-assessment report as a print-ready HTML page (its JSON twin is `reportData`): plan summary, then one
// section per commitment (a page each when printed) with its activities done and pending, evidence, the latest
// report texts and its blockers. A GET form chooses the period, the date and the format.
import type { I18n } from '../../../i18n/index.ts';
import type { PageContext, PageDef } from '../../../web/page.ts';
import type { Translated } from '../fields.ts';
import { type ReportActivity, type ReportCommitment, type ReportData, reportData } from '../report.data.ts';
import { Bar, day, Level, pct, Tr, text } from './kit.tsx';

const q = (ctx: PageContext) => (ctx.req.query ?? {}) as Record<string, string | undefined>;

export const reportTitle = (d: ReportData, i18n: I18n) =>
  i18n.t('plans.report.title', { plan: text(d.plan.title, i18n) });

/** The report's GET form (period, date, format); also shown on the plan page. */
export function ReportForm({
  i18n,
  slug,
  date,
  from,
}: {
  i18n: I18n;
  slug: string;
  date: string;
  from: string;
}) {
  const { t, locale } = i18n;
  return (
    <form method="get" action={`/${locale}/plans/${slug}/report`} class="form no-print" id="report-form">
      <div class="field">
        <label for="report-from">{t('plans.report.from')}</label>
        <input type="date" id="report-from" name="from" value={from} />
      </div>
      <div class="field">
        <label for="report-date">{t('plans.report.date')}</label>
        <input type="date" id="report-date" name="date" value={date} />
      </div>
      <div class="field">
        <label for="report-format">{t('plans.report.format')}</label>
        <select id="report-format" name="format">
          {(['html', 'docx', 'xlsx', 'csv'] as const).map((f) => (
            <option key={f} value={f}>
              {t(`plans.report.format.${f}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">{t('plans.report.submit')}</button>
    </form>
  );
}

function Activities({
  i18n,
  items,
  id,
  title,
}: {
  i18n: I18n;
  items: ReportActivity[];
  id: string;
  title: string;
}) {
  const { t } = i18n;
  return (
    <>
      <h3 id={id}>{title}</h3>
      {items.length === 0 ? (
        <p class="muted">{t('plans.report.noActivity')}</p>
      ) : (
        <div class="table-wrap">
          <table class="data" aria-labelledby={id}>
            <thead>
              <tr>
                <th scope="col">{t('plans.a.col.activity')}</th>
                <th scope="col">{t('plans.a.col.responsible')}</th>
                <th scope="col">{t('plans.report.col.plannedEnd')}</th>
                <th scope="col">{t('plans.a.col.weight')}</th>
                <th scope="col">{t('plans.a.col.share')}</th>
                <th scope="col">{t('plans.a.col.completion')}</th>
                <th scope="col">{t('plans.report.col.contribution')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    <Tr value={a.title} i18n={i18n} />
                    {a.late && <span class="badge">{t('plans.a.late')}</span>}
                  </th>
                  <td>
                    <Tr value={a.responsibleBody} i18n={i18n} />
                  </td>
                  <td>{a.plannedEnd ? day(i18n, a.plannedEnd) : ''}</td>
                  <td>{i18n.n(a.weight)}</td>
                  <td>{pct(i18n, a.share)}</td>
                  <td>{pct(i18n, a.completion)}</td>
                  <td>{pct(i18n, a.contribution)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

const has = (v: Translated, i18n: I18n) => text(v, i18n) !== '';

function Commitment({ i18n, c }: { i18n: I18n; c: ReportCommitment }) {
  const { t } = i18n;
  const all = [...c.activitiesDone, ...c.activitiesPending];
  const base = `c${c.number}`;
  const reported = all.filter(
    (a) => a.latest && (has(a.latest.done, i18n) || has(a.latest.communication, i18n)),
  );
  const evidence = all.flatMap((a) => a.evidence.map((e) => ({ ...e, activity: a.title })));
  return (
    <section class="report-commitment" aria-labelledby={`${base}-title`}>
      <h2 id={`${base}-title`}>
        {t('plans.c.title', { n: i18n.n(c.number) })}
        {t('plans.colon')}
        <Tr value={c.title} i18n={i18n} />
      </h2>
      <dl class="meta-list">
        <dt>{t('plans.c.lead')}</dt>
        <dd>
          <Tr value={c.leadInstitution} i18n={i18n} />
        </dd>
        <dt>{t('plans.progress')}</dt>
        <dd>
          <Bar i18n={i18n} value={c.progress} label={t('plans.progress')} />{' '}
          {t('plans.report.since', { n: pct(i18n, c.progressAtStart) })}
        </dd>
        <dt>{t('plans.col.level')}</dt>
        <dd>
          <Level i18n={i18n} level={c.level} />
        </dd>
        <dt>{t('plans.col.lastUpdate')}</dt>
        <dd>
          {c.lastReport ? day(i18n, c.lastReport) : t('plans.never')}
          {c.notUpdated && <span class="badge">{t('plans.notUpdated')}</span>}
        </dd>
      </dl>
      <Activities i18n={i18n} items={c.activitiesDone} id={`${base}-done`} title={t('plans.report.done')} />
      <Activities
        i18n={i18n}
        items={c.activitiesPending}
        id={`${base}-pending`}
        title={t('plans.report.pending')}
      />
      <h3>{t('plans.report.evidence')}</h3>
      {evidence.length === 0 ? (
        <p class="muted">{t('plans.report.noEvidence')}</p>
      ) : (
        <ul>
          {evidence.map((e) => (
            <li key={e.url}>
              <a href={e.url}>{e.title}</a> (<Tr value={e.activity} i18n={i18n} />)
            </li>
          ))}
        </ul>
      )}
      <h3>{t('plans.report.texts')}</h3>
      {reported.length === 0 ? (
        <p class="muted">{t('plans.report.noText')}</p>
      ) : (
        reported.map((a) => (
          <div key={a.id} class="report-text">
            <h4>
              <Tr value={a.title} i18n={i18n} /> ({day(i18n, a.latest!.reportedOn)}
              {t('plans.comma')}
              {pct(i18n, a.latest!.completion)})
            </h4>
            {has(a.latest!.done, i18n) && (
              <p>
                <strong>{t('plans.r.done')}</strong> <Tr value={a.latest!.done} i18n={i18n} />
              </p>
            )}
            {has(a.latest!.communication, i18n) && (
              <p>
                <strong>{t('plans.r.communication')}</strong>{' '}
                <Tr value={a.latest!.communication} i18n={i18n} />
              </p>
            )}
          </div>
        ))
      )}
      {c.blockers.length > 0 && (
        <>
          <h3>{t('plans.report.blockers')}</h3>
          <ul>
            {c.blockers.map((b) => (
              <li key={`${b.raisedOn}-${text(b.title, i18n)}`}>
                {day(i18n, b.raisedOn)}: <Tr value={b.title} i18n={i18n} /> (
                {t(`plans.blocker.status.${b.status}`)})
                {has(b.answer, i18n) && (
                  <>
                    {' '}
                    — <Tr value={b.answer} i18n={i18n} />
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export const reportPage: PageDef<ReportData> = {
  path: '/plans/:slug/report',
  section: 'opengov',
  load: (ctx) =>
    reportData(ctx.svc, (ctx.req.params as { slug: string }).slug, { date: q(ctx).date, from: q(ctx).from }),
  title: (d, { i18n }) => reportTitle(d, i18n),
  head: () => <link rel="stylesheet" href="/assets/plans-report.css" />,
  view(d, { i18n }) {
    const { t, locale } = i18n;
    const p = d.plan;
    return (
      <article class="report">
        <p class="no-print">
          <a href={`/${locale}/plans/${p.slug}`}>{t('plans.back')}</a>
        </p>
        <h1>{reportTitle(d, i18n)}</h1>
        <p>{t('plans.report.asOf', { from: day(i18n, d.from), date: day(i18n, d.date) })}</p>
        <ReportForm i18n={i18n} slug={p.slug} date={d.date} from={d.from} />
        <section aria-labelledby="summary-title">
          <h2 id="summary-title">{t('plans.report.summary')}</h2>
          <dl class="meta-list">
            <dt>{t('plans.c.period')}</dt>
            <dd>{t('plans.period', { start: day(i18n, p.periodStart), end: day(i18n, p.periodEnd) })}</dd>
            <dt>{t('plans.report.status')}</dt>
            <dd>{t(`plans.status.${p.status}`)}</dd>
            <dt>{t('plans.progress')}</dt>
            <dd>
              <Bar i18n={i18n} value={p.progress} label={t('plans.progress')} />{' '}
              {t('plans.report.since', { n: pct(i18n, p.progressAtStart) })}
            </dd>
            <dt>{t('plans.col.level')}</dt>
            <dd>{t(`plans.level.${p.level.level}`)}</dd>
            <dt>{t('plans.activities')}</dt>
            <dd>
              {t('plans.report.totals', {
                commitments: d.totals.commitments,
                activities: d.totals.activities,
                done: d.totals.done,
                pending: d.totals.pending,
                late: d.totals.late,
              })}
            </dd>
          </dl>
          {has(p.description, i18n) && (
            <p>
              <Tr value={p.description} i18n={i18n} />
            </p>
          )}
          <p class="muted">{t(`plans.aggregation.${p.aggregation as 'mean' | 'weighted'}`)}</p>
        </section>
        {d.commitments.map((c) => (
          <Commitment key={c.number} i18n={i18n} c={c} />
        ))}
      </article>
    );
  },
};
