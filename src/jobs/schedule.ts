// Recurring work (periodic harvests, resource refreshes…): a list of tasks, each run at most once per its
// interval by each worker's loop. A task only *queues* jobs, and claims each due item with a conditional
// UPDATE (see modules/harvest/due.ts), so any number of workers may tick at the same time: a due item is
// queued once. Nothing here needs a clock of its own; a worker that is down simply catches up at its next tick.
import { type Log, silentLog } from '../kernel/log.ts';

export interface RecurringTask {
  name: string;
  /** Least time between two runs of the task in one worker (ms). */
  everyMs: number;
  /** Queues what is due at `now`; returns how many jobs it queued. */
  run(now: number): Promise<number>;
}

export class Scheduler {
  private readonly last = new Map<string, number>();

  constructor(
    readonly tasks: readonly RecurringTask[],
    private readonly log: Log = silentLog,
  ) {}

  /** Runs every task whose interval has passed; a failing task is logged and tried again next interval. */
  async tick(now = Date.now()): Promise<number> {
    let queued = 0;
    for (const task of this.tasks) {
      const last = this.last.get(task.name);
      if (last !== undefined && now - last < task.everyMs) continue;
      this.last.set(task.name, now);
      try {
        const n = await task.run(now);
        queued += n;
        if (n) this.log.info({ task: task.name, queued: n }, 'scheduled jobs queued');
      } catch (err) {
        this.log.error({ err, task: task.name }, 'scheduled task failed');
      }
    }
    return queued;
  }
}
