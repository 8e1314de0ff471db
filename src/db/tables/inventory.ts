// The public data inventory (migration 0007).
export type AccessLevel = 'public' | 'restricted' | 'non_public';
export type InventoryAction = 'create' | 'update' | 'publish' | 'archive' | 'import' | 'request';

export interface InventoryItemsTable {
  id: string;
  organization_id: string;
  /** JSON {ar?, fr?, en?} */
  title: string;
  /** JSON {ar?, fr?, en?} */
  description: string;
  owner_unit: string | null;
  source_system: string | null;
  format: string | null;
  volume: string | null;
  /** EU frequency code (catalogue frequencies). */
  frequency: string | null;
  personal_data: number;
  access_level: AccessLevel;
  /** For anything not public: a reason category (public). */
  restriction_reason: string | null;
  /** For anything not public: the written justification (public). */
  justification: string | null;
  /** YYYY-MM-DD */
  planned_date: string | null;
  /** The dataset that publishes the item. */
  dataset_id: string | null;
  /** Data quality, 0–3. */
  quality: number;
  no_legal_obstacle: number;
  open_format: number;
  state: 'active' | 'archived';
  version: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface InventoryRevisionsTable {
  id: string;
  item_id: string;
  version: number;
  action: InventoryAction;
  actor_id: string | null;
  /** JSON {field: {before, after}} */
  changes: string;
  at: string;
}
