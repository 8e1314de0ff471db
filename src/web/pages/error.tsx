import type { FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { ErrorBody } from '../../http/errors.ts';
import type { I18n } from '../../i18n/index.ts';
import type { AppError } from '../../kernel/errors.ts';
import { Layout } from '../layout.tsx';
import { renderDocument } from '../render.ts';

/** The HTML error page: translated, without internals; 5xx pages show the request id to quote. */
export function renderErrorPage(
  req: FastifyRequest,
  error: AppError,
  body: ErrorBody,
  siteName: string,
): string {
  const i18n: I18n = req.ctx.i18n;
  const { t } = i18n;
  const notFound = error.status === 404;
  const title = notFound
    ? t('page.not_found.title')
    : error.status >= 500
      ? t('page.error.title')
      : body.error.message;
  return renderDocument(
    h(Layout, {
      i18n,
      url: req.url,
      title,
      siteName,
      children: (
        <article class="error-page">
          <h1>{title}</h1>
          {notFound && <p>{t('page.not_found.text')}</p>}
          {error.status >= 500 && <p>{t('page.error.text')}</p>}
          {error.status >= 500 && <p class="muted">{t('page.error.reference', { id: req.id })}</p>}
          {error.status < 500 && !notFound && title !== body.error.message && <p>{body.error.message}</p>}
          {body.error.fields && (
            <>
              <p>{t('page.error.fields')}</p>
              <ul>
                {Object.entries(body.error.fields).map(([name, f]) => (
                  <li key={name}>
                    <code>{name}</code>: {f.message}
                  </li>
                ))}
              </ul>
            </>
          )}
          <p>
            <a href={`/${i18n.locale}/`}>{t('page.error.home')}</a>
          </p>
        </article>
      ),
    }),
  );
}
