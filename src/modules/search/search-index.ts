// The full-text engine behind search: one implementation per database (fts5.ts, tsvector.ts). Both receive the
// same normalised tokens and the same parsed query; documents, facets, filters and sorts are shared (search.repo.ts).
import type { RawBuilder, SqlBool } from 'kysely';
import type { Dialect, Executor } from '../../db/types.ts';
import { fts5Index } from './fts5.ts';
import type { Token } from './normalize.ts';
import type { ParsedQuery } from './query.ts';
import { tsvectorIndex } from './tsvector.ts';

/** What the engine indexes for one document (its row in search_docs is `doc`). */
export interface TextDoc {
  doc: number;
  title: Token[];
  body: Token[];
}

/** How a parsed query constrains `search_docs d`: the FROM clause (naming it d), a condition, a rank (lower is better). */
export interface TextMatch {
  from: RawBuilder<unknown> | null;
  /** The match (recall only: the cheapest form, for counts and facets). */
  where: RawBuilder<SqlBool>;
  /** The same match in the form the rank needs (FTS5 scores only what MATCH names), for the ranked page. */
  rankedFrom?: RawBuilder<unknown> | null;
  rankedWhere?: RawBuilder<SqlBool>;
  rank: RawBuilder<number> | null;
}

export interface SearchIndex {
  /** The value of search_docs' own text column for a new document, when the engine keeps the text there. */
  inlineText?: (title: Token[], body: Token[]) => RawBuilder<unknown>;
  /** Adds the text of new documents (their search_docs rows exist; on PostgreSQL the text is stored in them). */
  insertText(db: Executor, docs: TextDoc[]): Promise<void>;
  /** Removes the text of documents about to be deleted. */
  removeText(db: Executor, docs: number[]): Promise<void>;
  /** The condition for `q` (null when q has no terms: every document matches). */
  match(q: ParsedQuery): TextMatch | null;
  /** Runs the queries of one search (PostgreSQL: in a read transaction with planner settings for text search). */
  session<T>(db: Executor, text: TextMatch | null, fn: (db: Executor) => Promise<T>): Promise<T>;
}

export function searchIndexFor(dialect: Dialect): SearchIndex {
  return dialect === 'sqlite' ? fts5Index : tsvectorIndex;
}
