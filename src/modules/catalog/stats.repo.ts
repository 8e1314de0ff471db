// Figures of the catalogue (home page): datasets and resources the reader may see, not deleted.
import type { Executor } from '../../db/types.ts';
import { type DatasetScope, scopeCondition } from './scope.ts';

export async function countVisible(
  db: Executor,
  scope: DatasetScope,
): Promise<{ datasets: number; resources: number }> {
  let datasets = db
    .selectFrom('datasets')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('datasets.state', '<>', 'deleted');
  let resources = db
    .selectFrom('resources')
    .innerJoin('datasets', 'datasets.id', 'resources.dataset_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('datasets.state', '<>', 'deleted');
  if (!scope.all) {
    datasets = datasets.where((e) => scopeCondition(e, scope)!);
    resources = resources.where((e) => scopeCondition(e, scope)!);
  }
  const d = await datasets.executeTakeFirstOrThrow();
  const r = await resources.executeTakeFirstOrThrow();
  return { datasets: Number(d.n), resources: Number(r.n) };
}
