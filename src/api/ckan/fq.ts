// CKAN's `fq` (a Solr filter query) parsed into the search contract's FilterExpr. Supported: `field:value`,
// `field:"quoted value"`, `field:(a OR b)`, AND / OR / NOT (also && || !) between clauses, `+` and `-`
// prefixes, parentheses, `*:*`; clauses side by side are ANDed (as CKAN's own facet links expect).
// `metadata_modified:[<date> TO *]` at the top level (what harvesters send) becomes `modifiedSince`;
// `dataset_type:dataset` matches everything. Anything else is refused with the reason (a Search Query Error).
import type { FilterExpr, FilterField } from '../../modules/search/contract.ts';

/** CKAN's (Solr) field names → the search contract's. */
export const fqFields: Readonly<Record<string, FilterField>> = {
  organization: 'organization',
  groups: 'theme',
  tags: 'tag',
  res_format: 'format',
  license_id: 'license',
  name: 'name',
  frequency: 'frequency',
};

export class FqError extends Error {
  constructor(readonly detail: string) {
    super(detail);
    this.name = 'FqError';
  }
}

export interface ParsedFq {
  /** Absent when the query matches every dataset. */
  filter?: FilterExpr;
  modifiedSince?: string;
}

const ALL: FilterExpr = { and: [] };
const NONE: FilterExpr = { not: ALL };
const isAll = (e: FilterExpr) => 'and' in e && e.and.length === 0;

type Tok =
  | { t: '(' | ')' | 'AND' | 'OR' | 'NOT' | '+' | '-' }
  | { t: 'clause'; field: string; value: string | string[] | Range }
  | { t: 'all' };
interface Range {
  from: string;
  to: string;
}

class Lexer {
  i = 0;
  constructor(readonly s: string) {}
  get done() {
    this.skip();
    return this.i >= this.s.length;
  }
  skip() {
    while (this.i < this.s.length && /\s/.test(this.s[this.i]!)) this.i++;
  }
  quoted(): string {
    let out = '';
    this.i++; // opening quote
    while (this.i < this.s.length && this.s[this.i] !== '"') {
      if (this.s[this.i] === '\\' && this.i + 1 < this.s.length) this.i++;
      out += this.s[this.i++];
    }
    if (this.s[this.i] !== '"') throw new FqError('unterminated quoted value');
    this.i++;
    return out;
  }
  bare(): string {
    let out = '';
    while (this.i < this.s.length && !/[\s()]/.test(this.s[this.i]!)) {
      if (this.s[this.i] === '\\' && this.i + 1 < this.s.length) this.i++;
      out += this.s[this.i++];
    }
    return out;
  }
  value(): string {
    this.skip();
    const v = this.s[this.i] === '"' ? this.quoted() : this.bare();
    if (!v) throw new FqError(`a value is missing at position ${this.i + 1}`);
    return v;
  }
  /** `(a OR b OR "c d")` after `field:`: values joined by OR (AND of two values of one field is refused). */
  group(field: string): string[] {
    this.i++; // (
    const values: string[] = [];
    for (;;) {
      this.skip();
      if (this.s[this.i] === ')') {
        this.i++;
        break;
      }
      if (this.i >= this.s.length) throw new FqError(`unclosed parenthesis after ${field}:`);
      const v = this.value();
      if (v === 'OR' || v === '||') continue;
      if (v === 'AND' || v === '&&')
        throw new FqError(`only OR may join the values of ${field}: (…); use ${field}:a AND ${field}:b`);
      values.push(v);
    }
    if (!values.length) throw new FqError(`no value in ${field}: ()`);
    return values;
  }
  range(field: string): Range {
    const m = /^\[\s*(\S+)\s+TO\s+(\S+)\s*\]/.exec(this.s.slice(this.i));
    if (!m) throw new FqError(`a range must read ${field}:[<from> TO <to>]`);
    this.i += m[0].length;
    return { from: m[1]!, to: m[2]! };
  }
  next(): Tok {
    this.skip();
    const c = this.s[this.i]!;
    if (c === '(' || c === ')') {
      this.i++;
      return { t: c };
    }
    if (
      (c === '+' || c === '-' || c === '!') &&
      this.i + 1 < this.s.length &&
      !/\s/.test(this.s[this.i + 1]!)
    ) {
      this.i++;
      return { t: c === '!' ? 'NOT' : c };
    }
    const start = this.i;
    const m = /^([A-Za-z_][A-Za-z0-9_.]*|\*):/.exec(this.s.slice(this.i));
    if (m) {
      this.i += m[0].length;
      const field = m[1]!;
      const c2 = this.s[this.i];
      if (c2 === '(') return { t: 'clause', field, value: this.group(field) };
      if (c2 === '[' || c2 === '{') return { t: 'clause', field, value: this.range(field) };
      if (c2 === undefined || /\s/.test(c2)) throw new FqError(`a value is missing after ${field}:`);
      const value = this.value();
      if (field === '*' && value === '*') return { t: 'all' };
      return { t: 'clause', field, value };
    }
    const word = this.bare();
    if (word === 'AND' || word === '&&') return { t: 'AND' };
    if (word === 'OR' || word === '||') return { t: 'OR' };
    if (word === 'NOT') return { t: 'NOT' };
    this.i = start;
    throw new FqError(`expected field:value at position ${start + 1}: ${word || this.s[start]}`);
  }
}

/** A Solr date (`2024-01-15T10:20:30.123456Z`, also without Z, or a plain date) as ISO 8601 UTC. */
function isoSince(v: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z)?$/.exec(v);
  const iso = m ? (m[2] ? `${m[1]}${m[2]}Z` : m[1]!) : '';
  if (!m || Number.isNaN(Date.parse(iso))) throw new FqError(`not a date: ${v}`);
  return iso;
}

/** Recursive descent over the tokens: or := and (OR and)*; and := unary ((AND)? unary)*. */
class Parser {
  toks: Tok[] = [];
  pos = 0;
  since: string | undefined;
  constructor(s: string) {
    const lx = new Lexer(s);
    while (!lx.done) this.toks.push(lx.next());
  }
  peek() {
    return this.toks[this.pos];
  }
  parse(): FilterExpr {
    const e = this.or(true);
    if (this.pos < this.toks.length) throw new FqError('unbalanced parenthesis');
    return e;
  }
  or(top: boolean): FilterExpr {
    const parts = [this.and(top)];
    while (this.peek()?.t === 'OR') {
      this.pos++;
      parts.push(this.and(false));
    }
    if (parts.length === 1) return parts[0]!;
    if (this.since && top) throw new FqError('metadata_modified ranges cannot be joined with OR');
    return parts.some(isAll) ? ALL : { or: parts };
  }
  and(top: boolean): FilterExpr {
    const parts: FilterExpr[] = [];
    for (;;) {
      const tok = this.peek();
      if (!tok || tok.t === ')' || tok.t === 'OR') break;
      if (tok.t === 'AND') {
        this.pos++;
        if (!parts.length) throw new FqError('AND without a left-hand clause');
        continue;
      }
      parts.push(this.unary(top));
    }
    if (!parts.length) throw new FqError('a clause is missing');
    const real = parts.filter((p) => !isAll(p));
    return real.length === 1 ? real[0]! : { and: real };
  }
  unary(top: boolean): FilterExpr {
    const tok = this.toks[this.pos++]!;
    if (tok.t === 'NOT' || tok.t === '-') {
      if (!this.peek() || this.peek()!.t === ')') throw new FqError('NOT without a clause');
      const inner = this.unary(false);
      return isAll(inner) ? NONE : { not: inner };
    }
    if (tok.t === '+') return this.unary(top);
    if (tok.t === '(') {
      const e = this.or(false);
      if (this.toks[this.pos++]?.t !== ')') throw new FqError('unclosed parenthesis');
      return e;
    }
    if (tok.t === 'all') return ALL;
    if (tok.t === 'clause') return this.clause(tok.field, tok.value, top);
    throw new FqError(`unexpected ${tok.t}`);
  }
  clause(field: string, value: string | string[] | Range, top: boolean): FilterExpr {
    if (typeof value === 'object' && !Array.isArray(value)) {
      if (field !== 'metadata_modified' || !top || value.to !== '*' || value.from === '*')
        throw new FqError(`only metadata_modified:[<date> TO *] is supported as a range (at the top level)`);
      this.since = isoSince(value.from);
      return ALL;
    }
    const values = [value].flat();
    if (field === 'dataset_type' || field === 'type')
      return values.includes('dataset') || values.includes('*') ? ALL : NONE;
    const target = fqFields[field];
    if (!target) throw new FqError(`unknown field: ${field}`);
    if (values.includes('*')) return ALL;
    if (values.some((v) => v.includes('*') || v.includes('?')))
      throw new FqError(`wildcards are not supported in ${field}: values`);
    return { field: target, values };
  }
}

/** Parses `fq`; throws FqError with a readable reason. An empty fq filters nothing. */
export function parseFq(fq: string): ParsedFq {
  if (!fq.trim()) return {};
  const p = new Parser(fq);
  const e = p.parse();
  const out: ParsedFq = {};
  if (!isAll(e)) out.filter = e;
  if (p.since) out.modifiedSince = p.since;
  return out;
}
