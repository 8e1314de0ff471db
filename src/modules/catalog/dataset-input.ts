// The checks of a dataset's fields that need no database (names, references and uniqueness are checked by
// the service). Unknown keys are ignored, as CKAN does, so that dumps from other portals load as they are.
import type { DatasetState, DatasetVisibility } from '../../db/tables/catalog.ts';
import type { Fields } from '../../kernel/validate.ts';
import {
  bool,
  isoDate,
  list,
  MARKDOWN_MAX,
  optionalEmail,
  optionalText,
  refName,
  slug,
  type Translated,
  translated,
} from './fields.ts';
import { DEFAULT_FREQUENCY, findFrequency } from './frequencies.ts';
import { DEFAULT_LICENSE_ID, findLicense } from './licenses.ts';
import type { Extra } from './present.ts';

export type DatasetInput = Record<string, unknown>;

export const MAX_TAGS = 50;
export const MAX_EXTRAS = 100;
export const visibilities: readonly DatasetVisibility[] = ['public', 'private'];
export const datasetStates: readonly DatasetState[] = ['draft', 'active', 'deleted'];

export interface CheckedDataset {
  name: string;
  /** Name or id, resolved by the service. */
  organization: string;
  title: Translated;
  description: Translated;
  license_id: string;
  frequency: string;
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
  /** Names or ids, resolved by the service. */
  themes: string[];
  tags: string[];
  issued: string | null;
}

function tags(f: Fields, value: unknown): string[] {
  const out: string[] = [];
  for (const [i, raw] of list(f, 'tags', value, MAX_TAGS).entries()) {
    const tag = f.text(`tags.${i}`, raw, { max: 100, required: true });
    if (tag && !f.has(`tags.${i}`) && !out.includes(tag)) out.push(tag);
  }
  return out;
}

function extras(f: Fields, value: unknown): Extra[] {
  const out: Extra[] = [];
  for (const [i, raw] of list(f, 'extras', value, MAX_EXTRAS).entries()) {
    const item = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) f.add(`extras.${i}`, 'invalid_value');
    const key = f.text(`extras.${i}.key`, item.key, { max: 100, required: true });
    const v =
      typeof item.value === 'number' || typeof item.value === 'boolean' ? String(item.value) : item.value;
    const val = f.text(`extras.${i}.value`, v, { max: 5000 });
    if (key && out.some((e) => e.key === key)) f.add(`extras.${i}.key`, 'not_unique');
    else if (key) out.push({ key, value: val });
  }
  return out;
}

/** Checks every field of `input`; errors are collected in `f` (the caller throws with f.check()). */
export function checkDataset(f: Fields, input: DatasetInput): CheckedDataset {
  const name = slug(f, 'name', input.name);
  const organization = refName(input.organization);
  const title = translated(f, 'title', input.title, { max: 500, required: true });
  const description = translated(f, 'description', input.description, { max: MARKDOWN_MAX, markdown: true });

  const licenseRaw = f.text('license_id', input.license_id, { max: 100 });
  const license = licenseRaw ? findLicense(licenseRaw) : findLicense(DEFAULT_LICENSE_ID);
  if (!license) f.add('license_id', 'invalid_value');
  const frequencyRaw = f.text('frequency', input.frequency, { max: 50 });
  const frequency = frequencyRaw ? findFrequency(frequencyRaw) : findFrequency(DEFAULT_FREQUENCY);
  if (!frequency) f.add('frequency', 'invalid_value');

  const temporal_start = isoDate(f, 'temporal_start', input.temporal_start);
  const temporal_end = isoDate(f, 'temporal_end', input.temporal_end);
  if (temporal_start && temporal_end && temporal_start > temporal_end) f.add('temporal_end', 'invalid_value');

  return {
    name,
    organization,
    title,
    description,
    license_id: license?.id ?? DEFAULT_LICENSE_ID,
    frequency: frequency?.code ?? DEFAULT_FREQUENCY,
    temporal_start,
    temporal_end,
    spatial: translated(f, 'spatial', input.spatial, { max: 500 }),
    contact_name: optionalText(f, 'contact_name', input.contact_name, 200),
    contact_email: optionalEmail(f, 'contact_email', input.contact_email),
    version: optionalText(f, 'version', input.version, 100),
    visibility: f.oneOf('visibility', input.visibility, visibilities, 'public'),
    state: f.oneOf('state', input.state, datasetStates, 'active'),
    extras: extras(f, input.extras),
    featured: bool(f, 'featured', input.featured, false),
    themes: list(f, 'themes', input.themes, 50).map(refName),
    tags: tags(f, input.tags),
    issued: isoDate(f, 'issued', input.issued),
  };
}
