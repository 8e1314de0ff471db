// Test helpers for the catalogue's REST tests: calls as a signed-in user, organisations with roles, row counts.
import type { TestApp } from '../../../test/app.ts';
import { addMember, anonymousBrowser, createOrg, createUser, signIn } from '../../../test/session.ts';
import { configWith } from '../../config.ts';
import type { ServiceContext } from '../../context.ts';
import { silentLog } from '../../kernel/log.ts';
import type { Actor } from '../accounts/index.ts';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export interface Caller {
  id: string;
  email: string;
  headers: Record<string, string>;
}

export const limits = { RATE_LIMIT_LOGIN_PER_MINUTE: 100000, RATE_LIMIT_WRITES_PER_MINUTE: 100000 };

export function restClient(get: () => TestApp) {
  const call = (method: Method, url: string, as: Caller | null = null, body?: unknown) =>
    get().app.inject({
      method,
      url,
      headers: {
        ...(as?.headers ?? {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      payload: body === undefined ? undefined : JSON.stringify(body),
    });

  /** A plain HTML form post (URL-encoded fields) as `as`. */
  const form = (url: string, as: Caller, fields: [string, string][] = []) =>
    get().app.inject({
      method: 'POST',
      url,
      headers: { ...as.headers, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams(fields).toString(),
    });

  /** A signed-in user (session cookie + CSRF header). */
  const user = async (email: string, opts: { sysadmin?: boolean; name?: string } = {}): Promise<Caller> => {
    const u = await createUser(get().db, { email, ...opts });
    const b = await signIn(get().app, u.email, u.password);
    return { id: u.id, email: u.email, headers: { cookie: b.cookie, 'x-csrf-token': b.csrf } };
  };

  /** An anonymous visitor with a CSRF pair (so that writes are refused for the right reason: 401). */
  const anonymous = async (): Promise<Caller> => {
    const b = await anonymousBrowser(get().app);
    return { id: '', email: 'anonymous', headers: { cookie: b.cookie, 'x-csrf-token': b.csrf } };
  };

  /** An organisation and one signed-in user per role (`prefix-admin@…`, `prefix-editor@…`, `prefix-member@…`). */
  const organisation = async (name: string) => {
    const org = await createOrg(get().db, name, { fr: `Organisation ${name}`, ar: name, en: name });
    const people: Record<'admin' | 'editor' | 'member', Caller> = {} as never;
    for (const role of ['admin', 'editor', 'member'] as const) {
      people[role] = await user(`${name}-${role}@example.ma`, { name: `${name} ${role}` });
      await addMember(get().db, org.id, people[role].id, role);
    }
    return { ...org, ...people };
  };

  /** Rows in every catalogue table (and the audit log): compare before and after a refused write. */
  const counts = async () => {
    const db = get().db.db;
    const n = async (t: 'datasets' | 'resources' | 'themes' | 'revisions' | 'dataset_tags' | 'audit_log') =>
      Number(
        (
          await db
            .selectFrom(t)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      datasets: await n('datasets'),
      resources: await n('resources'),
      themes: await n('themes'),
      revisions: await n('revisions'),
      tags: await n('dataset_tags'),
      audit: await n('audit_log'),
    };
  };

  /** Creates a dataset as `as` and returns its view (throws when refused). */
  const dataset = async (as: Caller, body: Record<string, unknown>) => {
    const res = await call('POST', '/api/v1/datasets', as, body);
    if (res.statusCode !== 201) throw new Error(`dataset not created: ${res.statusCode} ${res.body}`);
    return res.json().data;
  };

  return { call, form, user, anonymous, organisation, counts, dataset };
}

/** A complete, valid dataset body. */
export function sampleDataset(name: string, organization: string, extra: Record<string, unknown> = {}) {
  return {
    name,
    organization,
    title: { fr: 'Budget de l’État 2024', ar: 'ميزانية الدولة 2024', en: 'State budget 2024' },
    description: { fr: 'Le **budget** voté, par ministère.' },
    license_id: 'CC-BY-4.0',
    frequency: 'ANNUAL',
    temporal_start: '2024-01-01',
    temporal_end: '2024-12-31',
    spatial: { fr: 'Maroc', ar: 'المغرب' },
    contact_name: 'Direction du budget',
    contact_email: 'budget@finances.gov.ma',
    version: '1.0',
    tags: ['budget', 'finances'],
    extras: [{ key: 'source', value: 'Loi de finances' }],
    ...extra,
  };
}

/** A service context for calling services directly (no HTTP). */
export function serviceContextFor(t: TestApp, actor: Actor): ServiceContext {
  return {
    config: configWith({ DEMO: false }),
    db: t.db,
    queue: t.queue,
    log: silentLog,
    actor,
    locale: 'fr',
    ip: null,
    requestId: null,
  };
}
