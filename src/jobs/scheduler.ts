// Recurring jobs: each schedule enqueues its job kind every `everyMs`. The worker process (and the web process
// with the embedded worker) ticks the scheduler once a minute. The last enqueue time of each schedule is kept in
// `system_state` (`schedule:<kind>`) and claimed by compare-and-set, so with several workers on one database a
// recurring job is enqueued once per period; the queue's dedupe key keeps one copy waiting at most.
// Recurring *tasks* are for work that keeps its own due dates (harvest sources, resource refreshes): each process
// runs a task at most once per its interval, and the task claims each due row with a conditional UPDATE, so any
// number of workers may run it at the same time and a due item is still queued once.
import type { DbHandle } from '../db/types.ts';
import { nowIso } from '../kernel/ids.ts';
import { type Log, silentLog } from '../kernel/log.ts';
import type { JobQueue } from './queue.ts';
import type { JobKind, JobKinds } from './registry.ts';

export interface Schedule<K extends JobKind = JobKind> {
  kind: K;
  payload: JobKinds[K];
  everyMs: number;
}

export interface RecurringTask {
  name: string;
  /** Least time between two runs of the task in one process (ms). */
  everyMs: number;
  /** Queues what is due at `now`; returns how many jobs it queued. */
  run(now: number): Promise<number>;
}

export class Scheduler {
  private timer: NodeJS.Timeout | null = null;
  private ticking: Promise<unknown> | null = null;
  private readonly lastRun = new Map<string, number>();

  constructor(
    private readonly handle: DbHandle,
    private readonly queue: JobQueue,
    readonly schedules: readonly Schedule[],
    private readonly log: Log = silentLog,
    readonly tasks: readonly RecurringTask[] = [],
  ) {}

  /**
   * Enqueues every schedule whose period has passed since its last enqueue, then runs the tasks whose interval
   * has passed in this process; returns the kinds enqueued and the names of the tasks that queued something.
   */
  async tick(now = Date.now()): Promise<string[]> {
    const enqueued: string[] = [];
    for (const s of this.schedules) {
      if (!(await this.claim(`schedule:${s.kind}`, s.everyMs, now))) continue;
      await this.queue.enqueue(s.kind, s.payload, { dedupeKey: `schedule:${s.kind}` });
      enqueued.push(s.kind);
    }
    for (const task of this.tasks) {
      const last = this.lastRun.get(task.name);
      if (last !== undefined && now - last < task.everyMs) continue;
      this.lastRun.set(task.name, now);
      try {
        if ((await task.run(now)) > 0) enqueued.push(task.name);
      } catch (err) {
        this.log.error({ err, task: task.name }, 'scheduled task failed');
      }
    }
    if (enqueued.length) this.log.info({ enqueued }, 'scheduled jobs enqueued');
    return enqueued;
  }

  /** True when this process may enqueue now: the stored time is older than one period and we replaced it. */
  private async claim(key: string, everyMs: number, now: number): Promise<boolean> {
    const db = this.handle.db;
    const value = JSON.stringify(new Date(now).toISOString());
    const row = await db.selectFrom('system_state').select('value').where('key', '=', key).executeTakeFirst();
    if (!row) {
      const r = await db
        .insertInto('system_state')
        .values({ key, value, updated_at: nowIso() })
        .onConflict((oc) => oc.column('key').doNothing())
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0n) === 1;
    }
    const last = Date.parse(JSON.parse(row.value) as string);
    if (Number.isFinite(last) && now - last < everyMs) return false;
    const r = await db
      .updateTable('system_state')
      .set({ value, updated_at: nowIso() })
      .where('key', '=', key)
      .where('value', '=', row.value)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** Ticks now and then every `tickMs` until stop(). A failed tick is logged and retried at the next one. */
  start(tickMs = 60_000): void {
    if (this.timer) return;
    const run = () => {
      this.ticking = this.tick().catch((err) => this.log.error({ err }, 'scheduler tick failed'));
    };
    run();
    this.timer = setInterval(run, tickMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.ticking;
  }
}
