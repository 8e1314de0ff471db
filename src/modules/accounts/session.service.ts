// Who is calling: a session cookie or an API token becomes an Actor, or the request is anonymous.
import type { Services } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import { actorForUser } from './actor.repo.ts';
import type { Actor } from './actor.ts';
import * as creds from './credentials.repo.ts';
import { hashToken } from './secrets.ts';
import { findUserById } from './users.repo.ts';

const TOUCH_EVERY_MS = 60_000;

/** The actor of a session token, or null when the session is unknown, idle too long, past its end, or its user is gone. */
export async function actorFromSession(s: Services, token: string): Promise<Actor | null> {
  const db = s.db.db;
  const idHash = hashToken(token);
  const session = await creds.findSession(db, idHash);
  if (!session) return null;
  const now = Date.now();
  const idleLimit = Date.parse(session.last_seen_at) + s.config.SESSION_IDLE_MINUTES * 60_000;
  if (now > idleLimit || now > Date.parse(session.expires_at)) {
    await creds.deleteSession(db, idHash);
    return null;
  }
  const user = await findUserById(db, session.user_id);
  if (user?.state !== 'active') return null;
  if (now - Date.parse(session.last_seen_at) > TOUCH_EVERY_MS) await creds.touchSession(db, idHash);
  return actorForUser(db, user, 'session');
}

/** The actor of an API token; an unknown, expired or revoked token is an error (never silently anonymous). */
export async function actorFromApiToken(s: Services, token: string): Promise<Actor> {
  const db = s.db.db;
  const row = await creds.findApiTokenByHash(db, hashToken(token));
  if (!row || row.revoked_at || (row.expires_at && Date.parse(row.expires_at) <= Date.now()))
    throw new AppError('auth.token_invalid');
  const user = await findUserById(db, row.user_id);
  if (user?.state !== 'active') throw new AppError('auth.token_invalid');
  if (!row.last_used_at || Date.now() - Date.parse(row.last_used_at) > TOUCH_EVERY_MS)
    await creds.markTokenUsed(db, row.id);
  return actorForUser(db, user, 'token');
}
