// Text detection: encoding (BOMs, UTF-8, UTF-16 without BOM, Windows-1256 vs Windows-1252), then what the text
// is (JSON, XML, HTML, SVG, #! script, CSV/TSV with its delimiter, or plain text).

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256' | 'windows-1252';
export type Delimiter = ',' | ';' | '\t' | '|';

export interface TextSniff {
  encoding: TextEncoding;
  bom: boolean;
  /** The decoded prefix (single-byte encodings decoded as Latin-1: enough for structure). */
  text: string;
}

const BAD_CONTROL = (b: number) =>
  b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b;

// Windows-1256 bytes that are Arabic letters or harakat; French letters keep their Latin-1 places there.
const ARABIC_1256 = new Set<number>([
  ...Array.from({ length: 0xd6 - 0xc1 + 1 }, (_, i) => 0xc1 + i),
  ...Array.from({ length: 0xdf - 0xd8 + 1 }, (_, i) => 0xd8 + i),
  0xe1,
  0xe3,
  0xe4,
  0xe5,
  0xe6,
  0xec,
  0xed,
  0xf0,
  0xf1,
  0xf2,
  0xf3,
  0xf5,
  0xf6,
  0xf8,
  0xfa,
]);

function utf16WithoutBom(b: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.floor(Math.min(b.length, 4096) / 2);
  if (pairs < 2) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < pairs; i++) {
    if (b[2 * i] === 0) evenZero++;
    if (b[2 * i + 1] === 0) oddZero++;
  }
  if (oddZero > pairs * 0.3 && evenZero === 0) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero === 0) return 'utf-16be';
  return undefined;
}

function singleByte(b: Uint8Array): 'windows-1256' | 'windows-1252' {
  let high = 0;
  let arabic = 0;
  let run = 0;
  let longestRun = 0;
  for (const byte of b) {
    if (byte >= 0x80) high++;
    if (ARABIC_1256.has(byte)) {
      arabic++;
      run++;
      longestRun = Math.max(longestRun, run);
    } else run = 0;
  }
  return arabic > high / 2 && longestRun >= 3 ? 'windows-1256' : 'windows-1252';
}

/**
 * Two bytes that look like a UTF-16 byte-order mark begin 1 in 32,768 random files: the rest must be valid
 * UTF-16 (no unpaired surrogate; a pair cut at the end of the prefix is fine) without control characters.
 */
function utf16WithBom(b: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): TextSniff | undefined {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(b.subarray(2, b.length - (b.length % 2)), {
      stream: true,
    });
  } catch {
    return undefined;
  }
  return [...text.slice(0, 2048)].some((c) => BAD_CONTROL(c.charCodeAt(0)))
    ? undefined
    : { encoding, bom: true, text };
}

/** Decides whether `b` is text and in which encoding; undefined for binary content. */
export function sniffText(b: Uint8Array): TextSniff | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf)
    return { encoding: 'utf-8', bom: true, text: new TextDecoder('utf-8').decode(b.subarray(3)) };
  if (b[0] === 0xff && b[1] === 0xfe) return utf16WithBom(b, 'utf-16le');
  if (b[0] === 0xfe && b[1] === 0xff) return utf16WithBom(b, 'utf-16be');
  const sample = b.subarray(0, 4096);
  if (sample.includes(0)) {
    const encoding = utf16WithoutBom(b);
    if (!encoding) return undefined;
    const text = new TextDecoder(encoding).decode(b.subarray(0, b.length - (b.length % 2)));
    return [...text.slice(0, 2048)].some((c) => BAD_CONTROL(c.charCodeAt(0)))
      ? undefined
      : { encoding, bom: false, text };
  }
  let bad = 0;
  for (const byte of sample) if (BAD_CONTROL(byte)) bad++;
  if (bad > sample.length * 0.005 + 1) return undefined;
  try {
    // `stream: true` leaves a multi-byte character cut at the end of the prefix undecoded, not an error.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(b, { stream: true });
    return { encoding: 'utf-8', bom: false, text };
  } catch {
    return { encoding: singleByte(b), bom: false, text: new TextDecoder('latin1').decode(b) };
  }
}

const HTML_TAGS = new Set(
  'html head body script iframe h1 div font table a style title b br p meta link frameset object embed'.split(
    ' ',
  ),
);

/** What a decoded text is. */
export function classifyText(text: string): {
  type: 'json' | 'xml' | 'html' | 'svg' | 'script' | 'csv' | 'tsv' | 'text';
  delimiter?: Delimiter;
} {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('#!')) return { type: 'script' };
  if (start.startsWith('<')) return { type: classifyMarkup(start.slice(0, 4096)) };
  if (start.startsWith('{') || start.startsWith('[')) return { type: 'json' };
  const delimiter = detectDelimiter(start);
  if (delimiter) return { type: delimiter === '\t' ? 'tsv' : 'csv', delimiter };
  return { type: 'text' };
}

function classifyMarkup(prefix: string): 'xml' | 'html' | 'svg' {
  const lower = prefix.toLowerCase();
  if (lower.includes('http://www.w3.org/1999/xhtml')) return 'html';
  if (lower.includes('http://www.w3.org/2000/svg')) return 'svg';
  // Skip the XML declaration, processing instructions, comments and whitespace; look at the first tag.
  const rest = lower.replace(/^(\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*/, '');
  if (rest.startsWith('<!doctype html')) return 'html';
  if (rest.startsWith('<!doctype svg')) return 'svg';
  const name = /^<([a-z][a-z0-9:-]*)/.exec(rest)?.[1] ?? '';
  if (name === 'svg' || name.endsWith(':svg')) return 'svg';
  if (HTML_TAGS.has(name) || (rest.startsWith('<!--') && /<(html|body|script)[\s>]/.test(lower)))
    return 'html';
  return 'xml';
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === delimiter && !quoted) count++;
  }
  return count;
}

/** The delimiter used the same number of times on the first line and (nearly) every other, if any. */
export function detectDelimiter(text: string): Delimiter | undefined {
  let lines = text.split(/\r\n|\n|\r/);
  // The prefix may end inside a line: without a final line break, the last line is not counted.
  if (lines.length > 1 && !/[\r\n]$/.test(text)) lines = lines.slice(0, -1);
  lines = lines.filter((l) => l.trim() !== '').slice(0, 50);
  if (lines.length === 0) return undefined;
  let best: { delimiter: Delimiter; fields: number } | undefined;
  for (const delimiter of ['\t', ';', ',', '|'] as const) {
    const counts = lines.map((l) => countOutsideQuotes(l, delimiter));
    const tally = new Map<number, number>();
    for (const n of counts) if (n > 0) tally.set(n, (tally.get(n) ?? 0) + 1);
    const [mode, hits] = [...tally].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [0, 0];
    // The header line must agree: a `;` file with decimal commas has none in its header.
    const consistent =
      mode > 0 && counts[0] === mode && (lines.length === 1 || hits >= Math.max(2, lines.length * 0.8));
    if (consistent && (!best || mode > best.fields)) best = { delimiter, fields: mode };
  }
  return best?.delimiter;
}
