import { AppError } from '../kernel/errors.ts';

/**
 * Job kinds and their payload types. Modules add theirs by declaration merging:
 *   declare module '../../jobs/registry.ts' { interface JobKinds { 'catalog.reindex': { datasetId: string } } }
 */
export interface JobKinds {
  'system.noop': { note?: string; fail?: number };
}
export type JobKind = keyof JobKinds;

export interface JobContext {
  id: string;
  attempt: number;
  /** Records progress (rows, bytes, items…); pages show it as a progress bar. */
  progress(done: number, total?: number | null, note?: string): void;
  /** Aborted when the worker shuts down and the job did not finish in time. */
  signal: AbortSignal;
}

export interface JobDefinition<K extends JobKind = JobKind> {
  kind: K;
  /** Attempts before the job is dead-lettered (default 5). */
  maxAttempts?: number;
  /** First retry delay in ms; doubles each attempt, capped at one hour (default 2000). */
  backoffMs?: number;
  run(payload: JobKinds[K], ctx: JobContext): Promise<unknown>;
}

/** Thrown by a job that must not be retried (bad payload, gone resource): it goes straight to dead. */
export class PermanentJobError extends Error {}

export class JobRegistry {
  private readonly defs = new Map<string, JobDefinition<any>>();

  define<K extends JobKind>(def: JobDefinition<K>): this {
    if (this.defs.has(def.kind)) throw new Error(`Job kind ${def.kind} defined twice`);
    this.defs.set(def.kind, def);
    return this;
  }

  get(kind: string): JobDefinition<any> {
    const def = this.defs.get(kind);
    if (!def) throw new AppError('jobs.unknown_kind', { kind });
    return def;
  }

  has(kind: string): boolean {
    return this.defs.has(kind);
  }

  kinds(): string[] {
    return [...this.defs.keys()].sort();
  }
}

export const backoffDelay = (attempt: number, baseMs: number): number =>
  Math.min(baseMs * 2 ** Math.max(0, attempt - 1), 3_600_000);

/** Built-in kinds: `system.noop` (used by health checks and tests of the queue itself). */
export function systemJobs(registry: JobRegistry): JobRegistry {
  return registry.define({
    kind: 'system.noop',
    maxAttempts: 3,
    backoffMs: 10,
    async run(payload, ctx) {
      if (payload.fail && ctx.attempt <= payload.fail)
        throw new Error(`noop failing on attempt ${ctx.attempt}`);
      ctx.progress(1, 1);
      return { note: payload.note ?? null };
    },
  });
}
