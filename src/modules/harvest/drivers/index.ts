import type { HarvestType } from '../../../db/tables/harvest.ts';
import { ckanDriver } from './ckan.ts';
import { datajsonDriver } from './datajson.ts';
import { dcatDriver } from './dcat.ts';
import type { HarvestDriver } from './types.ts';

export const drivers: Record<HarvestType, HarvestDriver> = {
  ckan: ckanDriver,
  datajson: datajsonDriver,
  dcat: dcatDriver,
};
export type { HarvestDriver, HarvestFilters, MappedRecord, RemoteRef, SourceSpec } from './types.ts';
