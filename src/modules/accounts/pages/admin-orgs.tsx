// Administration of organisations: the list (archived ones included for sysadmins) with the creation form,
// and one organisation's page with its edit form and the archive / restore buttons.
import type { FastifyInstance } from 'fastify';
import { Fields } from '../../../kernel/validate.ts';
import { ErrorSummary, Field, Form } from '../../../web/components/form.tsx';
import { type PageContext, type PageOptions, registerForm } from '../../../web/page.ts';
import { paging } from '../accounts.routes.ts';
import {
  createOrganization,
  getOrganization,
  listOrganizations,
  type OrgView,
  pick,
  setOrganizationState,
  updateOrganization,
} from '../orgs.service.ts';
import { authorize, can } from '../policy.ts';
import { OrgFields, orgInput } from './admin-org-fields.tsx';
import {
  action,
  Breadcrumbs,
  dateTime,
  formOf,
  href,
  Pager,
  PostButton,
  param,
  query,
  Section,
  seg,
  tk,
} from './admin-ui.tsx';

interface OrgsData {
  total: number;
  limit: number;
  offset: number;
  items: OrgView[];
}

const orgsBase = {
  signedIn: true,
  async load(ctx: PageContext): Promise<OrgsData> {
    authorize(ctx.svc.actor, 'organization:create', undefined);
    const pg = paging(query(ctx));
    return { ...(await listOrganizations(ctx.svc, pg)), ...pg };
  },
  title: (_d: OrgsData, { i18n }: PageContext) => i18n.t('admin.orgs.title'),
};

function orgsView(data: OrgsData, ctx: PageContext, active?: string) {
  const { i18n, csrf } = ctx;
  const { t } = i18n;
  const form = formOf(ctx, active, 'create');
  return (
    <>
      <Breadcrumbs i18n={i18n} items={[{ href: href(i18n, '/admin'), label: t('admin.title') }]} />
      <h1>{t('admin.orgs.title')}</h1>
      <ErrorSummary form={ctx.form} title={t('page.error.fields')} />
      <div class="table-wrap">
        <table class="data">
          <caption>{t('admin.orgs.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.orgs.org')}</th>
              <th scope="col">{t('admin.orgs.field.name')}</th>
              <th scope="col">{t('admin.orgs.field.kind')}</th>
              <th scope="col">{t('admin.users.state')}</th>
              <th scope="col">{t('admin.members.title')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((o) => {
              const title = pick(o.title, i18n.locale) || o.name;
              return (
                <tr key={o.id}>
                  <th scope="row">
                    <a href={href(i18n, `/admin/organizations/${seg(o.name)}`)}>{title}</a>
                  </th>
                  <td dir="ltr">
                    <code>{o.name}</code>
                  </td>
                  <td>{tk(i18n, `admin.kind.${o.kind}`)}</td>
                  <td>{tk(i18n, `admin.orgs.state.${o.state}`)}</td>
                  <td>
                    <a href={href(i18n, `/organizations/${seg(o.name)}/members`)}>
                      {t('admin.members.title')}
                      <span class="visually-hidden"> {title}</span>
                    </a>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {data.items.length === 0 && <p>{t('admin.orgs.none')}</p>}
      <Pager
        i18n={i18n}
        path="/admin/organizations"
        params={{}}
        total={data.total}
        limit={data.limit}
        offset={data.offset}
      />
      <Section id="create-title" title={t('admin.orgs.create')}>
        <Form action={href(i18n, '/admin/organizations')} csrf={csrf}>
          <Field
            name="name"
            label={t('admin.orgs.field.name')}
            hint={t('admin.orgs.field.name_hint')}
            form={form}
            required
            autocomplete="off"
            dir="ltr"
          />
          <OrgFields i18n={i18n} form={form} />
          <button type="submit">{t('admin.orgs.create')}</button>
        </Form>
      </Section>
    </>
  );
}

interface OrgData {
  organization: OrgView;
  can: { update: boolean; archive: boolean };
}

const orgBase = {
  signedIn: true,
  async load(ctx: PageContext): Promise<OrgData> {
    const organization = await getOrganization(ctx.svc, param(ctx, 'name'));
    const resource = { organizationId: organization.id };
    authorize(ctx.svc.actor, 'organization:update', resource);
    return {
      organization,
      can: {
        update: can(ctx.svc.actor, 'organization:update', resource),
        archive: can(ctx.svc.actor, 'organization:archive', resource),
      },
    };
  },
  title: (d: OrgData, { i18n }: PageContext) =>
    pick(d.organization.title, i18n.locale) || d.organization.name,
};

function orgView(data: OrgData, ctx: PageContext, active?: string) {
  const { i18n, csrf } = ctx;
  const { t } = i18n;
  const org = data.organization;
  const title = pick(org.title, i18n.locale) || org.name;
  const base = `/admin/organizations/${seg(org.name)}`;
  return (
    <>
      <Breadcrumbs
        i18n={i18n}
        items={[
          { href: href(i18n, '/admin'), label: t('admin.title') },
          { href: href(i18n, '/admin/organizations'), label: t('admin.orgs.title') },
        ]}
      />
      <h1>{title}</h1>
      <ErrorSummary form={ctx.form} title={t('page.error.fields')} />
      <dl class="facts">
        <dt>{t('admin.orgs.field.name')}</dt>
        <dd dir="ltr">
          <code>{org.name}</code>
        </dd>
        <dt>{t('admin.users.state')}</dt>
        <dd>{tk(i18n, `admin.orgs.state.${org.state}`)}</dd>
        <dt>{t('admin.users.created')}</dt>
        <dd>{dateTime(i18n, org.createdAt)}</dd>
        <dt>{t('admin.orgs.updated')}</dt>
        <dd>{dateTime(i18n, org.updatedAt)}</dd>
      </dl>
      <p>
        <a href={href(i18n, `/organizations/${seg(org.name)}/members`)}>{t('admin.orgs.manage_members')}</a>
        {' · '}
        <a href={href(i18n, `/admin/audit?target=${seg(org.id)}`)}>{t('admin.orgs.audit')}</a>
      </p>
      {data.can.update && (
        <Section id="edit-title" title={t('admin.orgs.edit')}>
          <Form action={href(i18n, base)} csrf={csrf}>
            <OrgFields i18n={i18n} form={formOf(ctx, active, 'edit')} org={org} />
            <button type="submit">{t('admin.save')}</button>
          </Form>
        </Section>
      )}
      {data.can.archive && (
        <Section id="archive-title" title={t('admin.orgs.state_title')}>
          <p>{t(org.state === 'active' ? 'admin.orgs.archive_help' : 'admin.orgs.restore_help')}</p>
          <PostButton
            action={href(i18n, `${base}/state`)}
            csrf={csrf}
            label={t(org.state === 'active' ? 'admin.orgs.archive' : 'admin.orgs.restore')}
            object={title}
            hidden={{ state: org.state === 'active' ? 'archived' : 'active' }}
            danger={org.state === 'active'}
          />
        </Section>
      )}
    </>
  );
}

export function registerAdminOrgs(app: FastifyInstance, options: PageOptions): void {
  registerForm(
    app,
    action(orgsBase, orgsView, '/admin/organizations', 'create', async (ctx, body) => {
      await createOrganization(ctx.svc, orgInput(body, true));
      return { redirect: '/admin/organizations', notice: 'admin.notice.org_created' };
    }),
    options,
  );
  registerForm(
    app,
    action(orgBase, orgView, '/admin/organizations/:name', 'edit', async (ctx, body) => {
      const org = await updateOrganization(ctx.svc, param(ctx, 'name'), orgInput(body, false));
      return { redirect: `/admin/organizations/${seg(org.name)}`, notice: 'admin.notice.org_updated' };
    }),
    options,
  );
  registerForm(
    app,
    action(orgBase, orgView, '/admin/organizations/:name/state', 'state', async (ctx, body) => {
      const f = new Fields();
      const state = f.oneOf('state', body.state, ['active', 'archived'] as const);
      f.check();
      const org = await setOrganizationState(ctx.svc, param(ctx, 'name'), state);
      return {
        redirect: `/admin/organizations/${seg(org.name)}`,
        notice: state === 'archived' ? 'admin.notice.org_archived' : 'admin.notice.org_restored',
      };
    }),
    options,
  );
}
