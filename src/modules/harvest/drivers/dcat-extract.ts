// The datasets of a DCAT graph as plain records (what the mapping and the content hash work on): literals by
// language, IRIs of themes, licences, frequencies, distributions. Reads DCAT-AP 2 and 3 and the usual
// variants other tools write (dct:license on the dataset or its distributions, owl:versionInfo, schema dates).
import type { Quad } from 'n3';

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const VCARD = 'http://www.w3.org/2006/vcard/ns#';
const LOCN = 'http://www.w3.org/ns/locn#';
const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const OWL = 'http://www.w3.org/2002/07/owl#';
const SCHEMA = 'http://schema.org/';
const FOAF = 'http://xmlns.com/foaf/0.1/';
export const HYDRA = 'http://www.w3.org/ns/hydra/core#';

export interface LangText {
  [lang: string]: string;
}

export interface DcatDistribution {
  accessURL: string | null;
  downloadURL: string | null;
  title: LangText;
  description: LangText;
  format: string | null;
  mediaType: string | null;
  byteSize: string | null;
  license: string | null;
  /** The endpoint of its `dcat:accessService` (a data service), or '' for a service without one. */
  service: string | null;
}

/** A `foaf:page` of a dataset: a document about it. */
export interface DcatPage {
  url: string;
  title: LangText;
  description: LangText;
  format: string | null;
}

export interface DcatRecord {
  iri: string;
  identifier: string | null;
  landingPage: string | null;
  title: LangText;
  description: LangText;
  keywords: string[];
  themes: string[];
  license: string | null;
  accessRights: string | null;
  frequency: string | null;
  issued: string | null;
  modified: string | null;
  temporal: { start: string | null; end: string | null };
  spatial: LangText;
  version: string | null;
  contact: { fn: string | null; email: string | null };
  distributions: DcatDistribution[];
  pages: DcatPage[];
}

/** Quads indexed by subject, for lookups by subject and predicate. */
export class Graph {
  private readonly bySubject = new Map<string, Quad[]>();
  constructor(quads: readonly Quad[]) {
    for (const q of quads) {
      const list = this.bySubject.get(q.subject.value);
      if (list) list.push(q);
      else this.bySubject.set(q.subject.value, [q]);
    }
  }
  objects(s: string, p: string) {
    return (this.bySubject.get(s) ?? []).filter((q) => q.predicate.value === p).map((q) => q.object);
  }
  one(s: string, p: string): string | null {
    return this.objects(s, p)[0]?.value ?? null;
  }
  /** Literals of `s p` by language ('' for untagged). */
  langs(s: string, p: string): LangText {
    const out: LangText = {};
    for (const o of this.objects(s, p))
      if (o.termType === 'Literal' && o.value.trim() && out[o.language] === undefined)
        out[o.language] = o.value.trim();
    return out;
  }
  subjectsOfType(type: string): string[] {
    const out: string[] = [];
    for (const [s, quads] of this.bySubject)
      if (quads.some((q) => q.predicate.value === `${RDF}type` && q.object.value === type)) out.push(s);
    return out;
  }
  /** `hydra:next` (or the older `hydra:nextPage`) of any paging node. */
  nextPage(): string | null {
    for (const quads of this.bySubject.values())
      for (const q of quads)
        if (q.predicate.value === `${HYDRA}next` || q.predicate.value === `${HYDRA}nextPage`)
          return q.object.value;
    return null;
  }
}

const mailto = (v: string | null) => (v ? v.replace(/^mailto:/i, '') : null);

function distribution(g: Graph, s: string): DcatDistribution {
  const service = g.one(s, `${DCAT}accessService`);
  return {
    accessURL: g.one(s, `${DCAT}accessURL`),
    downloadURL: g.one(s, `${DCAT}downloadURL`),
    title: g.langs(s, `${DCT}title`),
    description: g.langs(s, `${DCT}description`),
    format: g.one(s, `${DCT}format`),
    mediaType: g.one(s, `${DCAT}mediaType`),
    byteSize: g.one(s, `${DCAT}byteSize`),
    license: g.one(s, `${DCT}license`),
    service: service === null ? null : (g.one(service, `${DCAT}endpointURL`) ?? ''),
  };
}

function page(g: Graph, s: string): DcatPage {
  return {
    url: s,
    title: g.langs(s, `${DCT}title`),
    description: g.langs(s, `${DCT}description`),
    format: g.one(s, `${DCT}format`),
  };
}

export function datasetRecord(g: Graph, s: string): DcatRecord {
  const temporal = g.one(s, `${DCT}temporal`);
  const spatial = g.one(s, `${DCT}spatial`);
  const contact = g.one(s, `${DCAT}contactPoint`);
  const distributions = g.objects(s, `${DCAT}distribution`).map((o) => distribution(g, o.value));
  return {
    iri: s,
    identifier: g.one(s, `${DCT}identifier`),
    landingPage: g.one(s, `${DCAT}landingPage`),
    title: g.langs(s, `${DCT}title`),
    description: g.langs(s, `${DCT}description`),
    keywords: [
      ...new Set(
        g
          .objects(s, `${DCAT}keyword`)
          .map((o) => o.value.trim())
          .filter(Boolean),
      ),
    ],
    themes: g.objects(s, `${DCAT}theme`).map((o) => o.value),
    license: g.one(s, `${DCT}license`),
    accessRights: g.one(s, `${DCT}accessRights`),
    frequency: g.one(s, `${DCT}accrualPeriodicity`),
    issued: g.one(s, `${DCT}issued`),
    modified: g.one(s, `${DCT}modified`),
    temporal: {
      start: temporal ? (g.one(temporal, `${DCAT}startDate`) ?? g.one(temporal, `${SCHEMA}startDate`)) : null,
      end: temporal ? (g.one(temporal, `${DCAT}endDate`) ?? g.one(temporal, `${SCHEMA}endDate`)) : null,
    },
    spatial: spatial
      ? { ...g.langs(spatial, `${SKOS}prefLabel`), ...g.langs(spatial, `${LOCN}geographicName`) }
      : {},
    version: g.one(s, `${DCAT}version`) ?? g.one(s, `${OWL}versionInfo`),
    contact: {
      fn: contact ? g.one(contact, `${VCARD}fn`) : null,
      email: contact ? mailto(g.one(contact, `${VCARD}hasEmail`)) : null,
    },
    distributions,
    // Pages with an address only (a blank node names no document), by address: the values of a property
    // have no order in RDF, and syntaxes list them differently (the record must read the same in every one).
    pages: [
      ...new Set(
        g
          .objects(s, `${FOAF}page`)
          .filter((o) => o.termType === 'NamedNode')
          .map((o) => o.value),
      ),
    ]
      .sort()
      .map((url) => page(g, url)),
  };
}

export const DCAT_DATASET = `${DCAT}Dataset`;
