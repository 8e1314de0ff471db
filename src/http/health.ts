import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { pendingMigrations } from '../db/migrate.ts';
import type { DbHandle } from '../db/types.ts';

/** `/healthz`: the process answers. `/readyz`: the database answers and every migration is applied. */
export function healthRoutes(app: FastifyInstance, handle: DbHandle): void {
  app.get('/healthz', async (_req, reply) => {
    reply.header('Cache-Control', 'no-store');
    return { ok: true, uptime: Math.round(process.uptime()) };
  });
  app.get('/readyz', async (req, reply) => {
    reply.header('Cache-Control', 'no-store');
    try {
      await sql`select 1`.execute(handle.db);
      const pending = await pendingMigrations(handle);
      if (pending.length)
        return reply.code(503).send({ ok: false, database: 'ok', pendingMigrations: pending });
      return { ok: true, database: 'ok', dialect: handle.dialect };
    } catch (err) {
      req.log.error({ err }, 'readiness check failed');
      return reply.code(503).send({ ok: false, database: 'unreachable' });
    }
  });
}
