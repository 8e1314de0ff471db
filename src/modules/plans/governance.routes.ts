// REST routes of plan governance: blockers (raise, list, read, comment, answer, close, reopen), meetings
// (CRUD and decisions) and the dashboards. Thin adapters: request → service → `{ ok: true, data }`.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Services } from '../../context.ts';
import { serviceContext } from '../../http/context.ts';
import { body, ok, param, query } from '../../http/route-kit.ts';
import * as blockers from './blockers.service.ts';
import * as dashboards from './dashboard.service.ts';
import * as meetings from './meetings.service.ts';

export function governanceRoutes(app: FastifyInstance, services: Services): void {
  const ctx = (req: FastifyRequest) => serviceContext(req, services);
  const slug = (req: FastifyRequest) => param(req, 'slug');
  const id = (req: FastifyRequest) => param(req, 'id');
  const b = '/api/v1/plans/:slug/blockers';
  const m = '/api/v1/plans/:slug/meetings';

  app.get(b, async (req) => ok(await blockers.listBlockers(ctx(req), slug(req), query(req))));
  app.post(b, async (req, reply) => {
    const input = body(req);
    return reply
      .code(201)
      .send(ok(await blockers.raiseBlocker(ctx(req), slug(req), input.commitment, input)));
  });
  app.get(`${b}/:id`, async (req) => ok(await blockers.getBlocker(ctx(req), slug(req), id(req))));
  const move = (name: string, fn: typeof blockers.commentBlocker) =>
    app.post(`${b}/:id/${name}`, async (req) => ok(await fn(ctx(req), slug(req), id(req), body(req))));
  move('comments', blockers.commentBlocker);
  move('answer', blockers.answerBlocker);
  move('close', blockers.closeBlocker);
  move('reopen', blockers.reopenBlocker);

  app.get(m, async (req) => ok(await meetings.listMeetings(ctx(req), slug(req))));
  app.post(m, async (req, reply) =>
    reply.code(201).send(ok(await meetings.createMeeting(ctx(req), slug(req), body(req)))),
  );
  app.get(`${m}/:id`, async (req) => ok(await meetings.getMeeting(ctx(req), slug(req), id(req))));
  app.patch(`${m}/:id`, async (req) =>
    ok(await meetings.updateMeeting(ctx(req), slug(req), id(req), body(req))),
  );
  app.delete(`${m}/:id`, async (req) => {
    await meetings.deleteMeeting(ctx(req), slug(req), id(req));
    return ok(null);
  });
  app.post(`${m}/:id/decisions`, async (req, reply) =>
    reply.code(201).send(ok(await meetings.addDecision(ctx(req), slug(req), id(req), body(req)))),
  );
  app.patch(`${m}/:id/decisions/:decision`, async (req) =>
    ok(await meetings.updateDecision(ctx(req), slug(req), id(req), param(req, 'decision'), body(req))),
  );

  app.get('/api/v1/plans/:slug/dashboard', async (req) =>
    ok(await dashboards.getDashboard(ctx(req), slug(req), { date: query(req).date })),
  );
  app.get('/api/v1/plans/:slug/progress', async (req) =>
    ok(await dashboards.getPublicProgress(ctx(req), slug(req), { date: query(req).date })),
  );
}
