// Stored files outlive nothing: when the row that owns a file goes (a deleted resource), the deletion is queued
// in the same transaction and the `files.delete` job removes the object, with retries, once the row is gone.
// A rolled-back delete therefore never loses a file, and a storage outage only delays the clean-up.
import type { Config } from '../../config.ts';
import type { Executor } from '../../db/types.ts';
import type { JobQueue, JobRegistry } from '../../jobs/index.ts';
import { createStorage } from './create-storage.ts';
import { assertValidKey } from './keys.ts';
import type { StorageBackend } from './storage.ts';

declare module '../../jobs/registry.ts' {
  interface JobKinds {
    'files.delete': { key: string };
  }
}

/** Queues the removal of a stored object inside the caller's transaction. */
export async function queueFileDeletion(tx: Executor, queue: JobQueue, key: string): Promise<void> {
  assertValidKey(key);
  await queue.enqueue('files.delete', { key }, { tx, dedupeKey: `files.delete:${key}` });
}

export function fileJobs(registry: JobRegistry, deps: { config: Config; storage?: StorageBackend }) {
  let storage = deps.storage;
  return registry.define({
    kind: 'files.delete',
    maxAttempts: 10,
    backoffMs: 60_000,
    async run({ key }) {
      assertValidKey(key);
      storage ??= createStorage(deps.config);
      await storage.delete(key);
      return { deleted: key };
    },
  });
}
