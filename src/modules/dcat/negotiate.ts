// Content negotiation between the HTML page and the four RDF serialisations, by the Accept header's q-values.
// HTML wins ties and is the answer when nothing RDF is asked for (browsers send text/html and */*).
import { type RdfFormat, rdfFormats } from './namespaces.ts';

const byMedia = new Map<string, RdfFormat>(
  (Object.entries(rdfFormats) as [RdfFormat, string][]).map(([f, m]) => [m, f]),
);
// Media types met in the wild for the same serialisations.
byMedia.set('application/x-turtle', 'ttl');
byMedia.set('application/turtle', 'ttl');
byMedia.set('text/n-triples', 'nt');
byMedia.set('application/json+ld', 'jsonld');

/** The RDF format to answer with, or null for the HTML page. */
export function negotiateRdf(accept: string | undefined): RdfFormat | null {
  if (!accept) return null;
  let best: { format: RdfFormat; q: number } | null = null;
  let html = 0;
  for (const part of accept.split(',')) {
    const [type, ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number.parseFloat(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    const media = type!.trim();
    if (media === 'text/html' || media === 'application/xhtml+xml') html = Math.max(html, q);
    const format = byMedia.get(media);
    if (format && (!best || q > best.q)) best = { format, q };
  }
  return best && best.q > html ? best.format : null;
}
