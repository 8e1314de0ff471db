import type { Generated } from 'kysely';
// Data requests from the public (migration 0006).
export type RequestStatus =
  | 'submitted'
  | 'routed'
  | 'under_review'
  | 'accepted'
  | 'published'
  | 'partially_published'
  | 'refused'
  | 'withdrawn';
export type CommentState = 'pending' | 'approved' | 'rejected';
export type TransitionRole = 'requester' | 'moderator' | 'organization';
/** Who made a history row: a workflow role, or `system` (the deadline job). */
export type HistoryRole = TransitionRole | 'system';
export type TransitionKind = 'status' | 'extension' | 'assignment' | 'urgency' | 'overdue';

export interface DataRequestsTable {
  id: string;
  title: string;
  description: string;
  purpose: string;
  locale: string;
  requester_id: string;
  organization_id: string | null;
  preferred_format: string | null;
  /** Theme name. */
  topic: string | null;
  status: RequestStatus;
  routed_at: string | null;
  /** YYYY-MM-DD: the answer is due by the end of this day. */
  due_date: string | null;
  extended: number;
  extension_reason: string | null;
  /** YYYY-MM-DD */
  planned_date: string | null;
  refusal_reason: string | null;
  refusal_justification: string | null;
  /** When the request reached a final answer (published, partially published, refused). */
  answered_at: string | null;
  /** Reserved for the public data inventory (a later migration). */
  inventory_item_id: string | null;
  vote_count: number;
  created_at: string;
  updated_at: string;
  /** 0 | 1 (migration 0008): the urgent deadline (REQUEST_URGENT_DAYS) applies. */
  urgent: Generated<number>;
  /** The requester's reason for urgency (life, safety, freedom); null when not asked. */
  urgent_reason: string | null;
  /** 0 | 1: a moderator confirmed the urgency. */
  urgent_confirmed: Generated<number>;
  /** The data manager the organisation's open data officer assigned the request to. */
  assignee_id: string | null;
  assigned_at: string | null;
}

export interface RequestTransitionsTable {
  id: string;
  request_id: string;
  /** `status`: a move of the workflow; `extension`: the deadline was extended (status unchanged);
   *  `assignment`, `urgency`, `overdue` (migration 0008): assigned to a data manager, urgency set or unset,
   *  the deadline passed without an answer. */
  kind: TransitionKind;
  from_status: RequestStatus | null;
  to_status: RequestStatus;
  actor_id: string | null;
  actor_role: HistoryRole;
  note: string;
  at: string;
}

export interface RequestDatasetsTable {
  request_id: string;
  dataset_id: string;
  linked_by: string | null;
  created_at: string;
}

export interface RequestVotesTable {
  request_id: string;
  user_id: string;
  created_at: string;
}

export type RequestFollowersTable = RequestVotesTable;

export interface RequestCommentsTable {
  id: string;
  request_id: string;
  author_id: string;
  body: string;
  state: CommentState;
  decided_by: string | null;
  decided_at: string | null;
  created_at: string;
}

/** The requester without an account of an anonymous request (migration 0008): never shown publicly. */
export interface RequestGuestsTable {
  request_id: string;
  email: string;
  /** Display name; '' when none was given. */
  name: string;
  unsubscribed_at: string | null;
  created_at: string;
}

/** Deadline alerts already sent: one row per request, kind and deadline, so none is sent twice. */
export interface RequestAlertsTable {
  request_id: string;
  kind: 'reminder' | 'overdue';
  due_date: string;
  sent_at: string;
}
