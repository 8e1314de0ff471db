// Public datasets read in batches for the streamed exports: ids by keyset (name order), then the views of each
// batch in a few queries, with the publishers' details (cached across batches: there are few organisations).
import type { Executor } from '../../db/types.ts';
import { type DatasetView, loadDatasetViews } from '../catalog/index.ts';
import * as repo from './dcat.repo.ts';

/** Rows read per query while streaming. */
export const BATCH = 500;

export interface Batch {
  views: DatasetView[];
  orgs: Map<string, repo.OrgInfo>;
}

/** The public datasets `start`…`start + count - 1` (name order) of `filter`, a batch at a time. */
export async function* publicBatches(
  db: Executor,
  filter: repo.PublicFilter,
  start: number,
  count: number,
  known: readonly repo.OrgInfo[] = [],
  batch = BATCH,
): AsyncGenerator<Batch> {
  const orgs = new Map(known.map((o) => [o.id, o]));
  let remaining = count;
  let after: string | undefined;
  while (remaining > 0) {
    const ids = await repo.publicIds(db, {
      ...filter,
      after,
      offset: after === undefined ? start : 0,
      limit: Math.min(batch, remaining),
    });
    if (!ids.length) return;
    remaining -= ids.length;
    after = ids[ids.length - 1]!.name;
    const views = await loadDatasetViews(
      db,
      ids.map((r) => r.id),
    );
    const missing = views.map((v) => v.organization.id).filter((id) => !orgs.has(id));
    for (const o of await repo.orgInfos(db, missing)) orgs.set(o.id, o);
    yield { views, orgs };
  }
}
