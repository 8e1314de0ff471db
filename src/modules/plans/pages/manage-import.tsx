// The import form of the plan managers: a CSV or XLSX file, optionally only checked. The result lists every
// problem by row and column (nothing changed); a valid import goes to the new plan's page.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { serviceContext } from '../../../http/context.ts';
import { errorBody, toAppError } from '../../../http/errors.ts';
import { locales } from '../../../i18n/index.ts';
import { ErrorSummary } from '../../../web/components/form.tsx';
import { type PageDef, type PageOptions, registerPage, renderWithForm } from '../../../web/page.ts';
import { receivePlanFile } from '../import.http.ts';
import { allColumns, headerOf } from '../import.layout.ts';
import { type ImportResult, importError, importPlan } from '../import.service.ts';
import { requireManager } from './manage-kit.tsx';

const results = new WeakMap<FastifyRequest, ImportResult>();

export const importPage: PageDef<{ result: ImportResult | null; columns: Record<string, string[]> }> = {
  path: '/manage/plans/import',
  section: 'opengov',
  signedIn: true,
  load(ctx) {
    requireManager(ctx);
    const columns = Object.fromEntries(allColumns.map((c) => [c, locales.map((l) => headerOf(c, l))]));
    return { result: results.get(ctx.req) ?? null, columns };
  },
  title: (_d, { i18n }) => i18n.t('plans.import.title'),
  view(d, ctx) {
    const { t, locale } = ctx.i18n;
    const r = d.result;
    return (
      <>
        <p>
          <a href={`/${locale}/manage/plans`}>{t('plans.manage.title')}</a>
        </p>
        <h1>{t('plans.import.title')}</h1>
        <p>{t('plans.import.intro')}</p>
        <ErrorSummary form={ctx.form} title={t('page.error.fields')} />
        {r?.valid && r.dryRun && (
          <p class="notice" role="status">
            {t('plans.import.valid', {
              commitments: r.counts.commitments,
              activities: r.counts.activities,
              reports: r.counts.reports,
            })}
          </p>
        )}
        {r && r.errors.length > 0 && (
          <div class="table-wrap">
            <table class="data" aria-labelledby="import-problems">
              <caption id="import-problems">{t('plans.import.invalid', { count: r.errors.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('plans.import.col.row')}</th>
                  <th scope="col">{t('plans.import.col.column')}</th>
                  <th scope="col">{t('plans.import.col.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {r.errors.map((e) => (
                  <tr key={`${e.row}-${e.column}`}>
                    <th scope="row">{ctx.i18n.n(e.row)}</th>
                    <td dir="auto">{e.column}</td>
                    <td>{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <form
          method="post"
          action={`/${locale}/manage/plans/import?_csrf=${encodeURIComponent(ctx.csrf)}`}
          enctype="multipart/form-data"
          class="form"
          noValidate
        >
          <div class="field field-check">
            <input type="checkbox" id="f-dryRun" name="dryRun" value="1" />{' '}
            <label for="f-dryRun">{t('plans.import.dryRun')}</label>
          </div>
          <div class="field">
            <label for="f-file">{t('plans.import.file')}</label>
            <input type="file" id="f-file" name="file" accept=".csv,.xlsx,text/csv" required />
          </div>
          <button type="submit">{t('plans.import.submit')}</button>
        </form>
        <h2 id="columns">{t('plans.import.columns')}</h2>
        <div class="table-wrap">
          <table class="data" aria-labelledby="columns">
            <thead>
              <tr>
                <th scope="col" lang="en">
                  English
                </th>
                <th scope="col" lang="fr">
                  Français
                </th>
                <th scope="col" lang="ar">
                  العربية
                </th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(d.columns).map(([c, names]) => (
                <tr key={c}>
                  {names.map((n, k) => (
                    <td key={n + String(k)} dir="ltr">
                      <code>{n}</code>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </>
    );
  },
};

export function registerImportPage(app: FastifyInstance, options: PageOptions): void {
  registerPage(app, importPage, options);
  app.post('/:lang/manage/plans/import', async (req: FastifyRequest, reply: FastifyReply) => {
    const { lang } = req.params as { lang: string };
    if (!req.ctx.actor.userId)
      return reply.redirect(`/${lang}/login?next=${encodeURIComponent(req.url)}`, 303);
    try {
      const { bytes, dryRun } = await receivePlanFile(req);
      const result = await importPlan(serviceContext(req, options.services), bytes, { dryRun });
      if (result.valid && !dryRun) {
        reply.setCookie('notice', 'plans.notice.imported', { path: '/', sameSite: 'lax', maxAge: 120 });
        return reply.redirect(`/${lang}/manage/plans/${result.plan}`, 303);
      }
      results.set(req, result);
      if (result.valid) return renderWithForm(importPage, options, req, reply, { values: {} }, 200);
      // The summary says how many problems; the table below it names each row and column.
      const { fields: _rows, ...error } = errorBody(importError(result), req.ctx.i18n).error;
      return renderWithForm(importPage, options, req, reply, { values: {}, error }, 400);
    } catch (err) {
      const error = toAppError(err);
      if (error.status >= 500 || req.ctx.wantsJson) throw err;
      const form = { values: {}, error: errorBody(error, req.ctx.i18n).error };
      return renderWithForm(importPage, options, req, reply, form, error.status);
    }
  });
}
