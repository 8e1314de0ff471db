// Small helpers shared by the account pages: who is signed in, safe `next` targets, password checks.
import type { FastifyInstance } from 'fastify';
import { isLocale } from '../../../i18n/index.ts';
import { AppError } from '../../../kernel/errors.ts';
import { Fields } from '../../../kernel/validate.ts';
import {
  type FormDef,
  formValues,
  type PageContext,
  type PageOptions,
  pageHandler,
  registerForm,
} from '../../../web/page.ts';
import { checkPassword } from '../auth.service.ts';

/** The signed-in user's id; anonymous visitors get auth.unauthenticated (signedIn pages: to the sign-in page). */
export function me(ctx: PageContext): string {
  const id = ctx.req.ctx.actor.userId;
  if (!id) throw new AppError('auth.unauthenticated');
  return id;
}

/** A query parameter of the page, or the same field of the form being shown again. */
export function param(ctx: PageContext, name: string): string {
  const fromForm = ctx.form?.values[name];
  if (fromForm !== undefined) return fromForm;
  const v = (ctx.req.query as Record<string, unknown> | undefined)?.[name];
  return typeof v === 'string' ? v : '';
}

/**
 * Where to go after signing in: a local path only (starts with `/`, not `//`, only URL characters: no
 * backslash, space or control character), returned without its language prefix because form redirects are
 * made in the page's language.
 */
export function safeNext(next: string | undefined): string | null {
  if (!next || next.length > 2000 || !next.startsWith('/') || next.startsWith('//')) return null;
  if (!/^[\w\-./?=&%~+:@!$'()*,;#[\]]*$/.test(next)) return null; // URL characters only (no `\`)
  const m = /^\/([a-z]{2})(?=[/?#]|$)/.exec(next);
  if (m && isLocale(m[1])) {
    const rest = next.slice(m[0].length);
    if (rest.startsWith('//')) return null;
    return rest.startsWith('/') ? rest : `/${rest}`;
  }
  return next;
}

/**
 * A new password typed twice: the service's rules on `password`, `password2` must match ('invalid_value').
 * `extra` adds the form's other checks so that every field error shows at once.
 */
export function checkNewPassword(body: Record<string, string>, extra?: (f: Fields) => void): string {
  const f = new Fields();
  extra?.(f);
  const password = checkPassword(f, 'password', body.password);
  if (!body.password2) f.add('password2', 'required');
  else if (body.password2 !== body.password) f.add('password2', 'invalid_value');
  f.check();
  return password;
}

/** A form that only answers POST (sign out, sign out everywhere). */
export function registerPostOnly<D>(app: FastifyInstance, def: FormDef<D>, options: PageOptions): void {
  registerForm(app, def, options, { postOnly: true });
}

export { formValues, pageHandler };
