// Tags: the free keywords of datasets, listed from the datasets the actor may see (CKAN's tag_list).
import type { ServiceContext } from '../../context.ts';
import { listTags as listTagRows } from './datasets.repo.ts';
import { datasetScope } from './scope.ts';

export async function listTags(ctx: ServiceContext, query: { q?: string; limit: number; offset: number }) {
  return listTagRows(ctx.db.db, datasetScope(ctx.actor), { ...query, q: query.q?.trim() || undefined });
}
