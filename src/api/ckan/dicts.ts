// Our views → CKAN's dicts (package, resource, organization, group, tag, licence, activity). Pure functions:
// the actions load views through the services and shape them here. Multilingual fields are given in one
// language (`title`, `notes`, …) and in all (`title_translated`, … as ckanext-fluent does).
import type { Locale } from '../../i18n/index.ts';
import type { orgsService } from '../../modules/accounts/index.ts';
import type {
  DatasetView,
  License,
  ResourceView,
  RevisionView,
  ThemeView,
  Translated,
} from '../../modules/catalog/index.ts';

type OrgView = orgsService.OrgView;

/** The text in `locale`, else the first language that has one (ar, fr, en). */
export function pick(t: Translated | undefined, locale: Locale): string {
  if (!t) return '';
  return t[locale] || t.ar || t.fr || t.en || '';
}

/** `2026-11-25T10:00:00.000Z` → `2026-11-25T10:00:00.000000` (CKAN: UTC, no zone, microseconds). */
export function ckanTime(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?/.exec(iso);
  if (!m) return iso;
  return `${m[1]}.${(m[2] ?? '').padEnd(6, '0')}`;
}

export interface DictOptions {
  locale: Locale;
  /** Site address without a trailing slash (download URLs of uploaded files). */
  baseUrl: string;
}

export function resourceDict(r: ResourceView, o: DictOptions) {
  const url = r.stored
    ? `${o.baseUrl}/dataset/${r.dataset_id}/resource/${r.id}/download/${encodeURIComponent(r.file_name ?? 'file')}`
    : (r.url ?? '');
  return {
    id: r.id,
    package_id: r.dataset_id,
    url,
    name: pick(r.title, o.locale),
    name_translated: r.title,
    description: pick(r.description, o.locale),
    description_translated: r.description,
    format: r.format ?? '',
    mimetype: r.media_type,
    size: r.size,
    hash: r.sha256 ?? '',
    url_type: r.stored ? 'upload' : '',
    resource_type: r.kind,
    created: ckanTime(r.created_at),
    last_modified: ckanTime(r.last_modified ?? (r.stored ? r.updated_at : null)),
    metadata_modified: ckanTime(r.updated_at),
    position: r.position,
    state: 'active',
    datastore_active: r.datastore_active,
    download_count: r.download_count,
  };
}

export type ResourceDict = ReturnType<typeof resourceDict>;

export function organizationDict(org: OrgView, o: DictOptions, packageCount?: number) {
  const title = pick(org.title, o.locale) || org.name;
  const dict: Record<string, unknown> = {
    id: org.id,
    name: org.name,
    title,
    display_name: title,
    title_translated: org.title,
    description: pick(org.description, o.locale),
    description_translated: org.description,
    image_url: '',
    image_display_url: '',
    type: 'organization',
    is_organization: true,
    state: org.state === 'archived' ? 'deleted' : 'active',
    approval_status: 'approved',
    created: ckanTime(org.createdAt),
    kind: org.kind,
    url: org.website ?? '',
    email: org.email ?? '',
  };
  if (packageCount !== undefined) dict.package_count = packageCount;
  return dict;
}

export function groupDict(t: ThemeView, o: DictOptions) {
  const title = pick(t.title, o.locale) || t.name;
  const dict: Record<string, unknown> = {
    id: t.id,
    name: t.name,
    title,
    display_name: title,
    title_translated: t.title,
    description: pick(t.description, o.locale),
    description_translated: t.description,
    image_url: t.icon ?? '',
    image_display_url: t.icon ?? '',
    type: 'group',
    is_organization: false,
    state: 'active',
    approval_status: 'approved',
    created: ckanTime(t.created_at),
  };
  if (t.dataset_count !== undefined) dict.package_count = t.dataset_count;
  return dict;
}

export function tagDict(name: string) {
  return { id: name, name, display_name: name, state: 'active', vocabulary_id: null };
}

export function licenseDict(l: Pick<License, 'id' | 'title' | 'url' | 'open'>, o: DictOptions) {
  return {
    id: l.id,
    title: l.title[o.locale] || l.title.en,
    url: l.url ?? '',
    status: 'active',
    od_conformance: l.open ? 'approved' : 'not reviewed',
    osd_conformance: 'not reviewed',
    is_okd_compliant: l.open,
    is_osi_compliant: false,
  };
}

export function packageDict(v: DatasetView, o: DictOptions) {
  const orgTitle = pick(v.organization.title, o.locale) || v.organization.name;
  return {
    id: v.id,
    name: v.name,
    title: pick(v.title, o.locale) || v.name,
    title_translated: v.title,
    notes: pick(v.description, o.locale),
    notes_translated: v.description,
    url: '',
    version: v.version ?? '',
    author: v.contact_name ?? '',
    author_email: v.contact_email ?? '',
    maintainer: v.contact_name ?? '',
    maintainer_email: v.contact_email ?? '',
    license_id: v.license_id,
    license_title: v.license.title[o.locale] || v.license.title.en,
    license_url: v.license.url ?? '',
    isopen: v.license.open,
    owner_org: v.organization.id,
    organization: {
      id: v.organization.id,
      name: v.organization.name,
      title: orgTitle,
      title_translated: v.organization.title,
      description: '',
      image_url: '',
      type: 'organization',
      is_organization: true,
      state: 'active',
      approval_status: 'approved',
    },
    private: v.visibility === 'private',
    state: v.state,
    type: 'dataset',
    metadata_created: ckanTime(v.created_at),
    metadata_modified: ckanTime(v.updated_at),
    creator_user_id: v.created_by,
    num_resources: v.resources.length,
    num_tags: v.tags.length,
    tags: v.tags.map(tagDict),
    groups: v.themes.map((t) => {
      const title = pick(t.title, o.locale) || t.name;
      return {
        id: t.id,
        name: t.name,
        title,
        display_name: title,
        description: '',
        image_display_url: '',
      };
    }),
    extras: v.extras.map((e) => ({ key: e.key, value: e.value })),
    resources: v.resources.map((r) => resourceDict(r, o)),
    relationships_as_object: [],
    relationships_as_subject: [],
    // Our own fields, under their names (as ckanext-scheming shows extra schema fields).
    frequency: v.frequency,
    temporal_start: v.temporal_start,
    temporal_end: v.temporal_end,
    spatial: pick(v.spatial, o.locale),
    spatial_translated: v.spatial,
    issued: v.issued,
    featured: v.featured,
  };
}

export type PackageDict = ReturnType<typeof packageDict>;

/** A revision as CKAN's activity dict: `new package`, `changed package` (a resource too), `deleted package`. */
export function activityDict(r: RevisionView) {
  const object = r.entity_type === 'theme' ? 'group' : 'package';
  const verb =
    r.entity_type === 'resource' || r.action === 'updated'
      ? 'changed'
      : r.action === 'created'
        ? 'new'
        : 'deleted';
  return {
    id: r.id,
    timestamp: ckanTime(r.at),
    user_id: r.actor.id,
    user_name: r.actor.name,
    object_id: r.dataset_id ?? r.entity_id,
    activity_type: `${verb} ${object}`,
    data: { entity_type: r.entity_type, entity_id: r.entity_id, changes: r.changes },
  };
}
