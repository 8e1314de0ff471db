// Test helper: parses any of the four serialisations back into quads (all offline: our JSON-LD context is
// inline), and compares graphs as sets of N-Triples lines.
import jsonld from 'jsonld';
import { Parser, type Quad, Writer } from 'n3';
import { RdfXmlParser } from 'rdfxml-streaming-parser';
import type { RdfFormat } from './namespaces.ts';

export async function parseRdf(format: RdfFormat, body: string): Promise<Quad[]> {
  if (format === 'ttl') return new Parser({ format: 'text/turtle' }).parse(body);
  if (format === 'nt') return new Parser({ format: 'application/n-triples' }).parse(body);
  if (format === 'jsonld') {
    const nquads = (await jsonld.toRDF(JSON.parse(body), {
      format: 'application/n-quads',
      documentLoader: async (url: string) => {
        throw new Error(`no network in tests: ${url}`);
      },
    } as never)) as unknown as string;
    return new Parser({ format: 'application/n-quads' }).parse(nquads);
  }
  return new Promise((resolve, reject) => {
    const quads: Quad[] = [];
    const parser = new RdfXmlParser();
    parser.on('data', (q: Quad) => quads.push(q));
    parser.on('error', reject);
    parser.on('end', () => resolve(quads));
    parser.end(body);
  });
}

/** The graph as a sorted list of N-Triples lines (no blank nodes in our output, so sets compare exactly). */
export function lines(quads: readonly Quad[]): string[] {
  const w = new Writer({ format: 'N-Triples' });
  return [...new Set(quads.map((q) => w.quadToString(q.subject, q.predicate, q.object).trim()))].sort();
}

/** Objects of `subject predicate ?o`. */
export const objects = (quads: readonly Quad[], s: string, p: string) =>
  quads.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object);
