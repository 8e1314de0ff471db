// A harvest run, as the `harvest.run` job: gather (list the remote records), fetch (each record), import
// (one transaction per dataset), then withdraw the datasets whose remote record is gone. Every problem of a
// record becomes a failed item with its reason; a source that cannot be listed fails the run with its reason
// and withdraws nothing. Progress goes through the job progress API.

import type { Config } from '../../config.ts';
import type { Services } from '../../context.ts';
import type { DbHandle } from '../../db/types.ts';
import type { Locale } from '../../i18n/index.ts';
import { JobQueue, type JobRegistry } from '../../jobs/index.ts';
import { AppError, isAppError } from '../../kernel/errors.ts';
import { nowIso } from '../../kernel/ids.ts';
import type { Log } from '../../kernel/log.ts';
import { drivers, type HarvestFilters, type SourceSpec } from './drivers/index.ts';
import { fetchBytes, fetchJson } from './fetch.ts';
import * as repo from './harvest.repo.ts';
import { importRecord, withdrawRecord } from './import.ts';
import { refreshJobs } from './refresh.ts';
import { describe, type ItemReport, type RunSummary } from './report.ts';

declare module '../../jobs/registry.ts' {
  interface JobKinds {
    'harvest.run': { runId: string };
  }
}

export function sourceSpec(row: repo.SourceRow, config: Config): SourceSpec {
  return {
    id: row.id,
    url: row.url,
    type: row.type,
    filters: JSON.parse(row.filters) as HarvestFilters,
    locale: config.DEFAULT_LOCALE as Locale,
  };
}

export async function executeRun(
  services: Services,
  runId: string,
  progress: (done: number, total?: number | null, note?: string) => void | Promise<void> = () => {},
  signal?: AbortSignal,
): Promise<RunSummary & { status: string }> {
  const db = services.db.db;
  const run = await repo.findRun(db, runId);
  const source = run && (await repo.findSource(db, run.source_id));
  const none = { created: 0, updated: 0, unchanged: 0, deleted: 0, failed: 0 };
  if (!run || !source) return { status: 'failed', ...none };
  // Queued, or running again after a worker gave its job back; a run cancelled while queued stays so.
  if (!(await repo.startRunning(db, runId))) return { status: run.status, ...none };
  const spec = sourceSpec(source, services.config);
  const driver = drivers[source.type];
  const io = {
    json: (url: string) => fetchJson(url, services.config, { signal }),
    bytes: (url: string, accept: string) => fetchBytes(url, services.config, { accept, signal }),
  };
  const counts: RunSummary = { created: 0, updated: 0, unchanged: 0, deleted: 0, failed: 0 };
  const items: ItemReport[] = [];
  const finish = async (status: 'done' | 'failed' | 'cancelled', error: unknown = null) => {
    const now = nowIso();
    await repo.updateRun(db, runId, {
      status,
      ...counts,
      items: JSON.stringify(items),
      error: error ? JSON.stringify(describe(error)) : null,
      finished_at: now,
    });
    await repo.updateSource(db, source.id, { last_run_at: now });
    return { status, ...counts };
  };

  await progress(0, null, 'gather');
  let refs: Awaited<ReturnType<typeof driver.gather>>;
  try {
    refs = await driver.gather(spec, io);
  } catch (err) {
    if (!isAppError(err)) services.log.error({ err, source: source.id }, 'harvest gather failed');
    return finish('failed', err);
  }
  const known = await repo.objectsOf(db, source.id);
  const themes = new Map(
    (await db.selectFrom('themes').select(['name', 'eu_theme']).execute()).map((t) => [t.name, t.eu_theme]),
  );
  const target = { sourceId: source.id, organizationId: source.organization_id, locale: spec.locale, themes };
  const seen = new Set<string>();
  const fail = (ref: { remoteId: string; title: string }, err: unknown) => {
    counts.failed++;
    items.push({ remoteId: ref.remoteId, title: ref.title.slice(0, 300), ...describe(err) });
    if (!isAppError(err))
      services.log.error({ err, source: source.id, remote: ref.remoteId }, 'harvest item');
  };
  // A cancellation is looked for before every record read (and every 100 records skipped as unchanged).
  let skipped = 0;
  const cancelled = async () => (await repo.cancelRequested(db, runId)) !== null;
  for (const [i, ref] of refs.entries()) {
    await progress(i, refs.length, 'import');
    if (signal?.aborted) throw new Error('aborted');
    const obj = known.get(ref.remoteId);
    const quick = obj && obj.content_hash !== '' && ref.modified && obj.remote_modified === ref.modified;
    if ((!quick || ++skipped % 100 === 0) && (await cancelled())) {
      await progress(i, refs.length, 'cancelled');
      return finish('cancelled');
    }
    if (ref.invalid) {
      fail(ref, new AppError('harvest.invalid_catalog', { url: source.url, reason: ref.invalid }));
      continue;
    }
    if (seen.has(ref.remoteId)) continue;
    seen.add(ref.remoteId);
    // Incremental: a record whose remote modification time is the one imported last time is not read again.
    if (quick) {
      counts.unchanged++;
      continue;
    }
    try {
      const record = await driver.fetch(ref, spec, io);
      const mapped = driver.map(record, spec);
      counts[await importRecord(services, target, ref, mapped, obj)]++;
    } catch (err) {
      fail(ref, err);
    }
  }
  // Withdrawals need the whole listing: a run cancelled now withdraws nothing.
  if (await cancelled()) return finish('cancelled');
  for (const obj of known.values()) {
    if (seen.has(obj.remote_id) || obj.content_hash === '') continue;
    try {
      await withdrawRecord(services, obj, spec.locale);
      counts.deleted++;
    } catch (err) {
      fail({ remoteId: obj.remote_id, title: obj.remote_id }, err);
    }
  }
  await progress(refs.length, refs.length, 'done');
  return finish('done');
}

export function harvestJobs(
  registry: JobRegistry,
  deps: { db: DbHandle; config: Config; log: Log },
): JobRegistry {
  const services = (): Services => ({ ...deps, queue: new JobQueue(deps.db, registry) });
  registry.define({
    kind: 'harvest.run',
    maxAttempts: 1,
    run: async (payload, ctx) => executeRun(services(), payload.runId, ctx.progress, ctx.signal),
  });
  return refreshJobs(registry, services);
}
