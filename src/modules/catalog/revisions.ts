// Revisions: every write to the catalogue records what changed ({field: {before, after}}) in the caller's
// transaction, together with the audit row.
import { randomBytes } from 'node:crypto';
import type { ServiceContext } from '../../context.ts';
import type { RevisionAction, RevisionEntity } from '../../db/tables/catalog.ts';
import type { Executor } from '../../db/types.ts';
import { audit } from '../accounts/index.ts';
import { insertRevision } from './revisions.repo.ts';

export type Changes = Record<string, { before: unknown; after: unknown }>;
type Snapshot = Record<string, unknown>;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields that differ between two snapshots (a missing snapshot reads as all-null). */
export function diff(before: Snapshot | null, after: Snapshot | null): Changes {
  const out: Changes = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const k of keys) {
    const b = before?.[k] ?? null;
    const a = after?.[k] ?? null;
    if (!same(b, a)) out[k] = { before: b, after: a };
  }
  return out;
}

let lastMs = 0;
let counter = 0;
/** A UUID-shaped id that sorts by creation time within this process (revisions made in the same ms). */
function timeOrderedId(ms: number): string {
  counter = ms === lastMs ? counter + 1 : 0;
  lastMs = ms;
  const hex = ms.toString(16).padStart(12, '0') + (counter & 0xffff).toString(16).padStart(4, '0');
  const rnd = randomBytes(8).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${rnd.slice(0, 4)}-${rnd.slice(4, 16)}`;
}

export interface RevisionTarget {
  type: RevisionEntity;
  id: string;
  datasetId: string | null;
  organizationId: string | null;
  /** A readable label for the audit row (dataset or theme name). */
  name: string;
}

/**
 * Records a revision and its audit row. Nothing is recorded for an update that changed nothing.
 * Returns the changes.
 */
export async function record(
  ctx: ServiceContext,
  tx: Executor,
  action: RevisionAction,
  target: RevisionTarget,
  changes: Changes,
): Promise<Changes> {
  if (action === 'updated' && Object.keys(changes).length === 0) return changes;
  const now = Date.now();
  await insertRevision(tx, {
    id: timeOrderedId(now),
    at: new Date(now).toISOString(),
    actor_id: ctx.actor.userId,
    actor_label: ctx.actor.name ?? ctx.actor.email ?? (ctx.actor.via === 'cli' ? 'cli' : 'anonymous'),
    entity_type: target.type,
    entity_id: target.id,
    dataset_id: target.datasetId,
    organization_id: target.organizationId,
    action,
    changes: JSON.stringify(changes),
  });
  await audit(
    ctx,
    tx,
    `${target.type}.${action}`,
    { type: target.type, id: target.id },
    {
      name: target.name,
      ...(target.datasetId ? { datasetId: target.datasetId } : {}),
      fields: Object.keys(changes),
    },
  );
  return changes;
}
