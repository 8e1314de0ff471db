// Catalogue figures for the home page, within what the reader may see.
import type { ServiceContext } from '../../context.ts';
import { datasetScope } from './scope.ts';
import { countVisible } from './stats.repo.ts';

export function catalogCounts(ctx: ServiceContext): Promise<{ datasets: number; resources: number }> {
  return countVisible(ctx.db.db, datasetScope(ctx.actor));
}
