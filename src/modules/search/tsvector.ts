// PostgreSQL backend: search_docs.tsv, a tsvector built by us from the normalised tokens (no text-search parser
// or dictionary runs, so tokens are exactly those FTS5 gets), with a GIN index. Stems are stored as is and exact
// forms with a leading "=" at the same positions; weights: A title exact, B title stem, C body exact, D body stem.
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
      add(`=${t.exact}`, pos, exactW);
      add(t.stem, pos, stemW);
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
  const stems = t.tokens.map((x) => lit(x.stem)).join(' <-> ');
  const exact = t.tokens.map((x) => lit(`=${x.exact}`)).join(' <-> ');
  return `((${stems}) | (${exact}))`;
}

/** The tsquery text of a parsed query (null when it has no terms). */
export function tsqueryText(q: ParsedQuery): string | null {
  const parts = q.groups.map((g) => `(${g.map(termQuery).join(' | ')})`);
  if (q.exclude.length) parts.push(`!(${q.exclude.map(termQuery).join(' | ')})`);
  return parts.length ? parts.join(' & ') : null;
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
    return {
      join: null,
      where: sql`d.tsv @@ ${text}::tsquery`,
      rank: q.groups.length ? sql<number>`-ts_rank(d.tsv, ${text}::tsquery)` : null,
    };
  },
};
