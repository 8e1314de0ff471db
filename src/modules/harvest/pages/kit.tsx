// Shared parts of the harvest pages: labels, the source form, a run's counts and the reason of a failed item.
import { errorBody } from '../../../http/errors.ts';
import type { I18n } from '../../../i18n/index.ts';
import type { ErrorCode } from '../../../kernel/error-codes.ts';
import { errorCodes } from '../../../kernel/error-codes.ts';
import { AppError } from '../../../kernel/errors.ts';
import { Field, Select } from '../../../web/components/form.tsx';
import type { FormState } from '../../../web/page.ts';
import { tk } from '../../accounts/pages/admin-ui.tsx';
import { schedules } from '../cadence.ts';
import type { RunView, SourceView } from '../present.ts';
import type { ItemReport } from '../report.ts';
import { harvestTypes } from '../sources.service.ts';

/** A reason stored in a report, in the reader's language (message, then each field's reason). */
export function reasonText(i18n: I18n, r: Pick<ItemReport, 'code' | 'params' | 'fields'>): string {
  const code = (r.code in errorCodes ? r.code : 'http.internal') as ErrorCode;
  const body = errorBody(new AppError(code, r.params ?? {}, r.fields), i18n).error;
  const fields = Object.entries(body.fields ?? {}).map(([name, f]) => `${name}: ${f.message}`);
  return fields.length ? fields.join('; ') : body.message;
}

export function Counts({ i18n, run }: { i18n: I18n; run: RunView }) {
  const keys = ['created', 'updated', 'unchanged', 'deleted', 'failed'] as const;
  return (
    <dl class="facts">
      {keys.map((k) => (
        <div key={k}>
          <dt>{tk(i18n, `harvest.count.${k}`)}</dt>
          <dd>{i18n.n(run.counts[k])}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The fields of a source (new and edit pages); values from the source, or what was typed. */
export function SourceFields({
  i18n,
  form,
  source,
  organizations = [],
}: {
  i18n: I18n;
  form?: FormState;
  source?: SourceView;
  /** Organisations offered for the target (the field takes a short name). */
  organizations?: readonly { name: string; title: Partial<Record<string, string>> }[];
}) {
  const { t } = i18n;
  const opt = (prefix: string, values: readonly string[]) =>
    values.map((v) => ({ value: v, label: tk(i18n, `${prefix}.${v}`) }));
  return (
    <>
      <Field name="title" label={t('harvest.field.title')} required form={form} value={source?.title} />
      <Field
        name="url"
        type="url"
        dir="ltr"
        label={t('harvest.field.url')}
        hint={t('harvest.field.url.hint')}
        required
        form={form}
        value={source?.url}
      />
      <Select
        name="type"
        label={t('harvest.field.type')}
        options={opt('harvest.type', harvestTypes)}
        form={form}
        value={source?.type ?? 'ckan'}
      />
      <Field
        name="organization"
        label={t('harvest.field.organization')}
        hint={t('harvest.field.organization.hint')}
        required
        form={form}
        value={source?.organization.name}
        dir="ltr"
        suggestions={organizations.map((o) => ({
          value: o.name,
          label: o.title[i18n.locale] || o.title.fr || o.title.ar || o.title.en || o.name,
        }))}
      />
      <Select
        name="schedule"
        label={t('harvest.field.schedule')}
        options={opt('harvest.schedule', schedules)}
        form={form}
        value={source?.schedule ?? 'manual'}
      />
      <Select
        name="active"
        label={t('harvest.field.active')}
        options={[
          { value: 'true', label: t('harvest.active.true') },
          { value: 'false', label: t('harvest.active.false') },
        ]}
        form={form}
        value={source ? String(source.active) : 'true'}
      />
      <fieldset>
        <legend>{t('harvest.field.filters')}</legend>
        <Field
          name="filters.organization"
          label={t('harvest.field.filters.organization')}
          dir="ltr"
          form={form}
          value={source?.filters.organization}
        />
        <Field
          name="filters.fq"
          label={t('harvest.field.filters.fq')}
          dir="ltr"
          form={form}
          value={source?.filters.fq}
        />
        <Field name="filters.q" label={t('harvest.field.filters.q')} form={form} value={source?.filters.q} />
        <Field
          name="filters.language"
          label={t('harvest.field.filters.language')}
          hint={t('harvest.field.filters.language.hint')}
          dir="ltr"
          form={form}
          value={source?.filters.language}
        />
      </fieldset>
    </>
  );
}

/** Form values → service input. */
export function sourceInput(values: Record<string, string>) {
  return {
    title: values.title,
    url: values.url,
    type: values.type,
    organization: values.organization,
    schedule: values.schedule,
    active: values.active,
    filters: {
      organization: values['filters.organization'],
      fq: values['filters.fq'],
      q: values['filters.q'],
      language: values['filters.language'],
    },
  };
}
