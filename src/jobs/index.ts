export { type EnqueueOptions, JobQueue, type JobView, presentJob } from './queue.ts';
export {
  backoffDelay,
  type JobContext,
  type JobDefinition,
  type JobKind,
  type JobKinds,
  JobRegistry,
  PermanentJobError,
  systemJobs,
} from './registry.ts';
export { type RecurringTask, type Schedule, Scheduler } from './scheduler.ts';
export { Worker, type WorkerOptions } from './worker.ts';
