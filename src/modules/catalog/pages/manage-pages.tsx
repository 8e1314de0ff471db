// Publisher back-office: create and edit a dataset (with its resources in order), add a link resource,
// delete. Forms over the catalogue services (which authorize); the organisation list offers only those where
// the user publishes. Resource pages: manage-resources.tsx; uploads: manage-upload.tsx; lists: manage-list.tsx.

import type { FastifyInstance } from 'fastify';
import { type Locale, locales } from '../../../i18n/index.ts';
import { AppError } from '../../../kernel/errors.ts';
import { ErrorSummary, Field, Form } from '../../../web/components/form.tsx';
import {
  type FormDef,
  type PageContext,
  type PageOptions,
  registerForm,
  registerPage,
} from '../../../web/page.ts';
import type { StorageBackend } from '../../files/index.ts';
import * as datasets from '../datasets.service.ts';
import * as resources from '../resources.service.ts';
import * as themes from '../themes.service.ts';
import { registerThemeAdminPages } from './admin-themes.tsx';
import {
  DatasetForm,
  type DatasetFormData,
  datasetInputFromForm,
  formReferenceData,
  publishingOrgs,
  ResourceFields,
} from './manage-form.tsx';
import { bulkPage, myDatasetsPage } from './manage-list.tsx';
import { deleteResourcePage, editResourcePage, movedOrder, ResourceList } from './manage-resources.tsx';
import { registerUploadPage } from './manage-upload.tsx';
import { text } from './public-kit.tsx';

const nameParam = (ctx: PageContext) => (ctx.req.params as { name: string }).name;

async function formData(ctx: PageContext, dataset: DatasetFormData['dataset']): Promise<DatasetFormData> {
  const orgs = await publishingOrgs(ctx);
  if (!orgs.length && !dataset) throw new AppError('auth.forbidden');
  return { ...formReferenceData(ctx.i18n.locale, orgs, await themes.listThemes(ctx.svc)), dataset };
}

export const newDatasetPage: FormDef<DatasetFormData> = {
  path: '/manage/datasets/new',
  signedIn: true,
  load: (ctx) => formData(ctx, null),
  title: (_d, { i18n }) => i18n.t('manage.new_title'),
  view: (data, ctx) => (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{ctx.i18n.t('manage.new_title')}</h1>
      <DatasetForm ctx={ctx} data={data} action={`/${ctx.i18n.locale}/manage/datasets/new`} />
    </section>
  ),
  async submit(ctx, values) {
    const created = await datasets.createDataset(ctx.svc, datasetInputFromForm(values, ctx.req.body));
    return { redirect: `/datasets/${created.name}`, notice: 'manage.created' };
  },
};

export const editDatasetPage: FormDef<
  DatasetFormData & { can: ReturnType<typeof datasets.datasetPermissions> }
> = {
  path: '/manage/datasets/:name',
  signedIn: true,
  async load(ctx) {
    const dataset = await datasets.getDataset(ctx.svc, nameParam(ctx));
    const can = datasets.datasetPermissions(ctx.svc, dataset);
    if (!can.update) throw new AppError('auth.forbidden');
    return { ...(await formData(ctx, dataset)), can };
  },
  title: (d, { i18n }) =>
    i18n.t('manage.edit_title', { name: d.dataset ? text(d.dataset.title, i18n) || d.dataset.name : '' }),
  view: (data, ctx) => {
    const { t, locale } = ctx.i18n;
    const name = data.dataset!.name;
    // A refused reorder shows its error beside the resources, not in the dataset form.
    const reorder = ctx.url.split('?')[0]!.endsWith('/resources/order') ? ctx.form : undefined;
    const formCtx = reorder ? { ...ctx, form: undefined } : ctx;
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">
          {t('manage.edit_title', { name: text(data.dataset!.title, ctx.i18n) || name })}
        </h1>
        <p>
          <a href={`/${locale}/manage/datasets`}>{t('manage.back_to_list')}</a> ·{' '}
          <a href={`/${locale}/datasets/${name}`}>{t('manage.view_public')}</a> ·{' '}
          <a href={`/${locale}/manage/datasets/${name}/resources/new`}>{t('manage.add_link')}</a> ·{' '}
          <a href={`/${locale}/manage/datasets/${name}/resources/upload`}>{t('manage.upload')}</a>
        </p>
        <ResourceList ctx={ctx} name={name} items={data.dataset!.resources} form={reorder} />
        <h2 id="metadata-title">{t('manage.metadata')}</h2>
        <DatasetForm ctx={formCtx} data={data} action={`/${locale}/manage/datasets/${name}`} />
        {data.can.delete && (
          <form method="post" action={`/${locale}/manage/datasets/${name}/delete`} class="danger-zone">
            <input type="hidden" name="_csrf" value={ctx.csrf} />
            <h2>{t('manage.delete_title')}</h2>
            <p>{t('manage.delete_text')}</p>
            <button type="submit" class="danger">
              {t('manage.delete')}
            </button>
          </form>
        )}
      </section>
    );
  },
  async submit(ctx, values) {
    const name = nameParam(ctx);
    const input = datasetInputFromForm(values, ctx.req.body);
    delete input.name;
    const updated = await datasets.updateDataset(ctx.svc, name, input);
    return { redirect: `/datasets/${updated.name}`, notice: 'manage.saved' };
  },
};

/** Move up / move down on the manage page: the order shown, with one resource moved, goes to the service. */
export const reorderResourcesForm: FormDef<
  DatasetFormData & { can: ReturnType<typeof datasets.datasetPermissions> }
> = {
  ...editDatasetPage,
  path: '/manage/datasets/:name/resources/order',
  async submit(ctx, values) {
    const name = nameParam(ctx);
    await resources.reorderResources(ctx.svc, name, { order: movedOrder(ctx.req.body, values.move) });
    // Back at the list of resources, so that keyboard users go on from there.
    return { redirect: `/manage/datasets/${name}#resources-title`, notice: 'manage.reordered' };
  },
};

export const deleteDatasetForm: FormDef<null> = {
  path: '/manage/datasets/:name/delete',
  signedIn: true,
  load: () => null,
  title: () => '',
  view: () => <></>,
  async submit(ctx) {
    await datasets.deleteDataset(ctx.svc, nameParam(ctx));
    return { redirect: '/datasets', notice: 'manage.deleted' };
  },
};

interface ResourceFormData {
  dataset: { name: string; title: string };
}

export const newLinkResourcePage: FormDef<ResourceFormData> = {
  path: '/manage/datasets/:name/resources/new',
  signedIn: true,
  async load(ctx) {
    const d = await datasets.getDataset(ctx.svc, nameParam(ctx));
    if (!datasets.datasetPermissions(ctx.svc, d).update) throw new AppError('auth.forbidden');
    const l: Locale = ctx.i18n.locale;
    return {
      dataset: { name: d.name, title: d.title[l] || d.title.fr || d.title.ar || d.title.en || d.name },
    };
  },
  title: (_d, { i18n }) => i18n.t('manage.add_link'),
  view(data, ctx) {
    const { t, locale } = ctx.i18n;
    const form = ctx.form;
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">{t('manage.add_link')}</h1>
        <p>
          <a href={`/${locale}/manage/datasets/${data.dataset.name}`}>{data.dataset.title}</a>
        </p>
        <ErrorSummary form={form} title={t('page.error.fields')} />
        <Form action={`/${locale}/manage/datasets/${data.dataset.name}/resources/new`} csrf={ctx.csrf}>
          <Field name="url" type="url" dir="ltr" label={t('manage.resource_url')} required form={form} />
          <ResourceFields ctx={ctx} />
          <Field
            name="format"
            label={t('manage.resource_format')}
            hint={t('manage.resource_format_hint')}
            form={form}
          />
          <p>
            <button type="submit">{t('manage.add_link')}</button>
          </p>
        </Form>
      </section>
    );
  },
  async submit(ctx, values) {
    const name = nameParam(ctx);
    await resources.createResource(ctx.svc, name, {
      url: values.url,
      format: values.format,
      kind: values.kind,
      title: Object.fromEntries(locales.map((l) => [l, values[`title.${l}`] ?? ''])),
    });
    return { redirect: `/manage/datasets/${name}`, notice: 'manage.resource_added' };
  },
};

export function registerManagePages(
  app: FastifyInstance,
  options: PageOptions,
  storage: StorageBackend,
): void {
  registerUploadPage(app, options, options.services, storage);
  registerPage(app, myDatasetsPage, options);
  registerForm(app, bulkPage, options);
  registerForm(app, reorderResourcesForm, options, { postOnly: true });
  registerForm(app, editResourcePage, options);
  registerForm(app, deleteResourcePage(), options);
  registerForm(app, newDatasetPage, options);
  registerForm(app, deleteDatasetForm, options, { postOnly: true });
  registerForm(app, newLinkResourcePage, options);
  registerForm(app, editDatasetPage, options);
  registerThemeAdminPages(app, options);
}
