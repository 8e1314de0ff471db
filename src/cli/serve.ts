import pino from 'pino';
import { buildApp } from '../app.ts';
import type { Config } from '../config.ts';
import { MigrationError, migrateUp, pendingMigrations } from '../db/migrate.ts';
import { Worker } from '../jobs/index.ts';
import { createScheduler, openRuntime } from '../runtime.ts';
import { loadDemo } from '../seed.ts';
import { onShutdown } from './shutdown.ts';

/** Runs until a signal stops it; returns -1 so main does not exit while serving. */
export async function serveCommand(
  config: Config,
  options: { migrate: boolean; demo: boolean },
): Promise<number> {
  const log = pino({ level: config.LOG_LEVEL });
  const rt = await openRuntime(config, { log });
  if (options.migrate) {
    const applied = await migrateUp(rt.db);
    if (applied.length) log.info({ applied }, 'migrations applied');
  } else {
    const pending = await pendingMigrations(rt.db);
    if (pending.length)
      throw new MigrationError(`Pending migrations (${pending.join(', ')}): run \`shafaf migrate\` first.`);
  }
  if (options.demo && (await loadDemo(rt, log))) log.info('demo content loaded');

  const app = await buildApp({ ...rt });
  const worker =
    config.WORKER === 'embedded'
      ? new Worker(rt.db, rt.queue, {
          concurrency: config.WORKER_CONCURRENCY,
          pollMs: config.WORKER_POLL_MS,
          leaseMs: config.JOB_LEASE_SECONDS * 1000,
          log,
          scheduler: createScheduler(rt, log),
        })
      : null;
  await app.listen({ port: config.PORT, host: config.HOST });
  worker?.start();
  log.info(
    { url: config.BASE_URL, dialect: rt.db.dialect, startupMs: Math.round(performance.now()) },
    'Shafaf is serving',
  );
  onShutdown(log, config.SHUTDOWN_TIMEOUT_MS, async () => {
    // Stop taking jobs and requests; in-flight requests and running jobs finish first.
    await Promise.all([worker?.stop(config.SHUTDOWN_TIMEOUT_MS), app.close()]);
    await rt.db.close();
  });
  return -1;
}
