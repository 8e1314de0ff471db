// "Request a dataset": the form, with similar existing requests shown after "Look for similar requests"
// (the POST redirects to this page's GET with the text typed, so it works without JavaScript).

import { AppError } from '../../../kernel/errors.ts';
import { ErrorSummary, Field, Form, Select } from '../../../web/components/form.tsx';
import type { FormDef } from '../../../web/page.ts';
import { orgsService } from '../../accounts/index.ts';
import { listThemes } from '../../catalog/themes.service.ts';
import { submitAnonymousRequest } from '../guests.service.ts';
import type { Translated } from '../present.ts';
import { similarRequests, submitRequest } from '../requests.service.ts';
import { q, statusLabel } from './request-kit.tsx';

const fields = ['title', 'description', 'purpose', 'organization', 'preferred_format', 'topic'] as const;

interface NewData {
  values: Record<string, string>;
  checked: boolean;
  similar: Awaited<ReturnType<typeof similarRequests>>;
  organizations: { name: string; title: Translated }[];
  topics: { name: string; title: Translated }[];
  answerDays: number;
  urgentDays: number;
  /** Not signed in: the form asks for an e-mail address to confirm (REQUEST_ANONYMOUS). */
  anonymous: boolean;
}

const label = (t: Translated, locale: 'ar' | 'fr' | 'en', fallback: string) =>
  t[locale] ?? t.fr ?? t.ar ?? t.en ?? fallback;

export const newRequestPage: FormDef<NewData> = {
  path: '/requests/new',
  section: 'requests',
  async load(ctx) {
    const anonymous = ctx.svc.actor.userId === null;
    if (anonymous && !ctx.svc.config.REQUEST_ANONYMOUS) throw new AppError('requests.anonymous_disabled');
    const values = Object.fromEntries(fields.map((f) => [f, q(ctx, f).slice(0, 5000)]));
    const checked = q(ctx, 'check') === '1';
    const text = `${values.title} ${values.description}`;
    const orgs = await orgsService.listOrganizations(ctx.svc, { limit: 200, offset: 0 });
    const themes = await listThemes(ctx.svc);
    return {
      values,
      checked,
      similar:
        checked || ctx.form
          ? await similarRequests(
              ctx.svc,
              ctx.form ? `${ctx.form.values.title} ${ctx.form.values.description}` : text,
            )
          : [],
      organizations: orgs.items.map((o) => ({ name: o.name, title: o.title })),
      topics: themes.map((t) => ({ name: t.name, title: t.title })),
      answerDays: ctx.svc.config.REQUEST_ANSWER_DAYS,
      urgentDays: ctx.svc.config.REQUEST_URGENT_DAYS,
      anonymous,
    };
  },
  title: (_d, { i18n }) => i18n.t('requests.new'),
  async submit(ctx, body) {
    // "Look for similar requests": back to the form with the text typed (POST/redirect/GET, no token in the URL).
    if (body.check === '1') {
      const params = new URLSearchParams({ check: '1' });
      for (const f of fields) if (body[f]) params.set(f, body[f].slice(0, 2000));
      return { redirect: `/requests/new?${params}` };
    }
    if (ctx.svc.actor.userId === null) {
      await submitAnonymousRequest(ctx.svc, body);
      return { redirect: '/requests', notice: 'requests.notice.check_email' };
    }
    const r = await submitRequest(ctx.svc, body);
    return { redirect: `/requests/${r.id}`, notice: 'requests.notice.submitted' };
  },
  view(data, { i18n, csrf, form }) {
    const { t, locale } = i18n;
    const v = data.values;
    return (
      <div>
        <h1>{t('requests.new')}</h1>
        <p class="lead">{t('requests.form.lead', { days: data.answerDays })}</p>
        {(data.checked || form) && (
          <section aria-labelledby="similar-title" class="note">
            <h2 id="similar-title">{t('requests.similar.title')}</h2>
            {data.similar.length ? (
              <>
                <p>{t('requests.similar.hint')}</p>
                <ul>
                  {data.similar.map((s) => (
                    <li key={s.id}>
                      <a href={`/${locale}/requests/${s.id}`}>{s.title}</a> ({statusLabel(i18n, s.status)} ·{' '}
                      {t('requests.votes', { n: s.vote_count })})
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p>{t('requests.similar.none')}</p>
            )}
          </section>
        )}
        <ErrorSummary form={form} title={t('page.error.fields')} />
        <Form action={`/${locale}/requests/new`} csrf={csrf} class="form form-wide">
          {data.anonymous && (
            <>
              <p>
                {t('requests.form.anonymous_lead')}{' '}
                <a href={`/${locale}/login?next=${encodeURIComponent(`/${locale}/requests/new`)}`}>
                  {t('auth.to_login')}
                </a>
              </p>
              <Field
                name="email"
                type="email"
                label={t('requests.field.email')}
                form={form}
                autocomplete="email"
                dir="ltr"
                required
              />
              <Field name="name" label={t('requests.field.name')} form={form} autocomplete="name" />
            </>
          )}
          <Field name="title" label={t('requests.field.title')} form={form} value={v.title} required />
          <Field
            name="description"
            label={t('requests.field.description')}
            form={form}
            value={v.description}
            multiline
            required
          />
          <Field
            name="purpose"
            label={t('requests.field.purpose')}
            form={form}
            value={v.purpose}
            multiline
            required
          />
          <Select
            name="organization"
            label={t('requests.field.organization')}
            form={form}
            value={v.organization}
            options={[
              { value: '', label: t('requests.field.organization_unknown') },
              ...data.organizations.map((o) => ({ value: o.name, label: label(o.title, locale, o.name) })),
            ]}
          />
          <Select
            name="topic"
            label={t('requests.field.topic')}
            form={form}
            value={v.topic}
            options={[
              { value: '', label: '—' },
              ...data.topics.map((o) => ({ value: o.name, label: label(o.title, locale, o.name) })),
            ]}
          />
          <Field
            name="preferred_format"
            label={t('requests.field.preferred_format')}
            form={form}
            value={v.preferred_format}
          />
          <div class="field-check">
            <input
              type="checkbox"
              id="f-urgent"
              name="urgent"
              value="1"
              checked={(form?.values.urgent ?? '') === '1'}
            />{' '}
            <label for="f-urgent">{t('requests.field.urgent', { days: data.urgentDays })}</label>
          </div>
          <Field name="urgent_reason" label={t('requests.field.urgent_reason')} form={form} multiline />
          <p class="inline-links">
            <button type="submit" name="check" value="1" class="secondary">
              {t('requests.form.check')}
            </button>{' '}
            <button type="submit">{t('requests.form.submit')}</button>
          </p>
        </Form>
      </div>
    );
  },
};
