// The `datastore.ingest` job: (re)builds the DataStore table of a resource from its stored file. Queued by the
// catalogue in the transaction that stores or replaces a tabular file (CSV, TSV, XLSX, JSON), and by the data
// dictionary when a type changes. A file that cannot be read fails the ingestion (with its report) without
// retries; other failures (storage, database) are retried. Either way the previous table stays.

import type { Readable } from 'node:stream';
import type { Config } from '../../config.ts';
import type { DbHandle } from '../../db/types.ts';
import { type JobRegistry, PermanentJobError } from '../../jobs/index.ts';
import { AppError } from '../../kernel/errors.ts';
import { createStorage, type StorageBackend } from '../files/index.ts';
import { openUrl } from '../harvest/fetch.ts';
import { indexDatasets } from '../search/index.ts';
import { splitStored } from './dictionary.ts';
import { IngestFailure, ingestFile } from './ingest.ts';
import { createFullTextIndex, dropFullTextTables } from './query-index.ts';
import { findTable, markFailed, markRunning, resourceSource, setProgress } from './registry.repo.ts';
import { dataStoreFor } from './store.ts';

declare module '../../jobs/registry.ts' {
  interface JobKinds {
    'datastore.ingest': { resourceId: string };
    'datastore.drop': { resourceId: string };
  }
}

/** The file name of a storage key or a URL's path (it tells the reader the format when nothing else does). */
const linkName = (keyOrUrl: string) => {
  const path = keyOrUrl.split(/[?#]/)[0] ?? '';
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
};

export function datastoreJobs(
  registry: JobRegistry,
  deps: { db: DbHandle; config: Config; storage?: StorageBackend },
): JobRegistry {
  let storage = deps.storage;
  const { db } = deps;
  registry.define({
    kind: 'datastore.ingest',
    maxAttempts: 3,
    backoffMs: 10_000,
    async run({ resourceId }, job) {
      const resource = await resourceSource(db.db, resourceId);
      if (!resource) throw new PermanentJobError(`resource ${resourceId} is gone`);
      const size = resource.size === null ? null : Number(resource.size);
      await markRunning(db.db, resourceId, job.id, size);
      const key = resource.storage_key;
      const link = !key ? resource.url : null;
      if (!key && !link) throw new PermanentJobError(`resource ${resourceId} has neither a file nor a link`);
      storage ??= createStorage(deps.config);
      const store = dataStoreFor(db);
      const previous = await findTable(db.db, resourceId);
      const edits = splitStored(previous?.dictionary);
      try {
        const { table, report } = await ingestFile(store, {
          resourceId,
          // A linked file is read through the safe fetcher (timeouts, size limit, no private addresses unless
          // HARVEST_ALLOW_PRIVATE), as harvesting does; an upload from storage.
          open: async () =>
            key
              ? (await storage!.get(key)).stream
              : ((await openUrl(link!, deps.config, { signal: job.signal })).body as Readable),
          name: linkName(key ?? link!) || resource.format || '',
          checksum: resource.sha256,
          jobId: job.id,
          dictionary: edits.fields,
          table: edits.table,
          signal: job.signal,
          onProgress: async ({ rows, bytes }) => {
            job.progress(bytes, size, String(rows));
            await setProgress(db.db, resourceId, { rows, bytes });
          },
        });
        // The full-text index of `q` (datastore_search): built once per new table version.
        await createFullTextIndex(db, resourceId);
        await db.db.transaction().execute((tx) => indexDatasets(tx, db.dialect, [resource.dataset_id]));
        return { ingested: true, rows: table.rowCount, errors: report.stats.errors };
      } catch (e) {
        if (e instanceof IngestFailure) {
          await markFailed(
            db.db,
            resourceId,
            { code: 'datastore.unreadable', params: { reason: e.reason, ...e.params } },
            e.report,
          );
          return { ingested: false, reason: e.reason };
        }
        if (e instanceof AppError && !key) {
          // The link could not be read (refused, timed out, too large, HTTP error): say why, keep the table.
          await markFailed(db.db, resourceId, { code: e.code, params: e.params ?? {} }, null);
          return { ingested: false, reason: e.code };
        }
        await markFailed(db.db, resourceId, { code: 'datastore.ingest_failed', params: {} }, null);
        throw e;
      }
    },
  });
  registry.define({
    kind: 'datastore.drop',
    maxAttempts: 5,
    backoffMs: 10_000,
    async run({ resourceId }) {
      await dropFullTextTables(db, resourceId, null);
      await dataStoreFor(db).dropTable(resourceId);
      return { dropped: resourceId };
    },
  });
  return registry;
}
