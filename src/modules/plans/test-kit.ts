// Test helpers for plans: REST calls as signed-in users, role grants, sample plans and commitments.
import type { TestApp } from '../../../test/app.ts';
import { anonymousBrowser, createUser, signIn } from '../../../test/session.ts';

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
export interface Caller {
  id: string;
  email: string;
  headers: Record<string, string>;
}

export const limits = { RATE_LIMIT_LOGIN_PER_MINUTE: 100000, RATE_LIMIT_WRITES_PER_MINUTE: 100000 };

export function plansClient(get: () => TestApp) {
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

  /** Calls and returns `data`, failing with the answer when the status is not the one expected. */
  const ok = async (status: number, method: Method, url: string, as: Caller | null, body?: unknown) => {
    const res = await call(method, url, as, body);
    if (res.statusCode !== status) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.json().data;
  };

  const user = async (email: string, opts: { sysadmin?: boolean; name?: string } = {}): Promise<Caller> => {
    const u = await createUser(get().db, { email, ...opts });
    const b = await signIn(get().app, u.email, u.password);
    return { id: u.id, email: u.email, headers: { cookie: b.cookie, 'x-csrf-token': b.csrf } };
  };

  const anonymous = async (): Promise<Caller> => {
    const b = await anonymousBrowser(get().app);
    return { id: '', email: 'anonymous', headers: { cookie: b.cookie, 'x-csrf-token': b.csrf } };
  };

  /** Grants a platform role (read at sign-in and on every request). */
  const grant = async (
    userId: string,
    role: 'project_lead' | 'steering_committee',
    scope: { type: 'platform' | 'commitment'; id: string },
  ) =>
    get()
      .db.db.insertInto('role_grants')
      .values({
        id: crypto.randomUUID(),
        user_id: userId,
        role,
        scope_type: scope.type,
        scope_id: scope.id,
        granted_by: null,
        created_at: new Date().toISOString(),
      })
      .execute();

  const count = async (t: 'plans' | 'commitments' | 'activities' | 'progress_reports' | 'audit_log') =>
    Number(
      (
        await get()
          .db.db.selectFrom(t)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  return { call, ok, user, anonymous, grant, count };
}

export const samplePlan = (slug: string, extra: Record<string, unknown> = {}) => ({
  slug,
  title: { fr: `Plan ${slug}`, ar: `خطة ${slug}`, en: `Plan ${slug}` },
  description: { en: 'A plan for tests.' },
  periodStart: '2024-01-01',
  periodEnd: '2025-12-31',
  status: 'implementation',
  published: true,
  reportingPeriodDays: 30,
  ...extra,
});

export const sampleCommitment = (number: number, extra: Record<string, unknown> = {}) => ({
  number,
  title: { fr: `Engagement ${number}`, ar: `الالتزام ${number}`, en: `Commitment ${number}` },
  leadInstitution: { fr: 'Ministère', en: 'Ministry' },
  startDate: '2024-01-01',
  endDate: '2025-12-31',
  values: ['access_to_information'],
  ...extra,
});
