// Members of an organisation: the list with roles (members and sysadmins), adding by e-mail, role changes,
// removal, invitations, pending membership requests; and the form to request membership.
import type { FastifyInstance } from 'fastify';
import type { OrgRole } from '../../../db/tables/accounts.ts';
import { ErrorSummary, Field, Form, Select } from '../../../web/components/form.tsx';
import { type PageContext, type PageOptions, registerForm } from '../../../web/page.ts';
import {
  decideMembership,
  getOrganization,
  inviteMember,
  listMembers,
  orgRoles,
  pick,
  removeMember,
  requestMembership,
  setMember,
  type Translated,
} from '../orgs.service.ts';
import { can } from '../policy.ts';
import { type RequestRow, RequestsSection } from './admin-member-requests.tsx';
import {
  ActButton,
  action,
  Breadcrumbs,
  dateTime,
  formOf,
  href,
  PostButton,
  param,
  RowSelect,
  renameFields,
  Section,
  seg,
  tk,
} from './admin-ui.tsx';

interface MembersData {
  organization: { id: string; name: string; title: Translated; state: string };
  /** null when the visitor may not see the members (not a member). */
  members: { userId: string; name: string; email: string; role: OrgRole; since: string }[] | null;
  requests: RequestRow[];
  can: { list: boolean; manage: boolean; decide: boolean; request: boolean };
}

const base = {
  signedIn: true,
  section: 'organizations' as const,
  async load(ctx: PageContext): Promise<MembersData> {
    const name = param(ctx, 'name');
    const org = await getOrganization(ctx.svc, name);
    const resource = { organizationId: org.id };
    const actor = ctx.svc.actor;
    const flags = {
      list: can(actor, 'member:list', resource),
      manage: can(actor, 'member:manage', resource),
      decide: can(actor, 'membership:decide', resource),
      request: can(actor, 'membership:request', resource),
    };
    const data: MembersData = {
      organization: { id: org.id, name: org.name, title: org.title, state: org.state },
      members: null,
      requests: [],
      can: flags,
    };
    if (flags.list) {
      const r = await listMembers(ctx.svc, name);
      data.members = r.members.map((m) => ({
        userId: m.user_id,
        name: m.name,
        email: m.email,
        role: m.role,
        since: m.created_at,
      }));
      data.requests = r.requests.map((q) => ({
        id: q.id,
        userId: q.user_id,
        name: q.name,
        email: q.email,
        message: q.message,
        createdAt: q.created_at,
      }));
    }
    return data;
  },
  title: (d: MembersData, { i18n }: PageContext) =>
    i18n.t('members.title_of', {
      organization: pick(d.organization.title, i18n.locale) || d.organization.name,
    }),
};

function view(data: MembersData, ctx: PageContext, active?: string) {
  const { i18n, csrf } = ctx;
  const { t } = i18n;
  const org = data.organization;
  const title = pick(org.title, i18n.locale) || org.name;
  const path = `/organizations/${seg(org.name)}`;
  const roleOptions = orgRoles.map((r) => ({ value: r, label: tk(i18n, `role.${r}`) }));
  const addForm = formOf(ctx, active, 'add');
  const inviteForm = formOf(ctx, active, 'invite');
  return (
    <>
      <Breadcrumbs
        i18n={i18n}
        items={[
          { href: href(i18n, '/organizations'), label: t('nav.organizations') },
          { href: href(i18n, path), label: title },
        ]}
      />
      <h1>{t('members.title_of', { organization: title })}</h1>
      <ErrorSummary form={ctx.form} title={t('page.error.fields')} />
      {data.members ? (
        <div class="table-wrap">
          <table class="data">
            <caption>{t('members.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.users.name')}</th>
                <th scope="col">{t('admin.users.email')}</th>
                <th scope="col">{t('admin.members.role')}</th>
                <th scope="col">{t('members.since')}</th>
                {data.can.manage && <th scope="col">{t('admin.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {data.members.map((m) => (
                <tr key={m.userId}>
                  <th scope="row">{m.name}</th>
                  <td dir="ltr">{m.email}</td>
                  <td>{tk(i18n, `role.${m.role}`)}</td>
                  <td>{dateTime(i18n, m.since)}</td>
                  {data.can.manage && (
                    <td>
                      <form method="post" action={href(i18n, `${path}/members/role`)} class="inline-form">
                        <input type="hidden" name="_csrf" value={csrf} />
                        <input type="hidden" name="email" value={m.email} />
                        <RowSelect
                          id={`role-${m.userId}`}
                          name="role"
                          label={t('members.role_of', { name: m.name })}
                          value={m.role}
                          options={roleOptions}
                        />{' '}
                        <ActButton label={t('members.change_role')} object={m.name} />
                      </form>{' '}
                      <PostButton
                        action={href(i18n, `${path}/members/remove`)}
                        csrf={csrf}
                        label={t('members.remove')}
                        object={m.name}
                        hidden={{ userId: m.userId }}
                        danger
                      />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t('members.private')}</p>
      )}
      {data.can.manage && (
        <>
          <Section id="add-title" title={t('members.add')}>
            <Form action={href(i18n, `${path}/members`)} csrf={csrf}>
              <Field
                name="email"
                type="email"
                label={t('admin.users.email')}
                hint={t('members.add_hint')}
                form={addForm}
                autocomplete="off"
                required
                dir="ltr"
              />
              <Select
                name="role"
                label={t('admin.members.role')}
                form={addForm}
                value="member"
                options={roleOptions}
              />
              <button type="submit">{t('members.add')}</button>
            </Form>
          </Section>
          <Section id="invite-title" title={t('members.invite')}>
            <Form action={href(i18n, `${path}/invitations`)} csrf={csrf}>
              <Field
                name="inviteEmail"
                type="email"
                label={t('admin.users.email')}
                hint={t('members.invite_hint')}
                form={inviteForm}
                autocomplete="off"
                required
                dir="ltr"
              />
              <Select
                name="inviteRole"
                label={t('admin.members.role')}
                form={inviteForm}
                value="member"
                options={roleOptions}
              />
              <button type="submit">{t('members.invite_send')}</button>
            </Form>
          </Section>
        </>
      )}
      {data.can.decide && (
        <RequestsSection
          i18n={i18n}
          csrf={csrf}
          path={path}
          requests={data.requests}
          roleOptions={roleOptions}
        />
      )}
      {data.can.request && !data.can.manage && (
        <Section id="join-title" title={t('members.join')}>
          <Form action={href(i18n, `${path}/join`)} csrf={csrf}>
            <Field
              name="message"
              label={t('members.join_message')}
              hint={t('members.join_hint')}
              form={formOf(ctx, active, 'join')}
              dir="auto"
              multiline
            />
            <button type="submit">{t('members.join_send')}</button>
          </Form>
        </Section>
      )}
    </>
  );
}

const back = (ctx: PageContext) => `/organizations/${seg(param(ctx, 'name'))}/members`;

export function registerAdminMembers(app: FastifyInstance, options: PageOptions): void {
  const form = (path: string, active: string, submit: Parameters<typeof action<MembersData>>[4]) =>
    registerForm(app, action(base, view, path, active, submit), options);
  form('/organizations/:name/members', 'add', async (ctx, body) => {
    await setMember(ctx.svc, param(ctx, 'name'), { email: body.email, role: body.role });
    return { redirect: back(ctx), notice: 'members.notice.added' };
  });
  form('/organizations/:name/members/role', 'role', async (ctx, body) => {
    await setMember(ctx.svc, param(ctx, 'name'), { email: body.email, role: body.role });
    return { redirect: back(ctx), notice: 'members.notice.role_changed' };
  });
  form('/organizations/:name/members/remove', 'remove', async (ctx, body) => {
    await removeMember(ctx.svc, param(ctx, 'name'), body.userId ?? '');
    return { redirect: back(ctx), notice: 'members.notice.removed' };
  });
  form('/organizations/:name/invitations', 'invite', async (ctx, body) => {
    try {
      await inviteMember(ctx.svc, param(ctx, 'name'), { email: body.inviteEmail, role: body.inviteRole });
    } catch (err) {
      throw renameFields(err, { email: 'inviteEmail', role: 'inviteRole' });
    }
    return { redirect: back(ctx), notice: 'members.notice.invited' };
  });
  form('/organizations/:name/requests/:id', 'decide', async (ctx, body) => {
    await decideMembership(ctx.svc, param(ctx, 'id'), { decision: body.decision, role: body.role });
    return {
      redirect: back(ctx),
      notice: body.decision === 'approve' ? 'members.notice.approved' : 'members.notice.rejected',
    };
  });
  form('/organizations/:name/join', 'join', async (ctx, body) => {
    await requestMembership(ctx.svc, param(ctx, 'name'), { message: body.message });
    return { redirect: back(ctx), notice: 'members.notice.requested' };
  });
}
