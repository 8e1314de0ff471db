// The data dictionary: a Frictionless Table Schema (https://specs.frictionlessdata.io/table-schema/) with
// translated titles and descriptions beside the standard `title`/`description` strings.

export type FieldType =
  | 'string'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'date'
  | 'datetime'
  | 'time'
  | 'year'
  | 'object'
  | 'array'
  | 'any';

export const FIELD_TYPES: readonly FieldType[] = [
  'string',
  'integer',
  'number',
  'boolean',
  'date',
  'datetime',
  'time',
  'year',
  'object',
  'array',
  'any',
];

export type Translations = Partial<Record<'ar' | 'fr' | 'en', string>>;

export interface FieldConstraints {
  required?: boolean;
  unique?: boolean;
  minimum?: number | string;
  maximum?: number | string;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  enum?: (string | number)[];
}

export interface TableField {
  /** Column name in the data table (unique, non-empty, see columns.ts). */
  name: string;
  type: FieldType;
  /** Source format: `default`, or a strptime-like pattern for dates (`%d/%m/%Y`). */
  format?: string;
  /** Label: the original header as it was in the file. */
  title?: string;
  titles?: Translations;
  description?: string;
  descriptions?: Translations;
  constraints?: FieldConstraints;
  /** Numbers: the file's decimal and group separators (Frictionless names). */
  decimalChar?: string;
  groupChar?: string;
  /** Booleans: the words read as true / false. */
  trueValues?: string[];
  falseValues?: string[];
}

export interface TableSchema {
  fields: TableField[];
  primaryKey?: string[];
  missingValues?: string[];
}

/** The `_id` row number column every table has (as in CKAN); not part of `fields`. */
export const ROW_ID = '_id';

export type Cell = string | number | boolean | null;
export type Row = Cell[];
