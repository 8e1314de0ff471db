// Public views of requests, their history and comments (what pages and the REST API show).
import type { HistoryRole, RequestStatus, TransitionKind } from '../../db/tables/requests.ts';
import type { RequestListRow, TransitionRow } from './requests.repo.ts';
import { isOverdue } from './workflow.ts';

export type Translated = Partial<Record<'ar' | 'fr' | 'en', string>>;

export interface RequestView {
  id: string;
  title: string;
  description: string;
  purpose: string;
  locale: string;
  status: RequestStatus;
  /** `anonymous`: made without an account (the name is the display name given, maybe ''). */
  requester: { id: string; name: string; anonymous: boolean };
  organization: { id: string; name: string; title: Translated } | null;
  preferred_format: string | null;
  topic: string | null;
  routed_at: string | null;
  due_date: string | null;
  extended: boolean;
  extension_reason: string | null;
  planned_date: string | null;
  refusal: { reason: string; justification: string } | null;
  answered_at: string | null;
  inventory_item_id: string | null;
  vote_count: number;
  overdue: boolean;
  /** Urgent (life, safety, freedom): the short deadline applies; `confirmed` by a moderator. The reason is
   *  shown only to those who answer (RequestDetail.urgent_reason): it may tell about a person. */
  urgent: { confirmed: boolean } | null;
  /** Assigned to a data manager of the organisation (who, only for the organisation: see the detail). */
  assigned: boolean;
  created_at: string;
  updated_at: string;
}

export interface TransitionView {
  kind: TransitionKind;
  from: RequestStatus | null;
  to: RequestStatus;
  actor: string | null;
  role: HistoryRole;
  note: string;
  at: string;
}

export function presentRequest(r: RequestListRow, today: string): RequestView {
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    purpose: r.purpose,
    locale: r.locale,
    status: r.status,
    requester: r.guest_of
      ? { id: r.requester_id, name: r.guest_name ?? '', anonymous: true }
      : { id: r.requester_id, name: r.requester_name, anonymous: false },
    organization:
      r.organization_id && r.org_name
        ? { id: r.organization_id, name: r.org_name, title: JSON.parse(r.org_title ?? '{}') }
        : null,
    preferred_format: r.preferred_format,
    topic: r.topic,
    routed_at: r.routed_at,
    due_date: r.due_date,
    extended: Number(r.extended) === 1,
    extension_reason: r.extension_reason,
    planned_date: r.planned_date,
    refusal:
      r.status === 'refused' && r.refusal_reason
        ? { reason: r.refusal_reason, justification: r.refusal_justification ?? '' }
        : null,
    answered_at: r.answered_at,
    inventory_item_id: r.inventory_item_id,
    vote_count: Number(r.vote_count),
    overdue: isOverdue(r.status, r.due_date, today),
    urgent: Number(r.urgent) === 1 ? { confirmed: Number(r.urgent_confirmed) === 1 } : null,
    assigned: r.assignee_id !== null,
    created_at: r.created_at,
    updated_at: r.updated_at,
  };
}

export function presentTransition(t: TransitionRow & { actor_name: string | null }): TransitionView {
  return {
    kind: t.kind,
    from: t.from_status,
    to: t.to_status,
    actor: t.actor_name,
    role: t.actor_role,
    note: t.note,
    at: t.at,
  };
}
