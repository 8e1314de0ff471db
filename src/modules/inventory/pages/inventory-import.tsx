// Importing an inventory file (multipart form): the documented column layout, "check only" or import, and the
// report of every bad cell (row, column, problem) when the file is refused; nothing is written until it is valid.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { serviceContext } from '../../../http/context.ts';
import type { ErrorBody } from '../../../http/errors.ts';
import { errorBody, toAppError } from '../../../http/errors.ts';
import type { I18n } from '../../../i18n/index.ts';
import type { PageDef, PageOptions } from '../../../web/page.ts';
import { registerPage, renderWithForm } from '../../../web/page.ts';
import { text } from '../../catalog/pages/public-kit.tsx';
import { receiveFile } from '../inventory.routes.ts';
import { keptOrganization } from '../inventory.service.ts';
import { columnLabel, columns } from '../table.ts';
import { importInventory } from '../transfer.service.ts';

type ImportData = { organization: { name: string; title: Record<string, string> }; maxMb: number };

function Report({ error, i18n }: { error: ErrorBody['error']; i18n: I18n }) {
  const { t } = i18n;
  const rows = Object.entries(error.fields ?? {}).map(([key, f]) => {
    const m = /^rows\.(\d+)\.(.+)$/.exec(key);
    return { row: m ? Number(m[1]) : 0, column: m ? m[2]! : key, message: f.message };
  });
  return (
    <section aria-labelledby="report-title" class="error-summary" role="alert">
      <h2 id="report-title">
        {rows.length ? t('inventory.import.report', { n: i18n.n(rows.length) }) : error.message}
      </h2>
      {rows.length > 0 && (
        <div class="table-wrap">
          <table class="data">
            <caption>{error.message}</caption>
            <thead>
              <tr>
                <th scope="col">{t('inventory.import.row')}</th>
                <th scope="col">{t('inventory.import.column')}</th>
                <th scope="col">{t('inventory.import.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.row}-${r.column}`}>
                  <td>{r.row || '—'}</td>
                  <td>{r.column}</td>
                  <td>{r.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export const importPage: PageDef<ImportData> = {
  path: '/organizations/:name/inventory/import',
  section: 'organizations',
  signedIn: true,
  async load(ctx) {
    const o = await keptOrganization(ctx.svc, (ctx.req.params as { name: string }).name);
    return {
      organization: { name: o.name, title: o.title as Record<string, string> },
      maxMb: ctx.svc.config.UPLOAD_MAX_MB,
    };
  },
  title: (_d, { i18n }) => i18n.t('inventory.import.title'),
  view(d, { i18n, csrf, form, url }) {
    const { t, locale } = i18n;
    const checked = form?.values.valid_rows;
    return (
      <section aria-labelledby="page-title">
        <p class="breadcrumbs">
          <a href={`/${locale}/organizations/${d.organization.name}/inventory`}>
            {t('inventory.org.title', { org: text(d.organization.title, i18n) })}
          </a>
        </p>
        <h1 id="page-title">{t('inventory.import.title')}</h1>
        <p>{t('inventory.import.help')}</p>
        {form?.error && <Report error={form.error} i18n={i18n} />}
        {checked && (
          <p class="notice" role="status">
            {t('inventory.import.valid', { n: Number(checked) })}
          </p>
        )}
        <form
          method="post"
          action={`${url.split('?')[0]}?_csrf=${encodeURIComponent(csrf)}`}
          enctype="multipart/form-data"
          class="form"
        >
          <div class="field">
            <label for="f-file">{t('inventory.import.file')}</label>
            <input id="f-file" type="file" name="file" accept=".csv,.xlsx,text/csv" required />
          </div>
          <p class="inline-links">
            <button
              type="submit"
              name="dry_run"
              value="1"
              formaction={`${url.split('?')[0]}?_csrf=${encodeURIComponent(csrf)}&dry_run=1`}
            >
              {t('inventory.import.check')}
            </button>{' '}
            <button type="submit">{t('inventory.import.submit')}</button>
          </p>
        </form>
        <div class="table-wrap">
          <table class="data">
            <caption>{t('inventory.import.columns')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('inventory.import.key')}</th>
                <th scope="col">{t('inventory.import.label')}</th>
              </tr>
            </thead>
            <tbody>
              {columns.map((c) => (
                <tr key={c}>
                  <td>
                    <code>{c}</code>
                  </td>
                  <td>{columnLabel(locale, c)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    );
  },
};

export function registerImportPage(app: FastifyInstance, options: PageOptions): void {
  registerPage(app, importPage, options);
  app.post(
    '/:lang/organizations/:name/inventory/import',
    async (req: FastifyRequest, reply: FastifyReply) => {
      const { lang, name } = req.params as { lang: string; name: string };
      if (!req.ctx.actor.userId)
        return reply.redirect(`/${lang}/login?next=${encodeURIComponent(req.url)}`, 303);
      const dryRun = (req.query as Record<string, string | undefined>).dry_run === '1';
      try {
        const file = await receiveFile(req);
        const report = await importInventory(serviceContext(req, options.services), name, file, {
          commit: !dryRun,
        });
        if (dryRun)
          return renderWithForm(
            importPage,
            options,
            req,
            reply,
            { values: { valid_rows: String(report.rows) } },
            200,
          );
        reply.setCookie('notice', 'inventory.notice.imported', { path: '/', sameSite: 'lax', maxAge: 120 });
        return reply.redirect(`/${lang}/organizations/${name}/inventory`, 303);
      } catch (err) {
        const error = toAppError(err);
        if (error.status >= 500 || req.ctx.wantsJson) throw err;
        const form = { values: {}, error: errorBody(error, req.ctx.i18n).error };
        return renderWithForm(importPage, options, req, reply, form, error.status);
      }
    },
  );
}
