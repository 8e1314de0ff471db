// Reading RDF documents of DCAT sources: Turtle, N-Triples, RDF/XML, JSON-LD, chosen by the answer's media
// type (then the URL's extension). Any syntax error (undeclared prefix, invalid IRI, broken XML) becomes
// `harvest.invalid_catalog` with the parser's reason. JSON-LD contexts are never fetched (no request leaves
// through the JSON-LD loader: a document needing a remote context is refused with that reason).
import jsonld from 'jsonld';
import { Parser, type Quad } from 'n3';
import { RdfXmlParser } from 'rdfxml-streaming-parser';
import { AppError } from '../../../kernel/errors.ts';

export type RdfSyntax = 'turtle' | 'ntriples' | 'rdfxml' | 'jsonld';

export const RDF_ACCEPT =
  'text/turtle, application/ld+json;q=0.9, application/rdf+xml;q=0.9, application/n-triples;q=0.8, */*;q=0.1';

const byType: Record<string, RdfSyntax> = {
  'text/turtle': 'turtle',
  'application/x-turtle': 'turtle',
  'application/n-triples': 'ntriples',
  'text/plain': 'ntriples',
  'application/rdf+xml': 'rdfxml',
  'application/xml': 'rdfxml',
  'text/xml': 'rdfxml',
  'application/ld+json': 'jsonld',
  'application/json': 'jsonld',
};
const byExt: Record<string, RdfSyntax> = {
  ttl: 'turtle',
  nt: 'ntriples',
  rdf: 'rdfxml',
  xml: 'rdfxml',
  jsonld: 'jsonld',
  json: 'jsonld',
};

/** The syntax of an answer, or undefined (HTML, or a type that is not RDF). */
export function syntaxOf(contentType: string, url: string): RdfSyntax | undefined {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (byType[type]) return byType[type];
  if (type && type !== 'application/octet-stream') return undefined;
  const ext = /\.([a-z]+)$/i.exec(new URL(url).pathname)?.[1]?.toLowerCase();
  return ext ? byExt[ext] : undefined;
}

const invalid = (url: string, reason: string) =>
  new AppError('harvest.invalid_catalog', { url, reason: reason.replace(/\s+/g, ' ').slice(0, 300) });

export async function parseRdf(syntax: RdfSyntax, body: string, url: string): Promise<Quad[]> {
  let refusedContext: string | null = null;
  try {
    if (syntax === 'turtle' || syntax === 'ntriples')
      return new Parser({
        format: syntax === 'turtle' ? 'text/turtle' : 'application/n-triples',
        baseIRI: url,
      }).parse(body);
    if (syntax === 'jsonld') {
      const nquads = (await jsonld.toRDF(JSON.parse(body), {
        format: 'application/n-quads',
        base: url,
        documentLoader: async (ctx: string) => {
          refusedContext = ctx;
          throw new Error(`remote JSON-LD context not fetched: ${ctx}`);
        },
      } as never)) as unknown as string;
      return new Parser({ format: 'application/n-quads' }).parse(nquads);
    }
    return await new Promise<Quad[]>((resolve, reject) => {
      const quads: Quad[] = [];
      const parser = new RdfXmlParser({ baseIRI: url });
      parser.on('data', (q: Quad) => quads.push(q));
      parser.on('error', reject);
      parser.on('end', () => resolve(quads));
      parser.end(body);
    });
  } catch (err) {
    if (refusedContext) throw invalid(url, `remote JSON-LD context not fetched: ${refusedContext}`);
    throw invalid(url, err instanceof Error ? err.message : String(err));
  }
}
