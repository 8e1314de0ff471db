// RDF namespaces of the export, and small term builders over n3's DataFactory.
import { DataFactory, type Quad, type Quad_Object, type Quad_Subject } from 'n3';

export const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  dcatap: 'http://data.europa.eu/r5r/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  spdx: 'http://spdx.org/rdf/terms#',
  locn: 'http://www.w3.org/ns/locn#',
  owl: 'http://www.w3.org/2002/07/owl#',
  adms: 'http://www.w3.org/ns/adms#',
  hydra: 'http://www.w3.org/ns/hydra/core#',
} as const;

export type Prefix = keyof typeof NS;

const { namedNode, literal, quad } = DataFactory;

const terms = new Map<string, ReturnType<typeof namedNode>>();
/** `iri('dcat', 'Dataset')` → the named node dcat:Dataset (vocabulary terms are made once and shared). */
export function iri(prefix: Prefix, local: string) {
  const uri = NS[prefix] + local;
  let t = terms.get(uri);
  if (!t) {
    t = namedNode(uri);
    terms.set(uri, t);
  }
  return t;
}
// Characters an IRI may not contain (RFC 3987); stored links written by other tools may have them.
// biome-ignore lint/suspicious/noControlCharactersInRegex: encoding them is the point
const NOT_IN_IRI = /[\u0000-\u0020<>"{}|^`\\]/;
const ALL_NOT_IN_IRI = new RegExp(NOT_IN_IRI.source, 'g');
/** A named node; characters not allowed in an IRI are percent-encoded, so no serialisation can be broken. */
export const node = (uri: string) =>
  namedNode(NOT_IN_IRI.test(uri) ? uri.replace(ALL_NOT_IN_IRI, (c) => encodeURIComponent(c)) : uri);
export const text = (value: string, lang?: string) => literal(value, lang);
export const typed = (value: string, type: string) => literal(value, namedNode(NS.xsd + type));

export const RDF_TYPE = iri('rdf', 'type');

/** Collects quads for one subject at a time: `s(subject).add(p, o)`. */
export class QuadBuffer {
  readonly quads: Quad[] = [];
  add(s: Quad_Subject, prefix: Prefix, local: string, o: Quad_Object): this {
    this.quads.push(quad(s, iri(prefix, local), o));
    return this;
  }
  type(s: Quad_Subject, prefix: Prefix, local: string): this {
    this.quads.push(quad(s, RDF_TYPE, iri(prefix, local)));
    return this;
  }
  /** One literal per language present (`{ar, fr, en}`), skipping blanks. */
  langs(s: Quad_Subject, prefix: Prefix, local: string, values: Partial<Record<string, string>>): this {
    for (const [lang, v] of Object.entries(values)) if (v?.trim()) this.add(s, prefix, local, text(v, lang));
    return this;
  }
  take(): Quad[] {
    return this.quads.splice(0, this.quads.length);
  }
}

/** Media types of the four RDF serialisations, by file extension. */
export const rdfFormats = {
  ttl: 'text/turtle',
  jsonld: 'application/ld+json',
  rdf: 'application/rdf+xml',
  nt: 'application/n-triples',
} as const;
export type RdfFormat = keyof typeof rdfFormats;
export const isRdfFormat = (ext: string): ext is RdfFormat => Object.hasOwn(rdfFormats, ext);
