// Sign-in, sign-up, e-mail verification, password reset, sign-out, invitations; the user's own account pages.
import type { FastifyInstance } from 'fastify';
import { clearSessionCookie, setSessionCookie } from '../../../http/auth.ts';
import { localeNames, locales } from '../../../i18n/index.ts';
import { EmailField, ErrorSummary, Field, Form, Select } from '../../../web/components/form.tsx';
import {
  type FormDef,
  type PageContext,
  type PageDef,
  type PageOptions,
  registerForm,
  registerPage,
} from '../../../web/page.ts';
import * as auth from '../auth.service.ts';
import { NewPasswordFields, registerAccountPages } from './account-pages.tsx';
import { checkNewPassword, param, registerPostOnly, safeNext } from './page-kit.ts';
import { registerTokenPages } from './token-pages.tsx';

const href = (ctx: PageContext, path: string) => `/${ctx.i18n.locale}${path}`;
const summary = (ctx: PageContext) => (
  <ErrorSummary form={ctx.form} title={ctx.i18n.t('page.error.fields')} />
);

/** Shown when a link from an e-mail lost its token (cut when copied). */
function MissingToken({ ctx }: { ctx: PageContext }) {
  return (
    <>
      <p>{ctx.i18n.t('auth.link_missing')}</p>
      <p>
        <a href={href(ctx, '/login')}>{ctx.i18n.t('auth.to_login')}</a>
      </p>
    </>
  );
}

interface LoginData {
  /** Where the browser goes after signing in (path after the language), when asked. */
  next: string | null;
  signedInAs: string | null;
  links: { signup: string; forgot: string };
}

export const loginPage: FormDef<LoginData> = {
  path: '/login',
  rateLimit: 'auth',
  load: (ctx) => ({
    next: safeNext(param(ctx, 'next')),
    signedInAs: ctx.req.ctx.actor.userId ? (ctx.req.ctx.actor.name ?? '') : null,
    links: { signup: href(ctx, '/signup'), forgot: href(ctx, '/password/forgot') },
  }),
  title: (_d, { i18n }) => i18n.t('login.title'),
  view(data, ctx) {
    const { t } = ctx.i18n;
    return (
      <section class="auth-page" aria-labelledby="page-title">
        <h1 id="page-title">{t('login.title')}</h1>
        {data.signedInAs !== null && (
          <p>
            {t('login.already', { name: data.signedInAs })}{' '}
            <a href={href(ctx, '/account')}>{t('login.to_account')}</a>
          </p>
        )}
        {summary(ctx)}
        <Form action={href(ctx, '/login')} csrf={ctx.csrf}>
          {data.next && <input type="hidden" name="next" value={data.next} />}
          <EmailField label={t('auth.email')} form={ctx.form} autocomplete="username" />
          <Field
            name="password"
            type="password"
            label={t('auth.password')}
            autocomplete="current-password"
            required
            form={ctx.form}
          />
          <p>
            <button type="submit">{t('login.submit')}</button>
          </p>
        </Form>
        <p>
          <a href={data.links.forgot}>{t('login.forgot')}</a>
        </p>
        <p>
          {t('login.no_account')} <a href={data.links.signup}>{t('login.signup_link')}</a>
        </p>
      </section>
    );
  },
  async submit(ctx, body) {
    const session = await auth.login(ctx.svc, { email: body.email, password: body.password });
    const { config } = ctx.svc;
    return {
      redirect: safeNext(body.next) ?? '/account',
      before: (reply) =>
        setSessionCookie(reply, session.token, {
          secure: config.BASE_URL.startsWith('https:'),
          maxAgeSeconds: config.SESSION_MAX_HOURS * 3600,
        }),
    };
  },
};

interface SignupData {
  /** False when accounts are created by invitation only. */
  open: boolean;
  languages: { value: string; label: string }[];
}

export const signupPage: FormDef<SignupData> = {
  path: '/signup',
  rateLimit: 'auth',
  load: (ctx) => ({
    open: ctx.svc.config.SIGNUP === 'open' || ctx.req.ctx.actor.sysadmin,
    languages: locales.map((l) => ({ value: l, label: localeNames[l] })),
  }),
  title: (_d, { i18n }) => i18n.t('signup.title'),
  view(data, ctx) {
    const { t, locale } = ctx.i18n;
    if (!data.open)
      return (
        <section class="auth-page" aria-labelledby="page-title">
          <h1 id="page-title">{t('signup.title')}</h1>
          <p>{t('signup.closed')}</p>
          <p>
            {t('signup.have_account')} <a href={href(ctx, '/login')}>{t('login.submit')}</a>
          </p>
        </section>
      );
    return (
      <section class="auth-page" aria-labelledby="page-title">
        <h1 id="page-title">{t('signup.title')}</h1>
        <p>{t('signup.intro')}</p>
        {summary(ctx)}
        <Form action={href(ctx, '/signup')} csrf={ctx.csrf}>
          <EmailField label={t('auth.email')} form={ctx.form} />
          <Field name="name" label={t('auth.name')} autocomplete="name" required form={ctx.form} />
          <Field
            name="password"
            type="password"
            label={t('auth.password')}
            hint={t('auth.password_hint', { min: auth.PASSWORD_MIN })}
            autocomplete="new-password"
            required
            form={ctx.form}
          />
          <Select
            name="locale"
            label={t('auth.language')}
            options={data.languages}
            value={locale}
            form={ctx.form}
          />
          <p>
            <button type="submit">{t('signup.submit')}</button>
          </p>
        </Form>
        <p>
          {t('signup.have_account')} <a href={href(ctx, '/login')}>{t('login.submit')}</a>
        </p>
      </section>
    );
  },
  async submit(ctx, body) {
    await auth.signUp(ctx.svc, {
      email: body.email,
      name: body.name,
      password: body.password,
      locale: body.locale,
    });
    return { redirect: '/signup/sent' };
  },
};

/** After sign-up: the same answer whether or not the address already had an account. */
export const signupSentPage: PageDef<{ sent: true }> = {
  path: '/signup/sent',
  load: () => ({ sent: true }),
  title: (_d, { i18n }) => i18n.t('signup.sent.title'),
  view: (_d, ctx) => (
    <section class="auth-page" aria-labelledby="page-title">
      <h1 id="page-title">{ctx.i18n.t('signup.sent.title')}</h1>
      <p>{ctx.i18n.t('signup.sent.text')}</p>
      <p>
        <a href={href(ctx, '/login')}>{ctx.i18n.t('auth.to_login')}</a>
      </p>
    </section>
  ),
};

/** Pages opened from an e-mail link carry its token; the GET only shows a button (link scanners follow GETs). */
interface LinkData {
  hasToken: boolean;
}

const linkLoad = (ctx: PageContext): LinkData => ({ hasToken: param(ctx, 'token') !== '' });

export const verifyPage: FormDef<LinkData> = {
  path: '/verify',
  rateLimit: 'auth',
  load: linkLoad,
  title: (_d, { i18n }) => i18n.t('verify.title'),
  view(data, ctx) {
    const { t } = ctx.i18n;
    return (
      <section class="auth-page" aria-labelledby="page-title">
        <h1 id="page-title">{t('verify.title')}</h1>
        {summary(ctx)}
        {!data.hasToken ? (
          <MissingToken ctx={ctx} />
        ) : ctx.form?.error ? (
          <p>
            <a href={href(ctx, '/login')}>{t('auth.to_login')}</a>
          </p>
        ) : (
          <Form action={href(ctx, '/verify')} csrf={ctx.csrf}>
            <input type="hidden" name="token" value={param(ctx, 'token')} />
            <p>{t('verify.text')}</p>
            <p>
              <button type="submit">{t('verify.submit')}</button>
            </p>
          </Form>
        )}
      </section>
    );
  },
  async submit(ctx, body) {
    await auth.verifyEmail(ctx.svc, body.token ?? '');
    return { redirect: '/login', notice: 'verify.done' };
  },
};

export const forgotPage: FormDef<{ sent: false }> = {
  path: '/password/forgot',
  rateLimit: 'auth',
  load: () => ({ sent: false }),
  title: (_d, { i18n }) => i18n.t('forgot.title'),
  view(_d, ctx) {
    const { t } = ctx.i18n;
    return (
      <section class="auth-page" aria-labelledby="page-title">
        <h1 id="page-title">{t('forgot.title')}</h1>
        <p>{t('forgot.text')}</p>
        {summary(ctx)}
        <Form action={href(ctx, '/password/forgot')} csrf={ctx.csrf}>
          <EmailField label={t('auth.email')} form={ctx.form} />
          <p>
            <button type="submit">{t('forgot.submit')}</button>
          </p>
        </Form>
        <p>
          <a href={href(ctx, '/login')}>{t('auth.to_login')}</a>
        </p>
      </section>
    );
  },
  async submit(ctx, body) {
    await auth.requestPasswordReset(ctx.svc, { email: body.email });
    return { redirect: '/login', notice: 'forgot.sent' };
  },
};

export const resetPage: FormDef<LinkData> = {
  path: '/password/reset',
  rateLimit: 'auth',
  load: linkLoad,
  title: (_d, { i18n }) => i18n.t('reset.title'),
  view(data, ctx) {
    const { t } = ctx.i18n;
    const linkRefused = ctx.form?.error?.code === 'auth.link_invalid';
    return (
      <section class="auth-page" aria-labelledby="page-title">
        <h1 id="page-title">{t('reset.title')}</h1>
        {summary(ctx)}
        {!data.hasToken ? (
          <MissingToken ctx={ctx} />
        ) : linkRefused ? (
          <p>
            <a href={href(ctx, '/password/forgot')}>{t('login.forgot')}</a>
          </p>
        ) : (
          <>
            <p>{t('reset.text')}</p>
            <Form action={href(ctx, '/password/reset')} csrf={ctx.csrf}>
              <input type="hidden" name="token" value={param(ctx, 'token')} />
              <NewPasswordFields ctx={ctx} />
              <p>
                <button type="submit">{t('reset.submit')}</button>
              </p>
            </Form>
          </>
        )}
      </section>
    );
  },
  async submit(ctx, body) {
    const password = checkNewPassword(body);
    await auth.resetPassword(ctx.svc, { token: body.token ?? '', password });
    return { redirect: '/login', notice: 'reset.done' };
  },
};

/** POST only (the sign-out button of every page): ends this session, then home. */
export const logoutForm: FormDef<{ signedIn: boolean }> = {
  path: '/logout',
  load: (ctx) => ({ signedIn: ctx.req.ctx.actor.userId !== null }),
  title: (_d, { i18n }) => i18n.t('account.logout'),
  view: (_d, ctx) => <h1>{ctx.i18n.t('account.logout')}</h1>,
  async submit(ctx) {
    await auth.logout(ctx.svc, ctx.req.ctx.sessionToken);
    return { redirect: '/', notice: 'logout.done', before: clearSessionCookie };
  },
};

export function registerAuthPages(app: FastifyInstance, options: PageOptions): void {
  registerForm(app, loginPage, options);
  registerForm(app, signupPage, options);
  registerPage(app, signupSentPage, options);
  registerForm(app, verifyPage, options);
  registerForm(app, forgotPage, options);
  registerForm(app, resetPage, options);
  registerPostOnly(app, logoutForm, options);
  registerAccountPages(app, options);
  registerTokenPages(app, options);
}
