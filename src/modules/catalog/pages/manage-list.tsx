// "My datasets": the datasets of the organisations where the publisher is editor or admin (drafts, private and,
// on request, deleted ones), filtered by organisation and status, with bulk actions. Choosing an action leads
// to a confirmation page (a GET that changes nothing) whose form posts the action; all without script.
import { errorBody, toAppError } from '../../../http/errors.ts';
import { ErrorSummary, Select } from '../../../web/components/form.tsx';
import type { FormDef, PageContext, PageDef } from '../../../web/page.ts';
import { canPublish } from '../datasets.service.ts';
import {
  type BulkAction,
  type BulkResult,
  bulkActions,
  bulkUpdateDatasets,
  listManagedDatasets,
  previewBulkUpdate,
} from '../publisher.service.ts';
import { publishingOrgs } from './manage-form.tsx';
import { Paging, pageOf, q, text } from './public-kit.tsx';

const PAGE_SIZE = 50;

interface ListItem {
  id: string;
  name: string;
  title: string;
  organization: { name: string; title: string };
  state: string;
  visibility: string;
  updated_at: string;
  resources: number;
}

interface ListData {
  filters: { organization: string; state: string };
  organizations: { name: string; title: string }[];
  total: number;
  page: number;
  items: ListItem[];
  can: { create: boolean };
}

export const myDatasetsPage: PageDef<ListData> = {
  path: '/manage/datasets',
  signedIn: true,
  async load(ctx) {
    const filters = { organization: q(ctx, 'organization'), state: q(ctx, 'state') };
    const { page, limit, offset } = pageOf(ctx, PAGE_SIZE);
    const { total, items } = await listManagedDatasets(ctx.svc, { ...filters, limit, offset });
    const orgs = await publishingOrgs(ctx);
    return {
      filters,
      organizations: orgs.map((o) => ({ name: o.name, title: text(o.title, ctx.i18n) || o.name })),
      total,
      page,
      items: items.map((d) => ({
        id: d.id,
        name: d.name,
        title: text(d.title, ctx.i18n) || d.name,
        organization: { name: d.organization.name, title: text(d.organization.title, ctx.i18n) },
        state: d.state,
        visibility: d.visibility,
        updated_at: d.updated_at,
        resources: d.resources.length,
      })),
      can: { create: canPublish(ctx.svc) },
    };
  },
  title: (_d, { i18n }) => i18n.t('manage.list_title'),
  view(data, ctx) {
    const { t, locale } = ctx.i18n;
    const base = `/${locale}/manage/datasets`;
    const stateLabel = (s: string) =>
      s === 'deleted'
        ? t('manage.state.deleted')
        : s === 'draft'
          ? t('manage.state.draft')
          : t('manage.state.active');
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">{t('manage.list_title')}</h1>
        <p>{data.can.create ? t('manage.list_intro') : t('manage.publish_nowhere')}</p>
        {data.can.create && (
          <p>
            <a class="button" href={`${base}/new`}>
              {t('manage.new_title')}
            </a>
          </p>
        )}
        <form method="get" action={base} class="filters">
          <Select
            name="organization"
            label={t('manage.filter_org')}
            value={data.filters.organization}
            options={[
              { value: '', label: t('manage.filter_org_all') },
              ...data.organizations.map((o) => ({ value: o.name, label: o.title })),
            ]}
          />
          <Select
            name="state"
            label={t('manage.filter_state')}
            value={data.filters.state}
            options={[
              { value: '', label: t('manage.filter_state_current') },
              { value: 'draft', label: t('manage.state.draft') },
              { value: 'active', label: t('manage.state.active') },
              { value: 'deleted', label: t('manage.state.deleted') },
            ]}
          />
          <p>
            <button type="submit" class="secondary">
              {t('manage.filter')}
            </button>
          </p>
        </form>
        {data.items.length === 0 ? (
          <p class="muted">{t('manage.list_none')}</p>
        ) : (
          <form method="get" action={`${base}/bulk`} class="bulk-form">
            <div class="table-wrap">
              <table class="data">
                <thead>
                  <tr>
                    <th scope="col">{t('manage.col_select')}</th>
                    <th scope="col">{t('manage.col_dataset')}</th>
                    <th scope="col">{t('manage.col_org')}</th>
                    <th scope="col">{t('manage.col_state')}</th>
                    <th scope="col">{t('manage.col_visibility')}</th>
                    <th scope="col">{t('manage.col_updated')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((d) => (
                    <tr key={d.id}>
                      <td>
                        <input type="checkbox" id={`select-${d.id}`} name="ids" value={d.id} />
                        <label for={`select-${d.id}`} class="visually-hidden">
                          {t('manage.select_named', { name: d.title })}
                        </label>
                      </td>
                      <th scope="row">
                        <a href={`${base}/${d.name}`}>{d.title}</a>{' '}
                        <span class="muted mono" dir="ltr">
                          {d.name}
                        </span>
                      </th>
                      <td>{d.organization.title}</td>
                      <td>{stateLabel(d.state)}</td>
                      <td>
                        {d.visibility === 'private'
                          ? t('manage.visibility.private')
                          : t('manage.visibility.public')}
                      </td>
                      <td>
                        <time dateTime={d.updated_at}>{ctx.i18n.d(d.updated_at)}</time>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <fieldset>
              <legend>{t('manage.bulk_legend')}</legend>
              <Select
                name="action"
                label={t('manage.bulk_action')}
                options={bulkActions.map((a) => ({ value: a, label: t(`manage.bulk.${a}`) }))}
              />
              <p>
                <button type="submit">{t('manage.bulk_continue')}</button>
              </p>
            </fieldset>
          </form>
        )}
        <Paging i18n={ctx.i18n} url={ctx.url} page={data.page} total={data.total} size={PAGE_SIZE} />
      </section>
    );
  },
};

/** `ids` and `action` of the query (confirmation) or of the posted form. */
function bulkRequest(ctx: PageContext): { ids: string[]; action: string } {
  const source = (ctx.req.method === 'POST' ? ctx.req.body : ctx.req.query) as Record<string, unknown> | null;
  const ids = [source?.ids ?? []].flat().filter((v): v is string => typeof v === 'string');
  const action = typeof source?.action === 'string' ? source.action : '';
  return { ids, action };
}

interface BulkData {
  request: { ids: string[]; action: string };
  preview: (BulkResult & { datasets: { id: string; name: string; title: string }[] }) | null;
  /** Why the action cannot be done (nothing was checked further). */
  error: ReturnType<typeof errorBody>['error'] | null;
}

export const bulkPage: FormDef<BulkData> = {
  path: '/manage/datasets/bulk',
  signedIn: true,
  async load(ctx) {
    const request = bulkRequest(ctx);
    try {
      const p = await previewBulkUpdate(ctx.svc, request.ids, request.action);
      return {
        request,
        preview: {
          action: p.action,
          items: p.items,
          datasets: p.datasets.map((d) => ({
            id: d.id,
            name: d.name,
            title: text(d.title, ctx.i18n) || d.name,
          })),
        },
        error: null,
      };
    } catch (err) {
      const error = toAppError(err);
      if (error.status >= 500 || ctx.req.ctx.wantsJson) throw err;
      ctx.reply.code(error.status);
      return { request, preview: null, error: errorBody(error, ctx.i18n).error };
    }
  },
  title: (d, { i18n }) =>
    d.preview
      ? i18n.t('manage.bulk_title', { action: i18n.t(`manage.bulk.${d.preview.action}`) })
      : i18n.t('manage.bulk_legend'),
  view(data, ctx) {
    const { t, locale } = ctx.i18n;
    const base = `/${locale}/manage/datasets`;
    const error = ctx.form?.error ?? data.error;
    const p = data.preview;
    const action = p?.action as BulkAction | undefined;
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">
          {action ? t('manage.bulk_title', { action: t(`manage.bulk.${action}`) }) : t('manage.bulk_legend')}
        </h1>
        <ErrorSummary form={error ? { values: {}, error } : undefined} title={t('page.error.fields')} />
        {p && !ctx.form?.error && (
          <form method="post" action={`${base}/bulk`} class="form bulk-confirm">
            <input type="hidden" name="_csrf" value={ctx.csrf} />
            <input type="hidden" name="action" value={p.action} />
            <p>{t('manage.bulk_intro', { count: p.items.length })}</p>
            <ul>
              {p.items.map((it) => {
                const d = p.datasets.find((x) => x.id === it.id);
                return (
                  <li key={it.id}>
                    <input type="hidden" name="ids" value={it.id} />
                    {d?.title ?? it.name} (<span dir="ltr">{it.name}</span>)
                    {it.changed.length === 0 && <span class="muted"> — {t('manage.bulk_unchanged')}</span>}
                  </li>
                );
              })}
            </ul>
            <p class="actions-row">
              <button type="submit" class={p.action === 'delete' ? 'danger' : undefined}>
                {t('manage.bulk_confirm')}
              </button>{' '}
              <a href={base}>{t('manage.cancel')}</a>
            </p>
          </form>
        )}
        <p>
          <a href={base}>{t('manage.back_to_list')}</a>
        </p>
      </section>
    );
  },
  async submit(ctx) {
    const { ids, action } = bulkRequest(ctx);
    await bulkUpdateDatasets(ctx.svc, ids, action);
    return { redirect: '/manage/datasets', notice: 'manage.bulk_done' };
  },
};
