// REST routes of action plans: thin adapters, request → service → `{ ok: true, data }`.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Services } from '../../context.ts';
import { serviceContext } from '../../http/context.ts';
import { body, ok, param, query } from '../../http/route-kit.ts';
import * as activities from './activities.service.ts';
import * as commitments from './commitments.service.ts';
import { exportCsv, exportFormat, exportPlanData, exportXlsx } from './export.service.ts';
import { governanceRoutes } from './governance.routes.ts';
import { receivePlanFile } from './import.http.ts';
import { importError, importPlan } from './import.service.ts';
import * as docs from './plan-docs.service.ts';
import * as plans from './plans.service.ts';

const date = (req: FastifyRequest) => query(req).date;

export function plansRoutes(app: FastifyInstance, services: Services): void {
  const ctx = (req: FastifyRequest) => serviceContext(req, services);
  const slug = (req: FastifyRequest) => param(req, 'slug');
  const num = (req: FastifyRequest) => param(req, 'number');
  const base = '/api/v1/plans/:slug/commitments/:number';
  governanceRoutes(app, services);

  app.get('/api/v1/plans', async (req) => ok(await plans.listPlans(ctx(req), { date: date(req) })));
  app.post('/api/v1/plans', async (req, reply) =>
    reply.code(201).send(ok(await plans.createPlan(ctx(req), body(req)))),
  );
  app.get('/api/v1/plans/:slug', async (req) =>
    ok(await plans.getPlan(ctx(req), slug(req), { date: date(req) })),
  );
  app.patch('/api/v1/plans/:slug', async (req) => ok(await plans.updatePlan(ctx(req), slug(req), body(req))));

  app.post('/api/v1/plans/import', async (req, reply) => {
    const { bytes, dryRun } = await receivePlanFile(req);
    const result = await importPlan(ctx(req), bytes, { dryRun });
    if (!result.valid && !dryRun) throw importError(result);
    return reply.code(dryRun ? 200 : 201).send(ok(result));
  });
  app.post('/api/v1/plans/:slug/documents', async (req, reply) =>
    reply.code(201).send(ok(await docs.addDocument(ctx(req), slug(req), body(req)))),
  );
  app.post('/api/v1/plans/:slug/members', async (req, reply) =>
    reply.code(201).send(ok(await docs.addMember(ctx(req), slug(req), body(req)))),
  );
  for (const kind of ['document', 'member'] as const)
    app.delete(`/api/v1/plans/:slug/${kind}s/:id`, async (req) => {
      await docs.removeItem(ctx(req), slug(req), kind, param(req, 'id'));
      return ok(null);
    });
  app.get('/api/v1/plans/:slug/export', async (req, reply) => {
    const format = exportFormat(query(req).format);
    const data = await exportPlanData(ctx(req), slug(req));
    const locale = req.ctx.locale;
    const name = `plan-${data.plan.slug}.${format}`;
    if (format === 'json') return ok(data);
    reply.header('Content-Disposition', `attachment; filename="${name}"`);
    if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(exportCsv(data, locale));
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .send(await exportXlsx(data, locale));
  });

  app.post('/api/v1/plans/:slug/commitments', async (req, reply) =>
    reply.code(201).send(ok(await commitments.createCommitment(ctx(req), slug(req), body(req)))),
  );
  app.get(base, async (req) =>
    ok(await commitments.getCommitment(ctx(req), slug(req), num(req), { date: date(req) })),
  );
  app.patch(base, async (req) =>
    ok(await commitments.updateCommitment(ctx(req), slug(req), num(req), body(req))),
  );

  app.post(`${base}/activities`, async (req, reply) =>
    reply.code(201).send(ok(await activities.createActivity(ctx(req), slug(req), num(req), body(req)))),
  );
  app.patch(`${base}/activities/:id`, async (req) =>
    ok(await activities.updateActivity(ctx(req), slug(req), num(req), param(req, 'id'), body(req))),
  );
  app.delete(`${base}/activities/:id`, async (req) => {
    await activities.removeActivity(ctx(req), slug(req), num(req), param(req, 'id'));
    return ok(null);
  });
  app.post(`${base}/activities/:id/reports`, async (req, reply) =>
    reply
      .code(201)
      .send(
        ok(await activities.fileProgressReport(ctx(req), slug(req), num(req), param(req, 'id'), body(req))),
      ),
  );
}
