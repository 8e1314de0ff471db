// A harvested resource's kind (data, documentation, api, other), from what DCAT, data.json and CKAN say of
// it. DCAT: a `foaf:page` is documentation, a distribution served by a `dcat:accessService` without a
// download URL an API. data.json and DCAT alike: a distribution without a download URL whose format or
// media type names an API protocol, or whose access URL is an API's address, is an API. CKAN: the
// `resource_type`, ours or CKAN's older values.
import type { ResourceKind } from '../../../db/tables/catalog.ts';
import { vocabularies } from '../../dcat/index.ts';

const { namesApi } = vocabularies;

/** Addresses of API endpoints: an `/api` path segment, a SPARQL or OGC service, an OpenAPI description. */
const API_URL =
  /(\/api(\/|$|\?)|\/sparql\b|\/graphql\b|\/odata\b|[?&]service=(wms|wfs|wmts|wcs|csw)\b|\/(ows|wms|wfs|wmts)(\/|$|\?)|openapi\.(json|ya?ml)$|swagger(\.json|\/|$))/i;

export function isApiAddress(url: string | null | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return API_URL.test(u.pathname + u.search);
  } catch {
    return false;
  }
}

/** The kind of a distribution (DCAT or data.json): data unless it is an API by the rules above. */
export function distributionKind(d: {
  downloadURL: string | null;
  accessURL: string | null;
  format: string | null;
  mediaType: string | null;
  service?: string | null;
}): ResourceKind {
  if (d.downloadURL) return 'data';
  if (d.service !== undefined && d.service !== null) return 'api';
  if (namesApi(d.format) || namesApi(d.mediaType)) return 'api';
  return isApiAddress(d.accessURL) ? 'api' : 'data';
}

/** CKAN's `resource_type`: ours, or CKAN's older values (`file`, `file.upload`, `api`, `documentation`…). */
const CKAN_KINDS: Record<string, ResourceKind> = {
  data: 'data',
  file: 'data',
  'file.upload': 'data',
  dataset: 'data',
  api: 'api',
  service: 'api',
  documentation: 'documentation',
  doc: 'documentation',
  metadata: 'documentation',
  other: 'other',
  code: 'other',
  example: 'other',
  visualization: 'other',
  application: 'other',
};

export function ckanKind(resourceType: unknown): ResourceKind | undefined {
  return typeof resourceType === 'string' ? CKAN_KINDS[resourceType.trim().toLowerCase()] : undefined;
}
