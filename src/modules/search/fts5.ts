// SQLite backend: an FTS5 table (rowid = search_docs.doc) with four columns: title and body, each in exact and
// stemmed forms. A term matches stems (recall) or exact forms; bm25 weights title-exact > title-stem > body-exact
// > body-stem, so title matches and exact-language matches rank first. Exclusions are a NOT IN over the same table.
import { type SqlBool, sql } from 'kysely';
import type { Executor } from '../../db/types.ts';
import type { Token } from './normalize.ts';
import type { ParsedQuery, Term } from './query.ts';
import type { SearchIndex, TextMatch } from './search-index.ts';

const EXACT = '{title_exact body_exact}';
const STEM = '{title_stem body_stem}';
const quote = (tokens: string[]) => `"${tokens.join(' ').replace(/"/g, '""')}"`;

/** A term's MATCH expression: stems give recall; `ranked` adds the exact forms so bm25 scores them too. */
function termExpr(t: Term, ranked: boolean): string {
  if (t.kind === 'prefix') return `(${EXACT} : ${quote([t.prefix])} * OR ${STEM} : ${quote([t.prefix])} *)`;
  const stems = `${STEM} : ${quote(t.tokens.map((x) => x.stem))}`;
  return ranked ? `(${stems} OR ${EXACT} : ${quote(t.tokens.map((x) => x.exact))})` : stems;
}

/** The FTS5 MATCH string of every group (AND of ORs); tokens are letters and digits only, always quoted. */
export function fts5Positive(q: ParsedQuery, ranked = false): string | null {
  if (!q.groups.length) return null;
  const term = (t: Term) => termExpr(t, ranked);
  return q.groups.map((g) => (g.length === 1 ? term(g[0]!) : `(${g.map(term).join(' OR ')})`)).join(' AND ');
}

export function fts5Negative(q: ParsedQuery): string | null {
  return q.exclude.length ? q.exclude.map((t) => termExpr(t, false)).join(' OR ') : null;
}

const joinText = (tokens: Token[], form: 'exact' | 'stem') => tokens.map((t) => t[form]).join(' ');

export const fts5Index: SearchIndex = {
  async insertText(db: Executor, docs) {
    for (let i = 0; i < docs.length; i += 200) {
      const chunk = docs.slice(i, i + 200);
      await sql`INSERT INTO search_fts (rowid, title_exact, title_stem, body_exact, body_stem) VALUES ${sql.join(
        chunk.map(
          (d) =>
            sql`(${d.doc}, ${joinText(d.title, 'exact')}, ${joinText(d.title, 'stem')}, ${joinText(d.body, 'exact')}, ${joinText(d.body, 'stem')})`,
        ),
      )}`.execute(db);
    }
  },
  async removeText(db: Executor, docs) {
    for (let i = 0; i < docs.length; i += 500)
      await sql`DELETE FROM search_fts WHERE rowid IN (${sql.join(docs.slice(i, i + 500))})`.execute(db);
  },
  match(q): TextMatch | null {
    const pos = fts5Positive(q);
    const neg = fts5Negative(q);
    if (!pos && !neg) return null;
    const not = neg
      ? sql<SqlBool>`d.doc NOT IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ${neg})`
      : null;
    if (!pos) return { from: null, where: not!, rank: null };
    const ranked = fts5Positive(q, true)!;
    const and = (m: string) =>
      not ? sql<SqlBool>`search_fts MATCH ${m} AND ${not}` : sql<SqlBool>`search_fts MATCH ${m}`;
    return {
      // The full-text match drives the join (CROSS JOIN fixes SQLite's join order), never one MATCH per row.
      from: sql`search_fts CROSS JOIN search_docs d ON d.doc = search_fts.rowid`,
      where: and(pos),
      rankedWhere: and(ranked),
      rank: sql<number>`bm25(search_fts, 10.0, 6.0, 2.0, 1.0)`,
    };
  },
  session: (db, _text, fn) => fn(db),
};
