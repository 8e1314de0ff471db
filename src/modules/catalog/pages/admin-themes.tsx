// Theme administration (system administrators): the list with each theme's EU data theme, a new theme, and
// the edit form (titles and descriptions per language, icon, position, the EU data-theme code the DCAT
// export files it under — empty: by the theme's name). Plain forms; JSON twins. themes.service.ts authorizes.
import type { FastifyInstance } from 'fastify';
import { dir, type Locale, languageName, locales } from '../../../i18n/index.ts';
import { ActionButton, ErrorSummary, Field, Form, Select } from '../../../web/components/form.tsx';
import {
  type FormDef,
  type PageContext,
  type PageDef,
  type PageOptions,
  registerForm,
  registerPage,
} from '../../../web/page.ts';
import { authorize } from '../../accounts/index.ts';
import { Breadcrumbs, href, param, seg, tk } from '../../accounts/pages/admin-ui.tsx';
import { euThemeCodes } from '../eu-themes.ts';
import type { ThemeView } from '../present.ts';
import * as themes from '../themes.service.ts';
import { text } from './public-kit.tsx';

const LIST = '/admin/themes';

export const themesAdminPage: PageDef<{ themes: ThemeView[] }> = {
  path: LIST,
  signedIn: true,
  async load(ctx) {
    authorize(ctx.svc.actor, 'theme:update', undefined);
    return { themes: await themes.listThemes(ctx.svc) };
  },
  title: (_d, { i18n }) => i18n.t('themes.admin.title'),
  view(data, { i18n }) {
    const { t } = i18n;
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">{t('themes.admin.title')}</h1>
        <p class="lead">{t('themes.admin.lead')}</p>
        <p>
          <a class="button" href={href(i18n, `${LIST}/new`)}>
            {t('themes.admin.new')}
          </a>
        </p>
        <div class="table-wrap">
          <table class="data">
            <caption class="visually-hidden">{t('themes.admin.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('themes.field.title')}</th>
                <th scope="col">{t('themes.field.name')}</th>
                <th scope="col">{t('themes.field.eu_theme')}</th>
                <th scope="col">{t('themes.admin.datasets')}</th>
              </tr>
            </thead>
            <tbody>
              {data.themes.map((th) => (
                <tr key={th.id}>
                  <th scope="row">
                    <a href={href(i18n, `${LIST}/${seg(th.name)}`)}>{text(th.title, i18n) || th.name}</a>
                  </th>
                  <td dir="ltr">{th.name}</td>
                  <td>{th.eu_theme ? tk(i18n, `themes.eu.${th.eu_theme}`) : t('themes.eu.none')}</td>
                  <td>{i18n.n(th.dataset_count ?? 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    );
  },
};

function ThemeFields({ ctx, theme }: { ctx: PageContext; theme?: ThemeView }) {
  const { i18n, form } = ctx;
  const { t } = i18n;
  const l10n = (field: 'title' | 'description', l: Locale) => theme?.[field][l] ?? '';
  return (
    <>
      <Field
        name="name"
        label={t('themes.field.name')}
        hint={t('themes.field.name.hint')}
        dir="ltr"
        required
        value={theme?.name}
        form={form}
      />
      {locales.map((l) => (
        <fieldset key={l}>
          <legend>{t('manage.in_language', { language: languageName(i18n.locale, l) })}</legend>
          <Field
            name={`title.${l}`}
            lang={l}
            dir={dir(l)}
            label={t('themes.field.title')}
            value={l10n('title', l)}
            form={form}
          />
          <Field
            name={`description.${l}`}
            lang={l}
            dir={dir(l)}
            label={t('themes.field.description')}
            value={l10n('description', l)}
            multiline
            form={form}
          />
        </fieldset>
      ))}
      <Select
        name="eu_theme"
        label={t('themes.field.eu_theme')}
        hint={t('themes.field.eu_theme.hint')}
        value={theme?.eu_theme ?? ''}
        form={form}
        options={[
          { value: '', label: t('themes.eu.none') },
          ...euThemeCodes.map((c) => ({ value: c, label: `${c} · ${tk(i18n, `themes.eu.${c}`)}` })),
        ]}
      />
      <Field name="icon" label={t('themes.field.icon')} dir="ltr" value={theme?.icon ?? ''} form={form} />
      <Field
        name="position"
        type="number"
        label={t('themes.field.position')}
        dir="ltr"
        value={String(theme?.position ?? 0)}
        form={form}
      />
    </>
  );
}

const perLang = (values: Record<string, string>, field: string) =>
  Object.fromEntries(locales.map((l) => [l, values[`${field}.${l}`] ?? '']));

const input = (values: Record<string, string>) => ({
  name: values.name,
  title: perLang(values, 'title'),
  description: perLang(values, 'description'),
  icon: values.icon ?? '',
  position: values.position,
  eu_theme: values.eu_theme ?? '',
});

export const newThemePage: FormDef<Record<string, never>> = {
  path: `${LIST}/new`,
  signedIn: true,
  load(ctx) {
    authorize(ctx.svc.actor, 'theme:create', undefined);
    return {};
  },
  title: (_d, { i18n }) => i18n.t('themes.admin.new'),
  view(_d, ctx) {
    const { i18n } = ctx;
    const { t } = i18n;
    return (
      <section aria-labelledby="page-title">
        <Breadcrumbs i18n={i18n} items={[{ href: href(i18n, LIST), label: t('themes.admin.title') }]} />
        <h1 id="page-title">{t('themes.admin.new')}</h1>
        <ErrorSummary form={ctx.form} title={t('themes.admin.errors')} />
        <Form action={href(i18n, `${LIST}/new`)} csrf={ctx.csrf} class="form form-wide">
          <ThemeFields ctx={ctx} />
          <button type="submit">{t('themes.admin.create')}</button>
        </Form>
      </section>
    );
  },
  async submit(ctx, values) {
    const th = await themes.createTheme(ctx.svc, input(values));
    return { redirect: `${LIST}/${seg(th.name)}`, notice: 'themes.admin.saved' };
  },
};

export const editThemePage: FormDef<ThemeView> = {
  path: `${LIST}/:name`,
  signedIn: true,
  async load(ctx) {
    authorize(ctx.svc.actor, 'theme:update', undefined);
    return themes.getTheme(ctx.svc, param(ctx, 'name'));
  },
  title: (d, { i18n }) => i18n.t('themes.admin.edit', { title: text(d.title, i18n) || d.name }),
  view(theme, ctx) {
    const { i18n } = ctx;
    const { t } = i18n;
    return (
      <section aria-labelledby="page-title">
        <Breadcrumbs i18n={i18n} items={[{ href: href(i18n, LIST), label: t('themes.admin.title') }]} />
        <h1 id="page-title">{t('themes.admin.edit', { title: text(theme.title, i18n) || theme.name })}</h1>
        <ErrorSummary form={ctx.form} title={t('themes.admin.errors')} />
        <Form action={href(i18n, `${LIST}/${seg(theme.name)}`)} csrf={ctx.csrf} class="form form-wide">
          <ThemeFields ctx={ctx} theme={theme} />
          <button type="submit">{t('themes.admin.save')}</button>
        </Form>
        <h2 id="delete-title">{t('themes.admin.delete')}</h2>
        <p>{t('themes.admin.delete.lead', { count: theme.dataset_count ?? 0 })}</p>
        <ActionButton
          action={href(i18n, `${LIST}/${seg(theme.name)}/delete`)}
          csrf={ctx.csrf}
          label={t('themes.admin.delete.button', { title: text(theme.title, i18n) || theme.name })}
          danger
        />
      </section>
    );
  },
  async submit(ctx, values) {
    const th = await themes.updateTheme(ctx.svc, param(ctx, 'name'), input(values));
    return { redirect: `${LIST}/${seg(th.name)}`, notice: 'themes.admin.saved' };
  },
};

/** Deletes the theme (POST only: the button on the edit page). */
export const deleteThemeForm: FormDef<null> = {
  path: `${LIST}/:name/delete`,
  signedIn: true,
  load: () => null,
  title: () => '',
  view: () => <></>,
  async submit(ctx) {
    await themes.deleteTheme(ctx.svc, param(ctx, 'name'));
    return { redirect: LIST, notice: 'themes.admin.deleted' };
  },
};

export function registerThemeAdminPages(app: FastifyInstance, options: PageOptions): void {
  registerPage(app, themesAdminPage, options);
  registerForm(app, newThemePage, options);
  registerForm(app, editThemePage, options);
  registerForm(app, deleteThemeForm, options, { postOnly: true });
}
