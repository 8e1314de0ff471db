// Wiring shared by the CLI commands and tests: database, job registry, queue.
import type { Config } from './config.ts';
import { type ConnectOptions, connect } from './db/connect.ts';
import type { DbHandle } from './db/types.ts';
import { JobQueue, JobRegistry, systemJobs } from './jobs/index.ts';
import { type Log, silentLog } from './kernel/log.ts';
import { mailJobs } from './mail/outbox.ts';
import { datastoreJobs } from './modules/datastore/index.ts';
import { fileJobs } from './modules/files/index.ts';

/** Every job kind of the application, bound to its dependencies. */
export function createJobRegistry(deps: { db: DbHandle; config: Config; log?: Log }): JobRegistry {
  const registry = new JobRegistry();
  systemJobs(registry);
  fileJobs(registry, { config: deps.config });
  datastoreJobs(registry, { db: deps.db, config: deps.config });
  mailJobs(registry, { db: deps.db.db, config: deps.config, log: deps.log ?? silentLog });
  return registry;
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
