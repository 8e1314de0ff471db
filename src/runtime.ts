// Wiring shared by the CLI commands and tests: database, job registry, queue.
import type { Config } from './config.ts';
import { type ConnectOptions, connect } from './db/connect.ts';
import type { DbHandle } from './db/types.ts';
import { JobQueue, JobRegistry, systemJobs } from './jobs/index.ts';

export function createJobRegistry(): JobRegistry {
  const registry = new JobRegistry();
  systemJobs(registry);
  return registry;
}

export interface Runtime {
  config: Config;
  db: DbHandle;
  queue: JobQueue;
}

export async function openRuntime(config: Config, options: ConnectOptions = {}): Promise<Runtime> {
  const db = await connect(config.database, options);
  return { config, db, queue: new JobQueue(db, createJobRegistry()) };
}
