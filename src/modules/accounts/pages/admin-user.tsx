// Administration of one user: profile, memberships, platform roles, sysadmin rights and account state.
import type { FastifyInstance } from 'fastify';
import { isLocale, localeNames } from '../../../i18n/index.ts';
import { Fields } from '../../../kernel/validate.ts';
import { ErrorSummary, Field, Form, Select } from '../../../web/components/form.tsx';
import { type PageContext, type PageOptions, registerForm, registerPage } from '../../../web/page.ts';
import type { PlatformRole } from '../actor.ts';
import { listOrganizations, pick } from '../orgs.service.ts';
import { authorize, can } from '../policy.ts';
import {
  changeRole,
  getUser,
  platformRoles,
  roleScopes,
  setSysadmin,
  setUserState,
} from '../users.service.ts';
import {
  action,
  Breadcrumbs,
  dateTime,
  formOf,
  href,
  PostButton,
  page,
  param,
  renameFields,
  Section,
  seg,
  tk,
} from './admin-ui.tsx';

type UserDetail = Awaited<ReturnType<typeof getUser>>;
interface UserData extends UserDetail {
  /** Organisations for the scope of organisation roles. */
  organizations: { id: string; name: string; title: string }[];
  can: { grantRoles: boolean; manage: boolean; deactivate: boolean };
}

const userBase = {
  signedIn: true,
  async load(ctx: PageContext): Promise<UserData> {
    authorize(ctx.svc.actor, 'user:list', undefined);
    const id = param(ctx, 'id');
    const detail = await getUser(ctx.svc, id);
    const orgs = await listOrganizations(ctx.svc, { limit: 1000, offset: 0 });
    const actor = ctx.svc.actor;
    return {
      ...detail,
      organizations: orgs.items.map((o) => ({
        id: o.id,
        name: o.name,
        title: pick(o.title, ctx.i18n.locale),
      })),
      can: {
        grantRoles: can(actor, 'role:grant', undefined),
        manage: can(actor, 'user:manage', undefined),
        deactivate: can(actor, 'user:deactivate', { userId: id }),
      },
    };
  },
  title: (d: UserData) => d.user.name,
};

function userView(data: UserData, ctx: PageContext, active?: string) {
  const { i18n, csrf } = ctx;
  const { t } = i18n;
  const { user } = data;
  const base = `/admin/users/${seg(user.id)}`;
  const orgTitle = new Map(data.organizations.map((o) => [o.id, o.title]));
  const scopeLabel = (r: UserData['roles'][number]) =>
    r.scopeType === 'organization'
      ? (orgTitle.get(r.scopeId) ?? r.scopeId)
      : r.scopeType === 'commitment'
        ? t('admin.roles.commitment_scope', { id: r.scopeId })
        : t('admin.roles.platform_scope');
  const grantForm = formOf(ctx, active, 'grant');
  return (
    <>
      <Breadcrumbs
        i18n={i18n}
        items={[
          { href: href(i18n, '/admin'), label: t('admin.title') },
          { href: href(i18n, '/admin/users'), label: t('admin.users.title') },
        ]}
      />
      <h1>{user.name}</h1>
      <ErrorSummary form={ctx.form} title={t('page.error.fields')} />
      <Section id="profile-title" title={t('admin.user.profile')}>
        <dl class="facts">
          <dt>{t('admin.users.email')}</dt>
          <dd dir="ltr">{user.email}</dd>
          <dt>{t('admin.users.state')}</dt>
          <dd>{tk(i18n, `admin.state.${user.state}`)}</dd>
          <dt>{t('admin.user.locale')}</dt>
          <dd>{isLocale(user.locale) ? localeNames[user.locale] : user.locale}</dd>
          <dt>{t('role.sysadmin')}</dt>
          <dd>{user.sysadmin ? t('admin.yes') : t('admin.no')}</dd>
          <dt>{t('admin.user.verified')}</dt>
          <dd>{dateTime(i18n, user.emailVerifiedAt)}</dd>
          <dt>{t('admin.users.last_login')}</dt>
          <dd>{dateTime(i18n, user.lastLoginAt)}</dd>
          <dt>{t('admin.users.created')}</dt>
          <dd>{dateTime(i18n, user.createdAt)}</dd>
        </dl>
      </Section>
      <Section id="memberships-title" title={t('admin.user.memberships')}>
        {data.memberships.length === 0 ? (
          <p>{t('admin.user.no_memberships')}</p>
        ) : (
          <table class="data">
            <thead>
              <tr>
                <th scope="col">{t('admin.orgs.org')}</th>
                <th scope="col">{t('admin.members.role')}</th>
              </tr>
            </thead>
            <tbody>
              {data.memberships.map((m) => (
                <tr key={m.organizationId}>
                  <th scope="row">
                    <a href={href(i18n, `/organizations/${seg(m.name)}/members`)}>
                      {pick(m.title, i18n.locale) || m.name}
                    </a>
                  </th>
                  <td>{tk(i18n, `role.${m.role}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
      <Section id="roles-title" title={t('admin.user.roles')}>
        {data.roles.length === 0 ? (
          <p>{t('admin.user.no_roles')}</p>
        ) : (
          <table class="data">
            <thead>
              <tr>
                <th scope="col">{t('admin.roles.role')}</th>
                <th scope="col">{t('admin.roles.scope')}</th>
                {data.can.grantRoles && <th scope="col">{t('admin.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {data.roles.map((r) => (
                <tr key={`${r.role}:${r.scopeId}`}>
                  <th scope="row">{tk(i18n, `role.${r.role}`)}</th>
                  <td>{scopeLabel(r)}</td>
                  {data.can.grantRoles && (
                    <td>
                      <PostButton
                        action={href(i18n, `${base}/roles/revoke`)}
                        csrf={csrf}
                        label={t('admin.roles.revoke')}
                        object={`${tk(i18n, `role.${r.role}`)} — ${scopeLabel(r)}`}
                        hidden={{ role: r.role, scopeId: r.scopeId }}
                        danger
                      />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {data.can.grantRoles && (
          <Form action={href(i18n, `${base}/roles`)} csrf={csrf}>
            <h3>{t('admin.roles.grant_title')}</h3>
            <Select
              name="role"
              label={t('admin.roles.role')}
              form={grantForm}
              options={platformRoles.map((r) => ({ value: r, label: tk(i18n, `role.${r}`) }))}
            />
            <Select
              name="organization"
              label={t('admin.roles.organization')}
              form={grantForm}
              options={[
                { value: '', label: t('admin.roles.organization_none') },
                ...data.organizations.map((o) => ({ value: o.id, label: o.title || o.name })),
              ]}
            />
            <Field
              name="commitment"
              label={t('admin.roles.commitment')}
              hint={t('admin.roles.commitment_hint')}
              form={grantForm}
              dir="ltr"
            />
            <p class="hint">{t('admin.roles.scope_hint')}</p>
            <button type="submit">{t('admin.roles.grant')}</button>
          </Form>
        )}
      </Section>
      {data.can.grantRoles && (
        <Section id="sysadmin-title" title={t('role.sysadmin')}>
          <PostButton
            action={href(i18n, `${base}/sysadmin`)}
            csrf={csrf}
            label={user.sysadmin ? t('admin.user.sysadmin_revoke') : t('admin.user.sysadmin_grant')}
            object={user.name}
            hidden={{ value: user.sysadmin ? 'false' : 'true' }}
            danger={user.sysadmin}
          />
        </Section>
      )}
      {(data.can.manage || data.can.deactivate) && (
        <Section id="state-title" title={t('admin.user.state_title')}>
          {user.state !== 'deactivated' && data.can.deactivate && (
            <PostButton
              action={href(i18n, `${base}/state`)}
              csrf={csrf}
              label={t('admin.user.deactivate')}
              object={user.name}
              hidden={{ state: 'deactivated' }}
              danger
            />
          )}
          {user.state !== 'active' && data.can.manage && (
            <PostButton
              action={href(i18n, `${base}/state`)}
              csrf={csrf}
              label={t('admin.user.reactivate')}
              object={user.name}
              hidden={{ state: 'active' }}
            />
          )}
        </Section>
      )}
      <p>
        <a href={href(i18n, `/admin/audit?target=${seg(user.id)}`)}>{t('admin.user.audit')}</a>
      </p>
    </>
  );
}

const back = (ctx: PageContext) => `/admin/users/${seg(param(ctx, 'id'))}`;

export function registerAdminUser(app: FastifyInstance, options: PageOptions): void {
  registerPage(app, page({ ...userBase, path: '/admin/users/:id' }, userView), options);
  registerForm(
    app,
    action(userBase, userView, '/admin/users/:id/roles', 'grant', async (ctx, body) => {
      const scope = roleScopes[body.role as PlatformRole];
      const scopeField = scope === 'commitment' ? 'commitment' : 'organization';
      try {
        await changeRole(ctx.svc, param(ctx, 'id'), {
          role: body.role,
          scopeId: scope === 'platform' ? '' : body[scopeField],
          grant: true,
        });
      } catch (err) {
        throw renameFields(err, { scopeId: scopeField });
      }
      return { redirect: back(ctx), notice: 'admin.notice.role_granted' };
    }),
    options,
  );
  registerForm(
    app,
    action(userBase, userView, '/admin/users/:id/roles/revoke', 'revoke', async (ctx, body) => {
      await changeRole(ctx.svc, param(ctx, 'id'), { role: body.role, scopeId: body.scopeId, grant: false });
      return { redirect: back(ctx), notice: 'admin.notice.role_revoked' };
    }),
    options,
  );
  registerForm(
    app,
    action(userBase, userView, '/admin/users/:id/sysadmin', 'sysadmin', async (ctx, body) => {
      const f = new Fields();
      const value = f.oneOf('value', body.value, ['true', 'false'] as const);
      f.check();
      await setSysadmin(ctx.svc, param(ctx, 'id'), value === 'true');
      return {
        redirect: back(ctx),
        notice: value === 'true' ? 'admin.notice.sysadmin_granted' : 'admin.notice.sysadmin_revoked',
      };
    }),
    options,
  );
  registerForm(
    app,
    action(userBase, userView, '/admin/users/:id/state', 'state', async (ctx, body) => {
      const f = new Fields();
      const state = f.oneOf('state', body.state, ['active', 'deactivated'] as const);
      f.check();
      await setUserState(ctx.svc, param(ctx, 'id'), state);
      return {
        redirect: back(ctx),
        notice: state === 'active' ? 'admin.notice.user_reactivated' : 'admin.notice.user_deactivated',
      };
    }),
    options,
  );
}
