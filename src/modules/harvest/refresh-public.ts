// What the public may know of a resource's scheduled refresh: that the file is updated automatically, on which
// schedule, when it was last checked and with what outcome, when it last changed, and the next check. Not the
// address it is fetched from (it may be a producer's internal system) nor a failure's technical reason.
import type { ServiceContext } from '../../context.ts';
import { resourcesService } from '../catalog/index.ts';
import type { RefreshView } from './refresh.ts';

export interface PublicRefreshView {
  schedule: RefreshView['schedule'];
  nextRunAt: string;
  lastCheckedAt: string | null;
  lastStatus: RefreshView['lastStatus'];
  /** When a refresh last stored a new version (null: none yet). */
  lastNewVersionAt: string | null;
}

/** The refresh of a resource the actor may read (its dataset's visibility applies), or null when none is set. */
export async function publicRefreshStatus(
  ctx: ServiceContext,
  datasetKey: string,
  resourceId: string,
): Promise<PublicRefreshView | null> {
  const resource = await resourcesService.getResource(ctx, datasetKey, resourceId);
  const row = await ctx.db.db
    .selectFrom('resource_refreshes')
    .select(['schedule', 'next_run_at', 'last_run_at', 'last_status'])
    .where('resource_id', '=', resource.id)
    .executeTakeFirst();
  if (!row) return null;
  const lastNew = await ctx.db.db
    .selectFrom('resource_refresh_runs')
    .select('finished_at')
    .where('resource_id', '=', resource.id)
    .where('status', '=', 'ok')
    .orderBy('finished_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return {
    schedule: row.schedule,
    nextRunAt: row.next_run_at,
    lastCheckedAt: row.last_run_at,
    lastStatus: row.last_status,
    lastNewVersionAt: lastNew?.finished_at ?? null,
  };
}
