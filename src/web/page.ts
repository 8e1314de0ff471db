import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ComponentChildren, VNode } from 'preact';
import { h } from 'preact';
import { twinPath } from '../http/json-twin.ts';
import { LOCALE_COOKIE } from '../http/locale.ts';
import { type I18n, isLocale } from '../i18n/index.ts';
import { AppError } from '../kernel/errors.ts';
import { Layout, type LayoutProps } from './layout.tsx';
import { renderDocument } from './render.ts';

export interface PageContext {
  req: FastifyRequest;
  i18n: I18n;
  /** Path and query of this page (HTML form, without `.json`). */
  url: string;
  siteName: string;
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
}

export interface PageOptions {
  siteName(i18n: I18n): string;
}

/** Registers `/:lang<path>` (HTML) whose twin `/:lang<path>.json` answers the loader's data. */
export function registerPage<D>(app: FastifyInstance, def: PageDef<D>, options: PageOptions): void {
  app.get(`/:lang${def.path}`, async (req, reply) => {
    const { lang } = req.params as { lang: string };
    if (!isLocale(lang)) throw new AppError('http.not_found');
    const url = req.url;
    const ctx: PageContext = { req, i18n: req.ctx.i18n, url, siteName: options.siteName(req.ctx.i18n) };
    const data = await def.load(ctx);
    const jsonHref = twinPath(url);
    reply.header('Link', `<${jsonHref}>; rel="alternate"; type="application/json"`);
    reply.header('Vary', 'Accept-Language, Cookie');
    if (req.cookies[LOCALE_COOKIE] !== lang)
      reply.setCookie(LOCALE_COOKIE, lang, { path: '/', sameSite: 'lax', maxAge: 365 * 24 * 3600 });
    if (req.ctx.wantsJson) return reply.type('application/json; charset=utf-8').send(data);
    const html = renderDocument(
      h(Layout, {
        i18n: ctx.i18n,
        url,
        title: def.title(data, ctx),
        siteName: ctx.siteName,
        jsonHref,
        section: def.section,
        head: def.head?.(data, ctx),
        children: def.view(data, ctx),
      }),
    );
    return reply.type('text/html; charset=utf-8').send(html);
  });
}
