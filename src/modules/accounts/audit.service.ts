import type { ServiceContext } from '../../context.ts';
import { type AuditFilter, listAudit } from './audit.repo.ts';
import { authorize } from './policy.ts';

export interface AuditView {
  id: string;
  at: string;
  actorId: string | null;
  actor: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
}

export async function listAuditLog(ctx: ServiceContext, filter: AuditFilter) {
  authorize(ctx.actor, 'audit:read', undefined);
  const { total, rows } = await listAudit(ctx.db.db, filter);
  const items: AuditView[] = rows.map((r) => ({
    id: r.id,
    at: r.at,
    actorId: r.actor_id,
    actor: r.actor_label,
    action: r.action,
    targetType: r.target_type,
    targetId: r.target_id,
    ip: r.ip,
    requestId: r.request_id,
    details: JSON.parse(r.details),
  }));
  return { total, items };
}
