// Meeting pages of a plan: the list (latest first) and a meeting (participants, agenda, Markdown minutes, the
// progress table as of the meeting date when the minutes embed it, decisions). Plan managers mark decisions
// done or open again from the meeting page (one-button forms, POST to the page).
import type { I18n } from '../../../i18n/index.ts';
import { AppError } from '../../../kernel/errors.ts';
import { ActionButton } from '../../../web/components/form.tsx';
import type { FormDef, PageContext, PageDef } from '../../../web/page.ts';
import { renderMarkdown } from '../../catalog/markdown.ts';
import type { Translated } from '../fields.ts';
import * as meetings from '../meetings.service.ts';
import { PlanLinks, ProgressTableView } from './governance-kit.tsx';
import { DataTable, day, inLang, Tr, text } from './kit.tsx';

const p = (ctx: PageContext) => ctx.req.params as { slug: string; id?: string };
type ListData = Awaited<ReturnType<typeof meetings.listMeetings>>;
type Data = Awaited<ReturnType<typeof meetings.getMeeting>>;
type Meeting = meetings.MeetingView;

export const meetingTitle = (i18n: I18n, m: { kind: Meeting['kind']; heldOn: string }) =>
  i18n.t('plans.meeting.title', { kind: i18n.t(`plans.meeting.kind.${m.kind}`), date: day(i18n, m.heldOn) });

export const meetingsPage: PageDef<ListData> = {
  path: '/plans/:slug/meetings',
  section: 'opengov',
  load: (ctx) => meetings.listMeetings(ctx.svc, p(ctx).slug),
  title: (_d, { i18n }) => i18n.t('plans.meeting.list'),
  view(data, { i18n }) {
    const { t, locale } = i18n;
    const base = `/${locale}/plans/${data.plan.slug}`;
    return (
      <>
        <p>
          <a href={base}>
            <Tr value={data.plan.title} i18n={i18n} />
          </a>
        </p>
        <h1>{t('plans.meeting.list')}</h1>
        <PlanLinks i18n={i18n} slug={data.plan.slug} dashboard={data.can.manage} current="meetings" />
        {data.can.manage && (
          <p>
            <a class="button" href={`${base}/meetings/new`}>
              {t('plans.meeting.new')}
            </a>
          </p>
        )}
        {data.meetings.length === 0 ? (
          <p class="muted">{t('plans.meeting.none')}</p>
        ) : (
          <ul class="cards">
            {data.meetings.map((m) => (
              <li class="card" key={m.id}>
                <h2 class="card-title">
                  <a href={`${base}/meetings/${m.id}`}>{meetingTitle(i18n, m)}</a>
                  {!m.published && <span class="badge badge-muted">{t('plans.meeting.unpublished')}</span>}
                </h2>
                <p>
                  {m.place} · {t('plans.meeting.participants.count', { n: m.participants.length })} ·{' '}
                  {t('plans.meeting.decisions.count', { n: m.decisions.length })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </>
    );
  },
};

function Markdown({ value, i18n }: { value: Translated; i18n: I18n }) {
  const { text: md, lang } = inLang(value, i18n.locale);
  if (!md) return null;
  return (
    <div
      class="prose"
      lang={lang === i18n.locale ? undefined : lang}
      dangerouslySetInnerHTML={{ __html: renderMarkdown(md) }}
    />
  );
}

export const meetingPage: FormDef<Data> = {
  path: '/plans/:slug/meetings/:id',
  section: 'opengov',
  load: (ctx) => meetings.getMeeting(ctx.svc, p(ctx).slug, p(ctx).id ?? ''),
  title: (d, { i18n }) => meetingTitle(i18n, d.meeting),
  view(data, ctx) {
    const { i18n } = ctx;
    const { t, locale } = i18n;
    const m = data.meeting;
    const base = `/${locale}/plans/${data.plan.slug}`;
    return (
      <>
        <p>
          <a href={`${base}/meetings`}>{t('plans.meeting.list')}</a>
        </p>
        <h1>{meetingTitle(i18n, m)}</h1>
        {!m.published && <p class="badge badge-muted">{t('plans.meeting.unpublished')}</p>}
        {data.can.manage && (
          <p>
            <a href={`${base}/meetings/${m.id}/edit`}>{t('plans.meeting.edit')}</a>
          </p>
        )}
        <dl class="meta-list">
          <dt>{t('plans.meeting.place')}</dt>
          <dd>
            <span dir="auto">{m.place || '—'}</span>
          </dd>
        </dl>
        <h2 id="participants">{t('plans.meeting.participants')}</h2>
        {m.participants.length === 0 ? (
          <p class="muted">{t('plans.meeting.participants.none')}</p>
        ) : (
          <DataTable
            labelledBy="participants"
            columns={[
              t('plans.meeting.participant.name'),
              t('plans.meeting.participant.institution'),
              t('plans.meeting.participant.role'),
            ]}
          >
            {m.participants.map((x, i) => (
              <tr key={i}>
                <th scope="row">
                  <span dir="auto">{x.name}</span>
                </th>
                <td>
                  <span dir="auto">{x.institution}</span>
                </td>
                <td>
                  <span dir="auto">{x.role}</span>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
        {text(m.agenda, i18n) && (
          <>
            <h2>{t('plans.meeting.agenda')}</h2>
            <Markdown value={m.agenda} i18n={i18n} />
          </>
        )}
        <h2>{t('plans.meeting.minutes')}</h2>
        {text(m.minutes, i18n) ? (
          <Markdown value={m.minutes} i18n={i18n} />
        ) : (
          <p class="muted">{t('plans.meeting.minutes.none')}</p>
        )}
        {data.progress && (
          <section aria-labelledby="progress-title">
            <h2 id="progress-title">
              {t('plans.meeting.progress', { date: day(i18n, data.progress.date) })}
            </h2>
            <ProgressTableView
              i18n={i18n}
              table={data.progress}
              slug={data.plan.slug}
              id="meeting-progress"
              caption={t('plans.meeting.progress', { date: day(i18n, data.progress.date) })}
            />
          </section>
        )}
        <h2 id="decisions">{t('plans.meeting.decisions')}</h2>
        {m.decisions.length === 0 ? (
          <p class="muted">{t('plans.meeting.decisions.none')}</p>
        ) : (
          <DataTable
            labelledBy="decisions"
            columns={[
              t('plans.meeting.decision.text'),
              t('plans.meeting.decision.owner'),
              t('plans.meeting.decision.due'),
              t('plans.meeting.decision.status'),
            ]}
          >
            {m.decisions.map((d) => (
              <tr key={d.id}>
                <th scope="row">
                  <Tr value={d.text} i18n={i18n} />
                </th>
                <td>{d.owner}</td>
                <td>{d.dueOn ? day(i18n, d.dueOn) : '—'}</td>
                <td>
                  {t(`plans.decision.status.${d.status}`)}
                  {data.can.manage && (
                    <ActionButton
                      action={`${base}/meetings/${m.id}`}
                      csrf={ctx.csrf}
                      label={t(d.status === 'open' ? 'plans.decision.markDone' : 'plans.decision.reopen')}
                      hidden={{ decision: d.id, status: d.status === 'open' ? 'done' : 'open' }}
                    />
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </>
    );
  },
  async submit(ctx, values) {
    const { slug, id = '' } = p(ctx);
    if (!values.decision) throw new AppError('http.bad_request');
    await meetings.updateDecision(ctx.svc, slug, id, values.decision, { status: values.status });
    return { redirect: `/plans/${slug}/meetings/${id}#decisions`, notice: 'plans.meeting.notice.decision' };
  },
};
