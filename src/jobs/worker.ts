import { hostname } from 'node:os';
import type { DbHandle } from '../db/types.ts';
import { isoAfter, newId } from '../kernel/ids.ts';
import { type Log, silentLog } from '../kernel/log.ts';
import * as repo from './jobs.repo.ts';
import type { JobQueue } from './queue.ts';
import { backoffDelay, PermanentJobError } from './registry.ts';

export interface WorkerOptions {
  concurrency?: number;
  pollMs?: number;
  leaseMs?: number;
  log?: Log;
  /** Only these kinds (default: every registered kind). */
  kinds?: string[];
  /** Recurring tasks ticked by the loop (and before `drain`). */
  scheduler?: { tick(): Promise<unknown> };
}

const PROGRESS_WRITE_MS = 250;

/**
 * Takes due jobs from the `jobs` table and runs them. Several workers (threads of one process or separate
 * processes) may share one database: claiming is atomic, so a job runs once. A worker that dies leaves its jobs
 * `running` without heartbeats; any worker's reaper queues them again after the lease.
 */
export class Worker {
  readonly id = `${hostname()}:${process.pid}:${newId().slice(0, 8)}`;
  private readonly concurrency: number;
  private readonly pollMs: number;
  private readonly leaseMs: number;
  private readonly log: Log;
  private readonly kinds: string[];
  private readonly scheduler: WorkerOptions['scheduler'];
  private readonly active = new Map<string, Promise<void>>();
  private readonly abort = new AbortController();
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly handle: DbHandle,
    private readonly queue: JobQueue,
    options: WorkerOptions = {},
  ) {
    this.concurrency = options.concurrency ?? 2;
    this.pollMs = options.pollMs ?? 1000;
    this.leaseMs = options.leaseMs ?? 60_000;
    this.log = options.log ?? silentLog;
    this.kinds = options.kinds ?? queue.registry.kinds();
    this.scheduler = options.scheduler;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.unsubscribe = this.queue.onEnqueue(() => this.wake?.());
    this.loop = this.run();
    this.log.info({ worker: this.id, concurrency: this.concurrency }, 'worker started');
  }

  /** Stops taking jobs, waits up to `timeoutMs` for running ones, then gives the rest back to the queue. */
  async stop(timeoutMs = 10_000): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.unsubscribe?.();
    this.wake?.();
    await this.loop;
    const all = Promise.allSettled([...this.active.values()]);
    let timer: NodeJS.Timeout | undefined;
    const timedOut = await Promise.race([
      all.then(() => false),
      new Promise<boolean>((r) => {
        timer = setTimeout(() => r(true), timeoutMs);
      }),
    ]);
    clearTimeout(timer);
    if (timedOut) {
      // Give the jobs back first: whatever an aborted job then writes is ignored (it no longer holds them).
      const released = await repo.releaseJobs(this.handle.db, this.id);
      this.abort.abort();
      this.log.warn({ worker: this.id, released }, 'worker stopped with unfinished jobs; released them');
    }
    this.log.info({ worker: this.id }, 'worker stopped');
  }

  /** Runs due jobs until none is left (tests, CLI `worker --once`). Returns how many ran. */
  async drain(): Promise<number> {
    let count = 0;
    await this.scheduler?.tick();
    await repo.reapExpiredJobs(this.handle.db, this.leaseMs);
    for (;;) {
      const job = await repo.claimNextJob(this.handle.db, this.handle.dialect, this.id, this.kinds);
      if (!job) return count;
      await this.execute(job);
      count++;
    }
  }

  private async run(): Promise<void> {
    let lastReap = 0;
    while (this.running) {
      try {
        if (Date.now() - lastReap > Math.min(this.leaseMs / 2, 30_000)) {
          lastReap = Date.now();
          const n = await repo.reapExpiredJobs(this.handle.db, this.leaseMs);
          if (n) this.log.warn({ worker: this.id, requeued: n }, 'took up jobs of a lost worker');
        }
        await this.scheduler?.tick();
        while (this.running && this.active.size < this.concurrency) {
          const job = await repo.claimNextJob(this.handle.db, this.handle.dialect, this.id, this.kinds);
          if (!job) break;
          const p = this.execute(job).finally(() => {
            this.active.delete(job.id);
            this.wake?.();
          });
          this.active.set(job.id, p);
        }
      } catch (err) {
        this.log.error({ err, worker: this.id }, 'worker loop error');
      }
      if (!this.running) break;
      await new Promise<void>((resolve) => {
        const t = setTimeout(done, this.pollMs);
        function done() {
          clearTimeout(t);
          resolve();
        }
        this.wake = done;
      });
      this.wake = null;
    }
  }

  private async execute(job: repo.JobRow): Promise<void> {
    const def = this.queue.registry.get(job.kind);
    const db = this.handle.db;
    let lastWrite = 0;
    let pending: { done: number; total: number | null; note: string | null } | null = null;
    let writing: Promise<void> = Promise.resolve();
    const flush = () => {
      if (!pending) return writing;
      const p = pending;
      pending = null;
      lastWrite = Date.now();
      writing = writing
        .then(() => repo.setProgress(db, job.id, this.id, p.done, p.total, p.note))
        .catch(() => {});
      return writing;
    };
    const beat = setInterval(
      () => void repo.heartbeat(db, job.id, this.id).catch(() => {}),
      Math.max(50, this.leaseMs / 3),
    );
    const started = Date.now();
    try {
      const result = await def.run(JSON.parse(job.payload), {
        id: job.id,
        attempt: job.attempts,
        signal: this.abort.signal,
        progress: (done, total = null, note) => {
          pending = { done, total: total ?? null, note: note ?? null };
          if (Date.now() - lastWrite >= PROGRESS_WRITE_MS) void flush();
        },
      });
      clearInterval(beat);
      await flush();
      await repo.completeJob(db, job.id, this.id, result);
      this.log.info({ job: job.id, kind: job.kind, ms: Date.now() - started }, 'job done');
    } catch (err) {
      clearInterval(beat);
      await flush();
      const message = err instanceof Error ? err.message : String(err);
      const permanent = err instanceof PermanentJobError;
      const retryAt =
        permanent || job.attempts >= job.max_attempts
          ? null
          : isoAfter(backoffDelay(job.attempts, def.backoffMs ?? 2000));
      await repo.failJob(db, job.id, this.id, message.slice(0, 2000), retryAt);
      this.log.warn(
        { job: job.id, kind: job.kind, attempt: job.attempts, err: message, retryAt },
        'job failed',
      );
    }
  }
}
