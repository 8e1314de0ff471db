// Blocker pages: the queue of a plan (filtered by status), a blocker with its dated history and the forms of the
// next steps (comment, answer, close, reopen: one POST handler, the button says which), and the project lead's
// form to raise one on a commitment. Plain HTML forms: everything works without JavaScript.
import { AppError } from '../../../kernel/errors.ts';
import { ErrorSummary, Field, Form } from '../../../web/components/form.tsx';
import type { FormDef, PageContext, PageDef } from '../../../web/page.ts';
import { can } from '../../accounts/index.ts';
import * as blockers from '../blockers.service.ts';
import * as commitments from '../commitments.service.ts';
import { findReadablePlan } from '../plans.service.ts';
import { presentPlan } from '../present.ts';
import { Checkbox, Paragraphs, PlanLinks, StatusBadge, when } from './governance-kit.tsx';
import { Tr } from './kit.tsx';

const p = (ctx: PageContext) => ctx.req.params as { slug: string; id?: string; number?: string };
const statusParam = (ctx: PageContext) => {
  const v = (ctx.req.query as Record<string, unknown>).status;
  return typeof v === 'string' && (blockers.blockerStatuses as readonly string[]).includes(v) ? v : '';
};

type QueueData = {
  plan: { slug: string; title: Record<string, string> };
  status: string;
  blockers: blockers.BlockerView[];
  can: { dashboard: boolean };
};

export const blockersPage: PageDef<QueueData> = {
  path: '/plans/:slug/blockers',
  section: 'opengov',
  async load(ctx) {
    const { slug } = p(ctx);
    const plan = presentPlan(await findReadablePlan(ctx.svc, slug));
    const status = statusParam(ctx);
    const list = await blockers.listBlockers(ctx.svc, slug, { status });
    return {
      plan: { slug: plan.slug, title: plan.title as Record<string, string> },
      status,
      blockers: list,
      can: { dashboard: can(ctx.svc.actor, 'plan:dashboard', undefined) },
    };
  },
  title: (_d, { i18n }) => i18n.t('plans.blocker.queue'),
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
        <h1>{t('plans.blocker.queue')}</h1>
        <PlanLinks i18n={i18n} slug={data.plan.slug} dashboard={data.can.dashboard} current="blockers" />
        <p>{t('plans.blocker.queue.intro')}</p>
        <form method="get" action={`${base}/blockers`} class="filters">
          <div class="field">
            <label for="status">{t('plans.blocker.status')}</label>
            <select id="status" name="status">
              <option value="">{t('plans.blocker.status.all')}</option>
              {blockers.blockerStatuses.map((s) => (
                <option key={s} value={s} selected={s === data.status}>
                  {t(`plans.blocker.status.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit">{t('plans.blocker.filter')}</button>
        </form>
        {data.blockers.length === 0 ? (
          <p class="muted">{t('plans.blocker.none')}</p>
        ) : (
          <div class="table-wrap">
            <table class="data">
              <caption class="visually-hidden">{t('plans.blocker.queue')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('plans.blocker.col.title')}</th>
                  <th scope="col">{t('plans.col.number')}</th>
                  <th scope="col">{t('plans.blocker.status')}</th>
                  <th scope="col">{t('plans.blocker.col.raised')}</th>
                  <th scope="col">{t('plans.blocker.col.visibility')}</th>
                </tr>
              </thead>
              <tbody>
                {data.blockers.map((b) => (
                  <tr key={b.id}>
                    <th scope="row">
                      <a href={`${base}/blockers/${b.id}`} lang={b.lang === locale ? undefined : b.lang}>
                        {b.title}
                      </a>
                    </th>
                    <td>
                      <a href={`${base}/commitments/${b.commitment}`}>{i18n.n(b.commitment)}</a>
                    </td>
                    <td>
                      <StatusBadge i18n={i18n} status={b.status} />
                    </td>
                    <td>{when(i18n, b.createdAt)}</td>
                    <td>{b.public ? t('plans.blocker.public') : t('plans.blocker.restricted')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </>
    );
  },
};

type Detail = Awaited<ReturnType<typeof blockers.getBlocker>>;
const actions = ['comment', 'answer', 'close', 'reopen'] as const;

export const blockerPage: FormDef<Detail> = {
  path: '/plans/:slug/blockers/:id',
  section: 'opengov',
  load: (ctx) => blockers.getBlocker(ctx.svc, p(ctx).slug, p(ctx).id ?? ''),
  title: (d) => d.blocker.title,
  view(data, ctx) {
    const { i18n, form } = ctx;
    const { t, locale } = i18n;
    const b = data.blocker;
    const base = `/${locale}/plans/${data.plan.slug}`;
    const action = `${base}/blockers/${b.id}`;
    const lang = b.lang === locale ? undefined : b.lang;
    return (
      <>
        <p>
          <a href={`${base}/blockers`}>{t('plans.blocker.queue')}</a>
        </p>
        <h1 lang={lang}>{b.title}</h1>
        <p>
          <StatusBadge i18n={i18n} status={b.status} />{' '}
          <a href={`${base}/commitments/${b.commitment}`}>
            {t('plans.c.title', { n: i18n.n(b.commitment) })}
          </a>{' '}
          · {b.public ? t('plans.blocker.public') : t('plans.blocker.restricted')}
        </p>
        <h2>{t('plans.blocker.problem')}</h2>
        <Paragraphs text={b.problem} lang={lang} />
        <h2>{t('plans.blocker.needed')}</h2>
        <Paragraphs text={b.needed} lang={lang} />
        {b.answer && (
          <section aria-labelledby="answer-title" class="callout">
            <h2 id="answer-title">{t('plans.blocker.answer')}</h2>
            <Paragraphs text={b.answer} />
            {b.answeredAt && <p class="muted">{when(i18n, b.answeredAt)}</p>}
          </section>
        )}
        <h2 id="history-title">{t('plans.blocker.history')}</h2>
        <ol class="timeline" aria-labelledby="history-title">
          {data.events.map((e, i) => (
            <li key={i}>
              <p>
                <strong>{t(`plans.blocker.event.${e.kind}`)}</strong> · {e.author} (
                {t(`plans.blocker.role.${e.role}`)}) · <time dateTime={e.at}>{when(i18n, e.at)}</time>
                {e.from && e.from !== e.to && (
                  <>
                    {' '}
                    · {t(`plans.blocker.status.${e.from}`)} → {t(`plans.blocker.status.${e.to}`)}
                  </>
                )}
              </p>
              {e.body && <Paragraphs text={e.body} />}
            </li>
          ))}
        </ol>
        <ErrorSummary form={form} title={t('plans.form.errors')} />
        {data.can.comment && (
          <Form action={action} csrf={ctx.csrf}>
            <input type="hidden" name="step" value="comment" />
            <Field name="body" label={t('plans.blocker.form.comment')} multiline required form={form} />
            <button type="submit">{t('plans.blocker.do.comment')}</button>
          </Form>
        )}
        {data.can.answer && (
          <Form action={action} csrf={ctx.csrf}>
            <input type="hidden" name="step" value="answer" />
            <Field name="answer" label={t('plans.blocker.form.answer')} multiline required form={form} />
            <button type="submit">{t('plans.blocker.do.answer')}</button>
          </Form>
        )}
        {data.can.reopen && (
          <Form action={action} csrf={ctx.csrf}>
            <input type="hidden" name="step" value="reopen" />
            <Field name="reason" label={t('plans.blocker.form.reason')} multiline required form={form} />
            <button type="submit">{t('plans.blocker.do.reopen')}</button>
          </Form>
        )}
        {data.can.close && (
          <Form action={action} csrf={ctx.csrf}>
            <input type="hidden" name="step" value="close" />
            <Field name="note" label={t('plans.blocker.form.note')} multiline form={form} />
            <button type="submit">{t('plans.blocker.do.close')}</button>
          </Form>
        )}
      </>
    );
  },
  async submit(ctx, values) {
    const { slug, id = '' } = p(ctx);
    const step = actions.find((a) => a === values.step);
    if (!step) throw new AppError('http.bad_request');
    const fn = {
      comment: blockers.commentBlocker,
      answer: blockers.answerBlocker,
      close: blockers.closeBlocker,
      reopen: blockers.reopenBlocker,
    }[step];
    await fn(ctx.svc, slug, id, values);
    return { redirect: `/plans/${slug}/blockers/${id}`, notice: `plans.blocker.notice.${step}` };
  },
};

type RaiseData = Awaited<ReturnType<typeof commitments.getCommitment>>;

export const raiseBlockerPage: FormDef<RaiseData> = {
  path: '/plans/:slug/commitments/:number/blockers/new',
  section: 'opengov',
  signedIn: true,
  async load(ctx) {
    const { slug, number = '' } = p(ctx);
    const data = await commitments.getCommitment(ctx.svc, slug, number);
    if (!data.can.raiseBlocker) throw new AppError('auth.forbidden', { action: 'blocker:raise' });
    return data;
  },
  title: (d, { i18n }) => i18n.t('plans.blocker.raise.title', { n: i18n.n(d.commitment.number) }),
  view(data, ctx) {
    const { i18n, form } = ctx;
    const { t, locale } = i18n;
    const url = `/${locale}/plans/${data.plan.slug}/commitments/${data.commitment.number}`;
    return (
      <>
        <p>
          <a href={url}>
            <Tr value={data.commitment.title} i18n={i18n} />
          </a>
        </p>
        <h1>{t('plans.blocker.raise.title', { n: i18n.n(data.commitment.number) })}</h1>
        <p>{t('plans.blocker.raise.intro')}</p>
        <ErrorSummary form={form} title={t('plans.form.errors')} />
        <Form action={`${url}/blockers/new`} csrf={ctx.csrf}>
          <Field name="title" label={t('plans.blocker.col.title')} required form={form} />
          <Field name="problem" label={t('plans.blocker.problem')} multiline required form={form} />
          <Field name="needed" label={t('plans.blocker.needed')} multiline required form={form} />
          <Checkbox
            name="public"
            label={t('plans.blocker.form.public')}
            hint={t('plans.blocker.form.public.hint')}
            checked={false}
            form={form}
          />
          <button type="submit">{t('plans.blocker.raise.submit')}</button>
        </Form>
      </>
    );
  },
  async submit(ctx, values) {
    const { slug, number = '' } = p(ctx);
    const out = await blockers.raiseBlocker(ctx.svc, slug, number, {
      ...values,
      public: values.public ?? 'false',
    });
    return { redirect: `/plans/${slug}/blockers/${out.blocker.id}`, notice: 'plans.blocker.notice.raised' };
  },
};
