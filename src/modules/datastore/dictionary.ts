// The data dictionary input (REST JSON and the form): which fields of the table, and what the publisher says
// of them (type, titles, descriptions, `required`, `unique`), the table's primary key and, for a workbook, the
// sheet to load. Checked field by field; errors name `fields.<i>.<key>`, `primaryKey` or `sheet`.
// Stored as one JSON object: the field edits by field name, and the table's choices under `_table` (field
// names never start with `_`, see columns.ts).
import { Fields } from '../../kernel/validate.ts';
import type { DictionaryEdits, TableEdits } from './ingest.ts';
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
  unique?: boolean;
}

export interface DictionaryInput {
  fields: DictionaryFieldInput[];
  primaryKey?: string[];
  sheet?: string;
}

const TABLE_KEY = '_table';

/** The stored dictionary as field edits and table choices. */
export function splitStored(raw: Record<string, unknown> | null | undefined): {
  fields: DictionaryEdits;
  table: TableEdits;
} {
  const { [TABLE_KEY]: table, ...fields } = raw ?? {};
  return { fields: fields as DictionaryEdits, table: (table as TableEdits | undefined) ?? {} };
}

export const joinStored = (fields: DictionaryEdits, table: TableEdits): Record<string, unknown> =>
  Object.keys(table).length ? { ...fields, [TABLE_KEY]: table } : { ...fields };

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

/**
 * Checks `{fields?: [{name, type?, titles?, descriptions?, required?, unique?}], primaryKey?: [names],
 * sheet?: name}` against the table's fields and the workbook's sheets (when it is one).
 */
export function checkDictionary(
  input: unknown,
  current: readonly TableField[],
  sheets: readonly string[] | undefined,
): DictionaryInput {
  const f = new Fields();
  const body = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const list = body.fields ?? (body.primaryKey !== undefined || body.sheet !== undefined ? [] : undefined);
  if (!Array.isArray(list)) {
    f.add('fields', list === undefined ? 'required' : 'invalid_value');
    f.check();
    return { fields: [] };
  }
  const names = new Set(current.map((c) => c.name));
  const result: DictionaryInput = { fields: [] };
  if (body.primaryKey !== undefined) {
    const pk = body.primaryKey;
    if (!Array.isArray(pk) || !pk.every((n) => typeof n === 'string' && names.has(n)))
      f.add('primaryKey', 'invalid_value');
    else if (new Set(pk).size !== pk.length) f.add('primaryKey', 'not_unique');
    else result.primaryKey = pk as string[];
  }
  if (body.sheet !== undefined) {
    if (!sheets?.length) f.add('sheet', 'unknown_field');
    else result.sheet = f.oneOf('sheet', body.sheet, sheets);
  }
  const out = result.fields;
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
    if (item.unique !== undefined) {
      if (typeof item.unique !== 'boolean') f.add(`${key}.unique`, 'invalid_value');
      else entry.unique = item.unique;
    }
    out.push(entry);
  });
  f.check();
  return result;
}

/**
 * Merges checked input into the stored edits; says whether the table must be rebuilt: a type, a constraint
 * checked at load time (`required`, `unique`, the primary key) or the sheet changed.
 */
export function mergeDictionary(
  stored: { fields: DictionaryEdits; table: TableEdits },
  input: DictionaryInput,
  current: { fields: readonly TableField[]; primaryKey?: string[]; sheet?: string },
): { edits: DictionaryEdits; table: TableEdits; retype: boolean } {
  const edits: DictionaryEdits = structuredClone(stored.fields);
  const table: TableEdits = { ...stored.table };
  let retype = false;
  if (input.primaryKey) {
    if (input.primaryKey.join('\u0000') !== (current.primaryKey ?? []).join('\u0000')) retype = true;
    if (input.primaryKey.length) table.primaryKey = input.primaryKey;
    else delete table.primaryKey;
  }
  if (input.sheet !== undefined) {
    if (input.sheet !== current.sheet) retype = true;
    table.sheet = input.sheet;
  }
  for (const item of input.fields) {
    const now = current.fields.find((c) => c.name === item.name)!;
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
    if (item.unique !== undefined) {
      const { unique: _, ...rest } = e.constraints ?? {};
      e.constraints = item.unique ? { ...rest, unique: true } : rest;
      if (item.unique !== Boolean(now.constraints?.unique)) retype = true;
    }
    edits[item.name] = e;
  }
  return { edits, table, retype };
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
