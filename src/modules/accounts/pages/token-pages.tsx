// Personal API tokens: the list, the creation form (the new token is shown once, on the answer to the POST
// itself: nothing that could replay it is stored), and revocation.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { serviceContext } from '../../../http/context.ts';
import { errorBody, toAppError } from '../../../http/errors.ts';
import { isLocale } from '../../../i18n/index.ts';
import { AppError } from '../../../kernel/errors.ts';
import { ErrorSummary, Field, Form } from '../../../web/components/form.tsx';
import {
  type FormDef,
  type FormState,
  type PageContext,
  type PageDef,
  type PageOptions,
  registerForm,
  registerPage,
} from '../../../web/page.ts';
import * as tokens from '../tokens.service.ts';
import { formValues, me, pageHandler } from './page-kit.ts';

const href = (ctx: PageContext, path: string) => `/${ctx.i18n.locale}${path}`;

/** What the POST that creates a token hands to the page it renders. */
interface CreateOutcome {
  created?: { token: string; info: tokens.TokenView };
  form?: FormState;
  status: number;
}
const outcomes = new WeakMap<FastifyRequest, CreateOutcome>();

interface TokensData {
  tokens: tokens.TokenView[];
  /** Only on the answer to the creation: the secret, shown this once. */
  created?: { token: string; name: string; expiresAt: string | null };
}

const when = (ctx: PageContext, iso: string) =>
  ctx.i18n.d(iso, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Africa/Casablanca' });

function status(ctx: PageContext, tk: tokens.TokenView): string {
  const { t } = ctx.i18n;
  if (tk.revokedAt) return t('account.tokens.revoked_on', { date: when(ctx, tk.revokedAt) });
  if (tk.expiresAt && tk.expiresAt <= new Date().toISOString()) return t('account.tokens.expired');
  return t('account.tokens.active');
}

export const tokensPage: PageDef<TokensData> = {
  path: '/account/tokens',
  signedIn: true,
  async load(ctx) {
    const list = await tokens.listApiTokens(ctx.svc, me(ctx));
    const created = outcomes.get(ctx.req)?.created;
    if (!created) return { tokens: list };
    return {
      tokens: list,
      created: { token: created.token, name: created.info.name, expiresAt: created.info.expiresAt },
    };
  },
  title: (_d, { i18n }) => i18n.t('account.tokens.title'),
  view(data, ctx) {
    const { t } = ctx.i18n;
    const form = ctx.form ?? outcomes.get(ctx.req)?.form;
    return (
      <>
        <h1>{t('account.tokens.title')}</h1>
        <p>{t('account.tokens.text')}</p>
        {data.created && (
          <section class="notice" aria-labelledby="created-title" role="status">
            <h2 id="created-title">{t('account.tokens.created_title', { name: data.created.name })}</h2>
            <p>
              <strong>{t('account.tokens.created_once')}</strong>
            </p>
            <p class="token-once" dir="ltr">
              <code>{data.created.token}</code>
            </p>
          </section>
        )}
        <section aria-labelledby="list-title">
          <h2 id="list-title">{t('account.tokens.list')}</h2>
          {data.tokens.length === 0 ? (
            <p>{t('account.tokens.none')}</p>
          ) : (
            <div class="table-wrap">
              <table class="data">
                <thead>
                  <tr>
                    <th scope="col">{t('account.tokens.name')}</th>
                    <th scope="col">{t('account.tokens.created')}</th>
                    <th scope="col">{t('account.tokens.expires')}</th>
                    <th scope="col">{t('account.tokens.last_used')}</th>
                    <th scope="col">{t('account.tokens.status')}</th>
                    <th scope="col">{t('account.tokens.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.tokens.map((tk) => (
                    <tr key={tk.id}>
                      <th scope="row">{tk.name}</th>
                      <td>{when(ctx, tk.createdAt)}</td>
                      <td>{tk.expiresAt ? when(ctx, tk.expiresAt) : t('account.tokens.no_expiry')}</td>
                      <td>{tk.lastUsedAt ? when(ctx, tk.lastUsedAt) : t('account.tokens.never')}</td>
                      <td>{status(ctx, tk)}</td>
                      <td>
                        {!tk.revokedAt && (
                          <form
                            method="post"
                            action={href(ctx, `/account/tokens/${tk.id}/revoke`)}
                            class="inline-form"
                          >
                            <input type="hidden" name="_csrf" value={ctx.csrf} />
                            <button type="submit" class="danger">
                              {t('account.tokens.revoke')}
                              <span class="visually-hidden"> {tk.name}</span>
                            </button>
                          </form>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
        <section aria-labelledby="create-title">
          <h2 id="create-title">{t('account.tokens.create')}</h2>
          <ErrorSummary form={form} title={t('page.error.fields')} />
          <Form action={href(ctx, '/account/tokens')} csrf={ctx.csrf}>
            <Field
              name="name"
              label={t('account.tokens.name')}
              hint={t('account.tokens.name_hint')}
              required
              form={form}
            />
            <Field
              name="expiresInDays"
              type="number"
              label={t('account.tokens.days')}
              hint={t('account.tokens.days_hint')}
              form={form}
            />
            <p>
              <button type="submit">{t('account.tokens.create')}</button>
            </p>
          </Form>
        </section>
        <p>
          <a href={href(ctx, '/account')}>{t('account.back')}</a>
        </p>
      </>
    );
  },
};

/** Confirmation page of one token's revocation; the list's buttons post here directly. */
export const revokePage: FormDef<{ token: tokens.TokenView }> = {
  path: '/account/tokens/:id/revoke',
  signedIn: true,
  async load(ctx) {
    const { id } = ctx.req.params as { id: string };
    const token = (await tokens.listApiTokens(ctx.svc, me(ctx))).find((tk) => tk.id === id);
    if (!token) throw new AppError('accounts.token_not_found');
    return { token };
  },
  title: (data, { i18n }) => i18n.t('account.tokens.revoke_title', { name: data.token.name }),
  view(data, ctx) {
    const { t } = ctx.i18n;
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">{t('account.tokens.revoke_title', { name: data.token.name })}</h1>
        <ErrorSummary form={ctx.form} title={t('page.error.fields')} />
        <p id="revoke-text">{t('account.tokens.revoke_text')}</p>
        {!data.token.revokedAt && (
          <Form action={href(ctx, `/account/tokens/${data.token.id}/revoke`)} csrf={ctx.csrf}>
            <p>
              <button type="submit" class="danger" aria-describedby="revoke-text">
                {t('account.tokens.revoke')}
              </button>
            </p>
          </Form>
        )}
        <p>
          <a href={href(ctx, '/account/tokens')}>{t('account.tokens.back')}</a>
        </p>
      </section>
    );
  },
  async submit(ctx) {
    const { id } = ctx.req.params as { id: string };
    // Own tokens only, also for a sysadmin: other people's tokens are revoked from the administration.
    const mine = (await tokens.listApiTokens(ctx.svc, me(ctx))).some((tk) => tk.id === id);
    if (!mine) throw new AppError('accounts.token_not_found');
    await tokens.revokeApiToken(ctx.svc, id);
    return { redirect: '/account/tokens', notice: 'account.tokens.revoked' };
  },
};

export function registerTokenPages(app: FastifyInstance, options: PageOptions): void {
  registerPage(app, tokensPage, options);
  registerForm(app, revokePage, options);
  // Creation answers with the page itself (status 201) instead of redirecting: the token is shown once.
  const show = pageHandler(tokensPage, options);
  app.post(
    '/:lang/account/tokens',
    {
      onSend: async (req, reply, payload) => {
        const outcome = outcomes.get(req);
        if (outcome && reply.statusCode === 200) reply.code(outcome.status);
        return payload;
      },
    },
    async function (req, reply) {
      if (!isLocale((req.params as { lang: string }).lang)) throw new AppError('http.not_found');
      const userId = req.ctx.actor.userId;
      if (userId) {
        const values = formValues(req.body);
        try {
          const created = await tokens.createApiToken(serviceContext(req, options.services), userId, {
            name: values.name,
            expiresInDays: values.expiresInDays,
          });
          outcomes.set(req, { created, status: 201 });
        } catch (err) {
          const error = toAppError(err);
          if (error.status >= 500 || req.ctx.wantsJson) throw err;
          const form = { values, error: errorBody(error, req.ctx.i18n).error };
          outcomes.set(req, { form, status: error.status });
        }
      }
      // Anonymous: the page itself sends to the sign-in page.
      return show.call(this, req, reply);
    },
  );
}
