// The one text normaliser of search, used at index time and at query time so that both backends (FTS5 and
// tsvector) see the same tokens. Each token has two forms: `exact` (case, accents, Arabic spelling variants and
// digits folded) and `stem` (the exact form after light stemming). Matching uses stems; ranking prefers exact forms.

export interface Token {
  exact: string;
  stem: string;
}

/** Longest tokens kept (longer ones are noise: hashes, URLs). */
const MAX_TOKEN = 60;

const ARABIC_LETTER = /[\u0621-\u064a]/;
const ELISION = /(^|[^\p{L}\p{N}])(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['’ʼ](?=\p{L})/gu;

const FOLD: Record<string, string> = {
  '\u0671': '\u0627', // ٱ → ا (أ إ آ fold through NFD: their hamza/madda marks are stripped)
  '\u0649': '\u064a', // ى → ي
  '\u0629': '\u0647', // ة → ه
  ß: 'ss',
  œ: 'oe',
  æ: 'ae',
};
/** Characters folded or dropped, in one pass: marks (accents, harakat, U+0670, hamza/madda), tatweel, digits. */
const FOLDED = /[\p{M}\u0640\u0671\u0649\u0629\u0660-\u0669\u06f0-\u06f9ßœæ]/gu;

function foldChar(c: string): string {
  const mapped = FOLD[c];
  if (mapped !== undefined) return mapped;
  const code = c.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return ''; // a combining mark or tatweel
}

/** Folds case, accents, Arabic marks and spelling variants, tatweel and Arabic-Indic digits; keeps separators. */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(ELISION, '$1 ')
    .normalize('NFD')
    .replace(FOLDED, foldChar);
}

const AR_PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
const AR_SUFFIXES = ['ات', 'ون', 'ين', 'ان', 'ها', 'يه', 'ه', 'ي'];

/** Light Arabic stemming: one article/particle prefix, then one common suffix, keeping at least 2 letters. */
export function stemArabic(word: string): string {
  let w = word;
  for (const p of AR_PREFIXES)
    if (w.startsWith(p) && w.length - p.length >= 2) {
      w = w.slice(p.length);
      break;
    }
  for (const s of AR_SUFFIXES)
    if (w.endsWith(s) && w.length - s.length >= 3) {
      w = w.slice(0, -s.length);
      break;
    }
  return w;
}

/** Light French/English stemming of a folded Latin word: plurals, then a final mute e. */
export function stemLatin(word: string): string {
  let w = word;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('aux') && w.length > 4) w = `${w.slice(0, -3)}al`;
  else if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if ((w.endsWith('s') && !w.endsWith('ss')) || w.endsWith('x')) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

const stems = new Map<string, string>();

export function stem(exact: string): string {
  let s = stems.get(exact);
  if (s === undefined) {
    s = ARABIC_LETTER.test(exact) ? stemArabic(exact) : stemLatin(exact);
    if (stems.size >= 200_000) stems.clear();
    stems.set(exact, s);
  }
  return s;
}

/** The tokens of `text`, in order. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of foldText(text).matchAll(/[\p{L}\p{N}]+/gu)) {
    const exact = m[0];
    if (exact.length > MAX_TOKEN) continue;
    out.push({ exact, stem: stem(exact) });
  }
  return out;
}

/** Strips Markdown syntax that is not text: link targets, images, emphasis, headings, code fences, HTML tags. */
export function markdownToText(md: string): string {
  return md
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`~|]+/g, ' ');
}
