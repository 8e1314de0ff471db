// Sessions, API tokens and single-use e-mail tokens: all stored as hashes.
import type { EmailTokensTable } from '../../db/tables/accounts.ts';
import type { Executor } from '../../db/types.ts';
import { newId, nowIso } from '../../kernel/ids.ts';

export async function insertSession(
  db: Executor,
  s: { idHash: string; userId: string; ip: string | null; userAgent: string | null; expiresAt: string },
) {
  const now = nowIso();
  await db
    .insertInto('sessions')
    .values({
      id_hash: s.idHash,
      user_id: s.userId,
      ip: s.ip,
      user_agent: s.userAgent?.slice(0, 300) ?? null,
      created_at: now,
      last_seen_at: now,
      expires_at: s.expiresAt,
    })
    .execute();
}

export function findSession(db: Executor, idHash: string) {
  return db.selectFrom('sessions').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
}

export async function touchSession(db: Executor, idHash: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: nowIso() }).where('id_hash', '=', idHash).execute();
}

export async function deleteSession(db: Executor, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

export async function deleteUserSessions(db: Executor, userId: string): Promise<number> {
  const r = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function insertApiToken(
  db: Executor,
  t: { userId: string; name: string; tokenHash: string; expiresAt: string | null },
) {
  return db
    .insertInto('api_tokens')
    .values({
      id: newId(),
      user_id: t.userId,
      name: t.name,
      token_hash: t.tokenHash,
      created_at: nowIso(),
      expires_at: t.expiresAt,
      last_used_at: null,
      revoked_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findApiTokenByHash(db: Executor, tokenHash: string) {
  return db.selectFrom('api_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

export function findApiToken(db: Executor, id: string) {
  return db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listApiTokens(db: Executor, userId: string) {
  return db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'created_at', 'expires_at', 'last_used_at', 'revoked_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .execute();
}

export async function markTokenUsed(db: Executor, id: string): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: nowIso() }).where('id', '=', id).execute();
}

export async function revokeApiToken(db: Executor, id: string): Promise<void> {
  await db.updateTable('api_tokens').set({ revoked_at: nowIso() }).where('id', '=', id).execute();
}

export async function insertEmailToken(
  db: Executor,
  t: {
    tokenHash: string;
    purpose: EmailTokensTable['purpose'];
    userId: string | null;
    email: string;
    data: unknown;
    expiresAt: string;
  },
) {
  await db
    .insertInto('email_tokens')
    .values({
      token_hash: t.tokenHash,
      purpose: t.purpose,
      user_id: t.userId,
      email: t.email,
      data: JSON.stringify(t.data ?? {}),
      created_at: nowIso(),
      expires_at: t.expiresAt,
      used_at: null,
    })
    .execute();
}

/** Marks a token used, once: returns it only when it was unused and unexpired (atomic). */
export async function consumeEmailToken(
  db: Executor,
  tokenHash: string,
  purpose: EmailTokensTable['purpose'],
) {
  const now = nowIso();
  return db
    .updateTable('email_tokens')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returningAll()
    .executeTakeFirst();
}

export function findEmailToken(db: Executor, tokenHash: string) {
  return db.selectFrom('email_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}
