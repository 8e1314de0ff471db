// Plan managers' back-office: the list of plans (with import and export), a form to create a plan and one to
// edit it (period, status, titles and descriptions in three languages, publication, aggregation, thresholds),
// which also lists the plan's commitments to edit. Plain forms: they work without JavaScript.
import { ErrorSummary, Field, Form, Select } from '../../../web/components/form.tsx';
import type { FormDef, PageContext, PageDef } from '../../../web/page.ts';
import * as plans from '../plans.service.ts';
import type { PlanView } from '../present.ts';
import { Tr } from './kit.tsx';
import { Check, LangFieldsets, perLang, requireManager, ticked } from './manage-kit.tsx';

const exportFormats = ['json', 'xlsx', 'csv'] as const;

export const managePlansPage: PageDef<{ items: plans.PlanSummary[] }> = {
  path: '/manage/plans',
  section: 'opengov',
  signedIn: true,
  async load(ctx) {
    requireManager(ctx);
    return { items: await plans.listPlans(ctx.svc) };
  },
  title: (_d, { i18n }) => i18n.t('plans.manage.title'),
  view(d, { i18n }) {
    const { t, locale } = i18n;
    return (
      <>
        <h1>{t('plans.manage.title')}</h1>
        <p>
          <a href={`/${locale}/manage/plans/new`}>{t('plans.manage.new')}</a> ·{' '}
          <a href={`/${locale}/manage/plans/import`}>{t('plans.import.title')}</a>
        </p>
        <div class="table-wrap">
          <table class="data" aria-labelledby="plans-list">
            <caption id="plans-list">{t('plans.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plans.manage.plan')}</th>
                <th scope="col">{t('plans.report.status')}</th>
                <th scope="col">{t('plans.export.title')}</th>
              </tr>
            </thead>
            <tbody>
              {d.items.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <a href={`/${locale}/manage/plans/${p.slug}`}>
                      <Tr value={p.title} i18n={i18n} />
                    </a>
                  </th>
                  <td>{t(`plans.status.${p.status}`)}</td>
                  <td>
                    {exportFormats.map((f, k) => (
                      <span key={f}>
                        {k > 0 && ' · '}
                        <a href={`/api/v1/plans/${p.slug}/export?format=${f}`}>{f.toUpperCase()}</a>
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </>
    );
  },
};

function PlanForm({ ctx, plan, action }: { ctx: PageContext; plan: PlanView | null; action: string }) {
  const { t } = ctx.i18n;
  const form = ctx.form;
  return (
    <>
      <ErrorSummary form={form} title={t('page.error.fields')} />
      <Form action={action} csrf={ctx.csrf} class="form form-wide">
        <Field
          name="slug"
          label={t('plans.manage.slug')}
          hint={t('plans.manage.slug.hint')}
          required
          dir="ltr"
          value={plan?.slug}
          form={form}
        />
        <LangFieldsets
          ctx={ctx}
          fields={[
            { name: 'title', label: t('plans.manage.planTitle'), value: plan?.title },
            {
              name: 'description',
              label: t('plans.manage.description'),
              value: plan?.description,
              multiline: true,
            },
          ]}
        />
        <Field
          name="periodStart"
          type="date"
          label={t('plans.manage.periodStart')}
          required
          value={plan?.periodStart}
          form={form}
        />
        <Field
          name="periodEnd"
          type="date"
          label={t('plans.manage.periodEnd')}
          required
          value={plan?.periodEnd}
          form={form}
        />
        <Select
          name="status"
          label={t('plans.report.status')}
          form={form}
          value={plan?.status ?? 'co-creation'}
          options={plans.planStatuses.map((s) => ({ value: s, label: t(`plans.status.${s}`) }))}
        />
        <Check
          ctx={ctx}
          name="published"
          label={t('plans.manage.published')}
          checked={plan?.published ?? false}
        />
        <Select
          name="aggregation"
          label={t('plans.manage.aggregation')}
          form={form}
          value={plan?.aggregation ?? 'mean'}
          options={plans.aggregations.map((a) => ({ value: a, label: t(`plans.aggregation.${a}`) }))}
        />
        <Field
          name="reportingPeriodDays"
          type="number"
          label={t('plans.manage.reportingPeriodDays')}
          value={String(plan?.reportingPeriodDays ?? 90)}
          form={form}
        />
        <fieldset>
          <legend>{t('plans.manage.thresholds')}</legend>
          {(['limited', 'substantial', 'complete'] as const).map((k) => (
            <Field
              key={k}
              name={`thresholds.${k}`}
              type="number"
              label={t(`plans.level.${k}`)}
              value={
                plan ? String(plan.thresholds[k]) : { limited: '1', substantial: '50', complete: '100' }[k]
              }
              form={form}
            />
          ))}
        </fieldset>
        <button type="submit">{t('plans.manage.save')}</button>
      </Form>
    </>
  );
}

/** Form values → the plans service's input. */
export const planInput = (v: Record<string, string>) => ({
  slug: v.slug,
  title: perLang(v, 'title'),
  description: perLang(v, 'description'),
  periodStart: v.periodStart,
  periodEnd: v.periodEnd,
  status: v.status,
  published: ticked(v, 'published'),
  aggregation: v.aggregation,
  reportingPeriodDays: v.reportingPeriodDays,
  thresholds: {
    limited: v['thresholds.limited'],
    substantial: v['thresholds.substantial'],
    complete: v['thresholds.complete'],
  },
});

export const newPlanPage: FormDef<null> = {
  path: '/manage/plans/new',
  section: 'opengov',
  signedIn: true,
  load(ctx) {
    requireManager(ctx);
    return null;
  },
  title: (_d, { i18n }) => i18n.t('plans.manage.new'),
  view: (_d, ctx) => (
    <>
      <h1>{ctx.i18n.t('plans.manage.new')}</h1>
      <PlanForm ctx={ctx} plan={null} action={`/${ctx.i18n.locale}/manage/plans/new`} />
    </>
  ),
  async submit(ctx, values) {
    const plan = await plans.createPlan(ctx.svc, planInput(values));
    return { redirect: `/manage/plans/${plan.slug}`, notice: 'plans.notice.saved' };
  },
};

type EditData = Awaited<ReturnType<typeof plans.getPlan>>;

export const editPlanPage: FormDef<EditData> = {
  path: '/manage/plans/:slug',
  section: 'opengov',
  signedIn: true,
  async load(ctx) {
    requireManager(ctx);
    return plans.getPlan(ctx.svc, (ctx.req.params as { slug: string }).slug);
  },
  title: (d, { i18n }) => i18n.t('plans.manage.edit', { slug: d.plan.slug }),
  view(d, ctx) {
    const { t, locale } = ctx.i18n;
    const base = `/${locale}/manage/plans/${d.plan.slug}`;
    return (
      <>
        <p>
          <a href={`/${locale}/manage/plans`}>{t('plans.manage.title')}</a> ·{' '}
          <a href={`/${locale}/plans/${d.plan.slug}`}>{t('plans.manage.public')}</a> ·{' '}
          <a href={`${base}/documents`}>{t('plans.docs.title')}</a>
        </p>
        <h1>{t('plans.manage.edit', { slug: d.plan.slug })}</h1>
        <PlanForm ctx={ctx} plan={d.plan} action={base} />
        <h2 id="commitments">{t('plans.commitments')}</h2>
        <p>
          <a href={`${base}/commitments/new`}>{t('plans.manage.newCommitment')}</a>
        </p>
        <ul>
          {d.commitments.map((c) => (
            <li key={c.id}>
              <a href={`${base}/commitments/${c.number}`}>
                {t('plans.c.title', { n: ctx.i18n.n(c.number) })}
                {t('plans.colon')}
                <Tr value={c.title} i18n={ctx.i18n} />
              </a>
            </li>
          ))}
        </ul>
      </>
    );
  },
  async submit(ctx, values) {
    const plan = await plans.updatePlan(
      ctx.svc,
      (ctx.req.params as { slug: string }).slug,
      planInput(values),
    );
    return { redirect: `/manage/plans/${plan.slug}`, notice: 'plans.notice.saved' };
  },
};
