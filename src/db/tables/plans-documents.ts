// A plan's documents and team members (migration 0010).

export interface PlanDocumentsTable {
  id: string;
  plan_id: string;
  /** JSON {ar?, fr?, en?} */
  title: string;
  /** An external link (http/https), or null for a stored file. */
  url: string | null;
  file_key: string | null;
  file_name: string | null;
  media_type: string | null;
  byte_size: number | null;
  position: number;
  created_at: string;
}

export interface PlanMembersTable {
  id: string;
  plan_id: string;
  name: string;
  /** JSON {ar?, fr?, en?} */
  role: string;
  /** JSON {ar?, fr?, en?} */
  institution: string;
  position: number;
  created_at: string;
}
