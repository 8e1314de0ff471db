// The signed-in user's own account: profile, organisations and roles, password, sign out everywhere,
// deactivation; accepting an organisation invitation.
import type { FastifyInstance } from 'fastify';
import { clearSessionCookie } from '../../../http/auth.ts';
import { isLocale, localeNames, locales, type MessageKey } from '../../../i18n/index.ts';
import { ErrorSummary, Field, Form, Select } from '../../../web/components/form.tsx';
import { type FormDef, type PageContext, type PageOptions, registerForm } from '../../../web/page.ts';
import { PASSWORD_MIN } from '../auth.service.ts';
import { acceptInvitation, pick } from '../orgs.service.ts';
import * as users from '../users.service.ts';
import { checkNewPassword, me, param, registerPostOnly } from './page-kit.ts';

const href = (ctx: PageContext, path: string) => `/${ctx.i18n.locale}${path}`;
const summary = (ctx: PageContext) => (
  <ErrorSummary form={ctx.form} title={ctx.i18n.t('page.error.fields')} />
);
const roleLabel = (ctx: PageContext, role: string) => ctx.i18n.t(`role.${role}` as MessageKey);

/** The new-password pair of fields (reset and change). */
export function NewPasswordFields({ ctx }: { ctx: PageContext }) {
  const { t } = ctx.i18n;
  return (
    <>
      <Field
        name="password"
        type="password"
        label={t('auth.password_new')}
        hint={t('auth.password_hint', { min: PASSWORD_MIN })}
        autocomplete="new-password"
        required
        form={ctx.form}
      />
      <Field
        name="password2"
        type="password"
        label={t('auth.password_repeat')}
        hint={t('auth.password_repeat_hint')}
        autocomplete="new-password"
        required
        form={ctx.form}
      />
    </>
  );
}

type AccountData = Awaited<ReturnType<typeof users.getUser>>;

export const accountPage: FormDef<AccountData> = {
  path: '/account',
  signedIn: true,
  load: (ctx) => users.getUser(ctx.svc, me(ctx)),
  title: (_d, { i18n }) => i18n.t('account.title'),
  view(data, ctx) {
    const { t, locale } = ctx.i18n;
    const orgTitle = (id: string) => {
      const m = data.memberships.find((x) => x.organizationId === id);
      return m ? pick(m.title, locale) || m.name : id;
    };
    const roles = data.roles.map((r) => ({
      key: `${r.role}:${r.scopeId}`,
      label: roleLabel(ctx, r.role),
      scope:
        r.scopeType === 'platform' ? '' : r.scopeType === 'organization' ? orgTitle(r.scopeId) : r.scopeId,
    }));
    if (data.user.sysadmin) roles.unshift({ key: 'sysadmin', label: t('role.sysadmin'), scope: '' });
    return (
      <>
        <h1>{t('account.title')}</h1>
        <section aria-labelledby="profile-title">
          <h2 id="profile-title">{t('account.profile')}</h2>
          <dl class="facts">
            <dt>{t('auth.email')}</dt>
            <dd>
              <span dir="ltr">{data.user.email}</span>
            </dd>
          </dl>
          {summary(ctx)}
          <Form action={href(ctx, '/account')} csrf={ctx.csrf}>
            <Field
              name="name"
              label={t('auth.name')}
              autocomplete="name"
              required
              value={data.user.name}
              form={ctx.form}
            />
            <Select
              name="locale"
              label={t('auth.language')}
              options={locales.map((l) => ({ value: l, label: localeNames[l] }))}
              value={isLocale(data.user.locale) ? data.user.locale : locale}
              form={ctx.form}
            />
            <p>
              <button type="submit">{t('account.save')}</button>
            </p>
          </Form>
        </section>
        <section aria-labelledby="orgs-title">
          <h2 id="orgs-title">{t('account.memberships')}</h2>
          {data.memberships.length === 0 ? (
            <p>{t('account.memberships.none')}</p>
          ) : (
            <ul>
              {data.memberships.map((m) => (
                <li key={m.organizationId}>
                  <a href={href(ctx, `/organizations/${m.name}`)}>{pick(m.title, locale) || m.name}</a>
                  {' — '}
                  {roleLabel(ctx, m.role)}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="roles-title">
          <h2 id="roles-title">{t('account.roles')}</h2>
          {roles.length === 0 ? (
            <p>{t('account.roles.none')}</p>
          ) : (
            <ul>
              {roles.map((r) => (
                <li key={r.key}>
                  {r.label}
                  {r.scope && ` — ${r.scope}`}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="security-title">
          <h2 id="security-title">{t('account.security')}</h2>
          <ul>
            <li>
              <a href={href(ctx, '/account/password')}>{t('account.password.title')}</a>
            </li>
            <li>
              <a href={href(ctx, '/account/tokens')}>{t('account.tokens.title')}</a>
            </li>
            <li>
              <a href={href(ctx, '/account/deactivate')}>{t('account.deactivate.title')}</a>
            </li>
          </ul>
          <form method="post" action={href(ctx, '/account/sessions')} class="form">
            <input type="hidden" name="_csrf" value={ctx.csrf} />
            <p class="hint" id="sessions-hint">
              {t('account.sessions.text')}
            </p>
            <p>
              <button type="submit" class="secondary" aria-describedby="sessions-hint">
                {t('account.sessions.title')}
              </button>
            </p>
          </form>
        </section>
      </>
    );
  },
  async submit(ctx, body) {
    await users.updateProfile(ctx.svc, me(ctx), { name: body.name, locale: body.locale });
    return { redirect: '/account', notice: 'account.saved' };
  },
};

const back = (ctx: PageContext) => (
  <p>
    <a href={href(ctx, '/account')}>{ctx.i18n.t('account.back')}</a>
  </p>
);

export const passwordPage: FormDef<{ minLength: number }> = {
  path: '/account/password',
  signedIn: true,
  load: () => ({ minLength: PASSWORD_MIN }),
  title: (_d, { i18n }) => i18n.t('account.password.title'),
  view(_d, ctx) {
    const { t } = ctx.i18n;
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">{t('account.password.title')}</h1>
        <p>{t('account.password.text')}</p>
        {summary(ctx)}
        <Form action={href(ctx, '/account/password')} csrf={ctx.csrf}>
          <Field
            name="current"
            type="password"
            label={t('account.password.current')}
            autocomplete="current-password"
            required
            form={ctx.form}
          />
          <NewPasswordFields ctx={ctx} />
          <p>
            <button type="submit">{t('account.password.submit')}</button>
          </p>
        </Form>
        {back(ctx)}
      </section>
    );
  },
  async submit(ctx, body) {
    const userId = me(ctx);
    const password = checkNewPassword(body, (f) => {
      if (!body.current) f.add('current', 'required');
    });
    await users.changePassword(
      ctx.svc,
      userId,
      { current: body.current, password },
      ctx.req.ctx.sessionToken,
    );
    return { redirect: '/account', notice: 'account.password.changed' };
  },
};

/** POST only (button on the account page): ends every session of the account, this one included. */
export const sessionsForm: FormDef<Record<string, never>> = {
  path: '/account/sessions',
  signedIn: true,
  load: () => ({}),
  title: (_d, { i18n }) => i18n.t('account.sessions.title'),
  view: (_d, ctx) => (
    <>
      <h1>{ctx.i18n.t('account.sessions.title')}</h1>
      {summary(ctx)}
      {back(ctx)}
    </>
  ),
  async submit(ctx) {
    await users.logoutEverywhere(ctx.svc, me(ctx));
    return { redirect: '/login', notice: 'account.sessions.ended', before: clearSessionCookie };
  },
};

export const deactivatePage: FormDef<{ email: string }> = {
  path: '/account/deactivate',
  signedIn: true,
  load: (ctx) => ({ email: ctx.req.ctx.actor.email ?? '' }),
  title: (_d, { i18n }) => i18n.t('account.deactivate.title'),
  view(_d, ctx) {
    const { t } = ctx.i18n;
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">{t('account.deactivate.title')}</h1>
        <p id="deactivate-text">{t('account.deactivate.text')}</p>
        {summary(ctx)}
        <Form action={href(ctx, '/account/deactivate')} csrf={ctx.csrf}>
          <p>
            <button type="submit" class="danger" aria-describedby="deactivate-text">
              {t('account.deactivate.submit')}
            </button>
          </p>
        </Form>
        <p>
          <a href={href(ctx, '/account')}>{t('account.deactivate.cancel')}</a>
        </p>
      </section>
    );
  },
  async submit(ctx) {
    await users.setUserState(ctx.svc, me(ctx), 'deactivated');
    return { redirect: '/', notice: 'account.deactivate.done', before: clearSessionCookie };
  },
};

/** Opened from the invitation e-mail; the GET only shows a button (link scanners follow GETs). */
export const invitationPage: FormDef<{ hasToken: boolean }> = {
  path: '/invitations/accept',
  signedIn: true,
  load: (ctx) => ({ hasToken: param(ctx, 'token') !== '' }),
  title: (_d, { i18n }) => i18n.t('invitation.title'),
  view(data, ctx) {
    const { t } = ctx.i18n;
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">{t('invitation.title')}</h1>
        {summary(ctx)}
        {!data.hasToken ? (
          <p>{t('auth.link_missing')}</p>
        ) : (
          !ctx.form?.error && (
            <Form action={href(ctx, '/invitations/accept')} csrf={ctx.csrf}>
              <input type="hidden" name="token" value={param(ctx, 'token')} />
              <p>{t('invitation.text')}</p>
              <p>
                <button type="submit">{t('invitation.submit')}</button>
              </p>
            </Form>
          )
        )}
        {back(ctx)}
      </section>
    );
  },
  async submit(ctx, body) {
    me(ctx);
    await acceptInvitation(ctx.svc, body.token ?? '');
    return { redirect: '/account', notice: 'invitation.accepted' };
  },
};

export function registerAccountPages(app: FastifyInstance, options: PageOptions): void {
  registerForm(app, accountPage, options);
  registerForm(app, passwordPage, options);
  registerPostOnly(app, sessionsForm, options);
  registerForm(app, deactivatePage, options);
  registerForm(app, invitationPage, options);
}
