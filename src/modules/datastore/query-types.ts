// The column types of DataStore queries, as CKAN names them, and their mapping to and from the Frictionless
// Table Schema types the registry stores (datastore_tables.fields).

/** CKAN's DataStore types that tables here use. */
export type CkanType = 'int' | 'numeric' | 'text' | 'bool' | 'date' | 'time' | 'timestamp' | 'json';

export const CKAN_TYPES: readonly CkanType[] = [
  'int',
  'numeric',
  'text',
  'bool',
  'date',
  'time',
  'timestamp',
  'json',
];

/** A field of a table as queries see it (`_id` included). */
export interface QueryField {
  id: string;
  type: CkanType;
}

/** What queries need to know of a table: where it is and what it holds. */
export interface TableDescriptor {
  resourceId: string;
  /** The table's name as SQL text, quoted (and schema-qualified on PostgreSQL), made by the storage layer. */
  physical: string;
  fields: QueryField[];
  /** Full-text support the storage layer built at ingestion, if any (query-text.ts falls back to LIKE). */
  fullText?: FullTextIndex | null;
}

/**
 * An index for `q`, a companion table (quoted SQL name): SQLite FTS5 (external content, rowid = _id) or a
 * PostgreSQL table (_id, v tsvector) with a GIN index on v.
 */
export type FullTextIndex =
  | { kind: 'fts5'; table: string }
  | { kind: 'tsvector'; config: string; table: string };

const fromFrictionless: Record<string, CkanType> = {
  integer: 'int',
  number: 'numeric',
  string: 'text',
  boolean: 'bool',
  date: 'date',
  time: 'time',
  datetime: 'timestamp',
  object: 'json',
  array: 'json',
  year: 'int',
};

/** Frictionless type → CKAN type (anything unknown reads as text). */
export const ckanType = (frictionless: string): CkanType => fromFrictionless[frictionless] ?? 'text';

/** CKAN type names a client may send to datastore_create (aliases included) → our type. */
// biome-ignore format: a table
const aliases: Record<string, CkanType> = {
  int: 'int', int4: 'int', int8: 'int', integer: 'int', bigint: 'int', smallint: 'int',
  numeric: 'numeric', float: 'numeric', float4: 'numeric', float8: 'numeric', double: 'numeric', number: 'numeric',
  text: 'text', string: 'text', varchar: 'text',
  bool: 'bool', boolean: 'bool',
  date: 'date', time: 'time', timestamp: 'timestamp', datetime: 'timestamp',
  json: 'json',
};
export const parseCkanType = (name: string): CkanType | undefined => aliases[name.toLowerCase()];

const toFrictionless: Record<CkanType, string> = {
  int: 'integer',
  numeric: 'number',
  text: 'string',
  bool: 'boolean',
  date: 'date',
  time: 'time',
  timestamp: 'datetime',
  json: 'object',
};
export const frictionlessType = (t: CkanType): string => toFrictionless[t];
