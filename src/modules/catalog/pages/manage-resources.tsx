// Back-office pages of one resource: the list on the dataset's manage page (with move up / move down buttons,
// no script needed), the edit form (title and description per language, format, kind, address of a link),
// and the delete confirmation. Every write goes through resources.service.ts, which authorizes.
import { dir, type Locale, languageName, locales } from '../../../i18n/index.ts';
import { AppError } from '../../../kernel/errors.ts';
import { ErrorSummary, Field, Form, Select } from '../../../web/components/form.tsx';
import type { FormDef, FormState, PageContext } from '../../../web/page.ts';
import * as datasets from '../datasets.service.ts';
import type { ResourceView } from '../present.ts';
import * as resources from '../resources.service.ts';
import { formatSize, text } from './public-kit.tsx';

const params = (ctx: PageContext) => ctx.req.params as { name: string; id: string };
export const resourceTitle = (r: ResourceView, ctx: PageContext) =>
  text(r.title, ctx.i18n) || r.format || ctx.i18n.t('manage.untitled');

/** Resources of the dataset's manage page, in order, with edit and delete links and move buttons. */
export function ResourceList({
  ctx,
  name,
  items,
  form,
}: {
  ctx: PageContext;
  name: string;
  items: ResourceView[];
  form?: FormState;
}) {
  const { t, locale } = ctx.i18n;
  const base = `/${locale}/manage/datasets/${name}/resources`;
  const orderError = form?.error?.fields?.order;
  return (
    <section aria-labelledby="resources-title">
      <h2 id="resources-title">{t('manage.resources')}</h2>
      <ErrorSummary form={form} title={t('page.error.fields')} />
      {items.length === 0 ? (
        <p class="muted">{t('manage.resources_none')}</p>
      ) : (
        <Form action={`${base}/order`} csrf={ctx.csrf} class="reorder-form" id="f-order">
          <p class="hint" id="order-hint">
            {t('manage.order_hint')}
          </p>
          {orderError && <p class="error-text">{orderError.message}</p>}
          {items.map((r) => (
            <input key={r.id} type="hidden" name="order" value={r.id} />
          ))}
          <div class="table-wrap">
            <table class="data">
              <thead>
                <tr>
                  <th scope="col">{t('manage.col_title')}</th>
                  <th scope="col">{t('manage.resource_format')}</th>
                  <th scope="col">{t('manage.resource_kind')}</th>
                  <th scope="col">{t('manage.col_actions')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((r, i) => {
                  const title = resourceTitle(r, ctx);
                  return (
                    <tr key={r.id}>
                      <th scope="row">{title}</th>
                      <td>{r.format ?? ''}</td>
                      <td>{t(`manage.kind.${r.kind}`)}</td>
                      <td>
                        <ul class="inline-list">
                          <li>
                            <a href={`${base}/${r.id}`}>
                              {t('manage.edit_short')}
                              <span class="visually-hidden"> {title}</span>
                            </a>
                          </li>
                          <li>
                            <a href={`${base}/${r.id}/refresh`}>
                              {t('refresh.link')}
                              <span class="visually-hidden"> {title}</span>
                            </a>
                          </li>
                          <li>
                            <a href={`${base}/${r.id}/delete`}>
                              {t('manage.delete')}
                              <span class="visually-hidden"> {title}</span>
                            </a>
                          </li>
                          {i > 0 && (
                            <li>
                              <button
                                type="submit"
                                name="move"
                                value={`${r.id}:up`}
                                class="secondary"
                                aria-describedby="order-hint"
                              >
                                {t('manage.move_up')}
                                <span class="visually-hidden"> {title}</span>
                              </button>
                            </li>
                          )}
                          {i < items.length - 1 && (
                            <li>
                              <button
                                type="submit"
                                name="move"
                                value={`${r.id}:down`}
                                class="secondary"
                                aria-describedby="order-hint"
                              >
                                {t('manage.move_down')}
                                <span class="visually-hidden"> {title}</span>
                              </button>
                            </li>
                          )}
                        </ul>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </Form>
      )}
    </section>
  );
}

/** The order the page showed (`order` fields) with `move` (`<id>:up|down`) applied. */
export function movedOrder(raw: unknown, move: string | undefined): string[] {
  const order = [((raw ?? {}) as Record<string, unknown>).order ?? []].flat().map(String);
  const m = /^(.+):(up|down)$/.exec(move ?? '');
  if (!m) return order;
  const i = order.indexOf(m[1]!);
  const j = m[2] === 'up' ? i - 1 : i + 1;
  if (i < 0 || j < 0 || j >= order.length) return order;
  [order[i], order[j]] = [order[j]!, order[i]!];
  return order;
}

interface ResourcePageData {
  dataset: { name: string; title: string };
  resource: ResourceView;
}

async function loadResource(ctx: PageContext): Promise<ResourcePageData> {
  const { name, id } = params(ctx);
  const d = await datasets.getDataset(ctx.svc, name);
  if (!datasets.datasetPermissions(ctx.svc, d).update) throw new AppError('auth.forbidden');
  const resource = await resources.getResource(ctx.svc, d.name, id);
  return { dataset: { name: d.name, title: text(d.title, ctx.i18n) || d.name }, resource };
}

const perLang = (values: Record<string, string>, field: string) =>
  Object.fromEntries(locales.map((l) => [l, values[`${field}.${l}`] ?? '']));

export const editResourcePage: FormDef<ResourcePageData> = {
  path: '/manage/datasets/:name/resources/:id',
  signedIn: true,
  load: loadResource,
  title: (d, ctx) => ctx.i18n.t('manage.resource_edit_title', { title: resourceTitle(d.resource, ctx) }),
  view(data, ctx) {
    const { t, locale } = ctx.i18n;
    const { dataset, resource: r } = data;
    const form = ctx.form;
    const base = `/${locale}/manage/datasets/${dataset.name}`;
    const l10n = (field: 'title' | 'description', l: Locale) => r[field][l] ?? '';
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">{t('manage.resource_edit_title', { title: resourceTitle(r, ctx) })}</h1>
        <p>
          <a href={base}>{dataset.title}</a> ·{' '}
          <a href={`${base}/resources/${r.id}/refresh`}>{t('refresh.link')}</a>
        </p>
        {r.stored && (
          <p>
            {t('manage.resource_stored', { format: r.format ?? '', size: formatSize(ctx.i18n, r.size) })}{' '}
            <a href={`${base}/resources/${r.id}/file`}>{t('manage.replace_file')}</a>
          </p>
        )}
        <ErrorSummary form={form} title={t('page.error.fields')} />
        <Form action={`${base}/resources/${r.id}`} csrf={ctx.csrf} class="form form-wide">
          {!r.stored && (
            <Field
              name="url"
              type="url"
              dir="ltr"
              label={t('manage.resource_url')}
              required
              value={r.url ?? ''}
              form={form}
            />
          )}
          {locales.map((l) => (
            <fieldset key={l}>
              <legend>{t('manage.in_language', { language: languageName(locale, l) })}</legend>
              <Field
                name={`title.${l}`}
                lang={l}
                dir={dir(l)}
                label={t('manage.title')}
                value={l10n('title', l)}
                form={form}
              />
              <Field
                name={`description.${l}`}
                lang={l}
                dir={dir(l)}
                label={t('manage.resource_description')}
                hint={t('manage.markdown_hint')}
                value={l10n('description', l)}
                multiline
                form={form}
              />
            </fieldset>
          ))}
          <Field
            name="format"
            label={t('manage.resource_format')}
            hint={t('manage.resource_format_hint')}
            value={r.format ?? ''}
            dir="ltr"
            form={form}
          />
          <Select
            name="kind"
            label={t('manage.resource_kind')}
            form={form}
            value={r.kind}
            options={resources.resourceKinds.map((k) => ({ value: k, label: t(`manage.kind.${k}`) }))}
          />
          <p class="actions-row">
            <button type="submit">{t('manage.save')}</button> <a href={base}>{t('manage.cancel')}</a>
          </p>
        </Form>
      </section>
    );
  },
  async submit(ctx, values) {
    const { name, id } = params(ctx);
    const current = await resources.getResource(ctx.svc, name, id);
    await resources.updateResource(ctx.svc, name, id, {
      ...(current.stored ? {} : { url: values.url ?? '' }),
      title: perLang(values, 'title'),
      description: perLang(values, 'description'),
      format: values.format ?? '',
      kind: values.kind,
    });
    return { redirect: `/manage/datasets/${name}`, notice: 'manage.resource_saved' };
  },
};

/** The confirmation page of a deletion; POST deletes the resource (and its stored file). */
export function deleteResourcePage(): FormDef<ResourcePageData> {
  return {
    path: '/manage/datasets/:name/resources/:id/delete',
    signedIn: true,
    load: loadResource,
    title: (d, ctx) => ctx.i18n.t('manage.resource_delete_title', { title: resourceTitle(d.resource, ctx) }),
    view(data, ctx) {
      const { t, locale } = ctx.i18n;
      const base = `/${locale}/manage/datasets/${data.dataset.name}`;
      return (
        <section aria-labelledby="page-title">
          <h1 id="page-title">
            {t('manage.resource_delete_title', { title: resourceTitle(data.resource, ctx) })}
          </h1>
          <p>
            <a href={base}>{data.dataset.title}</a>
          </p>
          <ErrorSummary form={ctx.form} title={t('page.error.fields')} />
          <Form action={`${base}/resources/${data.resource.id}/delete`} csrf={ctx.csrf} class="danger-zone">
            <p>{t('manage.resource_delete_text')}</p>
            <p class="actions-row">
              <button type="submit" class="danger">
                {t('manage.delete')}
              </button>{' '}
              <a href={base}>{t('manage.cancel')}</a>
            </p>
          </Form>
        </section>
      );
    },
    async submit(ctx) {
      const { name, id } = params(ctx);
      await resources.deleteResource(ctx.svc, name, id);
      return { redirect: `/manage/datasets/${name}`, notice: 'manage.resource_deleted' };
    },
  };
}
