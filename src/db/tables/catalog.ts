export type DatasetVisibility = 'public' | 'private';
export type DatasetState = 'draft' | 'active' | 'deleted';
export type ResourceKind = 'data' | 'documentation' | 'api' | 'other';
export type RevisionEntity = 'dataset' | 'resource' | 'theme';
export type RevisionAction = 'created' | 'updated' | 'deleted';

export interface ThemesTable {
  id: string;
  name: string;
  /** JSON {ar?, fr?, en?} */
  title: string;
  /** JSON {ar?, fr?, en?} */
  description: string;
  icon: string | null;
  position: number;
  /** EU data-theme code chosen by administrators (AGRI … TRAN; migration 0013), null: by name. */
  eu_theme: string | null;
  created_at: string;
  updated_at: string;
}

export interface DatasetsTable {
  id: string;
  name: string;
  organization_id: string;
  /** JSON {ar?, fr?, en?} */
  title: string;
  /** JSON {ar?, fr?, en?}, Markdown */
  description: string;
  license_id: string;
  /** EU frequency vocabulary code (ANNUAL, MONTHLY, …). */
  frequency: string;
  /** YYYY-MM-DD */
  temporal_start: string | null;
  /** YYYY-MM-DD */
  temporal_end: string | null;
  /** JSON {ar?, fr?, en?} */
  spatial: string;
  contact_name: string | null;
  contact_email: string | null;
  version: string | null;
  visibility: DatasetVisibility;
  state: DatasetState;
  /** JSON [{key, value}] */
  extras: string;
  /** 0 | 1 */
  featured: number;
  download_count: number;
  /** YYYY-MM-DD */
  issued: string | null;
  created_at: string;
  updated_at: string;
  created_by: string | null;
}

export interface DatasetThemesTable {
  dataset_id: string;
  theme_id: string;
}

export interface DatasetTagsTable {
  dataset_id: string;
  tag: string;
}

export interface ResourcesTable {
  id: string;
  dataset_id: string;
  position: number;
  /** JSON {ar?, fr?, en?} */
  title: string;
  /** JSON {ar?, fr?, en?}, Markdown */
  description: string;
  kind: ResourceKind;
  url: string | null;
  /** Key in the storage backend, for uploaded files. */
  storage_key: string | null;
  format: string | null;
  media_type: string | null;
  size: number | null;
  sha256: string | null;
  last_modified: string | null;
  download_count: number;
  created_at: string;
  updated_at: string;
}

export interface RevisionsTable {
  id: string;
  at: string;
  actor_id: string | null;
  actor_label: string;
  entity_type: RevisionEntity;
  entity_id: string;
  dataset_id: string | null;
  organization_id: string | null;
  action: RevisionAction;
  /** JSON {field: {before, after}} */
  changes: string;
}
