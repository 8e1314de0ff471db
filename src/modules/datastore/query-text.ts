// Full-text `q` of datastore_search. With the index built after ingestion (query-index.ts: SQLite FTS5 external-
// content table whose rowid is `_id`; PostgreSQL table of `searchVector`s with a GIN index), words are matched
// through it;
// without one, each word must appear (LIKE / ILIKE, case-insensitive) in some text column: correct, but a scan.
import { type RawBuilder, sql } from 'kysely';
import type { Dialect } from '../../db/types.ts';
import type { TableDescriptor } from './query-types.ts';

const MAX_WORDS = 10;

/** The words of a query: at most ten, without the characters FTS syntaxes give a meaning to. */
export function queryWords(q: string): string[] {
  return q
    .split(/\s+/)
    .map((w) => w.replace(/["*:^()]/g, ''))
    .filter(Boolean)
    .slice(0, MAX_WORDS);
}

/** The text every text column of a row gives to PostgreSQL's full-text search (what its index table holds). */
export function searchVector(columns: string[], config: string): RawBuilder<unknown> {
  const text = sql.join(
    columns.map((c) => sql`coalesce(${sql.id(c)}, '')`),
    sql` || ' ' || `,
  );
  return sql`to_tsvector(${sql.lit(config)}::regconfig, ${text})`;
}

const likePattern = (w: string) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function like(dialect: Dialect, column: string, word: string): RawBuilder<unknown> {
  const op = dialect === 'postgres' ? sql`ILIKE` : sql`LIKE`;
  return sql`${sql.id(column)} ${op} ${likePattern(word)} ESCAPE '\\'`;
}

/** The condition for `q` (null when it asks nothing). */
export function textCondition(
  dialect: Dialect,
  table: TableDescriptor,
  q: string | Record<string, string>,
): RawBuilder<unknown> | null {
  if (typeof q !== 'string') {
    const parts = Object.entries(q).flatMap(([col, text]) =>
      queryWords(text).map((w) => like(dialect, col, w)),
    );
    return parts.length ? sql`(${sql.join(parts, sql` AND `)})` : null;
  }
  const words = queryWords(q);
  if (!words.length) return null;
  const textColumns = table.fields.filter((f) => f.type === 'text').map((f) => f.id);
  if (!textColumns.length) return sql`1 = 0`;
  const index = table.fullText;
  if (index?.kind === 'fts5') {
    const match = words.map((w) => `"${w}"`).join(' ');
    return sql`${sql.id('_id')} IN (SELECT rowid FROM ${sql.raw(index.table)} WHERE ${sql.raw(index.table)} MATCH ${match})`;
  }
  if (index?.kind === 'tsvector' && dialect === 'postgres') {
    const tsq = sql`plainto_tsquery(${sql.lit(index.config)}::regconfig, ${words.join(' ')})`;
    // `= ANY(ARRAY(…))`, not `IN (…)`: the matching ids are collected first and fetched through the primary key;
    // with IN, PostgreSQL tends to merge-join along the whole key to find the first page of a rare word.
    return sql`${sql.id('_id')} = ANY(ARRAY(SELECT "_id" FROM ${sql.raw(index.table)} WHERE v @@ ${tsq}))`;
  }
  const perWord = words.map(
    (w) =>
      sql`(${sql.join(
        textColumns.map((c) => like(dialect, c, w)),
        sql` OR `,
      )})`,
  );
  return sql`(${sql.join(perWord, sql` AND `)})`;
}
