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
/** `status`: a move of the workflow; `extension`: the deadline was extended; `inventory`: the organisation
 *  recorded the request in its data inventory (status unchanged). */
export type RequestTransitionKind = 'status' | 'extension' | 'inventory';

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
  /** The inventory item the request was converted into (migration 0007 indexes it). */
  inventory_item_id: string | null;
  vote_count: number;
  created_at: string;
  updated_at: string;
}

export interface RequestTransitionsTable {
  id: string;
  request_id: string;
  kind: RequestTransitionKind;
  from_status: RequestStatus | null;
  to_status: RequestStatus;
  actor_id: string | null;
  actor_role: TransitionRole;
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
