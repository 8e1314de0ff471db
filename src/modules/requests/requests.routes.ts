// REST routes of data requests: thin adapters, request → service → `{ ok: true, data }`.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Services } from '../../context.ts';
import { serviceContext } from '../../http/context.ts';
import { body, ok, param, query } from '../../http/route-kit.ts';
import { paging } from '../accounts/index.ts';
import * as assignment from './assign.service.ts';
import * as guests from './guests.service.ts';
import * as participation from './participation.service.ts';
import * as requests from './requests.service.ts';
import { requestStats } from './stats.service.ts';
import * as moves from './transitions.service.ts';

export function requestsRoutes(app: FastifyInstance, services: Services): void {
  const ctx = (req: FastifyRequest) => serviceContext(req, services);
  const id = (req: FastifyRequest) => param(req, 'id');

  app.get('/api/v1/requests', async (req) => {
    const q = query(req);
    return ok(
      await requests.listRequests(ctx(req), {
        status: q.status,
        organization: q.organization,
        topic: q.topic,
        overdue: q.overdue,
        sort: q.sort,
        ...paging(q, 500),
      }),
    );
  });
  app.post('/api/v1/requests', async (req, reply) =>
    reply.code(201).send(ok(await requests.submitRequest(ctx(req), body(req)))),
  );
  // Without an account: the request waits for its e-mail to be confirmed (rate-limited like sign-in).
  app.post('/api/v1/requests/anonymous', { config: { rateLimit: 'auth' } }, async (req, reply) =>
    reply.code(202).send(ok(await guests.submitAnonymousRequest(ctx(req), body(req)))),
  );
  app.post('/api/v1/requests/confirmations', { config: { rateLimit: 'auth' } }, async (req, reply) =>
    reply.code(201).send(ok(await guests.confirmAnonymousRequest(ctx(req), body(req).token))),
  );
  app.get('/api/v1/requests/queue', async (req) => {
    const q = query(req);
    return ok(await requests.listQueue(ctx(req), { assigned: q.assigned, ...paging(q, 500) }));
  });
  app.get('/api/v1/requests/statistics', async (req) => ok(await requestStats(ctx(req))));
  app.get('/api/v1/requests/similar', async (req) =>
    ok(await requests.similarRequests(ctx(req), query(req).q ?? '')),
  );
  app.get('/api/v1/requests/:id', async (req) => ok(await requests.getRequestDetail(ctx(req), id(req))));
  app.post('/api/v1/requests/:id/transitions', async (req) =>
    ok(await moves.transitionRequest(ctx(req), id(req), body(req))),
  );
  app.post('/api/v1/requests/:id/extension', async (req) =>
    ok(await moves.extendRequest(ctx(req), id(req), body(req))),
  );
  app.post('/api/v1/requests/:id/datasets', async (req) =>
    ok(await moves.linkRequestDatasets(ctx(req), id(req), body(req))),
  );
  app.post('/api/v1/requests/:id/assignment', async (req) =>
    ok(await assignment.assignRequest(ctx(req), id(req), body(req))),
  );
  app.post('/api/v1/requests/:id/urgency', async (req) =>
    ok(await assignment.setUrgency(ctx(req), id(req), body(req))),
  );
  app.post('/api/v1/requests/:id/guest-withdrawal', { config: { rateLimit: 'auth' } }, async (req) =>
    ok(await guests.withdrawAsGuest(ctx(req), id(req), body(req))),
  );
  app.post('/api/v1/requests/:id/unsubscribe', { config: { rateLimit: 'auth' } }, async (req) =>
    ok(await guests.unsubscribeGuest(ctx(req), id(req), body(req))),
  );
  app.post('/api/v1/requests/:id/votes', async (req) =>
    ok(await participation.voteRequest(ctx(req), id(req), body(req))),
  );
  app.post('/api/v1/requests/:id/follow', async (req) =>
    ok(await participation.followRequest(ctx(req), id(req), body(req))),
  );
  app.post('/api/v1/requests/:id/comments', async (req, reply) =>
    reply.code(201).send(ok(await participation.commentRequest(ctx(req), id(req), body(req)))),
  );
  app.post('/api/v1/requests/:id/comments/:comment/decision', async (req) =>
    ok(await participation.moderateComment(ctx(req), id(req), param(req, 'comment'), body(req))),
  );
}
