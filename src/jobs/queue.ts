import type { DbHandle, Executor } from '../db/types.ts';
import { AppError } from '../kernel/errors.ts';
import { isoAfter } from '../kernel/ids.ts';
import * as repo from './jobs.repo.ts';
import type { JobKind, JobKinds, JobRegistry } from './registry.ts';

export interface EnqueueOptions {
  /** Delay before the job may run (ms). */
  delayMs?: number;
  priority?: number;
  maxAttempts?: number;
  /** A second enqueue with the same key while the first is still queued returns the first. */
  dedupeKey?: string;
  /** Enqueue inside the caller's transaction, so the job exists only if the write commits. */
  tx?: Executor;
}

/** What pages and APIs show of a job (its progress bar, state and outcome). */
export interface JobView {
  id: string;
  kind: string;
  status: repo.JobRow['status'];
  attempts: number;
  maxAttempts: number;
  progress: { done: number; total: number | null; percent: number | null; note: string | null };
  lastError: string | null;
  result: unknown;
  runAt: string;
  createdAt: string;
  finishedAt: string | null;
}

export function presentJob(row: repo.JobRow): JobView {
  const total = row.progress_total;
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    progress: {
      done: row.progress_done,
      total,
      percent: total ? Math.min(100, Math.round((row.progress_done / total) * 100)) : null,
      note: row.progress_note,
    },
    lastError: row.last_error,
    result: row.result ? JSON.parse(row.result) : null,
    runAt: row.run_at,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  };
}

export class JobQueue {
  private listeners = new Set<() => void>();

  constructor(
    private readonly handle: DbHandle,
    readonly registry: JobRegistry,
  ) {}

  async enqueue<K extends JobKind>(
    kind: K,
    payload: JobKinds[K],
    options: EnqueueOptions = {},
  ): Promise<JobView> {
    const def = this.registry.get(kind);
    const row = await repo.insertJob(options.tx ?? this.handle.db, {
      kind,
      payload,
      maxAttempts: options.maxAttempts ?? def.maxAttempts ?? 5,
      runAt: options.delayMs ? isoAfter(options.delayMs) : undefined,
      priority: options.priority,
      dedupeKey: options.dedupeKey ?? null,
    });
    for (const wake of this.listeners) wake();
    return presentJob(row);
  }

  /** In-process workers subscribe to be woken at once instead of at the next poll. */
  onEnqueue(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async get(id: string): Promise<JobView> {
    const row = await repo.findJob(this.handle.db, id);
    if (!row) throw new AppError('jobs.not_found', { id });
    return presentJob(row);
  }

  async list(filter: repo.JobFilter = {}): Promise<JobView[]> {
    return (await repo.listJobs(this.handle.db, filter)).map(presentJob);
  }

  counts(): Promise<Record<string, number>> {
    return repo.countJobsByStatus(this.handle.db);
  }

  async retry(id: string): Promise<JobView> {
    if (!(await repo.requeueDeadJob(this.handle.db, id))) {
      await this.get(id); // not found → jobs.not_found
    }
    for (const wake of this.listeners) wake();
    return this.get(id);
  }
}
