// CKAN's dicts → the input of our services. Only the keys a client gives are mapped (patch semantics are the
// service's); unknown keys are ignored. A plain `title`/`notes`/`name` string is text in the request's
// language, merged into the other languages already stored; `*_translated` objects replace them all.
import type { Locale } from '../../i18n/index.ts';
import type { orgsService } from '../../modules/accounts/index.ts';
import type { DatasetView, ResourceView, Translated } from '../../modules/catalog/index.ts';
import { pick } from './dicts.ts';
import type { FieldNames } from './envelope.ts';

type Dict = Record<string, unknown>;

const has = (d: Dict, k: string) => d[k] !== undefined;
const isObject = (v: unknown): v is Dict => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * `<name>_translated` replaces every language; a plain string sets the request's language over the current
 * translations. Both given (a dict from package_show sent back): the plain string counts only when it differs
 * from what package_show showed, i.e. when the client changed it.
 */
export function translatedOf(
  d: Dict,
  plain: string,
  locale: Locale,
  current: Translated | undefined,
): Translated | unknown | undefined {
  const tr = d[`${plain}_translated`];
  const v = d[plain];
  if (tr !== undefined) {
    if (typeof v === 'string' && isObject(tr) && v !== pick(tr as Translated, locale) && v !== '')
      return { ...tr, [locale]: v };
    return tr;
  }
  if (v === undefined) return undefined;
  if (v === null || v === '') {
    const rest = { ...(current ?? {}) };
    delete rest[locale];
    return rest;
  }
  if (typeof v !== 'string') return v; // the service names the field as invalid
  return { ...(current ?? {}), [locale]: v };
}

/** CKAN booleans arrive as JSON booleans or as the strings of a form or query. */
function boolish(v: unknown): boolean | unknown {
  if (typeof v === 'string') {
    const s = v.toLowerCase();
    if (s === 'true' || s === '1') return true;
    if (s === 'false' || s === '0' || s === '') return false;
  }
  return v;
}

function tagNames(d: Dict): unknown {
  if (Array.isArray(d.tags)) return d.tags.map((t) => (isObject(t) ? (t.name ?? t.display_name) : t));
  if (typeof d.tag_string === 'string')
    return d.tag_string
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  return d.tags; // invalid or absent: the service decides
}

export const packageFieldNames: FieldNames = {
  organization: 'owner_org',
  description: 'notes',
  contact_name: 'maintainer',
  contact_email: 'maintainer_email',
  themes: 'groups',
  visibility: 'private',
};

/**
 * A package dict as dataset input. `creating`: the title defaults to the name (CKAN). `current`: the stored
 * dataset (update/patch) whose translations plain strings are merged into.
 */
export function datasetInput(d: Dict, locale: Locale, current: DatasetView | null, creating: boolean): Dict {
  const out: Dict = {};
  if (has(d, 'name')) out.name = d.name;
  const title = translatedOf(d, 'title', locale, current?.title);
  if (title !== undefined) out.title = title;
  else if (creating && typeof d.name === 'string') out.title = { [locale]: d.name };
  const notes = translatedOf(d, 'notes', locale, current?.description);
  if (notes !== undefined) out.description = notes;
  const spatial = translatedOf(d, 'spatial', locale, current?.spatial);
  if (spatial !== undefined) out.spatial = spatial;
  const org = d.owner_org ?? d.organization;
  if (org !== undefined) out.organization = isObject(org) ? (org.id ?? org.name) : org;
  if (has(d, 'license_id')) out.license_id = d.license_id;
  if (has(d, 'version')) out.version = d.version;
  const contact = d.maintainer ?? d.author;
  if (contact !== undefined) out.contact_name = contact;
  const email = d.maintainer_email ?? d.author_email;
  if (email !== undefined) out.contact_email = email;
  if (has(d, 'private')) {
    const p = boolish(d.private);
    out.visibility = p === true ? 'private' : p === false ? 'public' : p;
  }
  if (has(d, 'state')) out.state = d.state;
  if (has(d, 'tags') || has(d, 'tag_string')) out.tags = tagNames(d);
  if (has(d, 'groups'))
    out.themes = Array.isArray(d.groups)
      ? d.groups.map((g) => (isObject(g) ? (g.name ?? g.id) : g))
      : d.groups;
  if (has(d, 'extras')) out.extras = d.extras;
  for (const k of ['frequency', 'temporal_start', 'temporal_end', 'issued'] as const)
    if (has(d, k)) out[k] = d[k] === '' ? null : d[k];
  if (has(d, 'featured')) out.featured = boolish(d.featured);
  return out;
}

export const resourceFieldNames: FieldNames = {
  title: 'name',
  media_type: 'mimetype',
  sha256: 'hash',
  kind: 'resource_type',
};

const resourceKinds = ['data', 'documentation', 'api', 'other'];

/** A resource dict as resource input (changes only the keys given). */
export function resourceInput(d: Dict, locale: Locale, current: ResourceView | null): Dict {
  const out: Dict = {};
  if (has(d, 'url') && d.url_type !== 'upload') out.url = d.url === '' ? null : d.url;
  const title = translatedOf(d, 'name', locale, current?.title);
  if (title !== undefined) out.title = title;
  const description = translatedOf(d, 'description', locale, current?.description);
  if (description !== undefined) out.description = description;
  if (has(d, 'format')) out.format = d.format;
  if (has(d, 'mimetype')) out.media_type = d.mimetype === '' ? null : d.mimetype;
  if (has(d, 'size')) out.size = d.size === '' ? null : d.size;
  // CKAN's hash is free text; only a SHA-256 in hex is kept (as ours).
  if (typeof d.hash === 'string' && /^(sha256:)?[0-9a-f]{64}$/i.test(d.hash))
    out.sha256 = d.hash.replace(/^sha256:/i, '');
  if (has(d, 'last_modified')) out.last_modified = d.last_modified === '' ? null : d.last_modified;
  if (typeof d.resource_type === 'string' && resourceKinds.includes(d.resource_type))
    out.kind = d.resource_type;
  return out;
}

export const orgFieldNames: FieldNames = { website: 'url' };

/** An organisation dict as organisation input; what is not given keeps its current value. */
export function orgInput(d: Dict, locale: Locale, current: orgsService.OrgView | null) {
  const out: Dict = {};
  if (has(d, 'name')) out.name = d.name;
  const title = translatedOf(d, 'title', locale, current?.title);
  out.title = title ?? current?.title ?? (typeof d.name === 'string' ? { [locale]: d.name } : undefined);
  out.description = translatedOf(d, 'description', locale, current?.description) ?? current?.description;
  out.website = has(d, 'url') ? d.url || undefined : (current?.website ?? undefined);
  out.email = has(d, 'email') ? d.email || undefined : (current?.email ?? undefined);
  out.kind = has(d, 'kind') ? d.kind : current?.kind;
  return out;
}

/** A group dict as theme input. */
export function themeInput(
  d: Dict,
  locale: Locale,
  current: { title: Translated; description: Translated } | null,
) {
  const out: Dict = {};
  if (has(d, 'name')) out.name = d.name;
  const title = translatedOf(d, 'title', locale, current?.title);
  if (title !== undefined) out.title = title;
  else if (!current && typeof d.name === 'string') out.title = { [locale]: d.name };
  const description = translatedOf(d, 'description', locale, current?.description);
  if (description !== undefined) out.description = description;
  if (has(d, 'image_url')) out.icon = d.image_url === '' ? null : d.image_url;
  return out;
}
