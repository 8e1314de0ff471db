// HTML forms of sign-in, sign-up, password reset and the user's own account (src/modules/accounts/pages).
import { isoAfter } from '../../../src/kernel/ids.ts';
import { insertEmailToken } from '../../../src/modules/accounts/credentials.repo.ts';
import { hashToken, newSecret } from '../../../src/modules/accounts/secrets.ts';
import { everyone, type Fixture, type MatrixEntry, type Role, signedIn } from '../matrix.ts';

const password = 'another-password-1';

/** An unused invitation to a fresh organisation for the acting user's address; returns the link's token. */
async function invitationFor(fx: Fixture, role: Role): Promise<string> {
  const email = fx.users[role === 'anonymous' ? 'user' : role].email;
  const org = await fx.newOrgOfA();
  const token = newSecret();
  await insertEmailToken(fx.db.db, {
    tokenHash: hashToken(token),
    purpose: 'invite',
    userId: null,
    email,
    data: { organizationId: org.id, role: 'member' },
    expiresAt: isoAfter(3600_000),
  });
  return token;
}

export const entries: MatrixEntry[] = [
  {
    method: 'POST',
    route: '/:lang/login',
    public: true,
    allow: everyone,
    request: (fx) => ({ url: '/en/login', form: { email: fx.users.user.email, password: fx.password } }),
  },
  {
    method: 'POST',
    route: '/:lang/signup',
    public: true,
    allow: everyone,
    request: (fx) => ({
      url: '/en/signup',
      form: { email: `${fx.unique('s')}@example.ma`, name: 'S', password, locale: 'fr' },
    }),
  },
  {
    method: 'POST',
    route: '/:lang/verify',
    public: true,
    allow: everyone,
    request: () => ({ url: '/en/verify', form: { token: 'x' } }),
  },
  {
    method: 'POST',
    route: '/:lang/password/forgot',
    public: true,
    allow: everyone,
    request: () => ({ url: '/en/password/forgot', form: { email: 'nobody@example.ma' } }),
  },
  {
    method: 'POST',
    route: '/:lang/password/reset',
    public: true,
    allow: everyone,
    request: () => ({ url: '/en/password/reset', form: { token: 'x', password, password2: password } }),
  },
  {
    method: 'POST',
    route: '/:lang/logout',
    public: true,
    allow: everyone,
    request: () => ({ url: '/en/logout', form: {} }),
  },
  {
    method: 'POST',
    route: '/:lang/account',
    allow: signedIn,
    request: (_fx, role) => ({ url: '/en/account', form: { name: `Matrix ${role}`, locale: 'en' } }),
  },
  {
    method: 'POST',
    route: '/:lang/account/password',
    allow: signedIn,
    request: (fx) => ({
      url: '/en/account/password',
      form: { current: fx.password, password, password2: password },
      actAs: 'fresh',
    }),
  },
  {
    method: 'POST',
    route: '/:lang/account/sessions',
    allow: signedIn,
    request: () => ({ url: '/en/account/sessions', form: {}, actAs: 'fresh' }),
  },
  {
    method: 'POST',
    route: '/:lang/account/deactivate',
    allow: signedIn,
    request: () => ({ url: '/en/account/deactivate', form: {}, actAs: 'fresh' }),
  },
  {
    method: 'POST',
    route: '/:lang/account/tokens',
    allow: signedIn,
    request: () => ({ url: '/en/account/tokens', form: { name: 'matrix', expiresInDays: '1' } }),
  },
  {
    method: 'POST',
    route: '/:lang/account/tokens/:id/revoke',
    allow: signedIn,
    request: async (fx, role) => ({
      url: `/en/account/tokens/${await fx.newToken(fx.users[role === 'anonymous' ? 'user' : role].id)}/revoke`,
      form: {},
    }),
  },
  {
    method: 'POST',
    route: '/:lang/invitations/accept',
    allow: signedIn,
    request: async (fx, role) => ({
      url: '/en/invitations/accept',
      form: { token: await invitationFor(fx, role) },
    }),
  },
];
