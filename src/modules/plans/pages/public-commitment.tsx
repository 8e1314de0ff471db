// Public page of a commitment: the OGP template fields, its activities (weight, share, completion, late) and
// every progress report with its evidence, as of a date.
import type { I18n } from '../../../i18n/index.ts';
import type { PageDef } from '../../../web/page.ts';
import { type BlockerView, listBlockers } from '../blockers.service.ts';
import * as commitments from '../commitments.service.ts';
import type { Translated } from '../fields.ts';
import { CommitmentBlockers } from './commitment-blockers.tsx';
import { AsOfForm, Bar, DataTable, dateParam, day, Level, pct, Tr, text } from './kit.tsx';

type Data = Awaited<ReturnType<typeof commitments.getCommitment>> & { blockers: BlockerView[] };

function Field({ i18n, label, value }: { i18n: I18n; label: string; value: Translated }) {
  if (!text(value, i18n)) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>
        <Tr value={value} i18n={i18n} />
      </dd>
    </>
  );
}

export const commitmentPage: PageDef<Data> = {
  path: '/plans/:slug/commitments/:number',
  section: 'opengov',
  async load(ctx) {
    const { slug, number } = ctx.req.params as { slug: string; number: string };
    const data = await commitments.getCommitment(ctx.svc, slug, number, { date: dateParam(ctx) });
    return { ...data, blockers: await listBlockers(ctx.svc, slug, { commitment: number }) };
  },
  title: (d, { i18n }) =>
    `${i18n.t('plans.c.title', { n: i18n.n(d.commitment.number) })}${i18n.t('plans.colon')}${text(d.commitment.title, i18n)}`,
  view(data, { i18n }) {
    const { t, locale } = i18n;
    const c = data.commitment;
    const planUrl = `/${locale}/plans/${data.plan.slug}`;
    return (
      <>
        <p>
          <a href={planUrl}>
            <Tr value={data.plan.title} i18n={i18n} />
          </a>
        </p>
        <h1>
          {t('plans.c.title', { n: i18n.n(c.number) })}
          {t('plans.colon')}
          <Tr value={c.title} i18n={i18n} />
        </h1>
        <AsOfForm i18n={i18n} action={`${planUrl}/commitments/${c.number}`} date={data.date} />
        <p class="muted">{t('plans.asOf.current', { date: day(i18n, data.date) })}</p>
        <p>
          <Bar i18n={i18n} value={data.progress} label={t('plans.progress')} /> {t('plans.levelPrefix')}{' '}
          <Level i18n={i18n} level={data.level} />
        </p>
        <p>
          {t('plans.lastUpdateLabel')} {data.lastReport ? day(i18n, data.lastReport) : t('plans.never')}
          {data.notUpdated && <span class="badge">{t('plans.notUpdated')}</span>}
        </p>

        {data.can.manageActivities && (
          <p class="inline-links">
            {data.can.manage && (
              <a href={`/${locale}/manage/plans/${data.plan.slug}/commitments/${c.number}`}>
                {t('plans.manage.editCommitment', { n: i18n.n(c.number) })}
              </a>
            )}{' '}
            {data.can.manageActivities && (
              <a href={`/${locale}/manage/plans/${data.plan.slug}/commitments/${c.number}/activities/new`}>
                {t('plans.manage.newActivity')}
              </a>
            )}
          </p>
        )}
        <h2>{t('plans.c.template')}</h2>
        <dl class="meta-list">
          <Field i18n={i18n} label={t('plans.c.lead')} value={c.leadInstitution} />
          <Field i18n={i18n} label={t('plans.c.otherActors')} value={c.otherActors} />
          <Field i18n={i18n} label={t('plans.c.projectLeads')} value={c.projectLeads} />
          {(c.startDate || c.endDate) && (
            <>
              <dt>{t('plans.c.period')}</dt>
              <dd>
                {t('plans.period', {
                  start: c.startDate ? day(i18n, c.startDate) : '…',
                  end: c.endDate ? day(i18n, c.endDate) : '…',
                })}
              </dd>
            </>
          )}
          <Field i18n={i18n} label={t('plans.c.problem')} value={c.problem} />
          <Field i18n={i18n} label={t('plans.c.objective')} value={c.objective} />
          <Field i18n={i18n} label={t('plans.c.expectedResults')} value={c.expectedResults} />
          {c.values.length > 0 && (
            <>
              <dt>{t('plans.c.values')}</dt>
              <dd>{c.values.map((v) => t(`plans.value.${v}`)).join(' · ')}</dd>
            </>
          )}
          {c.contact && (
            <>
              <dt>{t('plans.c.contact')}</dt>
              <dd>{c.contact}</dd>
            </>
          )}
        </dl>

        <h2 id="activities">{t('plans.activities')}</h2>
        {data.activities.length === 0 ? (
          <p class="muted">{t('plans.a.none')}</p>
        ) : (
          <>
            <p class="muted">{t('plans.activities.weights')}</p>
            {data.can.manageActivities && (
              <p>
                <a href={`${planUrl}/commitments/${c.number}/weights`}>{t('plans.form.weights.link')}</a>
              </p>
            )}
            <DataTable
              labelledBy="activities"
              columns={[
                t('plans.a.col.activity'),
                t('plans.a.col.responsible'),
                t('plans.a.col.planned'),
                t('plans.a.col.weight'),
                t('plans.a.col.share'),
                t('plans.a.col.completion'),
                t('plans.a.col.status'),
              ]}
            >
              {data.activities.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    <a href={`#activity-${a.id}`}>
                      <Tr value={a.title} i18n={i18n} />
                    </a>
                  </th>
                  <td>
                    <Tr value={a.responsibleBody} i18n={i18n} />
                  </td>
                  <td>
                    {a.plannedStart || a.plannedEnd
                      ? t('plans.period', {
                          start: a.plannedStart ? day(i18n, a.plannedStart) : '…',
                          end: a.plannedEnd ? day(i18n, a.plannedEnd) : '…',
                        })
                      : ''}
                  </td>
                  <td>{i18n.n(a.weight)}</td>
                  <td>{pct(i18n, a.share)}</td>
                  <td>
                    <Bar i18n={i18n} value={a.completion} label={t('plans.a.col.completion')} />
                  </td>
                  <td>
                    {t(`plans.a.status.${a.status}`)}
                    {a.late && <span class="badge">{t('plans.a.late')}</span>}
                  </td>
                </tr>
              ))}
            </DataTable>
          </>
        )}

        <CommitmentBlockers
          i18n={i18n}
          slug={data.plan.slug}
          number={c.number}
          blockers={data.blockers}
          canRaise={data.can.raiseBlocker}
        />

        <h2 id="history">{t('plans.history')}</h2>
        {data.history.length === 0 ? (
          <p class="muted">{t('plans.history.none')}</p>
        ) : (
          <DataTable labelledBy="history" columns={[t('plans.history.date'), t('plans.progress')]}>
            {data.history.map((h) => (
              <tr key={h.date}>
                <th scope="row">{day(i18n, h.date)}</th>
                <td>{pct(i18n, h.progress)}</td>
              </tr>
            ))}
          </DataTable>
        )}

        <h2>{t('plans.reports')}</h2>
        {data.activities.map((a) => (
          <section key={a.id} id={`activity-${a.id}`} aria-labelledby={`reports-${a.id}`}>
            <h3 id={`reports-${a.id}`}>{t('plans.reports.of', { activity: text(a.title, i18n) })}</h3>
            {data.can.report && (
              <p>
                <a href={`${planUrl}/commitments/${c.number}/activities/${a.id}/report`}>
                  {t('plans.form.report.link')}
                </a>
              </p>
            )}
            {a.reports.length === 0 ? (
              <p class="muted">{t('plans.reports.none')}</p>
            ) : (
              <ol class="reports">
                {[...a.reports].reverse().map((r) => (
                  <li key={r.id}>
                    <h4>
                      {t('plans.r.heading', {
                        date: day(i18n, r.reportedOn),
                        n: i18n.n(r.completion, { maximumFractionDigits: 1 }),
                        author: r.author,
                      })}
                    </h4>
                    {text(r.done, i18n) && (
                      <p>
                        <strong>{t('plans.r.done')}</strong> <Tr value={r.done} i18n={i18n} />
                      </p>
                    )}
                    {text(r.communication, i18n) && (
                      <p>
                        <strong>{t('plans.r.communication')}</strong>{' '}
                        <Tr value={r.communication} i18n={i18n} />
                      </p>
                    )}
                    {r.evidence.length > 0 && (
                      <>
                        <p>
                          <strong>{t('plans.r.evidence')}</strong>
                        </p>
                        <ul>
                          {r.evidence.map((e) => (
                            <li key={e.url}>
                              <a href={e.url} rel="noopener nofollow">
                                {e.title}
                              </a>
                            </li>
                          ))}
                        </ul>
                      </>
                    )}
                  </li>
                ))}
              </ol>
            )}
          </section>
        ))}
      </>
    );
  },
};
