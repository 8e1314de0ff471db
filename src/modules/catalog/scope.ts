// Which datasets an actor may read, as data for SQL (the `dataset:read` rule of accounts/policy.ts, in bulk):
// public and active datasets for everyone, everything of the organisations where the actor has any role,
// everything for sysadmins.
import type { ExpressionBuilder, ExpressionWrapper, SqlBool } from 'kysely';
import type { Database } from '../../db/types.ts';
import { type Actor, orgsWithRole } from '../accounts/index.ts';

export type DatasetScope = { all: true } | { all: false; orgIds: string[] };

export function datasetScope(actor: Actor): DatasetScope {
  return actor.sysadmin ? { all: true } : { all: false, orgIds: orgsWithRole(actor, 'member') };
}

/** The scope as a WHERE condition on `datasets` (in any query that has it); null when everything is visible. */
export function scopeCondition(
  builder: ExpressionBuilder<Database, any>,
  scope: DatasetScope,
): ExpressionWrapper<Database, any, SqlBool> | null {
  if (scope.all) return null;
  const eb = builder as ExpressionBuilder<Database, 'datasets'>;
  const open = eb.and([eb('datasets.state', '=', 'active'), eb('datasets.visibility', '=', 'public')]);
  return scope.orgIds.length ? eb.or([open, eb('datasets.organization_id', 'in', scope.orgIds)]) : open;
}
