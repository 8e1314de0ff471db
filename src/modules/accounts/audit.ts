import type { ServiceContext } from '../../context.ts';
import type { Executor } from '../../db/types.ts';
import { insertAudit } from './audit.repo.ts';

/** Records a write or a security event (who, what, when, from where) in the caller's transaction. */
export function audit(
  ctx: ServiceContext,
  db: Executor,
  action: string,
  target: { type?: string; id?: string | null } = {},
  details: Record<string, unknown> = {},
  actorOverride?: { id: string | null; label: string },
): Promise<void> {
  return insertAudit(db, {
    actorId: actorOverride ? actorOverride.id : ctx.actor.userId,
    actorLabel: actorOverride?.label ?? ctx.actor.email ?? ctx.actor.name ?? 'anonymous',
    action,
    targetType: target.type ?? null,
    targetId: target.id ?? null,
    ip: ctx.ip,
    requestId: ctx.requestId,
    details,
  });
}
