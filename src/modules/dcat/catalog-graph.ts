// The catalogue's own quads: dcat:Catalog, its publisher, theme taxonomies, our data services and the Hydra
// paging of the page being written.
import type { Quad } from 'n3';
import { type I18n, i18nFor, type Locale, locales } from '../../i18n/index.ts';
import type { OrgInfo } from './dcat.repo.ts';
import { agentQuads, type Described, dateTime, uris } from './graph.ts';
import { node, QuadBuffer, text, typed } from './namespaces.ts';
import { EU_SCHEMES, languageToEu } from './vocabularies.ts';

export interface CatalogHead {
  base: string;
  siteName: string;
  /** The catalogue's URI (site-wide or one organisation's). */
  uri: string;
  /** Set for an organisation's catalogue. */
  org?: OrgInfo;
  modified: string | null;
  paging: Paging;
}

export interface Paging {
  /** The URL of a page, e.g. `${base}/catalog.ttl?page=2`. */
  pageUrl(page: number): string;
  page: number;
  pageSize: number;
  total: number;
}

const perLocale = (fn: (i18n: I18n) => string): Partial<Record<Locale, string>> =>
  Object.fromEntries(locales.map((l) => [l, fn(i18nFor(l))]));

type ServiceName = 'rest' | 'ckan' | 'dcat' | 'datajson';
const services: { name: ServiceName; endpoint: string; description?: string; standard?: string }[] = [
  {
    name: 'rest',
    endpoint: '/api/v1',
    description: '/api/v1/openapi.json',
    standard: 'https://spec.openapis.org/oas/v3.1.0',
  },
  {
    name: 'ckan',
    endpoint: '/api/3/action',
    description: 'https://docs.ckan.org/en/2.11/api/',
    standard: 'https://docs.ckan.org/en/2.11/api/',
  },
  {
    name: 'dcat',
    endpoint: '/catalog.ttl',
    description: 'https://semiceu.github.io/DCAT-AP/releases/3.0.1/',
    standard: 'http://data.europa.eu/r5r/',
  },
  {
    name: 'datajson',
    endpoint: '/data.json',
    description: 'https://project-open-data.cio.gov/v1.1/schema/catalog.json',
    standard: 'https://project-open-data.cio.gov/v1.1/schema',
  },
];

export const serviceUris = (base: string) => services.map((s) => uris(base).service(s.name));

export function catalogHeadQuads(head: CatalogHead, seen: Described): Quad[] {
  const { base } = head;
  const u = uris(base);
  const b = new QuadBuffer();
  const c = node(head.uri);
  const site = perLocale((i) => head.siteName || i.t('site.name'));
  b.type(c, 'dcat', 'Catalog');
  if (head.org) {
    const orgTitle = Object.values(head.org.title).some(Boolean) ? head.org.title : { en: head.org.name };
    b.langs(c, 'dct', 'title', orgTitle);
    const desc = Object.values(head.org.description).some((v) => v?.trim()) ? head.org.description : orgTitle;
    b.langs(c, 'dct', 'description', desc);
    b.add(c, 'dct', 'publisher', node(agentQuads(b, seen, base, head.org)));
    b.add(c, 'dct', 'isPartOf', node(u.catalog)).type(node(u.catalog), 'dcat', 'Catalog');
  } else {
    b.langs(c, 'dct', 'title', site);
    b.langs(
      c,
      'dct',
      'description',
      perLocale((i) => i.t('site.description')),
    );
    const p = node(u.sitePublisher);
    b.add(c, 'dct', 'publisher', p).type(p, 'foaf', 'Agent').langs(p, 'foaf', 'name', site);
  }
  const home = node(`${base}/`);
  b.add(c, 'foaf', 'homepage', home).type(home, 'foaf', 'Document');
  for (const l of locales) {
    b.add(c, 'dct', 'language', node(languageToEu(l)));
    if (seen.first(languageToEu(l))) b.type(node(languageToEu(l)), 'dct', 'LinguisticSystem');
  }
  if (head.modified) b.add(c, 'dct', 'modified', dateTime(head.modified));
  for (const scheme of [EU_SCHEMES.dataTheme, u.themes]) {
    b.add(c, 'dcat', 'themeTaxonomy', node(scheme)).type(node(scheme), 'skos', 'ConceptScheme');
  }
  b.add(node(EU_SCHEMES.dataTheme), 'dct', 'title', text('Data theme', 'en'));
  b.langs(
    node(u.themes),
    'dct',
    'title',
    perLocale((i) => `${head.siteName || i.t('site.name')} · ${i.t('search.facet.theme')}`),
  );
  for (const s of services) {
    const uri = u.service(s.name);
    const n = node(uri);
    b.add(c, 'dcat', 'service', n).type(n, 'dcat', 'DataService');
    b.langs(
      n,
      'dct',
      'title',
      perLocale((i) => i.t(`dcat.service.${s.name}`)),
    );
    b.langs(
      n,
      'dct',
      'description',
      perLocale((i) => i.t(`dcat.service.${s.name}.description`)),
    );
    b.add(n, 'dcat', 'endpointURL', node(base + s.endpoint));
    if (s.description) {
      const d = s.description.startsWith('/') ? base + s.description : s.description;
      b.add(n, 'dcat', 'endpointDescription', node(d));
    }
    if (s.standard) b.add(n, 'dct', 'conformsTo', node(s.standard)).type(node(s.standard), 'dct', 'Standard');
    b.add(n, 'dct', 'publisher', node(u.sitePublisher));
    if (head.org)
      b.type(node(u.sitePublisher), 'foaf', 'Agent').langs(node(u.sitePublisher), 'foaf', 'name', site);
  }
  hydraQuads(b, head.paging);
  return b.take();
}

/** Hydra paging: the page is a hydra:PartialCollectionView (Hydra core) and a hydra:PagedCollection (the older
 * terms CKAN's DCAT harvester reads: firstPage, nextPage…), with the total and the page size. */
function hydraQuads(b: QuadBuffer, p: Paging) {
  const last = Math.max(1, Math.ceil(p.total / p.pageSize));
  const v = node(p.pageUrl(p.page));
  b.type(v, 'hydra', 'PartialCollectionView').type(v, 'hydra', 'PagedCollection');
  b.add(v, 'hydra', 'totalItems', typed(String(p.total), 'integer'));
  b.add(v, 'hydra', 'itemsPerPage', typed(String(p.pageSize), 'integer'));
  const link = (nu: string, old: string, page: number) => {
    b.add(v, 'hydra', nu, node(p.pageUrl(page))).add(v, 'hydra', old, text(p.pageUrl(page)));
  };
  link('first', 'firstPage', 1);
  link('last', 'lastPage', last);
  if (p.page > 1) link('previous', 'previousPage', Math.min(p.page - 1, last));
  if (p.page < last) link('next', 'nextPage', p.page + 1);
}

/** `<service> dcat:servesDataset <dataset>` for the datasets of a batch. */
export function servesQuads(base: string, datasetUris: readonly string[]): Quad[] {
  const b = new QuadBuffer();
  for (const s of services)
    for (const d of datasetUris) b.add(node(uris(base).service(s.name)), 'dcat', 'servesDataset', node(d));
  return b.take();
}
