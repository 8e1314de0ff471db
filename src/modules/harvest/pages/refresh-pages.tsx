// Back-office of a resource's scheduled refresh, for whoever may edit the resource: the address and schedule
// (set, change, stop), "refresh now", and the past attempts with their outcome (a new version stored, the same
// file so the previous version kept, or a failure with its reason, the previous version kept too). Plain
// forms (POST-redirect-GET, no script); the JSON twin at `.json`. Every action calls refresh.ts, which
// authorizes (resource update permission).
import { ErrorSummary, Field, Form, Select } from '../../../web/components/form.tsx';
import type { FormDef, PageContext } from '../../../web/page.ts';
import { ActButton, Breadcrumbs, dateTime, href, param, seg, tk } from '../../accounts/pages/admin-ui.tsx';
import { datasetsService, resourcesService } from '../../catalog/index.ts';
import { refreshSchedules } from '../cadence.ts';
import * as refresh from '../refresh.ts';
import { reasonText } from './kit.tsx';

const PATH = '/manage/datasets/:name/resources/:id/refresh';

interface RefreshData {
  dataset: { name: string; title: string };
  resource: { id: string; title: string; url: string | null };
  refresh: refresh.RefreshView | null;
  runs: refresh.RefreshRunView[];
}

const keys = (ctx: PageContext) => [param(ctx, 'name'), param(ctx, 'id')] as const;
const pick = (m: Record<string, string | undefined>, i18n: PageContext['i18n']) =>
  m[i18n.locale] || Object.values(m).find((v) => v) || '';

async function load(ctx: PageContext): Promise<RefreshData> {
  const [name, id] = keys(ctx);
  // The refresh service checks that the actor may update the resource.
  const current = await refresh.getResourceRefresh(ctx.svc, name, id);
  const d = await datasetsService.getDataset(ctx.svc, name);
  const r = await resourcesService.getResource(ctx.svc, d.name, id);
  return {
    dataset: { name: d.name, title: pick(d.title, ctx.i18n) || d.name },
    resource: { id: r.id, title: pick(r.title, ctx.i18n) || r.format || r.id, url: r.url },
    refresh: current,
    runs: await refresh.listRefreshRuns(ctx.svc, d.name, id),
  };
}

function Outcome({ ctx, run }: { ctx: PageContext; run: refresh.RefreshRunView }) {
  const { i18n } = ctx;
  if (run.status !== 'failed') return <>{tk(i18n, `refresh.outcome.${run.status}`)}</>;
  return (
    <>
      {tk(i18n, 'refresh.outcome.failed')}{' '}
      <span class="error-text">{run.error ? reasonText(i18n, run.error) : ''}</span>
    </>
  );
}

const view =
  (active: 'set' | 'remove' | 'run'): FormDef<RefreshData>['view'] =>
  (data, ctx) => {
    const { i18n, csrf } = ctx;
    const { t } = i18n;
    const form = ctx.form;
    const base = `/manage/datasets/${seg(data.dataset.name)}/resources/${seg(data.resource.id)}`;
    const r = data.refresh;
    return (
      <section aria-labelledby="page-title">
        <Breadcrumbs
          i18n={i18n}
          items={[
            { href: href(i18n, `/manage/datasets/${seg(data.dataset.name)}`), label: data.dataset.title },
            { href: href(i18n, base), label: data.resource.title },
          ]}
        />
        <h1 id="page-title">{t('refresh.title', { title: data.resource.title })}</h1>
        <p class="lead">{t('refresh.lead')}</p>
        {r ? (
          <p>
            {t('refresh.summary', {
              schedule: tk(i18n, `harvest.schedule.${r.schedule}`),
              next: dateTime(i18n, r.nextRunAt),
            })}
          </p>
        ) : (
          <p class="muted">{t('refresh.none')}</p>
        )}
        <ErrorSummary form={active === 'set' ? form : undefined} title={t('refresh.errors')} />
        <Form action={href(i18n, `${base}/refresh`)} csrf={csrf} class="form form-wide">
          <Field
            name="url"
            type="url"
            dir="ltr"
            label={t('refresh.field.url')}
            hint={t('refresh.field.url.hint')}
            required
            form={active === 'set' ? form : undefined}
            value={r?.url ?? data.resource.url ?? ''}
          />
          <Select
            name="schedule"
            label={t('refresh.field.schedule')}
            options={refreshSchedules.map((s) => ({ value: s, label: tk(i18n, `harvest.schedule.${s}`) }))}
            form={active === 'set' ? form : undefined}
            value={r?.schedule ?? 'daily'}
          />
          <p>
            <button type="submit">{t(r ? 'refresh.save' : 'refresh.create')}</button>
          </p>
        </Form>
        {r && (
          <>
            <ErrorSummary form={active !== 'set' ? form : undefined} title={t('refresh.errors')} />
            <ul class="inline-list">
              <li>
                <Form action={href(i18n, `${base}/refresh/run`)} csrf={csrf}>
                  <ActButton label={t('refresh.run')} object={data.resource.title} />
                </Form>
              </li>
              <li>
                <Form action={href(i18n, `${base}/refresh/remove`)} csrf={csrf}>
                  <ActButton label={t('refresh.remove')} object={data.resource.title} secondary />
                </Form>
              </li>
            </ul>
          </>
        )}
        <h2 id="runs-title">{t('refresh.runs')}</h2>
        {data.runs.length === 0 ? (
          <p class="muted">{t('refresh.runs.none')}</p>
        ) : (
          <div class="table-wrap">
            <table class="data" aria-labelledby="runs-title">
              <thead>
                <tr>
                  <th scope="col">{t('refresh.col.when')}</th>
                  <th scope="col">{t('refresh.col.trigger')}</th>
                  <th scope="col">{t('refresh.col.outcome')}</th>
                </tr>
              </thead>
              <tbody>
                {data.runs.map((run) => (
                  <tr key={run.id}>
                    <th scope="row">{dateTime(i18n, run.finishedAt)}</th>
                    <td>{tk(i18n, `refresh.trigger.${run.trigger}`)}</td>
                    <td>
                      <Outcome ctx={ctx} run={run} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    );
  };

const common = {
  signedIn: true,
  load,
  title: (d: RefreshData, ctx: PageContext) => ctx.i18n.t('refresh.title', { title: d.resource.title }),
};
const back = (ctx: PageContext) => {
  const [name, id] = keys(ctx);
  return `/manage/datasets/${seg(name)}/resources/${seg(id)}/refresh`;
};

/** The page, and the form setting the address and schedule. */
export const refreshPage: FormDef<RefreshData> = {
  ...common,
  path: PATH,
  view: view('set'),
  async submit(ctx, values) {
    await refresh.setResourceRefresh(ctx.svc, ...keys(ctx), { url: values.url, schedule: values.schedule });
    return { redirect: back(ctx), notice: 'refresh.notice.saved' };
  },
};

export const refreshRemovePage: FormDef<RefreshData> = {
  ...common,
  path: `${PATH}/remove`,
  view: view('remove'),
  async submit(ctx) {
    await refresh.removeResourceRefresh(ctx.svc, ...keys(ctx));
    return { redirect: back(ctx), notice: 'refresh.notice.removed' };
  },
};

export const refreshNowPage: FormDef<RefreshData> = {
  ...common,
  path: `${PATH}/run`,
  view: view('run'),
  async submit(ctx) {
    await refresh.refreshResourceNow(ctx.svc, ...keys(ctx));
    return { redirect: back(ctx), notice: 'refresh.notice.queued' };
  },
};
