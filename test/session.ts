// Acting as a user in tests: a real session (sign-in through the REST route) and a valid CSRF pair.
import { createHmac, randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { hashPassword } from '../src/modules/accounts/secrets.ts';
import type { TestDb } from './db.ts';

export interface Browser {
  /** Cookie header to send (session + CSRF cookie). */
  cookie: string;
  /** The CSRF token matching the cookie, for `_csrf` form fields or the X-CSRF-Token header. */
  csrf: string;
}

/** A CSRF cookie and its token, as a browser that loaded a page would have. */
export async function anonymousBrowser(app: FastifyInstance): Promise<Browser> {
  const cookie = randomBytes(24).toString('base64url');
  const csrf = createHmac('sha256', await app.secretKey())
    .update(cookie)
    .digest('base64url');
  return { cookie: `csrf=${cookie}`, csrf };
}

/** Signs in through POST /api/v1/auth/login and returns the browser state. */
export async function signIn(app: FastifyInstance, email: string, password: string): Promise<Browser> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in failed for ${email}: ${res.statusCode} ${res.body}`);
  const sid = /sid=([^;]+)/.exec(String(res.headers['set-cookie']))?.[1];
  const b = await anonymousBrowser(app);
  return { cookie: `${b.cookie}; sid=${sid}`, csrf: b.csrf };
}

let cachedHash: { password: string; hash: Promise<string> } | null = null;

/** Inserts an active, verified user directly (one scrypt hash shared by all test users: fast). */
export async function createUser(
  db: TestDb,
  opts: {
    email: string;
    name?: string;
    sysadmin?: boolean;
    password?: string;
    state?: 'active' | 'pending' | 'deactivated';
  },
): Promise<{ id: string; email: string; password: string }> {
  const password = opts.password ?? 'test-password-123';
  if (!cachedHash || cachedHash.password !== password)
    cachedHash = { password, hash: hashPassword(password) };
  const id = crypto.randomUUID();
  const now = new Date().toISOString();
  await db.db
    .insertInto('users')
    .values({
      id,
      email: opts.email.toLowerCase(),
      name: opts.name ?? opts.email.split('@')[0]!,
      password_hash: await cachedHash.hash,
      locale: 'en',
      state: opts.state ?? 'active',
      sysadmin: opts.sysadmin ? 1 : 0,
      email_verified_at: now,
      failed_logins: 0,
      locked_until: null,
      last_login_at: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { id, email: opts.email.toLowerCase(), password };
}

/** Inserts an organisation directly. */
export async function createOrg(db: TestDb, name: string, title = { en: name, fr: name, ar: name }) {
  const id = crypto.randomUUID();
  const now = new Date().toISOString();
  await db.db
    .insertInto('organizations')
    .values({
      id,
      name,
      title: JSON.stringify(title),
      description: '{}',
      kind: 'ministry',
      website: null,
      email: null,
      state: 'active',
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { id, name };
}

export async function addMember(
  db: TestDb,
  orgId: string,
  userId: string,
  role: 'admin' | 'editor' | 'member',
) {
  await db.db
    .insertInto('memberships')
    .values({ organization_id: orgId, user_id: userId, role, created_at: new Date().toISOString() })
    .execute();
}
