// A small SQL tokenizer for datastore_search_sql: the guard (sql-guard.ts) judges tokens, never the raw text.
// It knows what both SQLite and PostgreSQL read as one unit: words, "quoted identifiers" ("" escapes a quote),
// 'strings' ('' escapes a quote), numbers, operators and punctuation, and comments (which the guard refuses).
// Anything else (backticks, [brackets], $dollar$ quotes, parameters ?, :name, @name, $1, backslashes) is refused
// here: a character this tokenizer does not know could be read differently by the database.
import type { ErrorCode } from '../../kernel/error-codes.ts';
import { AppError } from '../../kernel/errors.ts';

export type TokenKind = 'word' | 'ident' | 'string' | 'number' | 'op' | 'comment';

export interface Token {
  kind: TokenKind;
  /** The text as written (for `ident`: the name without quotes; for `word`: as written). */
  text: string;
  /** Upper-cased text of a word, for keyword comparisons. */
  upper: string;
  start: number;
  end: number;
  /** Whether whitespace (or the start of the text) comes right before the token. */
  spaced: boolean;
}

const OPERATORS = ['<>', '<=', '>=', '!=', '||', '::', '=', '<', '>', '+', '-', '*', '/', '%'];
const PUNCT = new Set(['(', ')', ',', '.', ';']);

/** A refused `sql` parameter: the code says why, the field names the parameter. */
export function sqlRefused(code: ErrorCode, params: Record<string, string | number> = {}): AppError {
  return new AppError(code, params, { sql: { reason: 'invalid_value' } });
}

const isWordStart = (c: string) => /[A-Za-z_\u00C0-\uFFFF]/.test(c);
const isWordPart = (c: string) => /[A-Za-z0-9_\u00C0-\uFFFF]/.test(c);
const isDigit = (c: string) => c >= '0' && c <= '9';

/** Reads a quoted run ending with `quote`, a doubled quote standing for one. Returns the end index. */
function quoted(sql: string, from: number, quote: string): { value: string; end: number } {
  let value = '';
  let i = from + 1;
  for (;;) {
    if (i >= sql.length) throw sqlRefused('datastore.sql_syntax', { position: from + 1 });
    const c = sql[i]!;
    if (c === quote) {
      if (sql[i + 1] === quote) {
        value += quote;
        i += 2;
        continue;
      }
      return { value, end: i + 1 };
    }
    value += c;
    i += 1;
  }
}

export function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let spaced = true;
  const push = (kind: TokenKind, text: string, start: number, end: number) => {
    tokens.push({ kind, text, upper: kind === 'word' ? text.toUpperCase() : text, start, end, spaced });
    spaced = false;
    i = end;
  };
  while (i < sql.length) {
    const c = sql[i]!;
    if (/\s/.test(c)) {
      spaced = true;
      i += 1;
      continue;
    }
    if (c === '-' && sql[i + 1] === '-') {
      const nl = sql.indexOf('\n', i);
      push('comment', sql.slice(i, nl < 0 ? sql.length : nl), i, nl < 0 ? sql.length : nl);
      continue;
    }
    if (c === '/' && sql[i + 1] === '*') {
      const close = sql.indexOf('*/', i + 2);
      const end = close < 0 ? sql.length : close + 2;
      push('comment', sql.slice(i, end), i, end);
      continue;
    }
    if (c === "'") {
      const { end } = quoted(sql, i, "'");
      push('string', sql.slice(i, end), i, end);
      continue;
    }
    if (c === '"') {
      const { value, end } = quoted(sql, i, '"');
      if (!value) throw sqlRefused('datastore.sql_syntax', { position: i + 1 });
      push('ident', value, i, end);
      continue;
    }
    if (isDigit(c) || (c === '.' && isDigit(sql[i + 1] ?? ''))) {
      const m = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(sql.slice(i))!;
      const end = i + m[0].length;
      // 1abc or 1.2.3: not a number either database reads the same way.
      if (end < sql.length && (isWordPart(sql[end]!) || sql[end] === '.'))
        throw sqlRefused('datastore.sql_syntax', { position: end + 1 });
      push('number', m[0], i, end);
      continue;
    }
    if (isWordStart(c)) {
      let end = i + 1;
      while (end < sql.length && isWordPart(sql[end]!)) end += 1;
      push('word', sql.slice(i, end), i, end);
      continue;
    }
    if (PUNCT.has(c)) {
      push('op', c, i, i + 1);
      continue;
    }
    const op = OPERATORS.find((o) => sql.startsWith(o, i));
    if (op) {
      push('op', op, i, i + op.length);
      continue;
    }
    throw sqlRefused('datastore.sql_syntax', { position: i + 1 });
  }
  return tokens;
}
