// Scheduled refresh of a resource from a URL: a producer's system publishes a file at a fixed address and
// Shafaf pulls it on a schedule (through the safe fetcher) into storage as the resource's new file (a new
// version: the revision history keeps the old checksum). The download goes to a temporary file first: when it
// fails the previous file stays; when its SHA-256 equals the current file's, nothing changes ("unchanged").
// Hook for the DataStore: `onResourceRefreshed` listeners run after a new version, and a `datastore.ingest` job
// is queued when that job kind is registered (the DataStore module defines it).
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ServiceContext, Services } from '../../context.ts';
import type { Locale } from '../../i18n/index.ts';
import type { JobRegistry } from '../../jobs/index.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId, nowIso } from '../../kernel/ids.ts';
import { Fields } from '../../kernel/validate.ts';
import { httpUrl } from '../catalog/fields.ts';
import { resourcesService, uploadsService } from '../catalog/index.ts';
import { createStorage } from '../files/index.ts';
import { nextRunAt, refreshSchedules } from './cadence.ts';
import { openUrl } from './fetch.ts';
import { harvesterContext } from './import.ts';
import { describe } from './report.ts';

declare module '../../jobs/registry.ts' {
  interface JobKinds {
    'resource.refresh': { resourceId: string; trigger?: 'manual' | 'schedule' };
  }
}

export interface RefreshView {
  resourceId: string;
  datasetId: string;
  url: string;
  schedule: (typeof refreshSchedules)[number];
  nextRunAt: string;
  lastRunAt: string | null;
  lastStatus: 'ok' | 'unchanged' | 'failed' | null;
  lastError: { code: string; params: Record<string, string | number> } | null;
}

type Listener = (event: { resourceId: string; datasetId: string; sha256: string }) => Promise<void> | void;
const listeners = new Set<Listener>();

/** Registers a callback run after each new version a refresh stored (the DataStore re-ingests here). */
export function onResourceRefreshed(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

async function findRefresh(ctx: Pick<Services, 'db'>, resourceId: string) {
  return ctx.db.db
    .selectFrom('resource_refreshes')
    .selectAll()
    .where('resource_id', '=', resourceId)
    .executeTakeFirst();
}

function present(row: NonNullable<Awaited<ReturnType<typeof findRefresh>>>): RefreshView {
  return {
    resourceId: row.resource_id,
    datasetId: row.dataset_id,
    url: row.url,
    schedule: row.schedule,
    nextRunAt: row.next_run_at,
    lastRunAt: row.last_run_at,
    lastStatus: row.last_status,
    lastError: row.last_error ? JSON.parse(row.last_error) : null,
  };
}

/** The refresh of a resource the actor may edit (null when none is set). */
export async function getResourceRefresh(ctx: ServiceContext, datasetKey: string, resourceId: string) {
  const dataset = await resourcesService.writable(ctx, datasetKey, 'update');
  await resourcesService.existing(ctx, dataset, resourceId);
  const row = await findRefresh(ctx, resourceId);
  return row ? present(row) : null;
}

/** Sets (or changes) the URL and schedule a resource is refreshed from. */
export async function setResourceRefresh(
  ctx: ServiceContext,
  datasetKey: string,
  resourceId: string,
  input: Record<string, unknown>,
): Promise<RefreshView> {
  const dataset = await resourcesService.writable(ctx, datasetKey, 'update');
  const resource = await resourcesService.existing(ctx, dataset, resourceId);
  const f = new Fields();
  const url = httpUrl(f, 'url', input.url ?? resource.url ?? undefined, true);
  const schedule = f.oneOf('schedule', input.schedule, refreshSchedules);
  f.check();
  const now = nowIso();
  const next = nextRunAt(schedule)!;
  await ctx.db.db
    .insertInto('resource_refreshes')
    .values({
      resource_id: resource.id,
      dataset_id: dataset.id,
      url: url!,
      schedule,
      next_run_at: next,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc.column('resource_id').doUpdateSet({ url: url!, schedule, next_run_at: next, updated_at: now }),
    )
    .execute();
  return present((await findRefresh(ctx, resource.id))!);
}

export async function removeResourceRefresh(ctx: ServiceContext, datasetKey: string, resourceId: string) {
  const dataset = await resourcesService.writable(ctx, datasetKey, 'update');
  await resourcesService.existing(ctx, dataset, resourceId);
  await ctx.db.db.deleteFrom('resource_refreshes').where('resource_id', '=', resourceId).execute();
}

/** Queues a refresh now (the same job the schedule queues). */
export async function refreshResourceNow(ctx: ServiceContext, datasetKey: string, resourceId: string) {
  const current = await getResourceRefresh(ctx, datasetKey, resourceId);
  if (!current) throw new AppError('catalog.resource_not_found', { id: resourceId });
  return ctx.queue.enqueue(
    'resource.refresh',
    { resourceId, trigger: 'manual' },
    { dedupeKey: `resource.refresh:${resourceId}` },
  );
}

/** Attempts kept per resource (older ones are dropped as new ones are recorded). */
export const REFRESH_HISTORY = 50;

export interface RefreshRunView {
  id: string;
  trigger: 'manual' | 'schedule';
  /** ok: a new version was stored; unchanged: same file, the previous version kept; failed: kept too. */
  status: 'ok' | 'unchanged' | 'failed';
  error: { code: string; params: Record<string, string | number> } | null;
  sha256: string | null;
  url: string;
  startedAt: string;
  finishedAt: string;
}

/** The latest attempts of a resource's refresh, newest first (for whoever may edit the resource). */
export async function listRefreshRuns(
  ctx: ServiceContext,
  datasetKey: string,
  resourceId: string,
): Promise<RefreshRunView[]> {
  const dataset = await resourcesService.writable(ctx, datasetKey, 'update');
  await resourcesService.existing(ctx, dataset, resourceId);
  const rows = await ctx.db.db
    .selectFrom('resource_refresh_runs')
    .selectAll()
    .where('resource_id', '=', resourceId)
    .orderBy('started_at', 'desc')
    .orderBy('id', 'desc')
    .limit(REFRESH_HISTORY)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    trigger: r.trigger,
    status: r.status,
    error: r.error ? JSON.parse(r.error) : null,
    sha256: r.sha256,
    url: r.url,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
  }));
}

const fileNameOf = (url: string) => {
  const last = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
  return last || 'download';
};

/** The job: download to a temporary file, compare, store as the new file; record the outcome. */
export async function runRefresh(
  services: Services,
  registry: JobRegistry,
  resourceId: string,
  signal?: AbortSignal,
  trigger: 'manual' | 'schedule' = 'schedule',
) {
  const row = await findRefresh(services, resourceId);
  if (!row) return { status: 'gone' };
  const startedAt = nowIso();
  let sha: string | null = null;
  const ctx = harvesterContext(services, services.db.db, services.config.DEFAULT_LOCALE as Locale);
  const dir = await mkdtemp(join(tmpdir(), 'shafaf-refresh-'));
  const storage = createStorage(services.config);
  let status: 'ok' | 'unchanged' | 'failed' = 'failed';
  let error: string | null = null;
  try {
    const res = await openUrl(row.url, services.config, { signal });
    const hash = createHash('sha256');
    const file = join(dir, 'body');
    const tap = new Transform({
      transform(chunk, _enc, cb) {
        hash.update(chunk);
        cb(null, chunk);
      },
    });
    await pipeline(res.body, tap, createWriteStream(file));
    const sha256 = hash.digest('hex');
    sha = sha256;
    const current = await resourcesService.getResource(ctx, row.dataset_id, resourceId);
    if (current.sha256 === sha256) status = 'unchanged';
    else {
      await uploadsService.uploadResourceFile(ctx, storage, row.dataset_id, resourceId, {
        stream: createReadStream(file),
        filename: fileNameOf(res.url),
        mimetype: res.contentType.split(';')[0]!.trim() || 'application/octet-stream',
      });
      status = 'ok';
      for (const listener of listeners) await listener({ resourceId, datasetId: row.dataset_id, sha256 });
      if (registry.has('datastore.ingest'))
        await services.queue.enqueue('datastore.ingest' as never, { resourceId } as never);
    }
  } catch (err) {
    error = JSON.stringify(describe(err));
    services.log.warn({ resourceId, err: (err as Error).message }, 'resource refresh failed');
  } finally {
    await storage.close();
    await rm(dir, { recursive: true, force: true });
  }
  const finishedAt = nowIso();
  await services.db.db.transaction().execute(async (tx) => {
    await tx
      .updateTable('resource_refreshes')
      .set({ last_run_at: finishedAt, last_status: status, last_error: error })
      .where('resource_id', '=', resourceId)
      .execute();
    await tx
      .insertInto('resource_refresh_runs')
      .values({
        id: newId(),
        resource_id: resourceId,
        trigger,
        status,
        error,
        sha256: sha,
        url: row.url,
        started_at: startedAt,
        finished_at: finishedAt,
      })
      .execute();
    const keep = await tx
      .selectFrom('resource_refresh_runs')
      .select('started_at')
      .where('resource_id', '=', resourceId)
      .orderBy('started_at', 'desc')
      .offset(REFRESH_HISTORY - 1)
      .limit(1)
      .executeTakeFirst();
    if (keep)
      await tx
        .deleteFrom('resource_refresh_runs')
        .where('resource_id', '=', resourceId)
        .where('started_at', '<', keep.started_at)
        .execute();
  });
  return { status, error };
}

export function refreshJobs(registry: JobRegistry, services: () => Services): JobRegistry {
  return registry.define({
    kind: 'resource.refresh',
    maxAttempts: 1,
    run: async (payload, ctx) =>
      runRefresh(services(), registry, payload.resourceId, ctx.signal, payload.trigger ?? 'schedule'),
  });
}
