// Checks an inventory item as typed (REST JSON, form, or one row of an imported file): every refusal names its
// field. Values in the three languages are accepted for the access level, the reason and yes/no.
import type { ServiceContext } from '../../context.ts';
import type { AccessLevel } from '../../db/tables/inventory.ts';
import { type Locale, locales, translate } from '../../i18n/index.ts';
import { isAppError } from '../../kernel/errors.ts';
import type { Fields } from '../../kernel/validate.ts';
import {
  datasetsService,
  findFrequency,
  frequencies,
  isoDate,
  type Translated,
  translated,
} from '../catalog/index.ts';
import { QUALITY_MAX } from './score.ts';
import { accessLevels, accessVocabularies, fold, readYesNo, restrictionReasons } from './vocabulary.ts';

/** An item's stored values (the revision snapshot). */
export interface ItemValues {
  title: Translated;
  description: Translated;
  owner_unit: string | null;
  source_system: string | null;
  format: string | null;
  volume: string | null;
  frequency: string | null;
  personal_data: boolean;
  access_level: AccessLevel;
  restriction_reason: string | null;
  justification: string | null;
  planned_date: string | null;
  dataset_id: string | null;
  quality: number;
  no_legal_obstacle: boolean;
  open_format: boolean;
}

/** fold(word) → code, for the codes, the POD and EU terms and the labels in every language. */
function lookup(codes: readonly string[], key: (c: string) => string, extra: Record<string, string> = {}) {
  const m = new Map<string, string>();
  for (const c of codes) {
    m.set(fold(c), c);
    for (const l of locales) m.set(fold(translate(l as Locale, key(c) as never)), c);
  }
  for (const [k, c] of Object.entries(extra)) m.set(fold(k), c);
  return m;
}
let levelWords: Map<string, string> | undefined;
let reasonWords: Map<string, string> | undefined;

function code(
  f: Fields,
  name: string,
  value: unknown,
  words: Map<string, string>,
  required: boolean,
): string | null {
  if (value === undefined || value === null || value === '') {
    if (required) f.add(name, 'required');
    return null;
  }
  const c = typeof value === 'string' ? words.get(fold(value)) : undefined;
  if (!c) f.add(name, 'invalid_value');
  return c ?? null;
}

function yesNo(f: Fields, name: string, value: unknown): boolean {
  const b = readYesNo(value);
  if (b === null) f.add(name, 'invalid_value');
  return b ?? false;
}

function quality(f: Fields, value: unknown): number {
  if (value === undefined || value === null || value === '') return 0;
  const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n)) f.add('quality', 'invalid_value');
  else if (n < 0) f.add('quality', 'too_small', { min: 0 });
  else if (n > QUALITY_MAX) f.add('quality', 'too_large', { max: QUALITY_MAX });
  else return n;
  return 0;
}

const optional = (f: Fields, name: string, value: unknown, max: number) =>
  f.text(name, typeof value === 'number' ? String(value) : value, { max }) || null;

/** The dataset (a name) must be a public, active dataset of the item's organisation. */
async function datasetField(ctx: ServiceContext, f: Fields, value: unknown, organizationId: string) {
  const name = optional(f, 'dataset', value, 100);
  if (!name) return null;
  try {
    const d = await datasetsService.getDataset(ctx, name);
    if (d.organization.id !== organizationId || d.visibility !== 'public' || d.state !== 'active')
      f.add('dataset', 'invalid_value');
    else return d.id;
  } catch (err) {
    if (
      isAppError(err) &&
      (err.code === 'catalog.dataset_not_found' || err.status === 403 || err.status === 401)
    )
      f.add('dataset', 'invalid_value');
    else throw err;
  }
  return null;
}

export async function checkItem(
  ctx: ServiceContext,
  f: Fields,
  input: Record<string, unknown>,
  organizationId: string,
): Promise<ItemValues> {
  levelWords ??= lookup(accessLevels, (c) => `inventory.access.${c}`, {
    ...Object.fromEntries(accessLevels.map((l) => [accessVocabularies[l].pod, l])),
    ...Object.fromEntries(accessLevels.map((l) => [accessVocabularies[l].eu, l])),
  });
  reasonWords ??= lookup(restrictionReasons, (c) => `inventory.reason.${c}`);
  const title = translated(f, 'title', input.title, { max: 300, required: true });
  const description = translated(f, 'description', input.description, { max: 5000 });
  const level = (code(f, 'access_level', input.access_level ?? 'public', levelWords, true) ??
    'public') as AccessLevel;
  const open = level === 'public';
  const reason = open ? null : code(f, 'restriction_reason', input.restriction_reason, reasonWords, true);
  const justification = open
    ? null
    : f.text('justification', input.justification, { min: 10, max: 2000, required: true }) || null;
  let frequency: string | null = null;
  const freq = optional(f, 'frequency', input.frequency, 100);
  if (freq) {
    const found =
      findFrequency(freq) ??
      frequencies.find((x) => Object.values(x.label).some((l) => fold(l) === fold(freq)));
    if (found) frequency = found.code;
    else f.add('frequency', 'invalid_value');
  }
  const planned =
    input.planned_date instanceof Date ? input.planned_date.toISOString().slice(0, 10) : input.planned_date;
  return {
    title,
    description,
    owner_unit: optional(f, 'owner_unit', input.owner_unit, 200),
    source_system: optional(f, 'source_system', input.source_system, 200),
    format: optional(f, 'format', input.format, 50),
    volume: optional(f, 'volume', input.volume, 100),
    frequency,
    personal_data: yesNo(f, 'personal_data', input.personal_data),
    access_level: level,
    restriction_reason: reason,
    justification,
    planned_date: isoDate(f, 'planned_date', planned),
    dataset_id: await datasetField(ctx, f, input.dataset, organizationId),
    quality: quality(f, input.quality),
    no_legal_obstacle: yesNo(f, 'no_legal_obstacle', input.no_legal_obstacle),
    open_format: yesNo(f, 'open_format', input.open_format),
  };
}

/** The stored columns of checked values. */
export const columnsOf = (v: ItemValues) => ({
  title: JSON.stringify(v.title),
  description: JSON.stringify(v.description),
  owner_unit: v.owner_unit,
  source_system: v.source_system,
  format: v.format,
  volume: v.volume,
  frequency: v.frequency,
  personal_data: v.personal_data ? 1 : 0,
  access_level: v.access_level,
  restriction_reason: v.restriction_reason,
  justification: v.justification,
  planned_date: v.planned_date,
  dataset_id: v.dataset_id,
  quality: v.quality,
  no_legal_obstacle: v.no_legal_obstacle ? 1 : 0,
  open_format: v.open_format ? 1 : 0,
});
