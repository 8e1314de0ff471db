// What every service function receives: who acts, from where, and the shared resources.
import type { Config } from './config.ts';
import type { DbHandle, Executor } from './db/types.ts';
import type { Locale } from './i18n/index.ts';
import type { JobQueue } from './jobs/index.ts';
import type { Log } from './kernel/log.ts';
import type { Actor } from './modules/accounts/actor.ts';

export interface Services {
  config: Config;
  db: DbHandle;
  queue: JobQueue;
  log: Log;
}

export interface ServiceContext extends Services {
  actor: Actor;
  locale: Locale;
  ip: string | null;
  requestId: string | null;
}

/** Runs `fn` in one transaction with a context whose `tx` is that transaction. */
export async function inTransaction<T>(ctx: ServiceContext, fn: (tx: Executor) => Promise<T>): Promise<T> {
  return ctx.db.db.transaction().execute(fn);
}
