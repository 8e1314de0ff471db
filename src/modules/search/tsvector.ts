// PostgreSQL backend: search_docs.tsv, a tsvector built by us from the normalised tokens (no text-search parser
// or dictionary runs, so tokens are exactly those FTS5 gets), with a GIN index. Stems are stored as is and exact
// forms that differ from their stem with a leading "=" at the same positions; weights: A title exact, B title
// stem, C body exact, D body stem (a stem equal to its exact form is an exact form: A or C).
// A query is one tsquery (`&`, `|`, `<->`, `:*`, `!`), bound as a parameter and cast.
import { sql } from 'kysely';
import type { Token } from './normalize.ts';
import type { ParsedQuery, Term } from './query.ts';
import type { SearchIndex, TextMatch } from './search-index.ts';

const MAX_POS = 16383;
const lit = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/** The tsvector literal of a document: title positions first, then the body after a gap. */
export function tsvectorLiteral(title: Token[], body: Token[]): string {
  const lexemes = new Map<string, string[]>();
  const add = (lexeme: string, pos: number, weight: string) => {
    const list = lexemes.get(lexeme) ?? [];
    if (list.length < 256) list.push(`${pos}${weight}`);
    lexemes.set(lexeme, list);
  };
  const put = (tokens: Token[], start: number, exactW: string, stemW: string) => {
    let pos = start;
    for (const t of tokens) {
      if (pos > MAX_POS) break;
      if (t.exact === t.stem) add(t.stem, pos, exactW);
      else {
        add(`=${t.exact}`, pos, exactW);
        add(t.stem, pos, stemW);
      }
      pos++;
    }
    return pos;
  };
  const end = put(title, 1, 'A', 'B');
  put(body, Math.min(end + 10, MAX_POS + 1), 'C', 'D');
  return [...lexemes].map(([l, p]) => `${lit(l)}:${p.join(',')}`).join(' ');
}

function termQuery(t: Term): string {
  if (t.kind === 'prefix') return `(${lit(`=${t.prefix}`)}:* | ${lit(t.prefix)}:*)`;
  return `(${t.tokens.map((x) => lit(x.stem)).join(' <-> ')})`;
}

/** The tsquery text of a parsed query (recall: stems, and prefixes of either form); null when it has no terms. */
export function tsqueryText(q: ParsedQuery): string | null {
  const parts = q.groups.map((g) =>
    g.length === 1 ? termQuery(g[0]!) : `(${g.map(termQuery).join(' | ')})`,
  );
  if (q.exclude.length) parts.push(`!(${q.exclude.map(termQuery).join(' | ')})`);
  return parts.length ? parts.join(' & ') : null;
}

/** The query the rank uses: the recall query, or any exact form that differs from its stem (a bonus). */
export function rankQueryText(q: ParsedQuery): string | null {
  const recall = tsqueryText({ groups: q.groups, exclude: [] });
  if (!recall) return null;
  const exact = new Set<string>();
  for (const t of q.groups.flat())
    if (t.kind === 'phrase') for (const x of t.tokens) if (x.exact !== x.stem) exact.add(lit(`=${x.exact}`));
  return exact.size ? `(${recall}) | ${[...exact].join(' | ')}` : recall;
}

export const tsvectorIndex: SearchIndex = {
  inlineText: (title, body) => sql`${tsvectorLiteral(title, body)}::tsvector`,
  async insertText() {
    // Written with the search_docs row (inlineText).
  },
  async removeText() {
    // The text lives in the search_docs row, removed with it.
  },
  match(q): TextMatch | null {
    const text = tsqueryText(q);
    if (!text) return null;
    const rank = rankQueryText(q);
    return {
      from: null,
      where: sql`d.tsv @@ ${text}::tsquery`,
      rank: rank ? sql<number>`-ts_rank(d.tsv, ${rank}::tsquery)` : null,
    };
  },
  // The planner prices `tsvector @@ tsquery` as cheap and picks a sequential scan for frequent words, measured
  // 5x slower than the GIN index at 20,000 documents: text searches run with sequential scans discouraged.
  async session(db, text, fn) {
    if (!text || db.isTransaction) return fn(db);
    return db.transaction().execute(async (tx) => {
      await sql`SET LOCAL enable_seqscan = off`.execute(tx);
      return fn(tx);
    });
  },
};
