// The data dictionary input (REST JSON and the form): which fields of the table, and what the publisher says
// of them. Checked field by field; errors name `fields.<i>.<key>`.
import { Fields } from '../../kernel/validate.ts';
import type { DictionaryEdits } from './ingest.ts';
import { FIELD_TYPES, type FieldType, type TableField, type Translations } from './table-schema.ts';

const LANGS = ['ar', 'fr', 'en'] as const;
export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 2000;

export interface DictionaryFieldInput {
  name: string;
  type?: FieldType;
  titles?: Translations;
  descriptions?: Translations;
  required?: boolean;
}

function translations(f: Fields, key: string, value: unknown, max: number): Translations | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    f.add(key, 'invalid_value');
    return undefined;
  }
  const out: Translations = {};
  for (const [lang, text] of Object.entries(value as Record<string, unknown>)) {
    if (!(LANGS as readonly string[]).includes(lang)) {
      f.add(`${key}.${lang}`, 'unknown_field');
      continue;
    }
    const s = f.text(`${key}.${lang}`, text, { max });
    if (s) out[lang as (typeof LANGS)[number]] = s;
  }
  return out;
}

/** Checks `{fields: [{name, type?, titles?, descriptions?, required?}]}` against the table's fields. */
export function checkDictionary(input: unknown, current: readonly TableField[]): DictionaryFieldInput[] {
  const f = new Fields();
  const list = (input as { fields?: unknown })?.fields;
  if (!Array.isArray(list)) {
    f.add('fields', 'required');
    f.check();
    return [];
  }
  const names = new Set(current.map((c) => c.name));
  const out: DictionaryFieldInput[] = [];
  list.forEach((raw, i) => {
    const key = `fields.${i}`;
    const item = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
    const name = typeof item.name === 'string' ? item.name : '';
    if (!names.has(name)) {
      f.add(`${key}.name`, name ? 'invalid_value' : 'required');
      return;
    }
    const entry: DictionaryFieldInput = { name };
    if (item.type !== undefined) entry.type = f.oneOf(`${key}.type`, item.type, FIELD_TYPES);
    const titles = translations(f, `${key}.titles`, item.titles, TITLE_MAX);
    if (titles) entry.titles = titles;
    const descriptions = translations(f, `${key}.descriptions`, item.descriptions, DESCRIPTION_MAX);
    if (descriptions) entry.descriptions = descriptions;
    if (item.required !== undefined) {
      if (typeof item.required !== 'boolean') f.add(`${key}.required`, 'invalid_value');
      else entry.required = item.required;
    }
    out.push(entry);
  });
  f.check();
  return out;
}

/** Merges checked input into the stored edits; says whether a type changed (the table must be rebuilt). */
export function mergeDictionary(
  stored: DictionaryEdits,
  input: readonly DictionaryFieldInput[],
  current: readonly TableField[],
): { edits: DictionaryEdits; retype: boolean } {
  const edits: DictionaryEdits = structuredClone(stored);
  let retype = false;
  for (const item of input) {
    const now = current.find((c) => c.name === item.name)!;
    const e = { ...(edits[item.name] ?? {}) };
    if (item.type && item.type !== now.type) {
      e.type = item.type;
      delete e.format;
      retype = true;
    }
    if (item.titles) e.titles = item.titles;
    if (item.descriptions) e.descriptions = item.descriptions;
    if (item.required !== undefined) {
      e.constraints = { ...(e.constraints ?? {}), required: item.required };
      if (item.required !== Boolean(now.constraints?.required)) retype = true; // checked at load time
    }
    edits[item.name] = e;
  }
  return { edits, retype };
}

/** The active fields with the descriptive edits applied (titles, descriptions, constraints). */
export function describeFields(fields: readonly TableField[], edits: DictionaryEdits): TableField[] {
  return fields.map((field) => {
    const e = edits[field.name];
    if (!e) return field;
    const out: TableField = { ...field };
    if (e.titles) out.titles = e.titles;
    if (e.descriptions) out.descriptions = e.descriptions;
    if (e.constraints) out.constraints = e.constraints;
    return out;
  });
}
