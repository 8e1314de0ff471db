// The guard of datastore_search_sql: exactly one read-only SELECT (WITH … SELECT allowed) over DataStore
// tables, judged token by token (sql-tokenizer.ts). It refuses comments, a second statement, any write, DDL
// or session word (sql-words.ts FORBIDDEN), any function outside the allow-list, system catalogues, schema-
// qualified names, table functions, casts to types outside the list, typed literals, and any table that is not
// a CTE of the query: those are returned as `tables` for the caller to resolve (resource ids the actor may
// read) before `rewriteSql` puts the physical names in. The database adds its own walls (a read-only
// transaction or connection, a time and a row limit: sql-run.ts); this guard does not rely on them.
import { sqlRefused, type Token, tokenize } from './sql-tokenizer.ts';
import { FORBIDDEN, FORBIDDEN_PREFIXES, FUNCTIONS, KEYWORDS, PAREN_KEYWORDS, TYPES } from './sql-words.ts';

export interface SqlAnalysis {
  /** The statement without a trailing semicolon. */
  sql: string;
  tokens: Token[];
  /** Table references by token index, and the distinct names to resolve. */
  refs: { index: number; name: string }[];
  tables: string[];
}

interface Frame {
  fn: string | null;
  inFrom: boolean;
}

const isName = (t: Token | undefined) => !!t && (t.kind === 'word' || t.kind === 'ident');
const isOp = (t: Token | undefined, op: string) => !!t && t.kind === 'op' && t.text === op;
const isWord = (t: Token | undefined, w: string) => !!t && t.kind === 'word' && t.upper === w;
/** word → lower case (databases fold or ignore its case), "ident" → as written. */
const nameKey = (t: Token) => (t.kind === 'word' ? t.text.toLowerCase() : t.text);

function checkName(t: Token): void {
  const lower = t.text.toLowerCase();
  if (FORBIDDEN_PREFIXES.some((p) => lower.startsWith(p)))
    throw sqlRefused('datastore.sql_word_forbidden', { word: t.text });
}

function matchParens(tokens: Token[]): number[] {
  const match: number[] = [];
  const open: number[] = [];
  tokens.forEach((t, i) => {
    if (isOp(t, '(')) open.push(i);
    else if (isOp(t, ')')) {
      const o = open.pop();
      if (o === undefined) throw sqlRefused('datastore.sql_syntax', { position: t.start + 1 });
      match[o] = i;
      match[i] = o;
    }
  });
  if (open.length) throw sqlRefused('datastore.sql_syntax', { position: tokens[open.pop()!]!.start + 1 });
  return match;
}

/** CTE headers (`name [(cols)] AS [NOT] [MATERIALIZED] (`): their names, and the header tokens to skip. */
function cteHeaders(tokens: Token[], match: number[]): { names: Set<string>; skip: Set<number> } {
  const names = new Set<string>();
  const skip = new Set<number>();
  const bad = (i: number) => sqlRefused('datastore.sql_syntax', { position: (tokens[i]?.start ?? 0) + 1 });
  tokens.forEach((t, w) => {
    if (!isWord(t, 'WITH')) return;
    let j = isWord(tokens[w + 1], 'RECURSIVE') ? w + 2 : w + 1;
    for (;;) {
      const name = tokens[j];
      if (!name || !isName(name)) throw bad(j);
      checkName(name);
      names.add(nameKey(name));
      skip.add(j);
      j += 1;
      if (isOp(tokens[j], '(')) {
        for (let k = j + 1; k < match[j]!; k++) {
          if (!isName(tokens[k]) && !isOp(tokens[k], ',')) throw bad(k);
          skip.add(k);
        }
        skip.add(j).add(match[j]!);
        j = match[j]! + 1;
      }
      if (!isWord(tokens[j], 'AS')) throw bad(j);
      j += 1;
      if (isWord(tokens[j], 'NOT')) j += 1;
      if (isWord(tokens[j], 'MATERIALIZED')) j += 1;
      if (!isOp(tokens[j], '(')) throw bad(j);
      j = match[j]! + 1;
      if (!isOp(tokens[j], ',')) return;
      j += 1;
    }
  });
  return { names, skip };
}

export function analyzeSql(input: string): SqlAnalysis {
  let tokens = tokenize(input);
  const comment = tokens.find((t) => t.kind === 'comment');
  if (comment) throw sqlRefused('datastore.sql_comment', { position: comment.start + 1 });
  if (isOp(tokens.at(-1), ';')) tokens = tokens.slice(0, -1);
  const semi = tokens.find((t) => isOp(t, ';'));
  if (semi) throw sqlRefused('datastore.sql_multiple_statements', { position: semi.start + 1 });
  if (!isWord(tokens[0], 'SELECT') && !isWord(tokens[0], 'WITH'))
    throw sqlRefused('datastore.sql_not_select');
  const sql = input.slice(0, tokens.at(-1)!.end);
  const match = matchParens(tokens);
  const { names: ctes, skip } = cteHeaders(tokens, match);
  const refs: SqlAnalysis['refs'] = [];
  const frames: Frame[] = [{ fn: null, inFrom: false }];
  let expectTable = false;

  tokens.forEach((t, i) => {
    if (skip.has(i)) return;
    const frame = frames.at(-1)!;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (t.kind === 'word' && FORBIDDEN.has(t.upper) && !(t.upper === 'FOR' && frame.fn))
      throw sqlRefused('datastore.sql_word_forbidden', { word: t.text });
    if (isName(t)) checkName(t);
    if (t.kind === 'string' && prev?.kind === 'word' && !KEYWORDS.has(prev.upper) && !skip.has(i - 1))
      throw sqlRefused('datastore.sql_word_forbidden', { word: prev.text });

    if (expectTable) {
      if (isWord(t, 'LATERAL')) return;
      expectTable = false;
      if (isOp(t, '(')) {
        frames.push({ fn: null, inFrom: false });
        return;
      }
      if (!isName(t) || (t.kind === 'word' && KEYWORDS.has(t.upper)))
        throw sqlRefused('datastore.sql_syntax', { position: t.start + 1 });
      if (isOp(next, '.')) throw sqlRefused('datastore.sql_table_forbidden', { name: t.text });
      if (isOp(next, '(')) throw sqlRefused('datastore.sql_function_forbidden', { name: t.text });
      if (!ctes.has(nameKey(t))) refs.push({ index: i, name: t.text });
      return;
    }

    if (t.kind === 'word') {
      const u = t.upper;
      if (isOp(next, '(') && !PAREN_KEYWORDS.has(u)) {
        if (!FUNCTIONS.has(t.text.toLowerCase()) || isOp(prev, '.'))
          throw sqlRefused('datastore.sql_function_forbidden', { name: t.text });
      }
      if (u === 'FROM' && !frame.fn) {
        frame.inFrom = true;
        expectTable = true;
      } else if (u === 'JOIN') expectTable = true;
      else if (
        [
          'WHERE',
          'GROUP',
          'HAVING',
          'ORDER',
          'LIMIT',
          'OFFSET',
          'UNION',
          'INTERSECT',
          'EXCEPT',
          'WINDOW',
        ].includes(u)
      )
        frame.inFrom = false;
      if (frame.fn === 'cast' && isWord(prev, 'AS') && !TYPES.has(t.text.toLowerCase()))
        throw sqlRefused('datastore.sql_word_forbidden', { word: t.text });
      return;
    }
    if (t.kind === 'ident' && isOp(next, '('))
      throw sqlRefused('datastore.sql_function_forbidden', { name: t.text });
    if (t.kind !== 'op') return;
    if (t.text === '(') {
      const fn = prev?.kind === 'word' && !PAREN_KEYWORDS.has(prev.upper) ? prev.text.toLowerCase() : null;
      frames.push({ fn, inFrom: false });
    } else if (t.text === ')') {
      frames.pop();
    } else if (t.text === ',' && frame.inFrom) {
      expectTable = true;
    } else if (t.text === '.') {
      if (!isName(prev) || !(isName(next) || isOp(next, '*')) || isOp(tokens[i - 2], '.'))
        throw sqlRefused('datastore.sql_syntax', { position: t.start + 1 });
    } else if (t.text === '::') {
      if (next?.kind !== 'word' || !TYPES.has(next.text.toLowerCase()))
        throw sqlRefused('datastore.sql_word_forbidden', { word: next?.text ?? '::' });
    }
  });
  if (expectTable) throw sqlRefused('datastore.sql_syntax', { position: sql.length });
  return { sql, tokens, refs, tables: [...new Set(refs.map((r) => r.name))] };
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * The statement with each table reference replaced by its physical name (`physical(name)`, already quoted);
 * a reference without an alias keeps its name as alias, so `"<resource id>".column` still reads.
 */
export function rewriteSql(a: SqlAnalysis, physical: (name: string) => string): string {
  let out = '';
  let at = 0;
  for (const ref of a.refs) {
    const t = a.tokens[ref.index]!;
    const next = a.tokens[ref.index + 1];
    const hasAlias =
      isWord(next, 'AS') || next?.kind === 'ident' || (next?.kind === 'word' && !KEYWORDS.has(next.upper));
    out += a.sql.slice(at, t.start) + physical(ref.name) + (hasAlias ? '' : ` AS ${quoteIdent(ref.name)}`);
    at = t.end;
  }
  return out + a.sql.slice(at);
}
