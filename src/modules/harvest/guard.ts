// Harvested datasets are read-only locally: the catalogue's write services call `assertLocallyEditable`, which
// refuses every actor but the harvester (their content comes from the source and would be overwritten at the
// next run). Imports nothing of the catalogue, so the catalogue may import it.
import type { Executor } from '../../db/types.ts';
import { AppError } from '../../kernel/errors.ts';
import { type Actor, cliActor } from '../accounts/actor.ts';

/** The actor of harvest runs and resource refreshes: a system actor, the only one allowed to write them. */
export const harvesterActor: Actor = Object.freeze({ ...cliActor, name: 'harvester' });

export async function harvestOrigin(db: Executor, datasetId: string) {
  return db
    .selectFrom('harvest_objects as o')
    .innerJoin('harvest_sources as s', 's.id', 'o.source_id')
    .select(['s.id as sourceId', 's.title', 's.url', 's.type', 'o.remote_url as remoteUrl', 'o.harvested_at'])
    .where('o.dataset_id', '=', datasetId)
    .executeTakeFirst();
}

export async function assertLocallyEditable(db: Executor, actor: Actor, datasetId: string): Promise<void> {
  if (actor === harvesterActor) return;
  const origin = await harvestOrigin(db, datasetId);
  if (origin) throw new AppError('harvest.read_only', { source: origin.title });
}

/** Where a dataset was harvested from, as its public page shows it (null: published here). */
export async function datasetOrigin(db: Executor, datasetId: string) {
  const o = await harvestOrigin(db, datasetId);
  return o ? { title: o.title, url: o.url, remoteUrl: o.remoteUrl, harvestedAt: o.harvested_at } : null;
}
