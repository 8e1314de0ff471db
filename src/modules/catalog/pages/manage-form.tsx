// The dataset form of the publisher back-office: one fieldset per language (no script needed), the
// organisation limited to those where the user publishes, licences, frequencies and themes from reference data.
import { dir, type Locale, languageName, locales } from '../../../i18n/index.ts';
import { ErrorSummary, Field, Form, Select } from '../../../web/components/form.tsx';
import type { PageContext } from '../../../web/page.ts';
import { orgsService, orgsWithRole } from '../../accounts/index.ts';
import { frequencies } from '../frequencies.ts';
import { licenses } from '../licenses.ts';
import type { DatasetView, ThemeView } from '../present.ts';
import { resourceKinds } from '../resources.service.ts';

export interface DatasetFormData {
  organizations: { name: string; title: string }[];
  themes: { name: string; title: string }[];
  licenses: { id: string; title: string; open: boolean }[];
  frequencies: { code: string; label: string }[];
  dataset: DatasetView | null;
}

/** Organisations where the actor may publish (all active ones for a sysadmin). */
export async function publishingOrgs(ctx: PageContext) {
  const { items } = await orgsService.listOrganizations(ctx.svc, { limit: 1000, offset: 0 });
  const mine = new Set(orgsWithRole(ctx.svc.actor, 'editor'));
  return items.filter((o) => o.state === 'active' && (ctx.svc.actor.sysadmin || mine.has(o.id)));
}

const pickText = (t: Partial<Record<Locale, string>>, l: Locale) => t[l] || t.fr || t.ar || t.en || '';

export function formReferenceData(
  locale: Locale,
  orgs: { name: string; title: Partial<Record<Locale, string>> }[],
  themes: ThemeView[],
): Omit<DatasetFormData, 'dataset'> {
  return {
    organizations: orgs.map((o) => ({ name: o.name, title: pickText(o.title, locale) })),
    themes: themes.map((t) => ({ name: t.name, title: pickText(t.title, locale) })),
    licenses: licenses.map((l) => ({ id: l.id, title: pickText(l.title, locale), open: l.open })),
    frequencies: frequencies.map((f) => ({ code: f.code, label: pickText(f.label, locale) })),
  };
}

/** Flat form fields (title.ar, description.fr, themes[], tags as a comma list…) → the service's input. */
export function datasetInputFromForm(values: Record<string, string>, raw: unknown): Record<string, unknown> {
  const body = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const perLang = (name: string) => Object.fromEntries(locales.map((l) => [l, values[`${name}.${l}`] ?? '']));
  const themes = body.themes === undefined ? [] : [body.themes].flat().map(String);
  const tags = (values.tags ?? '')
    .split(/[,،]/)
    .map((t) => t.trim())
    .filter(Boolean);
  return {
    name: values.name,
    organization: values.organization,
    title: perLang('title'),
    description: perLang('description'),
    spatial: perLang('spatial'),
    license_id: values.license_id,
    frequency: values.frequency,
    temporal_start: values.temporal_start || null,
    temporal_end: values.temporal_end || null,
    contact_name: values.contact_name || null,
    contact_email: values.contact_email || null,
    version: values.version || null,
    visibility: values.visibility,
    state: values.state,
    themes,
    tags,
  };
}

export function DatasetForm({
  ctx,
  data,
  action,
}: {
  ctx: PageContext;
  data: DatasetFormData;
  action: string;
}) {
  const { t } = ctx.i18n;
  const d = data.dataset;
  const form = ctx.form;
  const chosenThemes = form
    ? [((ctx.req.body ?? {}) as Record<string, unknown>).themes ?? []].flat().map(String)
    : (d?.themes.map((x) => x.name) ?? []);
  const lang = (l: Locale) => languageName(ctx.i18n.locale, l);
  const labels: Record<string, string> = {
    name: t('manage.name'),
    organization: t('manage.organization'),
    title: t('manage.title'),
    license_id: t('manage.license'),
    frequency: t('manage.frequency'),
    themes: t('manage.themes'),
    tags: t('manage.tags'),
    temporal_start: t('manage.temporal_start'),
    temporal_end: t('manage.temporal_end'),
    contact_name: t('manage.contact_name'),
    contact_email: t('manage.contact_email'),
    version: t('manage.version'),
    visibility: t('manage.visibility'),
    state: t('manage.state'),
  };
  for (const l of locales) {
    labels[`title.${l}`] = `${t('manage.title')} (${lang(l)})`;
    labels[`description.${l}`] = `${t('manage.description')} (${lang(l)})`;
    labels[`spatial.${l}`] = `${t('manage.spatial')} (${lang(l)})`;
  }
  // A title is needed in at least one language: its error has no single input, so it is shown above them.
  const titleError = form?.error?.fields?.title;
  return (
    <>
      <ErrorSummary form={form} title={t('page.error.fields')} labels={labels} />
      <Form action={action} csrf={ctx.csrf} class="form form-wide">
        {!d && (
          <Field
            name="name"
            label={t('manage.name')}
            hint={t('manage.name_hint')}
            required
            dir="ltr"
            form={form}
          />
        )}
        <Select
          name="organization"
          label={t('manage.organization')}
          form={form}
          value={d?.organization.name}
          options={data.organizations.map((o) => ({ value: o.name, label: o.title }))}
        />
        {titleError && (
          <p class="error-text" id="f-title" tabindex={-1}>
            {labels.title} — {titleError.message}
          </p>
        )}
        {locales.map((l) => (
          <fieldset key={l}>
            <legend>{t('manage.in_language', { language: lang(l) })}</legend>
            <Field
              name={`title.${l}`}
              lang={l}
              dir={dir(l)}
              label={t('manage.title')}
              value={d?.title[l]}
              form={form}
            />
            <Field
              name={`description.${l}`}
              lang={l}
              dir={dir(l)}
              label={t('manage.description')}
              hint={t('manage.markdown_hint')}
              value={d?.description[l]}
              multiline
              form={form}
            />
            <Field
              name={`spatial.${l}`}
              lang={l}
              dir={dir(l)}
              label={t('manage.spatial')}
              value={d?.spatial[l]}
              form={form}
            />
          </fieldset>
        ))}
        <Select
          name="license_id"
          label={t('manage.license')}
          form={form}
          value={d?.license_id ?? 'CC-BY-4.0'}
          options={data.licenses.map((l) => ({
            value: l.id,
            label: l.open ? l.title : `${l.title} (${t('manage.not_open')})`,
          }))}
        />
        <Select
          name="frequency"
          label={t('manage.frequency')}
          form={form}
          value={d?.frequency ?? 'UNKNOWN'}
          options={data.frequencies.map((f) => ({ value: f.code, label: f.label }))}
        />
        <fieldset>
          <legend>{t('manage.themes')}</legend>
          <ul class="checkbox-list">
            {data.themes.map((th) => (
              <li key={th.name}>
                <input
                  type="checkbox"
                  id={`theme-${th.name}`}
                  name="themes"
                  value={th.name}
                  checked={chosenThemes.includes(th.name)}
                />
                <label for={`theme-${th.name}`}>{th.title}</label>
              </li>
            ))}
          </ul>
        </fieldset>
        <Field
          name="tags"
          label={t('manage.tags')}
          hint={t('manage.tags_hint')}
          value={d?.tags.join(', ')}
          form={form}
        />
        <Field
          name="temporal_start"
          type="date"
          label={t('manage.temporal_start')}
          value={d?.temporal_start ?? ''}
          form={form}
        />
        <Field
          name="temporal_end"
          type="date"
          label={t('manage.temporal_end')}
          value={d?.temporal_end ?? ''}
          form={form}
        />
        <Field
          name="contact_name"
          label={t('manage.contact_name')}
          value={d?.contact_name ?? ''}
          form={form}
        />
        <Field
          name="contact_email"
          type="email"
          dir="ltr"
          label={t('manage.contact_email')}
          value={d?.contact_email ?? ''}
          form={form}
        />
        <Field name="version" label={t('manage.version')} value={d?.version ?? ''} form={form} />
        <Select
          name="visibility"
          label={t('manage.visibility')}
          form={form}
          value={d?.visibility ?? 'public'}
          options={[
            { value: 'public', label: t('manage.visibility.public') },
            { value: 'private', label: t('manage.visibility.private') },
          ]}
        />
        <Select
          name="state"
          label={t('manage.state')}
          form={form}
          value={d?.state === 'draft' ? 'draft' : 'active'}
          options={[
            { value: 'active', label: t('manage.state.active') },
            { value: 'draft', label: t('manage.state.draft') },
          ]}
        />
        <p>
          <button type="submit">{d ? t('manage.save') : t('manage.create')}</button>
        </p>
      </Form>
    </>
  );
}

/** Title per language and kind of a resource: shared by the link and the upload forms. */
export function ResourceFields({ ctx }: { ctx: PageContext }) {
  const { t } = ctx.i18n;
  return (
    <>
      {locales.map((l) => (
        <Field
          key={l}
          name={`title.${l}`}
          lang={l}
          dir={dir(l)}
          label={t('manage.resource_title_in', { language: languageName(ctx.i18n.locale, l) })}
          form={ctx.form}
        />
      ))}
      <Select
        name="kind"
        label={t('manage.resource_kind')}
        form={ctx.form}
        options={resourceKinds.map((k) => ({ value: k, label: t(`manage.kind.${k}`) }))}
      />
    </>
  );
}
