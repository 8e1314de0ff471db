export type UserState = 'pending' | 'active' | 'deactivated';
export type OrgRole = 'admin' | 'editor' | 'member';

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string | null;
  locale: string;
  state: UserState;
  /** 0 | 1 */
  sysadmin: number;
  email_verified_at: string | null;
  failed_logins: number;
  locked_until: string | null;
  last_login_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  ip: string | null;
  user_agent: string | null;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface EmailTokensTable {
  token_hash: string;
  /** `request`: confirms the e-mail of a data request made without an account (data: the request). */
  purpose: 'verify' | 'reset' | 'invite' | 'request';
  user_id: string | null;
  email: string;
  /** JSON text. */
  data: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface OrganizationsTable {
  id: string;
  name: string;
  /** JSON {ar?, fr?, en?} */
  title: string;
  /** JSON {ar?, fr?, en?} */
  description: string;
  kind: 'ministry' | 'agency' | 'local_government' | 'other';
  website: string | null;
  email: string | null;
  state: 'active' | 'archived';
  created_at: string;
  updated_at: string;
}

export interface MembershipsTable {
  organization_id: string;
  user_id: string;
  role: OrgRole;
  created_at: string;
}

export interface MembershipRequestsTable {
  id: string;
  organization_id: string;
  user_id: string;
  message: string;
  state: 'pending' | 'approved' | 'rejected';
  decided_by: string | null;
  decided_at: string | null;
  created_at: string;
}

export interface RoleGrantsTable {
  id: string;
  user_id: string;
  role: 'open_data_officer' | 'data_manager' | 'project_lead' | 'steering_committee' | 'moderator';
  scope_type: 'platform' | 'organization' | 'commitment';
  scope_id: string;
  granted_by: string | null;
  created_at: string;
}

export interface AuditLogTable {
  id: string;
  at: string;
  actor_id: string | null;
  actor_label: string;
  action: string;
  target_type: string | null;
  target_id: string | null;
  ip: string | null;
  request_id: string | null;
  /** JSON text. */
  details: string;
}

export interface MailOutboxTable {
  id: string;
  to_address: string;
  subject: string;
  body_text: string;
  kind: string;
  created_at: string;
  sent_at: string | null;
  error: string | null;
}
