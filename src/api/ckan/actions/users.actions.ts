// User and token actions: user_show, api_token_create, api_token_list, api_token_revoke.
import type { ServiceContext } from '../../../context.ts';
import { AppError } from '../../../kernel/errors.ts';
import { tokens, usersService } from '../../../modules/accounts/index.ts';
import { ckanTime } from '../dicts.ts';
import { int, type Params, read, text } from '../params.ts';
import type { ActionTable } from './types.ts';

/** A user named by id, by e-mail, or the caller (`me`, or no id at all). */
async function userId(ctx: ServiceContext, key: string): Promise<string> {
  const a = ctx.actor;
  if (!key || key === 'me' || key === a.userId || (a.email && key.toLowerCase() === a.email)) {
    if (!a.userId) throw new AppError('auth.unauthenticated');
    return a.userId;
  }
  if (!key.includes('@')) return key;
  const found = await usersService.listUsers(ctx, { q: key, limit: 10, offset: 0 });
  const u = found.items.find((x) => x.email === key.toLowerCase());
  if (!u) throw new AppError('accounts.user_not_found', { email: key });
  return u.id;
}

const userKey = (params: Params, ...names: string[]) =>
  read((f) => names.map((n) => text(f, params, n, { max: 254 })).find(Boolean) ?? '');

export const userActions: ActionTable = {
  user_show: {
    write: false,
    help: 'A user (id or e-mail; the caller when omitted): only oneself, or anyone for sysadmins.',
    run: async ({ ctx, params }) => {
      const id = await userId(ctx, userKey(params, 'id', 'user_id'));
      const { user, memberships } = await usersService.getUser(ctx, id);
      return {
        id: user.id,
        name: user.id,
        fullname: user.name,
        display_name: user.name,
        email: user.email,
        state: user.state === 'deactivated' ? 'deleted' : user.state,
        sysadmin: user.sysadmin,
        created: ckanTime(user.createdAt),
        last_active: ckanTime(user.lastLoginAt),
        about: '',
        image_display_url: '',
        locale: user.locale,
        organizations: memberships.map((m) => ({ id: m.organizationId, name: m.name, capacity: m.role })),
      };
    },
  },
  api_token_create: {
    write: true,
    help: 'Creates an API token for a user (user: id or e-mail) named `name`; returns {token}, shown once.',
    fieldNames: { expiresInDays: 'expires_in' },
    run: async ({ ctx, params }) => {
      const id = await userId(ctx, userKey(params, 'user', 'user_id'));
      // expires_in counts `unit` seconds (ckanext-expire_api_token); our tokens expire after whole days.
      const p = read((f) => ({
        expiresIn: int(f, params, 'expires_in', { fallback: 0, min: 1 }),
        unit: int(f, params, 'unit', { fallback: 86_400, min: 1 }),
      }));
      const days = p.expiresIn ? Math.max(1, Math.ceil((p.expiresIn * p.unit) / 86_400)) : undefined;
      const created = await tokens.createApiToken(ctx, id, { name: params.name, expiresInDays: days });
      return { token: created.token };
    },
  },
  api_token_list: {
    write: false,
    help: 'The API tokens of a user (user: id or e-mail; the caller when omitted).',
    run: async ({ ctx, params }) => {
      const id = await userId(ctx, userKey(params, 'user', 'user_id'));
      return (await tokens.listApiTokens(ctx, id)).map((t) => ({
        id: t.id,
        name: t.name,
        user_id: id,
        created_at: ckanTime(t.createdAt),
        expires_at: ckanTime(t.expiresAt),
        last_access: ckanTime(t.lastUsedAt),
        revoked: t.revokedAt !== null,
      }));
    },
  },
  api_token_revoke: {
    write: true,
    help: 'Revokes an API token given by its id (jti) or by the token itself (token).',
    run: async ({ ctx, params }) => {
      const p = read((f) => ({
        jti: text(f, params, 'jti', { max: 200 }),
        token: text(f, params, 'token', { max: 500 }),
      }));
      if (p.jti) await tokens.revokeApiToken(ctx, p.jti);
      else if (p.token) await tokens.revokeApiTokenBySecret(ctx, p.token);
      else throw new AppError('http.validation', {}, { jti: { reason: 'required' } });
      return null;
    },
  },
};
