// Highlighted excerpts: the text around the first matched words, HTML-escaped, matched words in <mark>.
// Computed from the dataset's text with the same normaliser, so both backends give the same snippets.
import { markdownToText, tokenize } from './normalize.ts';

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An excerpt of about `size` characters of `markdown` with matched words marked; null when nothing matches. */
export function snippet(
  markdown: string,
  forms: { words: Set<string>; prefixes: string[] },
  size = 220,
): string | null {
  const text = markdownToText(markdown).replace(/\s+/g, ' ').trim();
  if (!text || (!forms.words.size && !forms.prefixes.length)) return null;
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}\p{M}\u0640'’]+/gu)) {
    const hit = tokenize(m[0]).some(
      (t) => forms.words.has(t.stem) || forms.prefixes.some((p) => t.exact.startsWith(p)),
    );
    if (hit) spans.push([m.index, m.index + m[0].length]);
  }
  if (!spans.length) return null;
  const start = Math.max(0, spans[0]![0] - Math.floor(size / 3));
  const from = start === 0 ? 0 : text.indexOf(' ', start) + 1 || start;
  let to = Math.min(text.length, from + size);
  if (to < text.length) to = text.lastIndexOf(' ', to) > from ? text.lastIndexOf(' ', to) : to;
  let out = from > 0 ? '… ' : '';
  let at = from;
  for (const [a, b] of spans) {
    if (a < from || b > to) continue;
    out += `${escapeHtml(text.slice(at, a))}<mark>${escapeHtml(text.slice(a, b))}</mark>`;
    at = b;
  }
  out += escapeHtml(text.slice(at, to)) + (to < text.length ? ' …' : '');
  return out;
}
