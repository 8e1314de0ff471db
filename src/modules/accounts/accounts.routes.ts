// REST routes of accounts: thin adapters, schema → service → `{ ok: true, data }`.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Services } from '../../context.ts';
import { clearSessionCookie, requireSignedIn, setSessionCookie } from '../../http/auth.ts';
import { serviceContext } from '../../http/context.ts';
import { body, ok, param, query } from '../../http/route-kit.ts';
import { listAuditLog } from './audit.service.ts';
import * as auth from './auth.service.ts';
import * as orgs from './orgs.service.ts';
import * as tokens from './tokens.service.ts';
import * as users from './users.service.ts';

export function paging(q: Record<string, string | undefined>, max = 100) {
  const limit = Math.min(Math.max(Number.parseInt(q.limit ?? '', 10) || 20, 1), max);
  const offset = Math.max(Number.parseInt(q.offset ?? '', 10) || 0, 0);
  return { limit, offset };
}

export function accountsRoutes(app: FastifyInstance, services: Services): void {
  const ctx = (req: FastifyRequest) => serviceContext(req, services);
  const secure = services.config.BASE_URL.startsWith('https:');
  const authLimit = { config: { rateLimit: 'auth' as const } };
  const self = (req: FastifyRequest) => (param(req, 'id') === 'me' ? requireSignedIn(req) : param(req, 'id'));

  // Sign-up, verification, sign-in and out, password reset
  app.post('/api/v1/auth/signup', authLimit, async (req, reply) =>
    reply.code(202).send(ok(await auth.signUp(ctx(req), body(req)))),
  );
  app.post('/api/v1/auth/verify', authLimit, async (req) => {
    const user = await auth.verifyEmail(ctx(req), String(body(req).token ?? ''));
    return ok(users.presentUser(user));
  });
  app.post('/api/v1/auth/login', authLimit, async (req, reply) => {
    const session = await auth.login(ctx(req), body(req));
    setSessionCookie(reply, session.token, {
      secure,
      maxAgeSeconds: services.config.SESSION_MAX_HOURS * 3600,
    });
    return ok({ user: users.presentUser(session.user), expiresAt: session.expiresAt });
  });
  app.post('/api/v1/auth/logout', async (req, reply) => {
    await auth.logout(ctx(req), req.ctx.sessionToken);
    clearSessionCookie(reply);
    return ok(null);
  });
  app.post('/api/v1/auth/password/forgot', authLimit, async (req, reply) => {
    await auth.requestPasswordReset(ctx(req), body(req));
    return reply.code(202).send(ok(null));
  });
  app.post('/api/v1/auth/password/reset', authLimit, async (req) =>
    ok(users.presentUser(await auth.resetPassword(ctx(req), body(req)))),
  );

  // Users (`me` stands for the caller)
  app.get('/api/v1/users', async (req) =>
    ok(await users.listUsers(ctx(req), { q: query(req).q, ...paging(query(req)) })),
  );
  app.get('/api/v1/users/:id', async (req) => ok(await users.getUser(ctx(req), self(req))));
  app.patch('/api/v1/users/:id', async (req) =>
    ok(await users.updateProfile(ctx(req), self(req), body(req))),
  );
  app.post('/api/v1/users/:id/password', async (req) => {
    await users.changePassword(ctx(req), self(req), body(req), req.ctx.sessionToken);
    return ok(null);
  });
  app.post('/api/v1/users/:id/sessions/revoke', async (req) =>
    ok({ ended: await users.logoutEverywhere(ctx(req), self(req)) }),
  );
  app.post('/api/v1/users/:id/deactivate', async (req) =>
    ok(await users.setUserState(ctx(req), self(req), 'deactivated')),
  );
  app.post('/api/v1/users/:id/reactivate', async (req) =>
    ok(await users.setUserState(ctx(req), self(req), 'active')),
  );
  app.put('/api/v1/users/:id/sysadmin', async (req) =>
    ok(await users.setSysadmin(ctx(req), self(req), body(req).value === true || body(req).value === 'true')),
  );
  app.post('/api/v1/users/:id/roles', async (req) => {
    await users.changeRole(ctx(req), self(req), { ...body(req), grant: true });
    return ok(null);
  });
  app.post('/api/v1/users/:id/roles/revoke', async (req) => {
    await users.changeRole(ctx(req), self(req), { ...body(req), grant: false });
    return ok(null);
  });

  // API tokens
  app.get('/api/v1/users/:id/tokens', async (req) => ok(await tokens.listApiTokens(ctx(req), self(req))));
  app.post('/api/v1/users/:id/tokens', async (req, reply) =>
    reply.code(201).send(ok(await tokens.createApiToken(ctx(req), self(req), body(req)))),
  );
  app.delete('/api/v1/tokens/:id', async (req) => {
    await tokens.revokeApiToken(ctx(req), param(req, 'id'));
    return ok(null);
  });

  // Organisations and members
  app.get('/api/v1/organizations', async (req) =>
    ok(await orgs.listOrganizations(ctx(req), paging(query(req)))),
  );
  app.post('/api/v1/organizations', async (req, reply) =>
    reply.code(201).send(ok(await orgs.createOrganization(ctx(req), body(req)))),
  );
  app.get('/api/v1/organizations/:name', async (req) =>
    ok(await orgs.getOrganization(ctx(req), param(req, 'name'))),
  );
  app.patch('/api/v1/organizations/:name', async (req) =>
    ok(await orgs.updateOrganization(ctx(req), param(req, 'name'), body(req))),
  );
  app.post('/api/v1/organizations/:name/archive', async (req) =>
    ok(await orgs.setOrganizationState(ctx(req), param(req, 'name'), 'archived')),
  );
  app.post('/api/v1/organizations/:name/restore', async (req) =>
    ok(await orgs.setOrganizationState(ctx(req), param(req, 'name'), 'active')),
  );
  app.get('/api/v1/organizations/:name/members', async (req) =>
    ok(await orgs.listMembers(ctx(req), param(req, 'name'))),
  );
  app.put('/api/v1/organizations/:name/members', async (req) =>
    ok(await orgs.setMember(ctx(req), param(req, 'name'), body(req))),
  );
  app.delete('/api/v1/organizations/:name/members/:userId', async (req) => {
    await orgs.removeMember(ctx(req), param(req, 'name'), param(req, 'userId'));
    return ok(null);
  });
  app.post('/api/v1/organizations/:name/invitations', async (req, reply) =>
    reply.code(202).send(ok(await orgs.inviteMember(ctx(req), param(req, 'name'), body(req)))),
  );
  app.post('/api/v1/invitations/accept', async (req) =>
    ok(await orgs.acceptInvitation(ctx(req), String(body(req).token ?? ''))),
  );
  app.post('/api/v1/organizations/:name/membership-requests', async (req, reply) =>
    reply.code(201).send(ok(await orgs.requestMembership(ctx(req), param(req, 'name'), body(req)))),
  );
  app.post('/api/v1/membership-requests/:id/decision', async (req) => {
    await orgs.decideMembership(ctx(req), param(req, 'id'), body(req));
    return ok(null);
  });

  // Audit log
  app.get('/api/v1/audit', async (req) => {
    const q = query(req);
    return ok(
      await listAuditLog(ctx(req), {
        actor: q.actor,
        action: q.action,
        targetId: q.target,
        since: q.since,
        until: q.until,
        ...paging(q, 500),
      }),
    );
  });
}
