// HTML forms of the administration pages (src/modules/accounts/pages/admin-*.tsx).
import type { MatrixEntry, Role } from '../matrix.ts';
import { orgAdmins, sysadminOnly } from '../matrix.ts';

/** membership:request: signed in and not a member of the organisation (sysadmins are not members of A). */
const nonMembersOfA: readonly Role[] = ['user', 'otherAdmin', 'sysadmin'];

export const entries: MatrixEntry[] = [
  // Users and platform roles
  {
    method: 'POST',
    route: '/:lang/admin/users/:id/roles',
    allow: sysadminOnly,
    request: async (fx) => ({
      url: `/en/admin/users/${(await fx.newUser()).id}/roles`,
      form: { role: 'data_manager', organization: fx.orgA.id, commitment: '' },
    }),
  },
  {
    method: 'POST',
    route: '/:lang/admin/users/:id/roles/revoke',
    allow: sysadminOnly,
    request: async (fx) => ({
      url: `/en/admin/users/${(await fx.newUser()).id}/roles/revoke`,
      form: { role: 'moderator', scopeId: '' },
    }),
  },
  {
    method: 'POST',
    route: '/:lang/admin/users/:id/sysadmin',
    allow: sysadminOnly,
    request: async (fx) => ({
      url: `/en/admin/users/${(await fx.newUser()).id}/sysadmin`,
      form: { value: 'false' },
    }),
  },
  {
    method: 'POST',
    route: '/:lang/admin/users/:id/state',
    allow: sysadminOnly,
    request: async (fx) => ({
      url: `/en/admin/users/${(await fx.newUser()).id}/state`,
      form: { state: 'deactivated' },
    }),
  },

  // Organisations
  {
    method: 'POST',
    route: '/:lang/admin/organizations',
    allow: sysadminOnly,
    request: (fx) => ({
      url: '/en/admin/organizations',
      form: {
        name: fx.unique('org-new'),
        'title.en': 'New organisation',
        'title.ar': 'مؤسسة جديدة',
        kind: 'agency',
      },
    }),
  },
  {
    method: 'POST',
    route: '/:lang/admin/organizations/:name',
    allow: orgAdmins,
    request: async (fx) => ({
      url: `/en/admin/organizations/${(await fx.newOrgOfA()).name}`,
      form: { 'title.fr': 'Organisation modifiée', kind: 'ministry', website: '', email: '' },
    }),
  },
  {
    method: 'POST',
    route: '/:lang/admin/organizations/:name/state',
    allow: sysadminOnly,
    request: async (fx) => ({
      url: `/en/admin/organizations/${(await fx.newOrgOfA()).name}/state`,
      form: { state: 'archived' },
    }),
  },

  // Members of an organisation
  {
    method: 'POST',
    route: '/:lang/organizations/:name/members',
    allow: orgAdmins,
    request: async (fx) => ({
      url: `/en/organizations/${fx.orgA.name}/members`,
      form: { email: (await fx.newUser()).email, role: 'member' },
    }),
  },
  {
    method: 'POST',
    route: '/:lang/organizations/:name/members/role',
    allow: orgAdmins,
    request: async (fx) => ({
      url: `/en/organizations/${fx.orgA.name}/members/role`,
      form: { email: (await fx.newMemberOfA()).email, role: 'editor' },
    }),
  },
  {
    method: 'POST',
    route: '/:lang/organizations/:name/members/remove',
    allow: orgAdmins,
    request: async (fx) => ({
      url: `/en/organizations/${fx.orgA.name}/members/remove`,
      form: { userId: (await fx.newMemberOfA()).id },
    }),
  },
  {
    method: 'POST',
    route: '/:lang/organizations/:name/invitations',
    allow: orgAdmins,
    request: (fx) => ({
      url: `/en/organizations/${fx.orgA.name}/invitations`,
      form: { inviteEmail: `${fx.unique('invitee')}@example.ma`, inviteRole: 'member' },
    }),
  },
  {
    method: 'POST',
    route: '/:lang/organizations/:name/requests/:id',
    allow: orgAdmins,
    request: async (fx) => ({
      url: `/en/organizations/${fx.orgA.name}/requests/${await fx.newRequestForA()}`,
      form: { decision: 'approve', role: 'member' },
    }),
  },
  {
    method: 'POST',
    route: '/:lang/organizations/:name/join',
    allow: nonMembersOfA,
    request: (fx) => ({
      url: `/en/organizations/${fx.orgA.name}/join`,
      form: { message: 'I work with this organisation.' },
    }),
  },
];
