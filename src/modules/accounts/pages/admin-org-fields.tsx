// The fields of an organisation (creation and edit forms): title and description in each language, kind,
// website and e-mail; and their conversion to the nested input of the service.
import { dir, type I18n, languageName, locales } from '../../../i18n/index.ts';
import { Field, Select } from '../../../web/components/form.tsx';
import type { FormState } from '../../../web/page.ts';
import { type OrgInput, type OrgView, orgKinds } from '../orgs.service.ts';
import { tk } from './admin-ui.tsx';

/** The flat form fields (`title.ar`, `description.fr`…) as the nested input the service expects. */
export function orgInput(body: Record<string, string>, withName: boolean): OrgInput {
  const per = (name: string) => Object.fromEntries(locales.map((l) => [l, body[`${name}.${l}`] ?? '']));
  return {
    ...(withName ? { name: body.name } : {}),
    title: per('title'),
    description: per('description'),
    kind: body.kind,
    website: body.website,
    email: body.email,
  };
}

/** Title and description in each language, kind, website and e-mail. */
export function OrgFields({ i18n, form, org }: { i18n: I18n; form?: FormState; org?: OrgView }) {
  const { t } = i18n;
  const titleError = form?.error?.fields?.title;
  return (
    <>
      <fieldset id="f-title" class={titleError ? 'field-error' : undefined}>
        <legend>
          {t('admin.orgs.field.title')}
          {titleError && <span class="error-text"> {titleError.message}</span>}
        </legend>
        <p class="hint">{t('admin.orgs.field.title_hint')}</p>
        {locales.map((l) => (
          <Field
            key={l}
            name={`title.${l}`}
            label={t('admin.orgs.field.title_in', { language: languageName(i18n.locale, l) })}
            form={form}
            value={org?.title[l] ?? ''}
            lang={l}
            dir={dir(l)}
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('admin.orgs.field.description')}</legend>
        {locales.map((l) => (
          <Field
            key={l}
            name={`description.${l}`}
            label={t('admin.orgs.field.description_in', { language: languageName(i18n.locale, l) })}
            form={form}
            value={org?.description[l] ?? ''}
            lang={l}
            dir={dir(l)}
            multiline
          />
        ))}
      </fieldset>
      <Select
        name="kind"
        label={t('admin.orgs.field.kind')}
        form={form}
        value={org?.kind ?? 'ministry'}
        options={orgKinds.map((k) => ({ value: k, label: tk(i18n, `admin.kind.${k}`) }))}
      />
      <Field
        name="website"
        type="url"
        label={t('admin.orgs.field.website')}
        form={form}
        value={org?.website ?? ''}
        dir="ltr"
      />
      <Field
        name="email"
        type="email"
        label={t('admin.orgs.field.email')}
        form={form}
        value={org?.email ?? ''}
        autocomplete="off"
        dir="ltr"
      />
    </>
  );
}
