// Plan managers' forms for a commitment (the OGP template: number, titles, lead institution, other actors,
// project leads, dates, problem, objective, expected results, OGP values, contact, weight, level override with
// its reason); the edit page lists the commitment's activities to edit or remove.
import type { CompletionLevel } from '../../../db/tables/plans.ts';
import { ErrorSummary, Field, Form, Select } from '../../../web/components/form.tsx';
import type { FormDef, PageContext } from '../../../web/page.ts';
import * as commitments from '../commitments.service.ts';
import { findReadablePlan } from '../plans.service.ts';
import { type CommitmentView, ogpValues, presentPlan } from '../present.ts';
import { levels } from '../progress.ts';
import { Tr, text } from './kit.tsx';
import { Check, LangFieldsets, perLang, requireManager, ticked } from './manage-kit.tsx';

const params = (ctx: PageContext) => ctx.req.params as { slug: string; number?: string };

function CommitmentForm({ ctx, c, action }: { ctx: PageContext; c: CommitmentView | null; action: string }) {
  const { t } = ctx.i18n;
  const form = ctx.form;
  return (
    <>
      <ErrorSummary form={form} title={t('page.error.fields')} />
      <Form action={action} csrf={ctx.csrf} class="form form-wide">
        <Field
          name="number"
          type="number"
          label={t('plans.col.number')}
          required
          value={c ? String(c.number) : ''}
          form={form}
        />
        <LangFieldsets
          ctx={ctx}
          fields={[
            { name: 'title', label: t('plans.col.commitment'), value: c?.title },
            { name: 'leadInstitution', label: t('plans.c.lead'), value: c?.leadInstitution },
            { name: 'otherActors', label: t('plans.c.otherActors'), value: c?.otherActors, multiline: true },
            { name: 'projectLeads', label: t('plans.c.projectLeads'), value: c?.projectLeads },
            { name: 'problem', label: t('plans.c.problem'), value: c?.problem, multiline: true },
            { name: 'objective', label: t('plans.c.objective'), value: c?.objective, multiline: true },
            {
              name: 'expectedResults',
              label: t('plans.c.expectedResults'),
              value: c?.expectedResults,
              multiline: true,
            },
          ]}
        />
        <Field
          name="startDate"
          type="date"
          label={t('plans.manage.startDate')}
          value={c?.startDate ?? ''}
          form={form}
        />
        <Field
          name="endDate"
          type="date"
          label={t('plans.manage.endDate')}
          value={c?.endDate ?? ''}
          form={form}
        />
        <fieldset id="f-values">
          <legend>{t('plans.c.values')}</legend>
          {ogpValues.map((v) => (
            <Check
              key={v}
              ctx={ctx}
              name={`values.${v}`}
              label={t(`plans.value.${v}`)}
              checked={c?.values.includes(v) ?? false}
            />
          ))}
        </fieldset>
        <Field name="contact" label={t('plans.c.contact')} value={c?.contact ?? ''} form={form} />
        <Field
          name="weight"
          type="number"
          label={t('plans.a.col.weight')}
          hint={t('plans.manage.commitmentWeight.hint')}
          value={String(c?.weight ?? 1)}
          form={form}
        />
        <Select
          name="levelOverride"
          label={t('plans.manage.levelOverride')}
          form={form}
          value={c?.levelOverride ?? ''}
          options={[
            { value: '', label: t('plans.manage.levelOverride.none') },
            ...levels.map((l: CompletionLevel) => ({ value: l, label: t(`plans.level.${l}`) })),
          ]}
        />
        <Field
          name="levelOverrideReason"
          label={t('plans.manage.levelOverrideReason')}
          hint={t('plans.manage.levelOverrideReason.hint')}
          value={c?.levelOverrideReason ?? ''}
          multiline
          form={form}
        />
        <button type="submit">{t('plans.manage.save')}</button>
      </Form>
    </>
  );
}

/** Form values → the commitments service's input. */
export const commitmentInput = (v: Record<string, string>) => ({
  number: v.number,
  title: perLang(v, 'title'),
  leadInstitution: perLang(v, 'leadInstitution'),
  otherActors: perLang(v, 'otherActors'),
  projectLeads: perLang(v, 'projectLeads'),
  problem: perLang(v, 'problem'),
  objective: perLang(v, 'objective'),
  expectedResults: perLang(v, 'expectedResults'),
  startDate: v.startDate,
  endDate: v.endDate,
  values: ogpValues.filter((x) => ticked(v, `values.${x}`)),
  contact: v.contact,
  weight: v.weight,
  levelOverride: v.levelOverride,
  levelOverrideReason: v.levelOverrideReason,
});

export const newCommitmentPage: FormDef<{ slug: string; title: Record<string, string> }> = {
  path: '/manage/plans/:slug/commitments/new',
  section: 'opengov',
  signedIn: true,
  async load(ctx) {
    requireManager(ctx);
    const plan = presentPlan(await findReadablePlan(ctx.svc, params(ctx).slug));
    return { slug: plan.slug, title: plan.title };
  },
  title: (_d, { i18n }) => i18n.t('plans.manage.newCommitment'),
  view: (d, ctx) => (
    <>
      <p>
        <a href={`/${ctx.i18n.locale}/manage/plans/${d.slug}`}>
          <Tr value={d.title} i18n={ctx.i18n} />
        </a>
      </p>
      <h1>{ctx.i18n.t('plans.manage.newCommitment')}</h1>
      <CommitmentForm
        ctx={ctx}
        c={null}
        action={`/${ctx.i18n.locale}/manage/plans/${d.slug}/commitments/new`}
      />
    </>
  ),
  async submit(ctx, values) {
    const { slug } = params(ctx);
    const c = await commitments.createCommitment(ctx.svc, slug, commitmentInput(values));
    return { redirect: `/manage/plans/${slug}/commitments/${c.number}`, notice: 'plans.notice.saved' };
  },
};

type Data = Awaited<ReturnType<typeof commitments.getCommitment>>;

export const editCommitmentPage: FormDef<Data> = {
  path: '/manage/plans/:slug/commitments/:number',
  section: 'opengov',
  signedIn: true,
  async load(ctx) {
    requireManager(ctx);
    const { slug, number } = params(ctx);
    return commitments.getCommitment(ctx.svc, slug, number ?? '');
  },
  title: (d, { i18n }) =>
    `${i18n.t('plans.c.title', { n: i18n.n(d.commitment.number) })}${i18n.t('plans.colon')}${text(d.commitment.title, i18n)}`,
  view(d, ctx) {
    const { t, locale } = ctx.i18n;
    const base = `/${locale}/manage/plans/${d.plan.slug}/commitments/${d.commitment.number}`;
    return (
      <>
        <p>
          <a href={`/${locale}/manage/plans/${d.plan.slug}`}>
            <Tr value={d.plan.title} i18n={ctx.i18n} />
          </a>{' '}
          ·{' '}
          <a href={`/${locale}/plans/${d.plan.slug}/commitments/${d.commitment.number}`}>
            {t('plans.manage.public')}
          </a>
        </p>
        <h1>{t('plans.manage.editCommitment', { n: ctx.i18n.n(d.commitment.number) })}</h1>
        <CommitmentForm ctx={ctx} c={d.commitment} action={base} />
        <h2 id="activities">{t('plans.activities')}</h2>
        <p>
          <a href={`${base}/activities/new`}>{t('plans.manage.newActivity')}</a>
        </p>
        <ul>
          {d.activities.map((a) => (
            <li key={a.id}>
              <a href={`${base}/activities/${a.id}`}>
                <Tr value={a.title} i18n={ctx.i18n} />
              </a>{' '}
              · <a href={`${base}/activities/${a.id}/remove`}>{t('plans.manage.removeActivity')}</a>
            </li>
          ))}
        </ul>
      </>
    );
  },
  async submit(ctx, values) {
    const { slug, number } = params(ctx);
    const c = await commitments.updateCommitment(ctx.svc, slug, number ?? '', commitmentInput(values));
    return { redirect: `/manage/plans/${slug}/commitments/${c.number}`, notice: 'plans.notice.saved' };
  },
};
