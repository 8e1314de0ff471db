// Helpers of the CKAN API tests: API tokens for test users, and calls the way CKAN clients make them.
import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from '../../../test/app.ts';
import { addMember, createOrg, createUser } from '../../../test/session.ts';
import { cliActor, tokens } from '../../modules/accounts/index.ts';
import { serviceContextFor } from '../../modules/catalog/test-kit.ts';

export interface ApiUser {
  id: string;
  email: string;
  token: string;
}

let n = 0;

export function ckanClient(get: () => TestApp) {
  /** A user with an API token (sysadmin on request). */
  const user = async (prefix: string, opts: { sysadmin?: boolean } = {}): Promise<ApiUser> => {
    const u = await createUser(get().db, { email: `${prefix}-${++n}@example.ma`, ...opts });
    const { token } = await tokens.createApiToken(serviceContextFor(get(), cliActor), u.id, { name: 'ckan' });
    return { id: u.id, email: u.email, token };
  };

  /** An organisation with an admin, an editor and a member, each with a token. */
  const organisation = async (name: string) => {
    const org = await createOrg(get().db, name, {
      fr: `Organisation ${name}`,
      en: `Organisation ${name}`,
      ar: `مؤسسة ${name}`,
    });
    const people = {} as Record<'admin' | 'editor' | 'member', ApiUser>;
    for (const role of ['admin', 'editor', 'member'] as const) {
      people[role] = await user(`${name}-${role}`);
      await addMember(get().db, org.id, people[role].id, role);
    }
    return { ...org, ...people };
  };

  /** POST a JSON body (the way ckanapi and ckan.js call every action). */
  const post = (action: string, body: unknown, as?: ApiUser | null, prefix = '/api/3/action') =>
    get().app.inject({
      method: 'POST',
      url: `${prefix}/${action}`,
      headers: { 'content-type': 'application/json', ...(as ? { authorization: as.token } : {}) },
      payload: JSON.stringify(body),
    });

  /** GET with query parameters. */
  const getAction = (action: string, query: Record<string, string> = {}, as?: ApiUser | null) =>
    get().app.inject({
      method: 'GET',
      url: `/api/3/action/${action}?${new URLSearchParams(query)}`,
      headers: as ? { authorization: as.token } : {},
    });

  return { user, organisation, post, get: getAction };
}

/** The result of a successful call (throws with the body otherwise). */
export function result<T = any>(res: LightMyRequestResponse): T {
  const body = res.json();
  if (res.statusCode !== 200 || body.success !== true)
    throw new Error(`expected success, got ${res.statusCode}: ${res.body.slice(0, 500)}`);
  return body.result as T;
}

/** The error dict of a failed call, checking the status and CKAN's __type. */
export function failure(res: LightMyRequestResponse, status: number, type: string): Record<string, any> {
  const body = res.json();
  if (res.statusCode !== status || body.success !== false || body.error?.__type !== type)
    throw new Error(`expected ${status} ${type}, got ${res.statusCode}: ${res.body.slice(0, 500)}`);
  return body.error;
}
