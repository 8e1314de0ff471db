// Harvest sources and their runs. Who manages a source: sysadmins, and the admins of its target organisation
// (the organisation the datasets land in) for their own organisation only; lists are filtered in SQL to those
// organisations. Writes are audited.
import type { ServiceContext, Services } from '../../context.ts';
import type { HarvestType } from '../../db/tables/harvest.ts';
import { isLocale } from '../../i18n/index.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId, nowIso } from '../../kernel/ids.ts';
import { Fields } from '../../kernel/validate.ts';
import { audit, hasOrgRole, orgsService, orgsWithRole } from '../accounts/index.ts';
import { bool, httpUrl } from '../catalog/fields.ts';
import { nextRunAt, schedules } from './cadence.ts';
import type { HarvestFilters } from './drivers/index.ts';
import * as repo from './harvest.repo.ts';
import { presentRun, presentSource, type RunView, type SourceView } from './present.ts';

export const harvestTypes: readonly HarvestType[] = ['ckan', 'datajson', 'dcat'];

const canManage = (ctx: ServiceContext, orgId: string) =>
  ctx.actor.sysadmin || hasOrgRole(ctx.actor, orgId, 'admin');

function requireSignedIn(ctx: ServiceContext) {
  if (!ctx.actor.userId && !ctx.actor.sysadmin) throw new AppError('auth.unauthenticated');
}

/** Organisations whose sources the actor manages (null: all). */
function scope(ctx: ServiceContext): string[] | null {
  return ctx.actor.sysadmin ? null : orgsWithRole(ctx.actor, 'admin');
}

/** The active organisations the actor may harvest into (offered by the source form), by name. */
export async function targetOrganizations(ctx: ServiceContext) {
  requireSignedIn(ctx);
  const allowed = scope(ctx);
  const { items } = await orgsService.listOrganizations(ctx, { limit: 2000, offset: 0 });
  return items
    .filter((o) => o.state === 'active' && (allowed === null || allowed.includes(o.id)))
    .map((o) => ({ name: o.name, title: o.title }));
}

async function manageable(ctx: ServiceContext, id: string): Promise<repo.SourceRow> {
  requireSignedIn(ctx);
  const row = await repo.findSource(ctx.db.db, id);
  if (!row) throw new AppError('harvest.source_not_found', { id });
  if (!canManage(ctx, row.organization_id))
    throw new AppError('auth.forbidden', { action: 'harvest:manage' });
  return row;
}

async function checkSource(ctx: ServiceContext, input: Record<string, unknown>, current?: repo.SourceRow) {
  const f = new Fields();
  const title = f.text('title', input.title, { max: 200, required: true });
  const url = httpUrl(f, 'url', input.url, true);
  const type = f.oneOf('type', input.type, harvestTypes);
  const schedule = f.oneOf('schedule', input.schedule, schedules, 'manual');
  const active = bool(f, 'active', input.active, current ? Number(current.active) === 1 : true);
  const raw = (input.filters && typeof input.filters === 'object' ? input.filters : {}) as Record<
    string,
    unknown
  >;
  const filters: HarvestFilters = {};
  const organization = f.text('filters.organization', raw.organization, { max: 100 });
  if (organization) filters.organization = organization;
  const fq = f.text('filters.fq', raw.fq, { max: 1000 });
  if (fq) filters.fq = fq;
  const q = f.text('filters.q', raw.q, { max: 200 });
  if (q) filters.q = q;
  const language = f.text('filters.language', raw.language, { max: 2 });
  if (language && !isLocale(language)) f.add('filters.language', 'invalid_value');
  else if (language && isLocale(language)) filters.language = language;
  const orgKey = f.text('organization', input.organization, { max: 100, required: true });
  const org = orgKey
    ? await ctx.db.db
        .selectFrom('organizations')
        .select(['id', 'state'])
        .where((eb) => eb.or([eb('id', '=', orgKey), eb('name', '=', orgKey)]))
        .executeTakeFirst()
    : undefined;
  if (orgKey && (!org || org.state === 'archived')) f.add('organization', 'invalid_value');
  f.check();
  if (!canManage(ctx, org!.id)) throw new AppError('auth.forbidden', { action: 'harvest:manage' });
  const when = Number(active) && schedule !== 'manual';
  return {
    title,
    url: url!,
    type,
    schedule,
    active: active ? 1 : 0,
    filters: JSON.stringify(filters),
    organization_id: org!.id,
    next_run_at: when
      ? current?.next_run_at && current.schedule === schedule
        ? current.next_run_at
        : nextRunAt(schedule)
      : null,
  };
}

export async function createSource(ctx: ServiceContext, input: Record<string, unknown>): Promise<SourceView> {
  requireSignedIn(ctx);
  const fields = await checkSource(ctx, input);
  const id = newId();
  const now = nowIso();
  await ctx.db.db.transaction().execute(async (tx) => {
    await repo.insertSource(tx, {
      id,
      ...fields,
      created_by: ctx.actor.userId,
      created_at: now,
      updated_at: now,
    });
    await audit(ctx, tx, 'harvest.source_created', { type: 'harvest_source', id }, { url: fields.url });
  });
  return getSource(ctx, id);
}

export async function updateSource(ctx: ServiceContext, id: string, input: Record<string, unknown>) {
  const current = await manageable(ctx, id);
  const fields = await checkSource(ctx, input, current);
  await ctx.db.db.transaction().execute(async (tx) => {
    await repo.updateSource(tx, id, { ...fields, updated_at: nowIso() });
    await audit(ctx, tx, 'harvest.source_updated', { type: 'harvest_source', id }, { url: fields.url });
  });
  return getSource(ctx, id);
}

/** Deletes the source and its runs; its datasets stay, no longer read-only. */
export async function deleteSource(ctx: ServiceContext, id: string): Promise<void> {
  await manageable(ctx, id);
  await ctx.db.db.transaction().execute(async (tx) => {
    await tx.deleteFrom('harvest_objects').where('source_id', '=', id).execute();
    await repo.deleteSource(tx, id);
    await audit(ctx, tx, 'harvest.source_deleted', { type: 'harvest_source', id });
  });
}

export async function listSources(ctx: ServiceContext): Promise<SourceView[]> {
  requireSignedIn(ctx);
  const rows = await repo.listSources(ctx.db.db, scope(ctx));
  const counts = await repo.datasetCounts(
    ctx.db.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => presentSource(r, counts.get(r.id) ?? 0));
}

export async function getSource(ctx: ServiceContext, id: string): Promise<SourceView & { runs: RunView[] }> {
  const row = await manageable(ctx, id);
  const counts = await repo.datasetCounts(ctx.db.db, [id]);
  const runs = await repo.listRuns(ctx.db.db, id, 20);
  return { ...presentSource(row, counts.get(id) ?? 0), runs: runs.map((r) => presentRun(r)) };
}

/** Creates a run and queues its job in one transaction; a source already queued or running gives that run. */
export async function startRun(
  services: Services,
  sourceId: string,
  trigger: 'manual' | 'schedule',
): Promise<repo.RunRow> {
  return services.db.db.transaction().execute(async (tx) => {
    const active = await repo.activeRun(tx, sourceId);
    if (active) return active;
    const id = newId();
    const job = await services.queue.enqueue('harvest.run', { runId: id }, { tx });
    await repo.insertRun(tx, {
      id,
      source_id: sourceId,
      job_id: job.id,
      trigger,
      status: 'queued',
      ...{ created: 0, updated: 0, unchanged: 0, deleted: 0, failed: 0 },
      items: '[]',
      created_at: nowIso(),
    });
    return (await repo.findRun(tx, id))!;
  });
}

export async function runSourceNow(ctx: ServiceContext, id: string): Promise<RunView> {
  await manageable(ctx, id);
  const run = await startRun(ctx, id, 'manual');
  return getRun(ctx, id, run.id);
}

export async function getRun(ctx: ServiceContext, sourceId: string, runId: string): Promise<RunView> {
  await manageable(ctx, sourceId);
  const run = await repo.findRun(ctx.db.db, runId);
  if (!run || run.source_id !== sourceId) throw new AppError('harvest.run_not_found', { id: runId });
  const job = run.job_id ? await ctx.queue.get(run.job_id).catch(() => null) : null;
  return presentRun(run, job?.progress ?? null);
}

/**
 * Asks to cancel a run. A queued run is cancelled at once (its job then does nothing); a running one is
 * marked, and the worker stops before its next record with status `cancelled` and the report so far (each
 * record is its own transaction, so nothing is half-written; no dataset is withdrawn). A finished run → 409.
 */
export async function cancelRun(ctx: ServiceContext, sourceId: string, runId: string): Promise<RunView> {
  await manageable(ctx, sourceId);
  const run = await repo.findRun(ctx.db.db, runId);
  if (!run || run.source_id !== sourceId) throw new AppError('harvest.run_not_found', { id: runId });
  const now = nowIso();
  const db = ctx.db.db;
  const queued = await db
    .updateTable('harvest_runs')
    .set({ status: 'cancelled', cancel_requested_at: now, finished_at: now })
    .where('id', '=', runId)
    .where('status', '=', 'queued')
    .executeTakeFirst();
  if (Number(queued.numUpdatedRows) === 0) {
    const running = await db
      .updateTable('harvest_runs')
      .set({ cancel_requested_at: now })
      .where('id', '=', runId)
      .where('status', '=', 'running')
      .where('cancel_requested_at', 'is', null)
      .executeTakeFirst();
    const fresh = (await repo.findRun(db, runId))!;
    if (Number(running.numUpdatedRows) === 0 && !(fresh.status === 'running' && fresh.cancel_requested_at))
      throw new AppError('harvest.run_finished', { id: runId, status: fresh.status });
  }
  await audit(ctx, db, 'harvest.run_cancelled', { type: 'harvest_source', id: sourceId }, { run: runId });
  return getRun(ctx, sourceId, runId);
}
