// The DCAT-AP 3.0.1 graph of datasets, distributions, publishers and contact points, as quads; resources by
// kind: documentation as foaf:page documents, APIs as distributions with a dcat:accessService.
// Every object the profile constrains by class is typed here (range.ttl checks rdf:type, without inference);
// shared nodes (publishers, themes, vocabulary concepts) are described once per document (`Described`).
import { DataFactory, type Quad, type Quad_Subject } from 'n3';
import { type DatasetView, findFrequency, type ResourceView, type Translated } from '../catalog/index.ts';
import type { OrgInfo } from './dcat.repo.ts';
import { iri, NS, node, QuadBuffer, text, typed } from './namespaces.ts';
import { ADMS_PUBLISHER_TYPE, accessLabels, publisherTypes, themeLabels } from './vocab-labels.ts';
import {
  accessLevelOf,
  accessToEu,
  EU,
  EU_SCHEMES,
  findFileType,
  formatToEu,
  frequencyToEu,
  languageToEu,
  licenceToUris,
  mediaTypeUri,
  themeToEu,
} from './vocabularies.ts';

const { quad } = DataFactory;

/** The URIs of the export; `base` is BASE_URL without its trailing slash. */
export const uris = (base: string) => ({
  catalog: `${base}/catalog`,
  orgCatalog: (org: string) => `${base}/organizations/${org}/catalog`,
  dataset: (d: { id: string }) => `${base}/dataset/${d.id}`,
  distribution: (d: { id: string }, r: { id: string }) => `${base}/dataset/${d.id}/resource/${r.id}`,
  landingPage: (d: { name: string }) => `${base}/dataset/${d.name}`,
  download: (d: { name: string }, r: { id: string }) =>
    `${base}/datasets/${d.name}/resources/${r.id}/download`,
  publisher: (org: { name: string }) => `${base}/organization/${org.name}`,
  sitePublisher: `${base}/#publisher`,
  themes: `${base}/themes`,
  theme: (name: string) => `${base}/themes/${name}`,
  service: (name: 'rest' | 'ckan' | 'dcat' | 'datajson') => `${base}/#service-${name}`,
});

/**
 * Remembers which shared nodes a document already describes; holds the EU data-theme codes administrators
 * chose for themes (by theme name), which win over the mapping by name.
 */
export class Described {
  private readonly seen = new Set<string>();
  constructor(private readonly euThemes: ReadonlyMap<string, string> = new Map()) {}
  /** The EU data-theme URI of one of our themes: the code chosen for it, else the mapping by its name. */
  euTheme(name: string): string | undefined {
    const chosen = this.euThemes.get(name);
    return chosen ? EU.dataTheme + chosen : themeToEu(name);
  }
  first(key: string): boolean {
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }
}

const ARABIC = /[\u0600-\u06FF]/;
/** Keywords carry no language; Arabic script is tagged `ar`, other keywords are left untagged. */
const keyword = (tag: string) => (ARABIC.test(tag) ? text(tag, 'ar') : text(tag));

const XSD_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
/** A date (YYYY-MM-DD) or an ISO 8601 timestamp as a valid xsd:dateTime (seconds and zone made explicit). */
export function dateTime(v: string) {
  if (v.length === 10) return typed(`${v}T00:00:00Z`, 'dateTime');
  if (XSD_DATE_TIME.test(v)) return typed(v, 'dateTime');
  const ms = Date.parse(v);
  return typed(Number.isNaN(ms) ? v : new Date(ms).toISOString(), 'dateTime');
}

/** A concept of an EU vocabulary (or ours), typed as the profile's range wants, described once. */
function concept(
  b: QuadBuffer,
  seen: Described,
  uri: string,
  scheme: string,
  label: Translated,
  cls?: string,
) {
  if (!seen.first(uri)) return;
  const s = node(uri);
  b.type(s, 'skos', 'Concept').add(s, 'skos', 'inScheme', node(scheme)).langs(s, 'skos', 'prefLabel', label);
  if (cls) b.type(s, 'dct', cls);
}

const code = (uri: string) => uri.slice(uri.lastIndexOf('/') + 1);

export function agentQuads(b: QuadBuffer, seen: Described, base: string, org: OrgInfo): string {
  const uri = uris(base).publisher(org);
  if (!seen.first(uri)) return uri;
  const s = node(uri);
  b.type(s, 'foaf', 'Agent')
    .type(s, 'foaf', 'Organization')
    .langs(s, 'foaf', 'name', nonEmpty(org.title, org.name));
  if (org.website) b.add(s, 'foaf', 'homepage', node(org.website));
  if (org.email) b.add(s, 'foaf', 'mbox', node(`mailto:${org.email}`));
  b.add(s, 'dct', 'identifier', text(org.name));
  const type = publisherTypes[org.kind];
  if (type) {
    b.add(s, 'dct', 'type', node(ADMS_PUBLISHER_TYPE + type.code));
    concept(b, seen, ADMS_PUBLISHER_TYPE + type.code, `${ADMS_PUBLISHER_TYPE}1.0`, type.label);
  }
  return uri;
}

const nonEmpty = (t: Translated, fallback: string): Translated =>
  Object.values(t).some((v) => v?.trim()) ? t : { en: fallback };

/** Our link's dct:format and dcat:mediaType (EU file type, IANA media type), where known. */
function formatQuads(b: QuadBuffer, seen: Described, s: Quad_Subject, r: ResourceView, media: boolean) {
  const fileType = findFileType(r.format) ?? findFileType(r.media_type);
  const type = r.media_type ?? fileType?.media;
  if (media && type && /^[a-z]+\/[a-z0-9.+-]+$/i.test(type.split(';')[0]!.trim())) {
    const m = mediaTypeUri(type);
    b.add(s, 'dcat', 'mediaType', node(m));
    if (seen.first(m)) b.type(node(m), 'dct', 'MediaType');
  }
  const format = formatToEu(r.format) ?? formatToEu(r.media_type);
  if (format) {
    b.add(s, 'dct', 'format', node(format));
    concept(b, seen, format, EU_SCHEMES.fileType, { en: code(format) }, 'MediaTypeOrExtent');
  }
}

/** The licence node of a dataset (the EU licence, `owl:sameAs` its own URL), described once. */
function licenceNode(b: QuadBuffer, seen: Described, d: DatasetView): string | null {
  const lic = licenceToUris(d.license_id);
  const licence = lic.eu ?? lic.url;
  if (licence && seen.first(licence)) {
    b.type(node(licence), 'dct', 'LicenseDocument');
    if (lic.eu && lic.url) b.add(node(licence), 'owl', 'sameAs', node(lic.url));
  }
  return licence ?? null;
}

/**
 * A documentation resource: a `foaf:page` of the dataset, the document itself (its address: the link, or our
 * download address for a stored file) typed foaf:Document, with its title, description and format.
 */
function documentQuads(b: QuadBuffer, seen: Described, base: string, d: DatasetView, r: ResourceView) {
  const u = uris(base);
  const s = node(r.stored ? u.download(d, r) : (r.url ?? u.distribution(d, r)));
  b.type(s, 'foaf', 'Document');
  b.langs(s, 'dct', 'title', nonEmpty(r.title, r.file_name ?? r.id));
  b.langs(s, 'dct', 'description', r.description);
  formatQuads(b, seen, s, r, false);
  return s;
}

/** The dataset's properties an API resource's data service repeats (DCAT-AP recommends them on services). */
const SHARED_WITH_SERVICE = new Set(
  [
    ['dct', 'publisher'],
    ['dcat', 'contactPoint'],
    ['dct', 'accessRights'],
    ['dcat', 'theme'],
    ['dcat', 'keyword'],
  ].map(([p, l]) => NS[p as 'dct'] + l),
);
type Shared = readonly Quad[];

/**
 * An API resource's `dcat:accessService`: a dcat:DataService with its endpoint (the link), title and
 * description, the dataset it serves, and the dataset's publisher, contact point, access rights, themes and
 * keywords (`shared`: the dataset's own quads of those properties) and licence.
 */
function serviceQuads(
  b: QuadBuffer,
  dataset: Quad_Subject,
  dist: string,
  endpoint: string,
  r: ResourceView,
  shared: Shared,
  licence: string | null,
) {
  const svc = node(`${dist}#service`);
  b.type(svc, 'dcat', 'DataService').add(svc, 'dcat', 'endpointURL', node(endpoint));
  b.langs(svc, 'dct', 'title', nonEmpty(r.title, r.file_name ?? r.id));
  b.langs(svc, 'dct', 'description', r.description);
  b.add(svc, 'dcat', 'servesDataset', dataset);
  for (const q of shared)
    if (SHARED_WITH_SERVICE.has(q.predicate.value)) b.quads.push(quad(svc, q.predicate, q.object));
  if (licence) b.add(svc, 'dct', 'license', node(licence));
  return svc;
}

/**
 * A data, API or other resource as a dcat:Distribution. An API's link is its access URL and the endpoint
 * of its `dcat:accessService`, never a download URL; a data file's is both (an HTML page: access only).
 */
function distributionQuads(
  b: QuadBuffer,
  seen: Described,
  base: string,
  d: DatasetView,
  r: ResourceView,
  shared: Shared,
): string {
  const u = uris(base);
  const uri = u.distribution(d, r);
  const s = node(uri);
  const download = r.stored ? u.download(d, r) : null;
  const access = download ?? r.url ?? `${u.landingPage(d)}`;
  b.type(s, 'dcat', 'Distribution').add(s, 'dct', 'identifier', text(r.id));
  b.add(s, 'dcat', 'accessURL', node(access));
  const direct = r.kind === 'api' ? null : (download ?? (r.kind !== 'documentation' && r.url ? r.url : null));
  const fileType = findFileType(r.format) ?? findFileType(r.media_type);
  if (direct && fileType?.code !== 'HTML') b.add(s, 'dcat', 'downloadURL', node(direct));
  b.langs(s, 'dct', 'title', nonEmpty(r.title, r.file_name ?? r.id));
  b.langs(s, 'dct', 'description', r.description);
  formatQuads(b, seen, s, r, true);
  if (r.size !== null) b.add(s, 'dcat', 'byteSize', typed(String(r.size), 'nonNegativeInteger'));
  if (r.sha256) {
    const c = node(`${uri}#sha256`);
    b.add(s, 'spdx', 'checksum', c).type(c, 'spdx', 'Checksum');
    b.add(c, 'spdx', 'algorithm', iri('spdx', 'checksumAlgorithm_sha256'));
    b.add(c, 'spdx', 'checksumValue', typed(r.sha256, 'hexBinary'));
  }
  const licence = licenceNode(b, seen, d);
  if (licence) b.add(s, 'dct', 'license', node(licence));
  b.add(s, 'dct', 'issued', dateTime(r.created_at));
  b.add(s, 'dct', 'modified', dateTime(r.last_modified ?? r.updated_at));
  if (r.kind === 'api')
    b.add(s, 'dcat', 'accessService', serviceQuads(b, node(u.dataset(d)), uri, access, r, shared, licence));
  return uri;
}

/** The quads of one dataset with its distributions, publisher, contact point and the concepts it uses. */
export function datasetQuads(
  seen: Described,
  base: string,
  d: DatasetView,
  org: OrgInfo | undefined,
): Quad[] {
  const b = new QuadBuffer();
  const u = uris(base);
  const s: Quad_Subject = node(u.dataset(d));
  b.type(s, 'dcat', 'Dataset').add(s, 'dct', 'identifier', text(d.id));
  const title = nonEmpty(d.title, d.name);
  b.langs(s, 'dct', 'title', title);
  b.langs(
    s,
    'dct',
    'description',
    Object.values(d.description).some((v) => v?.trim()) ? d.description : title,
  );
  for (const tag of d.tags) b.add(s, 'dcat', 'keyword', keyword(tag));
  for (const t of d.themes) {
    const eu = seen.euTheme(t.name);
    if (eu) {
      b.add(s, 'dcat', 'theme', node(eu));
      concept(b, seen, eu, EU_SCHEMES.dataTheme, themeLabels[code(eu)] ?? { en: code(eu) });
    }
    const ours = u.theme(t.name);
    b.add(s, 'dcat', 'theme', node(ours));
    if (seen.first(ours)) {
      b.type(node(ours), 'skos', 'Concept').add(node(ours), 'skos', 'inScheme', node(u.themes));
      b.langs(node(ours), 'skos', 'prefLabel', nonEmpty(t.title, t.name));
      if (eu) b.add(node(ours), 'skos', 'closeMatch', node(eu));
    }
  }
  if (org) b.add(s, 'dct', 'publisher', node(agentQuads(b, seen, base, org)));
  const contactName = d.contact_name ?? null;
  const contactEmail = d.contact_email ?? org?.email ?? null;
  if (contactName || contactEmail) {
    const c = node(`${u.dataset(d)}#contact`);
    b.add(s, 'dcat', 'contactPoint', c).type(c, 'vcard', 'Kind').type(c, 'vcard', 'Organization');
    if (contactName) b.add(c, 'vcard', 'fn', text(contactName));
    else b.langs(c, 'vcard', 'fn', nonEmpty(org?.title ?? {}, org?.name ?? d.name));
    if (contactEmail) b.add(c, 'vcard', 'hasEmail', node(`mailto:${contactEmail}`));
  }
  b.add(s, 'dct', 'issued', dateTime(d.issued ?? d.created_at));
  b.add(s, 'dct', 'modified', dateTime(d.updated_at));
  const freq = frequencyToEu(d.frequency);
  if (freq) {
    b.add(s, 'dct', 'accrualPeriodicity', node(freq));
    concept(b, seen, freq, EU_SCHEMES.frequency, findFrequency(d.frequency)?.label ?? {}, 'Frequency');
  }
  const landing = u.landingPage(d);
  b.add(s, 'dcat', 'landingPage', node(landing)).type(node(landing), 'foaf', 'Document');
  const access = accessToEu(accessLevelOf(d.visibility));
  b.add(s, 'dct', 'accessRights', node(access));
  concept(b, seen, access, EU_SCHEMES.accessRight, accessLabels[code(access)] ?? {}, 'RightsStatement');
  for (const lang of Object.keys(title)) {
    const l = languageToEu(lang as 'ar');
    b.add(s, 'dct', 'language', node(l));
    if (seen.first(l)) b.type(node(l), 'dct', 'LinguisticSystem');
  }
  if (d.temporal_start || d.temporal_end) {
    const t = node(`${u.dataset(d)}#temporal`);
    b.add(s, 'dct', 'temporal', t).type(t, 'dct', 'PeriodOfTime');
    if (d.temporal_start) b.add(t, 'dcat', 'startDate', typed(d.temporal_start, 'date'));
    if (d.temporal_end) b.add(t, 'dcat', 'endDate', typed(d.temporal_end, 'date'));
  }
  if (Object.values(d.spatial).some((v) => v?.trim())) {
    const l = node(`${u.dataset(d)}#spatial`);
    b.add(s, 'dct', 'spatial', l).type(l, 'dct', 'Location').langs(l, 'locn', 'geographicName', d.spatial);
  }
  if (d.version) b.add(s, 'dcat', 'version', text(d.version));
  const shared = b.quads.filter((q) => q.subject.equals(s) && SHARED_WITH_SERVICE.has(q.predicate.value));
  for (const r of d.resources)
    if (r.kind === 'documentation') b.add(s, 'foaf', 'page', documentQuads(b, seen, base, d, r));
    else b.add(s, 'dcat', 'distribution', node(distributionQuads(b, seen, base, d, r, shared)));
  return b.take();
}
