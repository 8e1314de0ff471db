import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ComponentChildren, VNode } from 'preact';
import { h } from 'preact';
import type { ServiceContext, Services } from '../context.ts';
import { serviceContext } from '../http/context.ts';
import { csrfToken } from '../http/csrf.ts';
import { type ErrorBody, errorBody, toAppError } from '../http/errors.ts';
import { twinPath } from '../http/json-twin.ts';
import { LOCALE_COOKIE } from '../http/locale.ts';
import { hasMessage, type I18n, isLocale, type MessageKey } from '../i18n/index.ts';
import { AppError } from '../kernel/errors.ts';
import { Layout, type LayoutProps } from './layout.tsx';
import { renderDocument } from './render.ts';

/** What a form page shows after a refused submission: the values typed and the error. */
export interface FormState {
  values: Record<string, string>;
  error?: ErrorBody['error'];
}

export interface PageContext {
  req: FastifyRequest;
  reply: FastifyReply;
  i18n: I18n;
  /** Path and query of this page (HTML form, without `.json`). */
  url: string;
  siteName: string;
  /** The service context of the request: loaders call services with it. */
  svc: ServiceContext;
  /** Token for the forms of this page. */
  csrf: string;
  /** Set when re-rendering after a refused POST. */
  form?: FormState;
  /** A one-time notice from the previous action (after a redirect). */
  notice?: string;
}

export interface PageDef<D> {
  /** Path after the language prefix: '/' for home, '/about', '/datasets/:name'. */
  path: string;
  section?: LayoutProps['section'];
  /** Loads the page's data: the output is exactly the JSON twin. No SQL here: call services. */
  load(ctx: PageContext): Promise<D> | D;
  title(data: D, ctx: PageContext): string;
  view(data: D, ctx: PageContext): VNode;
  head?(data: D, ctx: PageContext): ComponentChildren;
  /** Pages that only make sense signed in send anonymous visitors to the sign-in page. */
  signedIn?: boolean;
}

export interface FormResult {
  /** Where to go next (path after the language prefix, e.g. '/account'). */
  redirect: string;
  /** Message key shown once on the next page. */
  notice?: MessageKey;
  /** Hook to set cookies etc. before redirecting. */
  before?: (reply: FastifyReply) => void;
}

export interface FormDef<D> extends PageDef<D> {
  /** Handles the POST to the same path: call one service, then redirect (POST/redirect/GET). */
  submit(ctx: PageContext, body: Record<string, string>): Promise<FormResult>;
  /** Rate-limit bucket of the POST: 'auth' for sign-in, sign-up and password reset (default: writes). */
  rateLimit?: 'auth';
}

export interface PageOptions {
  siteName(i18n: I18n): string;
  services: Services;
}

const NOTICE_COOKIE = 'notice';

/** Form body as strings (first value of repeated fields), without the CSRF token. */
export function formValues(body: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (body && typeof body === 'object')
    for (const [k, v] of Object.entries(body))
      if (k !== '_csrf') out[k] = Array.isArray(v) ? String(v[0]) : String(v ?? '');
  return out;
}

async function context(req: FastifyRequest, reply: FastifyReply, options: PageOptions): Promise<PageContext> {
  const { lang } = req.params as { lang: string };
  if (!isLocale(lang)) throw new AppError('http.not_found');
  const secure = options.services.config.BASE_URL.startsWith('https:');
  const csrf = csrfToken(req, reply, await req.server.secretKey(), secure);
  const noticeKey = req.cookies[NOTICE_COOKIE];
  let notice: string | undefined;
  if (noticeKey) {
    reply.clearCookie(NOTICE_COOKIE, { path: '/' });
    if (hasMessage(noticeKey)) notice = req.ctx.i18n.t(noticeKey);
  }
  return {
    req,
    reply,
    i18n: req.ctx.i18n,
    url: req.url,
    siteName: options.siteName(req.ctx.i18n),
    svc: serviceContext(req, options.services),
    csrf,
    notice,
  };
}

async function render<D>(def: PageDef<D>, ctx: PageContext, status = 200) {
  const { req, reply } = ctx;
  if (def.signedIn && !req.ctx.actor.userId) {
    if (req.ctx.wantsJson) throw new AppError('auth.unauthenticated');
    return reply.redirect(`/${ctx.i18n.locale}/login?next=${encodeURIComponent(ctx.url)}`, 303);
  }
  const data = await def.load(ctx);
  const jsonHref = twinPath(ctx.url);
  reply.header('Link', `<${jsonHref}>; rel="alternate"; type="application/json"`);
  reply.header('Vary', 'Accept-Language, Cookie');
  if (req.ctx.actor.userId) reply.header('Cache-Control', 'private, no-store');
  const lang = ctx.i18n.locale;
  if (req.cookies[LOCALE_COOKIE] !== lang)
    reply.setCookie(LOCALE_COOKIE, lang, { path: '/', sameSite: 'lax', maxAge: 365 * 24 * 3600 });
  // A loader may have set an error status of its own (a page that shows a refusal inline).
  if (status !== 200 || reply.statusCode < 400) reply.code(status);
  if (req.ctx.wantsJson) return reply.type('application/json; charset=utf-8').send(data);
  const actor = req.ctx.actor;
  const html = renderDocument(
    h(Layout, {
      i18n: ctx.i18n,
      url: ctx.url,
      title: def.title(data, ctx),
      siteName: ctx.siteName,
      jsonHref,
      section: def.section,
      head: def.head?.(data, ctx),
      user: actor.userId
        ? {
            name: actor.name ?? '',
            sysadmin: actor.sysadmin,
            // Harvest sources are managed by sysadmins and organisation admins (harvest/sources.service.ts).
            harvest: actor.sysadmin || Object.values(actor.orgRoles).includes('admin'),
          }
        : null,
      csrf: ctx.csrf,
      notice: ctx.notice,
      children: def.view(data, ctx),
    }),
  );
  return reply.type('text/html; charset=utf-8').send(html);
}

/** Registers `/:lang<path>` (HTML) whose twin `/:lang<path>.json` answers the loader's data. */
export function registerPage<D>(app: FastifyInstance, def: PageDef<D>, options: PageOptions): void {
  app.get(`/:lang${def.path}`, pageHandler(def, options));
}

/** Renders a page after a refused submission handled by a route of its own (e.g. a multipart upload). */
export async function renderWithForm<D>(
  def: PageDef<D>,
  options: PageOptions,
  req: FastifyRequest,
  reply: FastifyReply,
  form: FormState,
  status: number,
) {
  const ctx = await context(req, reply, options);
  ctx.form = form;
  return render(def, ctx, status);
}

/** The GET handler of a page (rendering, JSON twin, CSRF token), for routes that render a page themselves. */
export function pageHandler<D>(def: PageDef<D>, options: PageOptions) {
  return async (req: FastifyRequest, reply: FastifyReply) => render(def, await context(req, reply, options));
}

/**
 * A page with a form: GET shows it; POST runs `submit` and redirects (303), or shows the page again with the
 * values typed and the errors (field errors inline, 400/4xx status), never losing what the user entered.
 */
export function registerForm<D>(
  app: FastifyInstance,
  def: FormDef<D>,
  options: PageOptions,
  /** `postOnly`: a form without a page of its own (sign out, sign out everywhere). */
  { postOnly = false }: { postOnly?: boolean } = {},
): void {
  if (!postOnly) registerPage(app, def, options);
  app.post(`/:lang${def.path}`, { config: { rateLimit: def.rateLimit } }, async (req, reply) => {
    const ctx = await context(req, reply, options);
    if (def.signedIn && !req.ctx.actor.userId) {
      if (req.ctx.wantsJson) throw new AppError('auth.unauthenticated');
      return reply.redirect(`/${ctx.i18n.locale}/login?next=${encodeURIComponent(ctx.url)}`, 303);
    }
    const values = formValues(req.body);
    try {
      const result = await def.submit(ctx, values);
      result.before?.(reply);
      if (result.notice)
        reply.setCookie(NOTICE_COOKIE, result.notice, { path: '/', sameSite: 'lax', maxAge: 120 });
      return reply.redirect(`/${ctx.i18n.locale}${result.redirect}`, 303);
    } catch (err) {
      const error = toAppError(err);
      if (error.status >= 500 || req.ctx.wantsJson) throw err;
      ctx.form = { values, error: errorBody(error, ctx.i18n).error };
      return render(def, ctx, error.status);
    }
  });
}
