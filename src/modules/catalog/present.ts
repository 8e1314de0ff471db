// The views of the catalogue shared by REST, pages and (through its own mapping) the CKAN adapter.
// Field names mirror the input of the services, so what GET returns can be sent back with PUT.
import type { DatasetState, DatasetVisibility, ResourceKind } from '../../db/tables/catalog.ts';
import type { DatasetRow, OrgRef, ThemeRef } from './datasets.repo.ts';
import { parseTranslated, type Translated } from './fields.ts';
import { findFrequency } from './frequencies.ts';
import { findLicense, type License } from './licenses.ts';
import type { ResourceRow } from './resources.repo.ts';
import type { RevisionRow } from './revisions.repo.ts';
import type { ThemeRow } from './themes.repo.ts';

export interface Extra {
  key: string;
  value: string;
}

export interface ResourceView {
  id: string;
  dataset_id: string;
  position: number;
  title: Translated;
  description: Translated;
  kind: ResourceKind;
  url: string | null;
  /** True when the file is kept by the portal (uploads); false for links. */
  stored: boolean;
  /** The stored file's name (uploads); null for links. */
  file_name: string | null;
  format: string | null;
  media_type: string | null;
  size: number | null;
  sha256: string | null;
  last_modified: string | null;
  download_count: number;
  created_at: string;
  updated_at: string;
  /** It has an active DataStore table (CKAN's `datastore_active`). */
  datastore_active: boolean;
}

export interface ThemeRefView {
  id: string;
  name: string;
  title: Translated;
}

export interface DatasetView {
  id: string;
  name: string;
  organization: { id: string; name: string; title: Translated };
  title: Translated;
  description: Translated;
  license_id: string;
  license: { id: string; title: License['title']; url: string | null; open: boolean };
  frequency: string;
  /** Expected days between updates (null: no period, e.g. irregular). */
  frequency_days: number | null;
  temporal_start: string | null;
  temporal_end: string | null;
  spatial: Translated;
  contact_name: string | null;
  contact_email: string | null;
  version: string | null;
  visibility: DatasetVisibility;
  state: DatasetState;
  extras: Extra[];
  featured: boolean;
  download_count: number;
  issued: string | null;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  tags: string[];
  themes: ThemeRefView[];
  resources: ResourceView[];
  /** One of its resources has an active DataStore table (the "queryable" badge). */
  queryable: boolean;
}

export interface DatasetRelations {
  organization: OrgRef | undefined;
  tags: readonly string[];
  themes: readonly ThemeRef[];
  resources: readonly ResourceRow[];
  /** Its resources that have an active DataStore table. */
  queryableResources?: ReadonlySet<string>;
}

export const presentThemeRef = (t: ThemeRef): ThemeRefView => ({
  id: t.id,
  name: t.name,
  title: parseTranslated(t.title),
});

export function presentResource(r: ResourceRow, datastoreActive = false): ResourceView {
  return {
    id: r.id,
    dataset_id: r.dataset_id,
    position: r.position,
    title: parseTranslated(r.title),
    description: parseTranslated(r.description),
    kind: r.kind,
    url: r.url,
    stored: r.storage_key !== null,
    file_name: r.storage_key === null ? null : r.storage_key.slice(r.storage_key.lastIndexOf('/') + 1),
    format: r.format,
    media_type: r.media_type,
    size: r.size === null ? null : Number(r.size),
    sha256: r.sha256,
    last_modified: r.last_modified,
    download_count: Number(r.download_count),
    created_at: r.created_at,
    updated_at: r.updated_at,
    datastore_active: datastoreActive,
  };
}

export function presentDataset(row: DatasetRow, rel: DatasetRelations): DatasetView {
  const license = findLicense(row.license_id) ?? findLicense('notspecified')!;
  const org = rel.organization;
  const resources = rel.resources.map((r) => presentResource(r, rel.queryableResources?.has(r.id) ?? false));
  return {
    id: row.id,
    name: row.name,
    organization: {
      id: row.organization_id,
      name: org?.name ?? '',
      title: org ? parseTranslated(org.title) : {},
    },
    title: parseTranslated(row.title),
    description: parseTranslated(row.description),
    license_id: row.license_id,
    license: { id: license.id, title: license.title, url: license.url, open: license.open },
    frequency: row.frequency,
    frequency_days: findFrequency(row.frequency)?.days ?? null,
    temporal_start: row.temporal_start,
    temporal_end: row.temporal_end,
    spatial: parseTranslated(row.spatial),
    contact_name: row.contact_name,
    contact_email: row.contact_email,
    version: row.version,
    visibility: row.visibility,
    state: row.state,
    extras: JSON.parse(row.extras) as Extra[],
    featured: Number(row.featured) === 1,
    download_count: Number(row.download_count),
    issued: row.issued,
    created_at: row.created_at,
    updated_at: row.updated_at,
    created_by: row.created_by,
    tags: [...rel.tags],
    themes: rel.themes.map(presentThemeRef),
    resources,
    queryable: resources.some((r) => r.datastore_active),
  };
}

export interface ThemeView {
  id: string;
  name: string;
  title: Translated;
  description: Translated;
  icon: string | null;
  position: number;
  /** The EU data-theme code chosen by administrators (AGRI … TRAN), null when none was chosen. */
  eu_theme: string | null;
  created_at: string;
  updated_at: string;
  /** Datasets of the theme that the reader may see (present in lists). */
  dataset_count?: number;
}

export function presentTheme(t: ThemeRow & { dataset_count?: number | string | null }): ThemeView {
  const view: ThemeView = {
    id: t.id,
    name: t.name,
    title: parseTranslated(t.title),
    description: parseTranslated(t.description),
    icon: t.icon,
    position: Number(t.position),
    eu_theme: t.eu_theme ?? null,
    created_at: t.created_at,
    updated_at: t.updated_at,
  };
  if (t.dataset_count !== undefined) view.dataset_count = Number(t.dataset_count ?? 0);
  return view;
}

export interface RevisionView {
  id: string;
  at: string;
  actor: { id: string | null; name: string };
  entity_type: RevisionRow['entity_type'];
  entity_id: string;
  dataset_id: string | null;
  organization_id: string | null;
  action: RevisionRow['action'];
  changes: Record<string, { before: unknown; after: unknown }>;
}

export const presentRevision = (r: RevisionRow): RevisionView => ({
  id: r.id,
  at: r.at,
  actor: { id: r.actor_id, name: r.actor_label },
  entity_type: r.entity_type,
  entity_id: r.entity_id,
  dataset_id: r.dataset_id,
  organization_id: r.organization_id,
  action: r.action,
  changes: JSON.parse(r.changes),
});
