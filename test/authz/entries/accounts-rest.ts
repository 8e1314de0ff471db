import { type MatrixEntry, orgAdmins, signedIn, sysadminOnly } from '../matrix.ts';

const password = 'another-password-1';

export const entries: MatrixEntry[] = [
  {
    method: 'POST',
    route: '/api/v1/auth/signup',
    public: true,
    allow: [],
    request: (fx) => ({
      url: '/api/v1/auth/signup',
      json: { email: `${fx.unique('s')}@example.ma`, name: 'S', password },
    }),
  },
  {
    method: 'POST',
    route: '/api/v1/auth/verify',
    public: true,
    allow: [],
    request: () => ({ url: '/api/v1/auth/verify', json: { token: 'x' } }),
  },
  {
    method: 'POST',
    route: '/api/v1/auth/login',
    public: true,
    allow: [],
    request: (fx) => ({
      url: '/api/v1/auth/login',
      json: { email: fx.users.user.email, password: fx.password },
    }),
  },
  {
    method: 'POST',
    route: '/api/v1/auth/logout',
    public: true,
    allow: [],
    request: () => ({ url: '/api/v1/auth/logout', json: {} }),
  },
  {
    method: 'POST',
    route: '/api/v1/auth/password/forgot',
    public: true,
    allow: [],
    request: () => ({ url: '/api/v1/auth/password/forgot', json: { email: 'nobody@example.ma' } }),
  },
  {
    method: 'POST',
    route: '/api/v1/auth/password/reset',
    public: true,
    allow: [],
    request: () => ({ url: '/api/v1/auth/password/reset', json: { token: 'x', password } }),
  },
  {
    method: 'PATCH',
    route: '/api/v1/users/:id',
    allow: ['user', 'sysadmin'],
    request: (fx) => ({
      url: `/api/v1/users/${fx.users.user.id}`,
      json: { name: 'Plain user', locale: 'fr' },
    }),
  },
  {
    method: 'POST',
    route: '/api/v1/users/:id/password',
    allow: signedIn,
    request: (fx) => ({
      url: '/api/v1/users/me/password',
      json: { current: fx.password, password },
      actAs: 'fresh',
    }),
  },
  {
    method: 'POST',
    route: '/api/v1/users/:id/sessions/revoke',
    allow: ['user', 'sysadmin'],
    request: (fx) => ({ url: `/api/v1/users/${fx.users.user.id}/sessions/revoke`, json: {} }),
  },
  {
    method: 'POST',
    route: '/api/v1/users/:id/deactivate',
    allow: sysadminOnly,
    request: async (fx) => ({ url: `/api/v1/users/${(await fx.newUser()).id}/deactivate`, json: {} }),
  },
  {
    method: 'POST',
    route: '/api/v1/users/:id/reactivate',
    allow: sysadminOnly,
    request: async (fx) => ({ url: `/api/v1/users/${(await fx.newUser()).id}/reactivate`, json: {} }),
  },
  {
    method: 'PUT',
    route: '/api/v1/users/:id/sysadmin',
    allow: sysadminOnly,
    request: async (fx) => ({
      url: `/api/v1/users/${(await fx.newUser()).id}/sysadmin`,
      json: { value: true },
    }),
  },
  {
    method: 'POST',
    route: '/api/v1/users/:id/roles',
    allow: sysadminOnly,
    request: async (fx) => ({
      url: `/api/v1/users/${(await fx.newUser()).id}/roles`,
      json: { role: 'moderator' },
    }),
  },
  {
    method: 'POST',
    route: '/api/v1/users/:id/roles/revoke',
    allow: sysadminOnly,
    request: async (fx) => ({
      url: `/api/v1/users/${(await fx.newUser()).id}/roles/revoke`,
      json: { role: 'moderator' },
    }),
  },
  {
    method: 'POST',
    route: '/api/v1/users/:id/tokens',
    allow: ['user', 'sysadmin'],
    request: (fx) => ({ url: `/api/v1/users/${fx.users.user.id}/tokens`, json: { name: 'matrix' } }),
  },
  {
    method: 'DELETE',
    route: '/api/v1/tokens/:id',
    allow: ['user', 'sysadmin'],
    request: async (fx) => ({ url: `/api/v1/tokens/${await fx.newToken(fx.users.user.id)}` }),
  },
  {
    method: 'POST',
    route: '/api/v1/organizations',
    allow: sysadminOnly,
    request: (fx) => ({
      url: '/api/v1/organizations',
      json: { name: fx.unique('org'), title: { fr: 'Organisation' } },
    }),
  },
  {
    method: 'PATCH',
    route: '/api/v1/organizations/:name',
    allow: orgAdmins,
    request: (fx) => ({
      url: `/api/v1/organizations/${fx.orgA.name}`,
      json: { title: { en: 'Organisation A' } },
    }),
  },
  {
    method: 'POST',
    route: '/api/v1/organizations/:name/archive',
    allow: sysadminOnly,
    request: async (fx) => ({
      url: `/api/v1/organizations/${(await fx.newOrgOfA()).name}/archive`,
      json: {},
    }),
  },
  {
    method: 'POST',
    route: '/api/v1/organizations/:name/restore',
    allow: sysadminOnly,
    request: async (fx) => ({
      url: `/api/v1/organizations/${(await fx.newOrgOfA()).name}/restore`,
      json: {},
    }),
  },
  {
    method: 'PUT',
    route: '/api/v1/organizations/:name/members',
    allow: orgAdmins,
    request: async (fx) => ({
      url: `/api/v1/organizations/${fx.orgA.name}/members`,
      json: { email: (await fx.newUser()).email, role: 'editor' },
    }),
  },
  {
    method: 'DELETE',
    route: '/api/v1/organizations/:name/members/:userId',
    allow: orgAdmins,
    request: async (fx) => ({
      url: `/api/v1/organizations/${fx.orgA.name}/members/${(await fx.newMemberOfA()).id}`,
    }),
  },
  {
    method: 'POST',
    route: '/api/v1/organizations/:name/invitations',
    allow: orgAdmins,
    request: (fx) => ({
      url: `/api/v1/organizations/${fx.orgA.name}/invitations`,
      json: { email: `${fx.unique('inv')}@example.ma`, role: 'member' },
    }),
  },
  {
    method: 'POST',
    route: '/api/v1/invitations/accept',
    // Signed-in users may try (a bad token then answers auth.link_invalid); anonymous callers are refused.
    allow: signedIn,
    request: () => ({ url: '/api/v1/invitations/accept', json: { token: 'not-a-token' } }),
  },
  {
    method: 'POST',
    route: '/api/v1/organizations/:name/membership-requests',
    allow: ['user', 'otherAdmin', 'sysadmin'],
    request: (fx) => ({
      url: `/api/v1/organizations/${fx.orgA.name}/membership-requests`,
      json: { message: 'Hello' },
    }),
  },
  {
    method: 'POST',
    route: '/api/v1/membership-requests/:id/decision',
    allow: orgAdmins,
    request: async (fx) => ({
      url: `/api/v1/membership-requests/${await fx.newRequestForA()}/decision`,
      json: { decision: 'approve', role: 'member' },
    }),
  },
];
