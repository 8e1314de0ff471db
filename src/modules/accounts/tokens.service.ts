// Personal API tokens: named, shown once, stored hashed, optional expiry, last use recorded, revocable.
import type { ServiceContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import { Fields } from '../../kernel/validate.ts';
import { audit } from './audit.ts';
import * as creds from './credentials.repo.ts';
import { authorize } from './policy.ts';
import { hashToken, newSecret } from './secrets.ts';

export const TOKEN_PREFIX = 'shf_';

export interface TokenView {
  id: string;
  name: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const present = (t: Awaited<ReturnType<typeof creds.listApiTokens>>[number]): TokenView => ({
  id: t.id,
  name: t.name,
  createdAt: t.created_at,
  expiresAt: t.expires_at,
  lastUsedAt: t.last_used_at,
  revokedAt: t.revoked_at,
});

export async function createApiToken(
  ctx: ServiceContext,
  userId: string,
  input: { name?: unknown; expiresInDays?: unknown },
): Promise<{ token: string; info: TokenView }> {
  authorize(ctx.actor, 'token:create', { userId });
  const f = new Fields();
  const name = f.text('name', input.name, { max: 100, required: true });
  let expiresAt: string | null = null;
  const days = input.expiresInDays === '' || input.expiresInDays == null ? null : Number(input.expiresInDays);
  if (days !== null) {
    if (!Number.isInteger(days)) f.add('expiresInDays', 'invalid_value');
    else if (days < 1) f.add('expiresInDays', 'too_small', { min: 1 });
    else if (days > 3650) f.add('expiresInDays', 'too_large', { max: 3650 });
    else expiresAt = new Date(Date.now() + days * 86_400_000).toISOString();
  }
  f.check();
  const token = newSecret(TOKEN_PREFIX);
  const row = await ctx.db.db.transaction().execute(async (tx) => {
    const r = await creds.insertApiToken(tx, { userId, name, tokenHash: hashToken(token), expiresAt });
    await audit(ctx, tx, 'token.created', { type: 'api_token', id: r.id }, { name, userId, expiresAt });
    return r;
  });
  return { token, info: present(row) };
}

export async function listApiTokens(ctx: ServiceContext, userId: string): Promise<TokenView[]> {
  authorize(ctx.actor, 'user:read', { userId });
  return (await creds.listApiTokens(ctx.db.db, userId)).map(present);
}

export async function revokeApiToken(ctx: ServiceContext, tokenId: string): Promise<void> {
  const row = await creds.findApiToken(ctx.db.db, tokenId);
  if (!row) throw new AppError('accounts.token_not_found');
  authorize(ctx.actor, 'token:revoke', { userId: row.user_id });
  if (row.revoked_at) return;
  await ctx.db.db.transaction().execute(async (tx) => {
    await creds.revokeApiToken(tx, tokenId);
    await audit(
      ctx,
      tx,
      'token.revoked',
      { type: 'api_token', id: tokenId },
      { name: row.name, userId: row.user_id },
    );
  });
}

/** Revokes the token given by its secret (CKAN's api_token_revoke with `token`). */
export async function revokeApiTokenBySecret(ctx: ServiceContext, secret: string): Promise<void> {
  const row = secret ? await creds.findApiTokenByHash(ctx.db.db, hashToken(secret)) : undefined;
  if (!row) throw new AppError('accounts.token_not_found');
  await revokeApiToken(ctx, row.id);
}
