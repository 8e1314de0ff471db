// Wiring shared by the CLI commands and tests: database, job registry, queue.
import type { Config } from './config.ts';
import { type ConnectOptions, connect } from './db/connect.ts';
import type { DbHandle } from './db/types.ts';
import { JobQueue, JobRegistry, Scheduler, systemJobs } from './jobs/index.ts';
import { type Log, silentLog } from './kernel/log.ts';
import { mailJobs } from './mail/outbox.ts';
import { fileJobs } from './modules/files/index.ts';
import { harvestJobs, queueDueHarvests } from './modules/harvest/index.ts';

/** Every job kind of the application, bound to its dependencies. */
export function createJobRegistry(deps: { db: DbHandle; config: Config; log?: Log }): JobRegistry {
  const registry = new JobRegistry();
  systemJobs(registry);
  fileJobs(registry, { config: deps.config });
  mailJobs(registry, { db: deps.db.db, config: deps.config, log: deps.log ?? silentLog });
  harvestJobs(registry, { db: deps.db, config: deps.config, log: deps.log ?? silentLog });
  return registry;
}

/** The recurring tasks every worker ticks (see src/jobs/schedule.ts). */
export function createScheduler(rt: Runtime, log: Log = silentLog): Scheduler {
  const services = { ...rt, log };
  return new Scheduler(
    [{ name: 'harvest.due', everyMs: 30_000, run: (now) => queueDueHarvests(services, now) }],
    log,
  );
}

export interface Runtime {
  config: Config;
  db: DbHandle;
  queue: JobQueue;
}

export async function openRuntime(
  config: Config,
  options: ConnectOptions & { log?: Log } = {},
): Promise<Runtime> {
  const db = await connect(config.database, options);
  return { config, db, queue: new JobQueue(db, createJobRegistry({ db, config, log: options.log })) };
}
