// Back-office of harvest sources: the list, a new source, a source (edit, run now, its runs), a run's report.
// Plain HTML forms (POST-redirect-GET); each page has its JSON twin.
import { ErrorSummary, Form } from '../../../web/components/form.tsx';
import type { FormDef, PageContext, PageDef } from '../../../web/page.ts';
import { ActButton, Breadcrumbs, dateTime, href, param, seg, tk } from '../../accounts/pages/admin-ui.tsx';
import type { RunView, SourceView } from '../present.ts';
import * as sources from '../sources.service.ts';
import { Counts, reasonText, SourceFields, sourceInput } from './kit.tsx';

const LIST = '/admin/harvest';

export const sourcesPage: PageDef<{ sources: SourceView[] }> = {
  path: LIST,
  signedIn: true,
  load: async (ctx) => ({ sources: await sources.listSources(ctx.svc) }),
  title: (_d, { i18n }) => i18n.t('harvest.title'),
  view(data, { i18n }) {
    const { t } = i18n;
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">{t('harvest.title')}</h1>
        <p class="lead">{t('harvest.lead')}</p>
        <p>
          <a class="button" href={href(i18n, `${LIST}/new`)}>
            {t('harvest.new.title')}
          </a>
        </p>
        {data.sources.length === 0 ? (
          <p class="muted">{t('harvest.none')}</p>
        ) : (
          <div class="table-wrap">
            <table class="data">
              <caption class="visually-hidden">{t('harvest.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('harvest.field.title')}</th>
                  <th scope="col">{t('harvest.field.type')}</th>
                  <th scope="col">{t('harvest.field.organization')}</th>
                  <th scope="col">{t('harvest.field.schedule')}</th>
                  <th scope="col">{t('harvest.datasets')}</th>
                  <th scope="col">{t('harvest.lastRun')}</th>
                </tr>
              </thead>
              <tbody>
                {data.sources.map((s) => (
                  <tr key={s.id}>
                    <td>
                      <a href={href(i18n, `${LIST}/${seg(s.id)}`)}>{s.title}</a>
                      {!s.active && <span class="badge"> {t('harvest.active.false')}</span>}
                    </td>
                    <td>{tk(i18n, `harvest.type.${s.type}`)}</td>
                    <td>{s.organization.title[i18n.locale] || s.organization.name}</td>
                    <td>{tk(i18n, `harvest.schedule.${s.schedule}`)}</td>
                    <td>{i18n.n(s.datasetCount)}</td>
                    <td>{dateTime(i18n, s.lastRunAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    );
  },
};

type Choices = Awaited<ReturnType<typeof sources.targetOrganizations>>;

export const newSourcePage: FormDef<{ organizations: Choices }> = {
  path: `${LIST}/new`,
  signedIn: true,
  load: async (ctx) => ({ organizations: await sources.targetOrganizations(ctx.svc) }),
  title: (_d, { i18n }) => i18n.t('harvest.new.title'),
  view(d, { i18n, form, csrf }) {
    const { t } = i18n;
    return (
      <section aria-labelledby="page-title">
        <Breadcrumbs i18n={i18n} items={[{ href: href(i18n, LIST), label: t('harvest.title') }]} />
        <h1 id="page-title">{t('harvest.new.title')}</h1>
        <ErrorSummary form={form} title={t('harvest.form.errors')} />
        <Form action={href(i18n, `${LIST}/new`)} csrf={csrf}>
          <SourceFields i18n={i18n} form={form} organizations={d.organizations} />
          <button type="submit">{t('harvest.new.submit')}</button>
        </Form>
      </section>
    );
  },
  async submit(ctx, values) {
    const s = await sources.createSource(ctx.svc, sourceInput(values));
    return { redirect: `${LIST}/${seg(s.id)}`, notice: 'harvest.notice.created' };
  },
};

type SourceRecord = Awaited<ReturnType<typeof sources.getSource>>;
type SourceData = SourceRecord & { organizations: Choices };

const sourceView = (active?: string): FormDef<SourceData>['view'] =>
  function view(data, { i18n, form, csrf }) {
    const { t } = i18n;
    const base = `${LIST}/${seg(data.id)}`;
    return (
      <section aria-labelledby="page-title">
        <Breadcrumbs i18n={i18n} items={[{ href: href(i18n, LIST), label: t('harvest.title') }]} />
        <h1 id="page-title">{data.title}</h1>
        <p dir="ltr">
          <a href={data.url}>{data.url}</a>
        </p>
        <p>
          {t('harvest.source.summary', {
            count: data.datasetCount,
            next: data.nextRunAt ? dateTime(i18n, data.nextRunAt) : t('harvest.source.next_none'),
          })}
        </p>
        <Form action={href(i18n, `${base}/run`)} csrf={csrf}>
          <ActButton label={t('harvest.run.submit')} object={data.title} />
        </Form>
        <h2>{t('harvest.runs')}</h2>
        {data.runs.length === 0 ? (
          <p class="muted">{t('harvest.runs.none')}</p>
        ) : (
          <ul class="plain-list">
            {data.runs.map((r) => (
              <li key={r.id}>
                <a href={href(i18n, `${base}/runs/${seg(r.id)}`)}>
                  {dateTime(i18n, r.createdAt)} · {tk(i18n, `harvest.status.${r.status}`)}
                </a>{' '}
                {t('harvest.runs.line', r.counts)}
              </li>
            ))}
          </ul>
        )}
        <h2 id="edit">{t('harvest.edit.title')}</h2>
        <ErrorSummary form={active === 'edit' ? form : undefined} title={t('harvest.form.errors')} />
        <Form action={href(i18n, base)} csrf={csrf}>
          <SourceFields
            i18n={i18n}
            form={active === 'edit' ? form : undefined}
            source={data}
            organizations={data.organizations}
          />
          <button type="submit">{t('harvest.edit.submit')}</button>
        </Form>
      </section>
    );
  };

const sourceBase = {
  signedIn: true,
  load: async (ctx: PageContext): Promise<SourceData> => ({
    ...(await sources.getSource(ctx.svc, param(ctx, 'id'))),
    organizations: await sources.targetOrganizations(ctx.svc),
  }),
  title: (d: SourceData) => d.title,
};

export const sourcePage: FormDef<SourceData> = {
  ...sourceBase,
  path: `${LIST}/:id`,
  view: sourceView('edit'),
  async submit(ctx, values) {
    const s = await sources.updateSource(ctx.svc, param(ctx, 'id'), sourceInput(values));
    return { redirect: `${LIST}/${seg(s.id)}`, notice: 'harvest.notice.updated' };
  },
};

export const runNowPage: FormDef<SourceData> = {
  ...sourceBase,
  path: `${LIST}/:id/run`,
  view: sourceView('run'),
  async submit(ctx) {
    const id = param(ctx, 'id');
    const run = await sources.runSourceNow(ctx.svc, id);
    return { redirect: `${LIST}/${seg(id)}/runs/${seg(run.id)}`, notice: 'harvest.notice.queued' };
  },
};

type RunData = RunView & { source: SourceRecord };

export const runPage: PageDef<RunData> = {
  path: `${LIST}/:id/runs/:run`,
  signedIn: true,
  async load(ctx) {
    const source = await sources.getSource(ctx.svc, param(ctx, 'id'));
    return { ...(await sources.getRun(ctx.svc, source.id, param(ctx, 'run'))), source };
  },
  title: (d, { i18n }) => i18n.t('harvest.run.title', { source: d.source.title }),
  view(run, { i18n, csrf, form }) {
    const { t } = i18n;
    const p = run.progress;
    const active = run.status === 'queued' || run.status === 'running';
    return (
      <section aria-labelledby="page-title">
        <Breadcrumbs
          i18n={i18n}
          items={[
            { href: href(i18n, LIST), label: t('harvest.title') },
            { href: href(i18n, `${LIST}/${seg(run.sourceId)}`), label: run.source.title },
          ]}
        />
        <h1 id="page-title">{t('harvest.run.title', { source: run.source.title })}</h1>
        <p>
          {tk(i18n, `harvest.status.${run.status}`)} · {dateTime(i18n, run.startedAt ?? run.createdAt)}
          {run.finishedAt && ` – ${dateTime(i18n, run.finishedAt)}`}
        </p>
        {p && (run.status === 'queued' || run.status === 'running') && (
          <p>
            <progress
              max={p.total ?? undefined}
              value={p.total ? p.done : undefined}
              aria-label={t('harvest.run.progress')}
            />{' '}
            {p.total ? t('harvest.run.progressCount', { done: p.done, total: p.total }) : null}
          </p>
        )}
        <ErrorSummary form={form} title={t('harvest.form.errors')} />
        {active && run.cancelRequestedAt && <p>{t('harvest.run.cancelling')}</p>}
        {active && !run.cancelRequestedAt && (
          <Form action={href(i18n, `${LIST}/${seg(run.sourceId)}/runs/${seg(run.id)}/cancel`)} csrf={csrf}>
            <ActButton label={t('harvest.run.cancel')} secondary />
          </Form>
        )}
        {run.error && (
          <p class="error-text" role="alert">
            {reasonText(i18n, run.error)}
          </p>
        )}
        <Counts i18n={i18n} run={run} />
        {run.items.length > 0 && (
          <>
            <h2>{t('harvest.run.failures')}</h2>
            <div class="table-wrap">
              <table class="data">
                <caption class="visually-hidden">{t('harvest.run.failures')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('harvest.run.item')}</th>
                    <th scope="col">{t('harvest.run.reason')}</th>
                  </tr>
                </thead>
                <tbody>
                  {run.items.map((it) => (
                    <tr key={it.remoteId}>
                      <td>
                        {it.title}{' '}
                        <span class="muted" dir="ltr">
                          ({it.remoteId})
                        </span>
                      </td>
                      <td>{reasonText(i18n, it)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
    );
  },
};

/** The cancel button of a queued or running run (POST only; errors show on the run page). */
export const cancelRunPage: FormDef<RunData> = {
  ...runPage,
  path: `${LIST}/:id/runs/:run/cancel`,
  async submit(ctx) {
    const id = param(ctx, 'id');
    const run = await sources.cancelRun(ctx.svc, id, param(ctx, 'run'));
    return { redirect: `${LIST}/${seg(id)}/runs/${seg(run.id)}`, notice: 'harvest.notice.cancelled' };
  },
};
