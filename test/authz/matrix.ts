// The authorization matrix: every write route (REST and HTML forms) × every role, allow or deny.
// Each area lists its routes in test/authz/entries/<area>.ts; matrix.test.ts fails for a write route
// without an entry.
import type { FastifyInstance } from 'fastify';
import type { TestDb } from '../db.ts';

export const roles = ['anonymous', 'user', 'member', 'editor', 'admin', 'otherAdmin', 'sysadmin'] as const;
export type Role = (typeof roles)[number];

export interface Fixture {
  app: FastifyInstance;
  db: TestDb;
  /** Organisation A: `member`, `editor` and `admin` are its members with those roles. */
  orgA: { id: string; name: string };
  /** Organisation B: `otherAdmin` is its admin. */
  orgB: { id: string; name: string };
  /** The user acting in the current request (null for anonymous). */
  users: Record<Exclude<Role, 'anonymous'>, { id: string; email: string }>;
  /** A fresh active user (fast: no password hashing), for routes that consume their target. */
  newUser(): Promise<{ id: string; email: string }>;
  /** A fresh organisation where `admin` is admin too, for routes that consume their target. */
  newOrgOfA(): Promise<{ id: string; name: string }>;
  /** A fresh API token of the given user; returns the token id. */
  newToken(userId: string): Promise<string>;
  /** A fresh user who is a `member` of organisation A. */
  newMemberOfA(): Promise<{ id: string; email: string }>;
  /** A fresh pending membership request of a fresh user for organisation A; returns its id. */
  newRequestForA(): Promise<string>;
  /** A unique string for names and e-mails. */
  unique(prefix: string): string;
  /** The password of every fixture user. */
  password: string;
}

export interface MatrixRequest {
  /** Concrete URL, e.g. `/api/v1/organizations/org-a` or `/en/account`. */
  url: string;
  /** JSON body (REST). */
  json?: Record<string, unknown>;
  /** Form body (HTML forms; the CSRF token is added by the test). */
  form?: Record<string, string>;
  /** Multipart body (file uploads): one file part, after the text `fields`. */
  multipart?: {
    field: string;
    filename: string;
    content: Buffer;
    contentType: string;
    fields?: Record<string, string>;
  };
  /**
   * `fresh`: act as a new user signed in for this request only (for actions on one's own account that
   * would spoil the role's fixture user: password change, deactivation). Anonymous stays anonymous.
   */
  actAs?: 'fresh';
}

export interface MatrixEntry {
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The route as registered, e.g. `/api/v1/organizations/:name` or `/:lang/account`. */
  route: string;
  /** Roles that may do it; every other role must be refused. */
  allow: readonly Role[];
  /** Builds a valid request for `role` (fresh targets where the action consumes them). */
  request(fx: Fixture, role: Role): Promise<MatrixRequest> | MatrixRequest;
  /** Routes that anyone may call (sign-in, sign-up…): they are listed but not role-checked. */
  public?: boolean;
  /** How anonymous callers are refused: 401 (sign in) by default; CKAN's API answers 403 to everyone. */
  anonymousStatus?: 401 | 403;
}

export const everyone: readonly Role[] = roles;
export const signedIn: readonly Role[] = roles.filter((r) => r !== 'anonymous');
export const sysadminOnly: readonly Role[] = ['sysadmin'];
/** Admin of the target organisation (A) or sysadmin. */
export const orgAdmins: readonly Role[] = ['admin', 'sysadmin'];
