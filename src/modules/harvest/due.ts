// The recurring task of harvesting for the scheduler (src/jobs/scheduler.ts): queue a run of every active
// scheduled source that is due, and a refresh of every resource whose refresh is due. Each due row is claimed
// by moving its next time forward with a conditional UPDATE, so several workers ticking at once queue it once.
import type { Services } from '../../context.ts';
import { nowIso } from '../../kernel/ids.ts';
import { nextRunAt } from './cadence.ts';
import * as repo from './harvest.repo.ts';
import { startRun } from './sources.service.ts';

export async function queueDueHarvests(services: Services, now = Date.now()): Promise<number> {
  const db = services.db.db;
  const at = new Date(now).toISOString();
  let queued = 0;
  const interrupted = await repo.failInterruptedRuns(db, at);
  if (interrupted) services.log.warn({ runs: interrupted }, 'harvest runs interrupted by a lost worker');
  for (const s of await repo.dueSources(db, at)) {
    if (!(await repo.claimSlot(db, s.id, s.next_run_at!, nextRunAt(s.schedule, now)!))) continue;
    await startRun(services, s.id, 'schedule');
    queued++;
  }
  const refreshes = await db
    .selectFrom('resource_refreshes')
    .select(['resource_id', 'schedule', 'next_run_at'])
    .where('next_run_at', '<=', at)
    .execute();
  for (const r of refreshes) {
    const moved = await db
      .updateTable('resource_refreshes')
      .set({ next_run_at: nextRunAt(r.schedule, now)!, updated_at: nowIso() })
      .where('resource_id', '=', r.resource_id)
      .where('next_run_at', '=', r.next_run_at)
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1) continue;
    await services.queue.enqueue(
      'resource.refresh',
      { resourceId: r.resource_id, trigger: 'schedule' },
      { dedupeKey: `resource.refresh:${r.resource_id}` },
    );
    queued++;
  }
  return queued;
}
