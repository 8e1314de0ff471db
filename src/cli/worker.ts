import pino from 'pino';
import type { Config } from '../config.ts';
import { MigrationError, pendingMigrations } from '../db/migrate.ts';
import { Worker } from '../jobs/index.ts';
import { createScheduler, openRuntime } from '../runtime.ts';
import { onShutdown } from './shutdown.ts';

export async function workerCommand(config: Config, options: { once: boolean }): Promise<number> {
  const log = pino({ level: config.LOG_LEVEL });
  const rt = await openRuntime(config, { log });
  const pending = await pendingMigrations(rt.db);
  if (pending.length)
    throw new MigrationError(`Pending migrations (${pending.join(', ')}): run \`shafaf migrate\` first.`);
  const worker = new Worker(rt.db, rt.queue, {
    concurrency: config.WORKER_CONCURRENCY,
    pollMs: config.WORKER_POLL_MS,
    leaseMs: config.JOB_LEASE_SECONDS * 1000,
    log,
    scheduler: createScheduler(rt, log),
  });
  if (options.once) {
    const ran = await worker.drain();
    log.info({ ran }, 'due jobs done');
    await rt.db.close();
    return 0;
  }
  worker.start();
  onShutdown(log, config.SHUTDOWN_TIMEOUT_MS, async () => {
    await worker.stop(config.SHUTDOWN_TIMEOUT_MS);
    await rt.db.close();
  });
  return -1;
}
