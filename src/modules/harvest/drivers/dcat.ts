// DCAT sources (Turtle, RDF/XML, JSON-LD; paged Hydra catalogues): the interface is in place; the parser and
// the EU vocabulary mapping come with the DCAT-AP module (see this module's README, "Not done yet"). Until
// then a run of a DCAT source fails with a clear report instead of guessing.
import { AppError } from '../../../kernel/errors.ts';
import type { HarvestDriver } from './types.ts';

export const dcatDriver: HarvestDriver = {
  async gather() {
    throw new AppError('harvest.type_not_supported', { type: 'dcat' });
  },
  async fetch(ref) {
    return ref.record;
  },
  map() {
    throw new AppError('harvest.type_not_supported', { type: 'dcat' });
  },
};
