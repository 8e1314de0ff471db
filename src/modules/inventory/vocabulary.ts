// The inventory's fixed lists: access levels (with the US Project Open Data and EU access-right terms they map
// to), reason categories for anything not public, item statuses, and the words accepted for yes and no.
import type { AccessLevel } from '../../db/tables/inventory.ts';

export const accessLevels = ['public', 'restricted', 'non_public'] as const satisfies readonly AccessLevel[];

/** US Project Open Data 1.1 `accessLevel` and the EU access-right vocabulary, for each of our levels. */
export const accessVocabularies: Record<AccessLevel, { pod: string; eu: string; euUri: string }> = {
  public: {
    pod: 'public',
    eu: 'PUBLIC',
    euUri: 'http://publications.europa.eu/resource/authority/access-right/PUBLIC',
  },
  restricted: {
    pod: 'restricted public',
    eu: 'RESTRICTED',
    euUri: 'http://publications.europa.eu/resource/authority/access-right/RESTRICTED',
  },
  non_public: {
    pod: 'non-public',
    eu: 'NON_PUBLIC',
    euUri: 'http://publications.europa.eu/resource/authority/access-right/NON_PUBLIC',
  },
};

/** Why an item is not public (a category, always with a written justification). */
export const restrictionReasons = [
  'personal_data',
  'defence_security',
  'third_party_rights',
  'statistical_secrecy',
  'ongoing_decision',
  'other',
] as const;
export type RestrictionReason = (typeof restrictionReasons)[number];

/**
 * Derived status, first match wins: published (a dataset publishes it), non_public, restricted (by access
 * level: a publication date means little for the public then), planned (a planned date), not_planned.
 */
export const itemStatuses = ['published', 'non_public', 'restricted', 'planned', 'not_planned'] as const;
export type ItemStatus = (typeof itemStatuses)[number];

export function statusOf(i: {
  dataset_id: string | null;
  access_level: AccessLevel;
  planned_date: string | null;
}): ItemStatus {
  if (i.dataset_id) return 'published';
  if (i.access_level === 'non_public') return 'non_public';
  if (i.access_level === 'restricted') return 'restricted';
  return i.planned_date ? 'planned' : 'not_planned';
}

/** Folds case, accents and separators so that "Non-public", "NON_PUBLIC" and "non public" compare equal. */
export const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
    .replace(/[\s_\-–]+/g, '_');

const yes = new Set(['yes', 'y', 'true', '1', 'oui', 'o', 'x', 'نعم', 'on'].map(fold));
const no = new Set(['no', 'n', 'false', '0', 'non', 'لا', 'off'].map(fold));

/** true / false for the usual words in our three languages; undefined when blank; null when unreadable. */
export function readYesNo(v: unknown): boolean | null | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v === 1 ? true : v === 0 ? false : null;
  if (typeof v !== 'string') return null;
  const k = fold(v);
  if (!k) return undefined;
  return yes.has(k) ? true : no.has(k) ? false : null;
}
