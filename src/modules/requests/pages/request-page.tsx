// One request: the public history (dates, roles, notes), the refusal reason and justification, linked
// datasets, vote and follow buttons, comments; and for the organisation or a moderator, the answer forms.
// Every button is a POST form to a path under the request: no JavaScript needed.

import { ActionButton, ErrorSummary, Field, Form, Select } from '../../../web/components/form.tsx';
import type { FormDef, PageContext, PageDef } from '../../../web/page.ts';
import { Tr } from '../../catalog/pages/public-kit.tsx';
import { getTheme } from '../../catalog/themes.service.ts';
import { assignRequest, setUrgency } from '../assign.service.ts';
import { commentRequest, followRequest, moderateComment, voteRequest } from '../participation.service.ts';
import type { Translated } from '../present.ts';
import { getRequestDetail, type RequestDetail } from '../requests.service.ts';
import { extendRequest, transitionRequest } from '../transitions.service.ts';
import { refusalReasons } from '../workflow.ts';
import { day, dirOf, StatusBadges, statusLabel } from './request-kit.tsx';
import { type ManageData, ManageSection, manageData } from './request-manage.tsx';

const idOf = (ctx: PageContext) => (ctx.req.params as { id: string }).id;

/** The title of the request's topic (a theme name), or null when it names no theme. */
async function topicTitle(ctx: PageContext, topic: string | null): Promise<Translated | null> {
  if (!topic) return null;
  return getTheme(ctx.svc, topic).then(
    (th) => th.title,
    () => null,
  );
}

export const requestPage: PageDef<
  RequestDetail & ManageData & { extensionDays: number; topicTitle: Translated | null }
> = {
  path: '/requests/:id',
  section: 'requests',
  async load(ctx) {
    const detail = await getRequestDetail(ctx.svc, idOf(ctx));
    return {
      ...detail,
      ...(await manageData(ctx, detail)),
      extensionDays: ctx.svc.config.REQUEST_EXTENSION_DAYS,
      topicTitle: await topicTitle(ctx, detail.request.topic),
    };
  },
  title: (d) => d.request.title,
  view(d, { i18n, csrf, form, notice }) {
    const { t, locale } = i18n;
    const r = d.request;
    const base = `/${locale}/requests/${r.id}`;
    return (
      <article>
        <p class="breadcrumbs">
          <a href={`/${locale}/requests`}>{t('requests.title')}</a>
        </p>
        <h1 lang={r.locale}>
          <span dir={dirOf(r.locale)}>{r.title}</span>
        </h1>
        {notice && (
          <p class="notice" role="status">
            {notice}
          </p>
        )}
        <p>
          <StatusBadges r={r} i18n={i18n} />
        </p>
        <p lang={r.locale}>
          <span dir={dirOf(r.locale)}>{r.description}</span>
        </p>
        <dl class="facts">
          <dt>{t('requests.detail.purpose')}</dt>
          <dd lang={r.locale}>
            <span dir={dirOf(r.locale)}>{r.purpose}</span>
          </dd>
          <dt>{t('requests.detail.requester')}</dt>
          <dd>
            <span dir="auto">
              {r.requester.anonymous ? r.requester.name || t('requests.anonymous') : r.requester.name}
            </span>
          </dd>
          <dt>{t('requests.detail.created')}</dt>
          <dd>{day(i18n, r.created_at)}</dd>
          <dt>{t('requests.detail.organization')}</dt>
          <dd>
            {r.organization ? (
              <a href={`/${locale}/organizations/${r.organization.name}`}>
                <Tr value={r.organization.title} i18n={i18n} />
              </a>
            ) : (
              t('requests.not_routed')
            )}
          </dd>
          {r.preferred_format && (
            <>
              <dt>{t('requests.detail.format')}</dt>
              <dd>{r.preferred_format}</dd>
            </>
          )}
          {r.topic && (
            <>
              <dt>{t('requests.detail.topic')}</dt>
              <dd>
                <a href={`/${locale}/themes/${r.topic}`}>
                  {d.topicTitle ? <Tr value={d.topicTitle} i18n={i18n} /> : r.topic}
                </a>
              </dd>
            </>
          )}
          {r.due_date && (
            <>
              <dt>{t('requests.detail.due')}</dt>
              <dd>{t('requests.due', { date: day(i18n, r.due_date) })}</dd>
            </>
          )}
        </dl>
        {r.extended && r.extension_reason && <p>{t('requests.extended', { reason: r.extension_reason })}</p>}
        {r.planned_date && <p>{t('requests.planned', { date: day(i18n, r.planned_date) })}</p>}
        {r.inventory_item_id && (
          <p>
            <a href={`/${locale}/inventory/${r.inventory_item_id}`}>{t('inventory.request.item')}</a>
          </p>
        )}
        {r.refusal && (
          <section aria-labelledby="refusal-title" class="note">
            <h2 id="refusal-title">{t('requests.refusal')}</h2>
            <dl class="facts">
              <dt>{t('requests.refusal.reason')}</dt>
              <dd>{t(`requests.reason.${r.refusal.reason as (typeof refusalReasons)[number]}`)}</dd>
              <dt>{t('requests.refusal.justification')}</dt>
              <dd>
                <span dir="auto">{r.refusal.justification}</span>
              </dd>
            </dl>
          </section>
        )}
        {d.datasets.length > 0 && (
          <section aria-labelledby="datasets-title">
            <h2 id="datasets-title">{t('requests.datasets')}</h2>
            <ul>
              {d.datasets.map((ds) => (
                <li key={ds.id}>
                  <a href={`/${locale}/datasets/${ds.name}`}>
                    <Tr value={ds.title} i18n={i18n} />
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )}
        <div class="inline-links">
          <span>{t('requests.votes', { n: r.vote_count })}</span>
          {d.can.vote ? (
            <>
              <ActionButton
                action={`${base}/vote`}
                csrf={csrf}
                label={d.me.voted ? t('requests.unvote') : t('requests.vote')}
              />{' '}
              <ActionButton
                action={`${base}/follow`}
                csrf={csrf}
                label={d.me.following ? t('requests.unfollow') : t('requests.follow')}
                hidden={{ value: d.me.following ? 'false' : 'true' }}
              />
            </>
          ) : (
            <a href={`/${locale}/login?next=${encodeURIComponent(base)}`}>{t('requests.signin_to_act')}</a>
          )}
        </div>
        <ErrorSummary form={form} title={t('page.error.fields')} />
        {(d.can.transitions.length > 0 || d.can.answer) && (
          <section aria-labelledby="act-title" class="card">
            <h2 id="act-title">{t('requests.act.title')}</h2>
            {d.can.transitions.length > 0 && (
              <Form action={`${base}/transition`} csrf={csrf}>
                <Select
                  name="to"
                  label={t('requests.act.to')}
                  form={form}
                  options={d.can.transitions.map((s) => ({ value: s, label: statusLabel(i18n, s) }))}
                />
                <Field name="note" label={t('requests.act.note')} form={form} multiline />
                {d.can.transitions.includes('routed') && (
                  <Field
                    name="organization"
                    label={t('requests.act.organization')}
                    form={form}
                    value={r.organization?.name ?? ''}
                  />
                )}
                {d.can.transitions.includes('accepted') && (
                  <Field name="planned_date" type="date" label={t('requests.act.planned_date')} form={form} />
                )}
                {d.can.transitions.includes('refused') && (
                  <>
                    <Select
                      name="refusal_reason"
                      label={t('requests.act.refusal_reason')}
                      form={form}
                      options={[
                        { value: '', label: '—' },
                        ...refusalReasons.map((x) => ({ value: x, label: t(`requests.reason.${x}`) })),
                      ]}
                    />
                    <Field
                      name="justification"
                      label={t('requests.act.justification')}
                      form={form}
                      multiline
                    />
                  </>
                )}
                {d.can.transitions.some((s) => s === 'published' || s === 'partially_published') && (
                  <Field name="datasets" label={t('requests.act.datasets')} form={form} />
                )}
                <button type="submit">{t('requests.act.submit')}</button>
              </Form>
            )}
            {d.can.answer && r.organization && !r.inventory_item_id && (
              <p>
                <a href={`${base}/inventory-item`}>{t('inventory.request.convert')}</a>
              </p>
            )}
            {d.can.extend && (
              <Form action={`${base}/extend`} csrf={csrf}>
                <h3>{t('requests.extend.title')}</h3>
                <Field name="reason" label={t('requests.extend.reason')} form={form} multiline />
                <button type="submit">{t('requests.extend.submit', { days: d.extensionDays })}</button>
              </Form>
            )}
          </section>
        )}
        <ManageSection d={d} i18n={i18n} csrf={csrf} form={form} base={base} />
        <section aria-labelledby="history-title">
          <h2 id="history-title">{t('requests.history')}</h2>
          <ol class="activity">
            {d.history.map((h, i) => (
              <li key={i}>
                <time datetime={h.at}>{day(i18n, h.at)}</time> —{' '}
                <strong>
                  {h.kind === 'status' ? statusLabel(i18n, h.to) : t(`requests.history.${h.kind}`)}
                </strong>{' '}
                (
                {h.actor && h.role !== 'requester'
                  ? t('requests.history.by', { role: t(`requests.role.${h.role}`), name: h.actor })
                  : t(`requests.role.${h.role}`)}
                )
                {h.note && (
                  <p lang={r.locale}>
                    <span dir="auto">{h.note}</span>
                  </p>
                )}
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="comments-title">
          <h2 id="comments-title">{t('requests.comments')}</h2>
          {d.comments.length === 0 && <p>{t('requests.comments.none')}</p>}
          <ul class="activity">
            {d.comments.map((c) => (
              <li key={c.id}>
                <strong>{c.author}</strong> — <time datetime={c.created_at}>{day(i18n, c.created_at)}</time>
                {c.state !== 'approved' && (
                  <span class="badge badge-muted">
                    {c.state === 'pending' ? t('requests.comment.pending') : t('requests.comment.rejected')}
                  </span>
                )}
                <p>
                  <span dir="auto">{c.body}</span>
                </p>
                {d.can.moderateComments && c.state === 'pending' && (
                  <div class="inline-links">
                    <ActionButton
                      action={`${base}/comments/${c.id}/decision`}
                      csrf={csrf}
                      label={t('requests.comment.approve')}
                      hidden={{ decision: 'approve' }}
                    />{' '}
                    <ActionButton
                      action={`${base}/comments/${c.id}/decision`}
                      csrf={csrf}
                      label={t('requests.comment.reject')}
                      hidden={{ decision: 'reject' }}
                      danger
                    />
                  </div>
                )}
              </li>
            ))}
          </ul>
          {d.can.comment && (
            <Form action={`${base}/comment`} csrf={csrf}>
              <Field name="body" label={t('requests.comment.body')} form={form} multiline />
              <button type="submit">{t('requests.comment.add')}</button>
            </Form>
          )}
        </section>
      </article>
    );
  },
};

type Submit = FormDef<unknown>['submit'];
/** A POST-only action under the request page; a refused one shows the request page with the errors. */
const action = (path: string, submit: Submit): FormDef<unknown> =>
  ({ ...requestPage, path: `/requests/:id${path}`, signedIn: true, submit }) as FormDef<unknown>;
const back = (ctx: PageContext) => `/requests/${idOf(ctx)}`;

export const requestActions: FormDef<unknown>[] = [
  action('/vote', async (ctx) => {
    await voteRequest(ctx.svc, idOf(ctx));
    return { redirect: back(ctx) };
  }),
  action('/follow', async (ctx, body) => {
    await followRequest(ctx.svc, idOf(ctx), { value: body.value !== 'false' });
    return { redirect: back(ctx) };
  }),
  action('/comment', async (ctx, body) => {
    const c = await commentRequest(ctx.svc, idOf(ctx), body);
    return { redirect: back(ctx), notice: c.state === 'pending' ? 'requests.notice.comment' : undefined };
  }),
  action('/comments/:comment/decision', async (ctx, body) => {
    await moderateComment(ctx.svc, idOf(ctx), (ctx.req.params as { comment: string }).comment, body);
    return { redirect: back(ctx) };
  }),
  action('/transition', async (ctx, body) => {
    await transitionRequest(ctx.svc, idOf(ctx), body);
    return {
      redirect: body.back === 'queue' ? '/requests/queue' : back(ctx),
      notice: 'requests.notice.updated',
    };
  }),
  action('/assign', async (ctx, body) => {
    await assignRequest(ctx.svc, idOf(ctx), body);
    return { redirect: back(ctx), notice: 'requests.notice.assigned' };
  }),
  action('/urgency', async (ctx, body) => {
    await setUrgency(ctx.svc, idOf(ctx), body);
    return { redirect: back(ctx), notice: 'requests.notice.urgency' };
  }),
  action('/extend', async (ctx, body) => {
    await extendRequest(ctx.svc, idOf(ctx), body);
    return { redirect: back(ctx), notice: 'requests.notice.updated' };
  }),
];
