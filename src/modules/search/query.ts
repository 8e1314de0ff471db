// The user's query syntax, parsed into terms that any backend can compile: words (all must match), "quoted
// phrases", prefix*, -exclusion and OR (binds two neighbouring terms: `a b OR c` is a AND (b OR c)). Any input
// parses: unbalanced quotes close at the end, stray operators and punctuation are ignored.
import { type Token, tokenize } from './normalize.ts';

export type Term =
  /** One token, or several adjacent ones (a phrase, or a word that splits like `covid-19`). */
  | { kind: 'phrase'; tokens: Token[] }
  /** Tokens starting with `prefix` (its exact form; at least 2 characters). */
  | { kind: 'prefix'; prefix: string };

export interface ParsedQuery {
  /** Every group must match; a group matches when any of its terms does. */
  groups: Term[][];
  /** Datasets matching any of these are left out. */
  exclude: Term[];
}

/** Longest query considered (longer input is cut). */
export const MAX_QUERY = 500;
const MAX_TERMS = 32;

interface Lexeme {
  text: string;
  quoted: boolean;
  negated: boolean;
}

function lex(input: string): Lexeme[] {
  const out: Lexeme[] = [];
  const s = input.slice(0, MAX_QUERY).replace(/[“”«»„]/g, '"');
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    let negated = false;
    if (c === '-' && i + 1 < s.length && !/\s/.test(s[i + 1]!)) {
      negated = true;
      i++;
    }
    if (s[i] === '"') {
      const end = s.indexOf('"', i + 1);
      const stop = end === -1 ? s.length : end;
      out.push({ text: s.slice(i + 1, stop), quoted: true, negated });
      i = stop + 1;
      continue;
    }
    let j = i;
    while (j < s.length && !/\s/.test(s[j]!) && s[j] !== '"') j++;
    out.push({ text: s.slice(i, j), quoted: false, negated });
    i = j;
  }
  return out;
}

function termOf(l: Lexeme): Term | null {
  if (!l.quoted && /^[^*]*[\p{L}\p{N}]\*+$/u.test(l.text)) {
    const tokens = tokenize(l.text);
    if (tokens.length === 1 && tokens[0]!.exact.length >= 2)
      return { kind: 'prefix', prefix: tokens[0]!.exact };
    if (tokens.length > 1) return { kind: 'phrase', tokens };
  }
  const tokens = tokenize(l.text);
  return tokens.length ? { kind: 'phrase', tokens: tokens.slice(0, MAX_TERMS) } : null;
}

export function parseQuery(input: string | undefined): ParsedQuery {
  const groups: Term[][] = [];
  const exclude: Term[] = [];
  let joinNext = false;
  for (const l of lex(input ?? '')) {
    if (!l.quoted && !l.negated && l.text === 'OR') {
      joinNext = groups.length > 0;
      continue;
    }
    const term = termOf(l);
    if (!term) continue;
    if (l.negated) {
      if (exclude.length < MAX_TERMS) exclude.push(term);
      joinNext = false;
      continue;
    }
    if (joinNext) groups[groups.length - 1]!.push(term);
    else if (groups.length < MAX_TERMS) groups.push([term]);
    joinNext = false;
  }
  return { groups, exclude };
}

/** Whether the query has anything to match (else every dataset matches, minus the exclusions). */
export const hasTerms = (q: ParsedQuery) => q.groups.length > 0 || q.exclude.length > 0;

/** The exact and stemmed forms a snippet should highlight. */
export function highlightForms(q: ParsedQuery): { words: Set<string>; prefixes: string[] } {
  const words = new Set<string>();
  const prefixes: string[] = [];
  for (const t of q.groups.flat())
    if (t.kind === 'prefix') prefixes.push(t.prefix);
    else for (const tok of t.tokens) words.add(tok.stem);
  return { words, prefixes };
}
