// Wiring shared by the CLI commands and tests: database, job registry, queue.
import type { Config } from './config.ts';
import { type ConnectOptions, connect } from './db/connect.ts';
import type { DbHandle } from './db/types.ts';
import {
  JobQueue,
  JobRegistry,
  type RecurringTask,
  type Schedule,
  Scheduler,
  systemJobs,
} from './jobs/index.ts';
import { type Log, silentLog } from './kernel/log.ts';
import { mailJobs } from './mail/outbox.ts';
import { datastoreJobs } from './modules/datastore/index.ts';
import { fileJobs } from './modules/files/index.ts';
import { harvestJobs, queueDueHarvests } from './modules/harvest/index.ts';
import { planJobs } from './modules/plans/reminders.service.ts';
import { requestJobs } from './modules/requests/alerts.job.ts';

/** Every job kind of the application, bound to its dependencies. */
export function createJobRegistry(deps: { db: DbHandle; config: Config; log?: Log }): JobRegistry {
  const registry = new JobRegistry();
  systemJobs(registry);
  fileJobs(registry, { config: deps.config });
  datastoreJobs(registry, { db: deps.db, config: deps.config });
  mailJobs(registry, { db: deps.db.db, config: deps.config, log: deps.log ?? silentLog });
  planJobs(registry, { db: deps.db, config: deps.config, log: deps.log ?? silentLog });
  requestJobs(registry, deps);
  harvestJobs(registry, { db: deps.db, config: deps.config, log: deps.log ?? silentLog });
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

/** The recurring jobs (src/jobs/scheduler.ts): the worker process, or the web process with the embedded worker,
 *  ticks them. */
export function createScheduler(rt: Runtime, log: Log = silentLog): Scheduler {
  const schedules: Schedule[] = [
    {
      kind: 'requests.deadline_alerts',
      payload: {},
      everyMs: rt.config.REQUEST_ALERTS_EVERY_MINUTES * 60_000,
    },
    // Reminders before plan reporting deadlines: once per deadline and lead whatever the rhythm (plan_reminders).
    { kind: 'plans.reminders', payload: {}, everyMs: rt.config.PLAN_REMINDERS_EVERY_HOURS * 3_600_000 },
  ];
  // Harvest sources and resource refreshes each have their own next run; the task queues those due, claiming
  // each with a conditional UPDATE, so every worker may run it.
  const services = { ...rt, log };
  const tasks: RecurringTask[] = [
    { name: 'harvest.due', everyMs: 30_000, run: (now) => queueDueHarvests(services, now) },
  ];
  return new Scheduler(rt.db, rt.queue, schedules, log, tasks);
}
