// Forms to add, edit and remove an activity of a commitment (plan managers and the commitment's project leads):
// titles, responsible body and notes in three languages, planned dates, weight, status, evidence links.
import { AppError } from '../../../kernel/errors.ts';
import { ErrorSummary, Field, Form, Select } from '../../../web/components/form.tsx';
import type { FormDef, PageContext } from '../../../web/page.ts';
import * as activities from '../activities.service.ts';
import * as commitments from '../commitments.service.ts';
import { evidenceLines, evidenceText, today } from '../fields.ts';
import { Tr, text } from './kit.tsx';
import { LangFieldsets, perLang } from './manage-kit.tsx';

type Data = Awaited<ReturnType<typeof commitments.getCommitment>> & {
  activity: activities.ActivityDetail | null;
};
const params = (ctx: PageContext) => ctx.req.params as { slug: string; number: string; id?: string };
const back = (d: Data, locale: string) =>
  `/${locale}/manage/plans/${d.plan.slug}/commitments/${d.commitment.number}`;

async function load(ctx: PageContext, withActivity: boolean): Promise<Data> {
  const { slug, number, id } = params(ctx);
  const data = await commitments.getCommitment(ctx.svc, slug, number);
  if (!data.can.manageActivities) throw new AppError('auth.forbidden', { action: 'activity:manage' });
  if (!withActivity) return { ...data, activity: null };
  const activity = await activities.getActivity(ctx.svc, slug, number, id ?? '');
  return { ...data, activity };
}

function ActivityForm({
  ctx,
  a,
  action,
}: {
  ctx: PageContext;
  a: activities.ActivityDetail | null;
  action: string;
}) {
  const { t } = ctx.i18n;
  const form = ctx.form;
  return (
    <>
      <ErrorSummary form={form} title={t('page.error.fields')} />
      <Form action={action} csrf={ctx.csrf} class="form form-wide">
        <LangFieldsets
          ctx={ctx}
          fields={[
            { name: 'title', label: t('plans.a.col.activity'), value: a?.title },
            { name: 'responsibleBody', label: t('plans.a.col.responsible'), value: a?.responsibleBody },
            { name: 'notes', label: t('plans.manage.notes'), value: a?.notes, multiline: true },
          ]}
        />
        <Field
          name="plannedStart"
          type="date"
          label={t('plans.report.col.plannedStart')}
          value={a?.plannedStart ?? ''}
          form={form}
        />
        <Field
          name="plannedEnd"
          type="date"
          label={t('plans.report.col.plannedEnd')}
          value={a?.plannedEnd ?? ''}
          form={form}
        />
        <Field
          name="weight"
          type="number"
          label={t('plans.a.col.weight')}
          hint={t('plans.manage.weight.hint')}
          value={String(a?.weight ?? 1)}
          form={form}
        />
        <Select
          name="status"
          label={t('plans.a.col.status')}
          form={form}
          value={a?.status ?? 'planned'}
          options={activities.activityStatuses.map((s) => ({ value: s, label: t(`plans.a.status.${s}`) }))}
        />
        <Field
          name="evidence"
          label={t('plans.manage.evidence')}
          hint={t('plans.manage.evidence.hint')}
          dir="ltr"
          multiline
          value={evidenceText(a?.evidence ?? [])}
          form={form}
        />
        {!a && (
          <Field
            name="since"
            type="date"
            label={t('plans.manage.since')}
            hint={t('plans.manage.since.hint')}
            value={today()}
            form={form}
          />
        )}
        <button type="submit">{t('plans.manage.save')}</button>
      </Form>
    </>
  );
}

const activityInput = (v: Record<string, string>) => ({
  title: perLang(v, 'title'),
  responsibleBody: perLang(v, 'responsibleBody'),
  notes: perLang(v, 'notes'),
  plannedStart: v.plannedStart,
  plannedEnd: v.plannedEnd,
  weight: v.weight,
  status: v.status,
  evidence: evidenceLines(v.evidence),
  ...(v.since === undefined ? {} : { since: v.since }),
});

const heading = (d: Data, ctx: PageContext) => (
  <p>
    <a href={back(d, ctx.i18n.locale)}>
      {ctx.i18n.t('plans.c.title', { n: ctx.i18n.n(d.commitment.number) })}
      {ctx.i18n.t('plans.colon')}
      <Tr value={d.commitment.title} i18n={ctx.i18n} />
    </a>
  </p>
);

export const newActivityPage: FormDef<Data> = {
  path: '/manage/plans/:slug/commitments/:number/activities/new',
  section: 'opengov',
  signedIn: true,
  load: (ctx) => load(ctx, false),
  title: (_d, { i18n }) => i18n.t('plans.manage.newActivity'),
  view: (d, ctx) => (
    <>
      {heading(d, ctx)}
      <h1>{ctx.i18n.t('plans.manage.newActivity')}</h1>
      <ActivityForm ctx={ctx} a={null} action={`${back(d, ctx.i18n.locale)}/activities/new`} />
    </>
  ),
  async submit(ctx, values) {
    const { slug, number } = params(ctx);
    await activities.createActivity(ctx.svc, slug, number, activityInput(values));
    return {
      redirect: `/manage/plans/${slug}/commitments/${number}#activities`,
      notice: 'plans.notice.saved',
    };
  },
};

export const editActivityPage: FormDef<Data> = {
  path: '/manage/plans/:slug/commitments/:number/activities/:id',
  section: 'opengov',
  signedIn: true,
  load: (ctx) => load(ctx, true),
  title: (d, { i18n }) => i18n.t('plans.manage.editActivity', { activity: text(d.activity!.title, i18n) }),
  view: (d, ctx) => (
    <>
      {heading(d, ctx)}
      <h1>{ctx.i18n.t('plans.manage.editActivity', { activity: text(d.activity!.title, ctx.i18n) })}</h1>
      <ActivityForm
        ctx={ctx}
        a={d.activity}
        action={`${back(d, ctx.i18n.locale)}/activities/${d.activity!.id}`}
      />
    </>
  ),
  async submit(ctx, values) {
    const { slug, number, id } = params(ctx);
    await activities.updateActivity(ctx.svc, slug, number, id ?? '', activityInput(values));
    return {
      redirect: `/manage/plans/${slug}/commitments/${number}#activities`,
      notice: 'plans.notice.saved',
    };
  },
};

export const removeActivityPage: FormDef<Data> = {
  path: '/manage/plans/:slug/commitments/:number/activities/:id/remove',
  section: 'opengov',
  signedIn: true,
  load: (ctx) => load(ctx, true),
  title: (d, { i18n }) => i18n.t('plans.manage.removeTitle', { activity: text(d.activity!.title, i18n) }),
  view: (d, ctx) => (
    <>
      {heading(d, ctx)}
      <h1>{ctx.i18n.t('plans.manage.removeTitle', { activity: text(d.activity!.title, ctx.i18n) })}</h1>
      <p>{ctx.i18n.t('plans.manage.removeHint')}</p>
      <ErrorSummary form={ctx.form} title={ctx.i18n.t('page.error.fields')} />
      <Form action={`${back(d, ctx.i18n.locale)}/activities/${d.activity!.id}/remove`} csrf={ctx.csrf}>
        <button type="submit" class="danger">
          {ctx.i18n.t('plans.manage.removeActivity')}
        </button>
      </Form>
    </>
  ),
  async submit(ctx) {
    const { slug, number, id } = params(ctx);
    await activities.removeActivity(ctx.svc, slug, number, id ?? '');
    return {
      redirect: `/manage/plans/${slug}/commitments/${number}#activities`,
      notice: 'plans.notice.removed',
    };
  },
};
