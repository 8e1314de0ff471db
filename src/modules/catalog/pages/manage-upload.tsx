// Back-office uploads: a new resource file, or a new file for an existing resource (its id and download URL
// stay). Multipart forms that work without script (the CSRF token rides in the action URL because the body is
// streamed to storage after the check); /assets/upload-progress.js, when it runs, sends the same form with
// XMLHttpRequest to show a progress bar. Refusals (size, type) show the form again with the field error.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ComponentChildren } from 'preact';
import type { Services } from '../../../context.ts';
import { errorBody, toAppError } from '../../../http/errors.ts';
import type { MessageKey } from '../../../i18n/index.ts';
import { AppError } from '../../../kernel/errors.ts';
import { ErrorSummary } from '../../../web/components/form.tsx';
import {
  type PageContext,
  type PageDef,
  type PageOptions,
  registerPage,
  renderWithForm,
} from '../../../web/page.ts';
import type { StorageBackend } from '../../files/index.ts';
import { datasetPermissions, getDataset } from '../datasets.service.ts';
import type { ResourceView } from '../present.ts';
import { getResource } from '../resources.service.ts';
import { receiveUpload } from '../uploads.routes.ts';
import { ResourceFields } from './manage-form.tsx';
import { resourceTitle } from './manage-resources.tsx';
import { text } from './public-kit.tsx';

/** Sent by /assets/upload-progress.js. */
const PROGRESS_HEADER = 'x-upload-progress';

interface UploadPageData {
  dataset: { name: string; title: string };
  /** Set when replacing the file of this resource. */
  resource: ResourceView | null;
  maxMb: number;
}

const params = (ctx: PageContext) => ctx.req.params as { name: string; id?: string };

async function loadUpload(ctx: PageContext): Promise<UploadPageData> {
  const { name, id } = params(ctx);
  const d = await getDataset(ctx.svc, name);
  if (!datasetPermissions(ctx.svc, d).update) throw new AppError('auth.forbidden');
  return {
    dataset: { name: d.name, title: text(d.title, ctx.i18n) || d.name },
    resource: id ? await getResource(ctx.svc, d.name, id) : null,
    maxMb: ctx.svc.config.UPLOAD_MAX_MB,
  };
}

const progressScript = () => <script src="/assets/upload-progress.js" defer />;

/** The file field, the hidden progress bar the script shows, and the submit button. */
function UploadForm(p: {
  ctx: PageContext;
  action: string;
  maxMb: number;
  children?: ComponentChildren;
  submit: string;
}) {
  const { t } = p.ctx.i18n;
  const fileError = p.ctx.form?.error?.fields?.file;
  return (
    <form
      method="post"
      action={`${p.action}?_csrf=${encodeURIComponent(p.ctx.csrf)}`}
      enctype="multipart/form-data"
      class="form"
      data-upload=""
      noValidate
    >
      {p.children}
      <div class={fileError ? 'field field-error' : 'field'}>
        <label for="f-file">{t('manage.file')}</label>
        <p class="hint" id="f-file-hint">
          {t('manage.file_hint', { max: p.maxMb })}
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
      <div class="upload-progress" hidden>
        <label for="upload-progress-bar">{t('manage.upload_progress')}</label>
        <progress id="upload-progress-bar" max={100} value={0} />
        <p
          class="upload-status"
          aria-live="polite"
          data-sending={t('manage.upload_sending')}
          data-done={t('manage.upload_done')}
          data-failed={t('manage.upload_failed')}
        />
      </div>
      <p>
        <button type="submit">{p.submit}</button>
      </p>
    </form>
  );
}

export const uploadPage: PageDef<UploadPageData> = {
  path: '/manage/datasets/:name/resources/upload',
  signedIn: true,
  load: loadUpload,
  title: (_d, { i18n }) => i18n.t('manage.upload'),
  head: progressScript,
  view(data, ctx) {
    const { t, locale } = ctx.i18n;
    const base = `/${locale}/manage/datasets/${data.dataset.name}`;
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">{t('manage.upload')}</h1>
        <p>
          <a href={base}>{data.dataset.title}</a>
        </p>
        <ErrorSummary form={ctx.form} title={t('page.error.fields')} />
        <UploadForm
          ctx={ctx}
          action={`${base}/resources/upload`}
          maxMb={data.maxMb}
          submit={t('manage.upload')}
        >
          <ResourceFields ctx={ctx} />
        </UploadForm>
      </section>
    );
  },
};

export const replaceFilePage: PageDef<UploadPageData> = {
  path: '/manage/datasets/:name/resources/:id/file',
  signedIn: true,
  load: loadUpload,
  title: (d, ctx) => `${ctx.i18n.t('manage.replace_file')} · ${resourceTitle(d.resource!, ctx)}`,
  head: progressScript,
  view(data, ctx) {
    const { t, locale } = ctx.i18n;
    const base = `/${locale}/manage/datasets/${data.dataset.name}`;
    const r = data.resource!;
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">
          {t('manage.replace_file')} · {resourceTitle(r, ctx)}
        </h1>
        <p>
          <a href={base}>{data.dataset.title}</a>
        </p>
        <p>{t('manage.replace_hint')}</p>
        <ErrorSummary form={ctx.form} title={t('page.error.fields')} />
        <UploadForm
          ctx={ctx}
          action={`${base}/resources/${r.id}/file`}
          maxMb={data.maxMb}
          submit={t('manage.replace_file')}
        />
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
  /** Receives the file, then redirects to the dataset's manage page, or shows `page` again with the error. */
  const handle =
    (page: PageDef<UploadPageData>, notice: MessageKey) =>
    async (req: FastifyRequest, reply: FastifyReply) => {
      const { lang, name, id } = req.params as { lang: string; name: string; id?: string };
      if (!req.ctx.actor.userId)
        return reply.redirect(`/${lang}/login?next=${encodeURIComponent(req.url)}`, 303);
      try {
        await receiveUpload(req, services, storage, id ?? null);
        reply.setCookie('notice', notice, { path: '/', sameSite: 'lax', maxAge: 120 });
        const next = `/${lang}/manage/datasets/${name}`;
        // The progress script asks for the address instead of a redirect its request would follow (and
        // whose page would consume the one-time notice meant for the browser's next page).
        if (req.headers[PROGRESS_HEADER] === '1') return reply.send({ ok: true, data: { redirect: next } });
        return reply.redirect(next, 303);
      } catch (err) {
        const error = toAppError(err);
        if (error.status >= 500 || req.ctx.wantsJson) throw err;
        const form = { values: {}, error: errorBody(error, req.ctx.i18n).error };
        return renderWithForm(page, options, req, reply, form, error.status);
      }
    };
  registerPage(app, uploadPage, options);
  registerPage(app, replaceFilePage, options);
  app.post('/:lang/manage/datasets/:name/resources/upload', handle(uploadPage, 'manage.resource_added'));
  app.post(
    '/:lang/manage/datasets/:name/resources/:id/file',
    handle(replaceFilePage, 'manage.file_replaced'),
  );
}
