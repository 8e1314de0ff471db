// Back-office upload of a resource file: a multipart form (works without script; the CSRF token rides in the
// action URL because the body is streamed to storage after the check). Refusals (size, type) show the form
// again with the field error.
import type { FastifyInstance } from 'fastify';
import type { Services } from '../../../context.ts';
import { errorBody, toAppError } from '../../../http/errors.ts';
import { AppError } from '../../../kernel/errors.ts';
import { ErrorSummary } from '../../../web/components/form.tsx';
import { type PageDef, type PageOptions, registerPage, renderWithForm } from '../../../web/page.ts';
import type { StorageBackend } from '../../files/index.ts';
import { datasetPermissions, getDataset } from '../datasets.service.ts';
import { receiveUpload } from '../uploads.routes.ts';
import { ResourceFields } from './manage-form.tsx';

interface UploadPageData {
  dataset: { name: string; title: string };
  maxMb: number;
}

export const uploadPage: PageDef<UploadPageData> = {
  path: '/manage/datasets/:name/resources/upload',
  signedIn: true,
  async load(ctx) {
    const d = await getDataset(ctx.svc, (ctx.req.params as { name: string }).name);
    if (!datasetPermissions(ctx.svc, d).update) throw new AppError('auth.forbidden');
    const l = ctx.i18n.locale;
    return {
      dataset: { name: d.name, title: d.title[l] || d.title.fr || d.title.ar || d.title.en || d.name },
      maxMb: ctx.svc.config.UPLOAD_MAX_MB,
    };
  },
  title: (_d, { i18n }) => i18n.t('manage.upload'),
  view(data, ctx) {
    const { t, locale } = ctx.i18n;
    const form = ctx.form;
    const fileError = form?.error?.fields?.file;
    const action = `/${locale}/manage/datasets/${data.dataset.name}/resources/upload?_csrf=${encodeURIComponent(ctx.csrf)}`;
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">{t('manage.upload')}</h1>
        <p>
          <a href={`/${locale}/manage/datasets/${data.dataset.name}`}>{data.dataset.title}</a>
        </p>
        <ErrorSummary form={form} title={t('page.error.fields')} />
        <form method="post" action={action} enctype="multipart/form-data" class="form" noValidate>
          <ResourceFields ctx={ctx} />
          <div class={fileError ? 'field field-error' : 'field'}>
            <label for="f-file">{t('manage.file')}</label>
            <p class="hint" id="f-file-hint">
              {t('manage.file_hint', { max: data.maxMb })}
            </p>
            {fileError && (
              <p class="error-text" id="f-file-error">
                {fileError.message}
              </p>
            )}
            <input
              id="f-file"
              type="file"
              name="file"
              required
              aria-invalid={fileError ? 'true' : undefined}
              aria-describedby={fileError ? 'f-file-hint f-file-error' : 'f-file-hint'}
            />
          </div>
          <p>
            <button type="submit">{t('manage.upload')}</button>
          </p>
        </form>
      </section>
    );
  },
};

export function registerUploadPage(
  app: FastifyInstance,
  options: PageOptions,
  services: Services,
  storage: StorageBackend,
): void {
  registerPage(app, uploadPage, options);
  app.post('/:lang/manage/datasets/:name/resources/upload', async (req, reply) => {
    const { lang, name } = req.params as { lang: string; name: string };
    if (!req.ctx.actor.userId)
      return reply.redirect(`/${lang}/login?next=${encodeURIComponent(req.url)}`, 303);
    try {
      await receiveUpload(req, services, storage, null);
      reply.setCookie('notice', 'manage.resource_added', { path: '/', sameSite: 'lax', maxAge: 120 });
      return reply.redirect(`/${lang}/manage/datasets/${name}`, 303);
    } catch (err) {
      const error = toAppError(err);
      if (error.status >= 500 || req.ctx.wantsJson) throw err;
      return renderWithForm(
        uploadPage,
        options,
        req,
        reply,
        { values: {}, error: errorBody(error, req.ctx.i18n).error },
        error.status,
      );
    }
  });
}
