// Back-office forms of a commitment's project lead(s) and plan managers: file a progress report on an activity,
// and set the weights of the commitment's activities (with each one's share as it stands). Plain HTML forms:
// they work without JavaScript; errors are listed and shown beside their fields.
import { AppError } from '../../../kernel/errors.ts';
import { ErrorSummary, Field, Form } from '../../../web/components/form.tsx';
import type { FormDef, PageContext } from '../../../web/page.ts';
import { fileProgressReport, setActivityWeights } from '../activities.service.ts';
import * as commitments from '../commitments.service.ts';
import { today } from '../fields.ts';
import { day, pct, Tr, text } from './kit.tsx';

type Data = Awaited<ReturnType<typeof commitments.getCommitment>>;
const params = (ctx: PageContext) => ctx.req.params as { slug: string; number: string; id?: string };
const back = (d: Data) => `/plans/${d.plan.slug}/commitments/${d.commitment.number}`;

export const reportPage: FormDef<Data & { activityId: string }> = {
  path: '/plans/:slug/commitments/:number/activities/:id/report',
  section: 'opengov',
  signedIn: true,
  async load(ctx) {
    const { slug, number, id } = params(ctx);
    const data = await commitments.getCommitment(ctx.svc, slug, number);
    if (!data.can.report) throw new AppError('auth.forbidden', { action: 'progress:report' });
    if (!data.activities.some((a) => a.id === id))
      throw new AppError('plans.activity_not_found', { id: id ?? '' });
    return { ...data, activityId: id ?? '' };
  },
  title: (d, { i18n }) => {
    const a = d.activities.find((x) => x.id === d.activityId)!;
    return i18n.t('plans.form.report.title', { activity: text(a.title, i18n) });
  },
  view(data, ctx) {
    const { i18n, form } = ctx;
    const { t, locale } = i18n;
    const a = data.activities.find((x) => x.id === data.activityId)!;
    return (
      <section aria-labelledby="page-title">
        <p>
          <a href={`/${locale}${back(data)}`}>
            {t('plans.c.title', { n: i18n.n(data.commitment.number) })}
            {t('plans.colon')}
            <Tr value={data.commitment.title} i18n={i18n} />
          </a>
        </p>
        <h1 id="page-title">{t('plans.form.report.title', { activity: text(a.title, i18n) })}</h1>
        <p>
          {t('plans.form.report.current', { n: pct(i18n, a.completion) })}
          {a.reports.length > 0 && ` (${day(i18n, a.reports[a.reports.length - 1]!.reportedOn)})`}
        </p>
        <ErrorSummary form={form} title={t('plans.form.errors')} />
        <Form
          action={`/${locale}/plans/${data.plan.slug}/commitments/${data.commitment.number}/activities/${a.id}/report`}
          csrf={ctx.csrf}
        >
          <Field
            name="completion"
            type="number"
            label={t('plans.form.completion')}
            hint={t('plans.form.completion.hint')}
            required
            form={form}
            value={String(a.completion)}
          />
          <Field
            name="reportedOn"
            type="date"
            label={t('plans.form.reportedOn')}
            required
            form={form}
            value={today()}
          />
          <Field name={`done.${locale}`} label={t('plans.form.done')} multiline form={form} />
          <Field
            name={`communication.${locale}`}
            label={t('plans.form.communication')}
            multiline
            form={form}
          />
          <fieldset>
            <legend>{t('plans.form.evidence')}</legend>
            <Field name="evidence.0.title" label={t('plans.form.evidence.title')} form={form} />
            <Field
              name="evidence.0.url"
              type="url"
              label={t('plans.form.evidence.url')}
              dir="ltr"
              form={form}
            />
          </fieldset>
          <button type="submit">{t('plans.form.report.submit')}</button>
        </Form>
      </section>
    );
  },
  async submit(ctx, values) {
    const { slug, number, id } = params(ctx);
    const locale = ctx.i18n.locale;
    const link = values['evidence.0.url']?.trim();
    await fileProgressReport(ctx.svc, slug, number, id ?? '', {
      completion: values.completion,
      reportedOn: values.reportedOn,
      done: { [locale]: values[`done.${locale}`] ?? '' },
      communication: { [locale]: values[`communication.${locale}`] ?? '' },
      evidence: link ? [{ title: values['evidence.0.title'] ?? '', url: link }] : [],
    });
    return {
      redirect: `/plans/${slug}/commitments/${number}#activity-${id}`,
      notice: 'plans.notice.reported',
    };
  },
};

export const weightsPage: FormDef<Data> = {
  path: '/plans/:slug/commitments/:number/weights',
  section: 'opengov',
  signedIn: true,
  async load(ctx) {
    const { slug, number } = params(ctx);
    const data = await commitments.getCommitment(ctx.svc, slug, number);
    if (!data.can.manageActivities) throw new AppError('auth.forbidden', { action: 'activity:manage' });
    return data;
  },
  title: (d, { i18n }) => i18n.t('plans.form.weights.title', { n: i18n.n(d.commitment.number) }),
  view(data, ctx) {
    const { i18n, form } = ctx;
    const { t, locale } = i18n;
    return (
      <section aria-labelledby="page-title">
        <p>
          <a href={`/${locale}${back(data)}`}>
            <Tr value={data.commitment.title} i18n={i18n} />
          </a>
        </p>
        <h1 id="page-title">{t('plans.form.weights.title', { n: i18n.n(data.commitment.number) })}</h1>
        <p>{t('plans.form.weights.hint')}</p>
        <ErrorSummary form={form} title={t('plans.form.errors')} />
        {data.activities.length === 0 ? (
          <p class="muted">{t('plans.a.none')}</p>
        ) : (
          <Form
            action={`/${locale}/plans/${data.plan.slug}/commitments/${data.commitment.number}/weights`}
            csrf={ctx.csrf}
          >
            {data.activities.map((a) => (
              <Field
                key={a.id}
                name={`weight.${a.id}`}
                type="number"
                label={text(a.title, i18n)}
                hint={t('plans.form.weights.share', { n: pct(i18n, a.share) })}
                required
                form={form}
                value={String(a.weight)}
              />
            ))}
            <button type="submit">{t('plans.form.weights.submit')}</button>
          </Form>
        )}
      </section>
    );
  },
  async submit(ctx, values) {
    const { slug, number } = params(ctx);
    const weights: Record<string, string> = {};
    for (const [k, v] of Object.entries(values)) if (k.startsWith('weight.')) weights[k.slice(7)] = v;
    await setActivityWeights(ctx.svc, slug, number, weights);
    return { redirect: `/plans/${slug}/commitments/${number}#activities`, notice: 'plans.notice.weights' };
  },
};
