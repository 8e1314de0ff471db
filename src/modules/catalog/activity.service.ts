// Activity streams from revisions: of a dataset, of an organisation, of a person (newest first).
import type { ServiceContext } from '../../context.ts';
import { readableDataset } from './dataset-views.ts';
import { findOrganization } from './datasets.repo.ts';
import { presentRevision, type RevisionView } from './present.ts';
import { listRevisions } from './revisions.repo.ts';
import { datasetScope } from './scope.ts';

interface Page {
  limit: number;
  offset: number;
}

/** The changes of one dataset and its resources, for whoever may read the dataset. */
export async function listDatasetActivity(ctx: ServiceContext, key: string, page: Page) {
  const dataset = await readableDataset(ctx, key);
  const { total, rows } = await listRevisions(ctx.db.db, { datasetId: dataset.id, ...page }, { all: true });
  return { total, items: rows.map(presentRevision) };
}

/**
 * Changes of an organisation's datasets, or made by a person; only those of datasets the actor may read.
 * An unknown organisation gives an empty stream.
 */
export async function listActivity(
  ctx: ServiceContext,
  filter: { organization?: string; actorId?: string },
  page: Page,
): Promise<{ total: number; items: RevisionView[] }> {
  const org = filter.organization ? await findOrganization(ctx.db.db, filter.organization) : undefined;
  if (filter.organization && !org) return { total: 0, items: [] };
  const { total, rows } = await listRevisions(
    ctx.db.db,
    { organizationId: org?.id, actorId: filter.actorId, ...page },
    datasetScope(ctx.actor),
  );
  return { total, items: rows.map(presentRevision) };
}
