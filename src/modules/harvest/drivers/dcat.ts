// DCAT sources (DCAT-AP 2/3 in Turtle, RDF/XML, JSON-LD or N-Triples; paged Hydra catalogues followed through
// `hydra:next`/`hydra:nextPage`). Gather reads every page and extracts each dcat:Dataset as a plain record
// (dcat-extract.ts), so fetch reuses it. Mapping uses the DCAT module's EU vocabulary tables in reverse
// (themes, frequencies, file types, licences, access rights): a Shafaf → Shafaf round trip keeps names,
// titles and descriptions in every language, themes, licences, tags and resources with their kinds
// (foaf:page documents are documentation, distributions served by a dcat:accessService APIs: kinds.ts).

import type { Locale } from '../../../i18n/index.ts';
import { AppError } from '../../../kernel/errors.ts';
import { vocabularies } from '../../dcat/index.ts';
import { nameOf } from './datajson.ts';
import { DCAT_DATASET, type DcatRecord, datasetRecord, Graph, type LangText } from './dcat-extract.ts';
import { distributionKind } from './kinds.ts';
import { parseRdf, RDF_ACCEPT, syntaxOf } from './rdf.ts';
import { fileName, type HarvestDriver, hostOf, isObject, matchesKeyword, type RemoteRef } from './types.ts';

const MAX_PAGES = 1000;
const LOCALES = ['ar', 'fr', 'en'];
const SLUG = /^[a-z0-9][a-z0-9_-]{1,99}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Our languages only; untagged literals are in the source's language; another language only when alone. */
export function ourLangs(t: LangText, lang: Locale): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [k, v] of Object.entries(t)) {
    const l = k.toLowerCase().slice(0, 2);
    if (LOCALES.includes(l) && found[l] === undefined) found[l] = v;
  }
  if (t[''] !== undefined && found[lang] === undefined) found[lang] = t['']!;
  if (!Object.keys(found).length) {
    const first = Object.values(t)[0];
    if (first !== undefined) found[lang] = first;
  }
  // In a fixed order, so that the same record reads (and hashes) the same in every syntax.
  const out: Record<string, string> = {};
  for (const l of LOCALES) if (found[l] !== undefined) out[l] = found[l];
  return out;
}

const lastSegment = (uri: string | null) => {
  if (!uri) return '';
  try {
    return decodeURIComponent(new URL(uri).pathname.replace(/\/+$/, '').split('/').pop() ?? '');
  } catch {
    return '';
  }
};
const day = (v: string | null) => (v && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : null);
const isIri = (v: string) => /^[a-z][a-z0-9+.-]*:/i.test(v);

function nameOfRecord(r: DcatRecord, title: Record<string, string>): string {
  for (const candidate of [lastSegment(r.landingPage), r.identifier ?? '', lastSegment(r.iri)])
    if (SLUG.test(candidate) && !UUID.test(candidate)) return candidate;
  return nameOf(r.iri, Object.values(title)[0] ?? '');
}

function themesOf(r: DcatRecord): string[] {
  const own = r.themes.filter((t) => /\/themes\/[^/]+$/.test(t)).map(lastSegment);
  if (own.length) return own;
  return r.themes.map((t) => vocabularies.themeFromEu(t)).filter((t): t is string => !!t);
}

export const dcatDriver: HarvestDriver = {
  async gather(source, io) {
    const refs: RemoteRef[] = [];
    const visited = new Set<string>();
    let url: string | null = source.url;
    for (let page = 0; url && page < MAX_PAGES && !visited.has(url); page++) {
      visited.add(url);
      const res = await io.bytes(url, RDF_ACCEPT);
      const syntax = syntaxOf(res.contentType, res.url);
      if (!syntax)
        throw new AppError('harvest.invalid_catalog', {
          url: res.url,
          reason: `${res.contentType.split(';')[0] || 'no media type'} is not an RDF syntax`,
        });
      const g = new Graph(await parseRdf(syntax, res.body.toString('utf8'), res.url));
      for (const s of g.subjectsOfType(DCAT_DATASET)) {
        const r = datasetRecord(g, s);
        if (!matchesKeyword(source.filters.q, [...Object.values(r.title), ...r.keywords])) continue;
        const remoteId = isIri(s) ? s : (r.identifier ?? '');
        refs.push({
          remoteId: remoteId || s,
          title: Object.values(r.title)[0] ?? remoteId,
          modified: r.modified,
          url: r.landingPage,
          record: r,
          invalid: remoteId ? undefined : 'no IRI or identifier',
        });
      }
      const next = g.nextPage();
      url = next ? new URL(next, res.url).href : null;
    }
    return refs;
  },

  async fetch(ref) {
    return ref.record;
  },

  map(record, source) {
    if (!isObject(record))
      throw new AppError('harvest.invalid_catalog', { url: source.url, reason: 'record' });
    const r = record as unknown as DcatRecord;
    const lang = source.filters.language ?? source.locale;
    const title = ourLangs(r.title, lang);
    const description = ourLangs(r.description, lang);
    // Exporters that require a description repeat the title there: that is no description.
    if (JSON.stringify(description) === JSON.stringify(title))
      for (const k of Object.keys(description)) delete description[k];
    const licence = r.license ?? r.distributions.find((d) => d.license)?.license ?? null;
    const dataset: Record<string, unknown> = {
      name: nameOfRecord(r, title),
      title,
      description,
      tags: r.keywords,
      themes: themesOf(r),
      contact_name: r.contact.fn,
      contact_email: r.contact.email,
      spatial: ourLangs(r.spatial, lang),
      temporal_start: day(r.temporal.start),
      temporal_end: day(r.temporal.end),
      issued: day(r.issued),
      version: r.version,
      visibility:
        r.accessRights && vocabularies.accessFromEu(r.accessRights) === 'non-public' ? 'private' : 'public',
    };
    if (licence) dataset.license_id = vocabularies.licenceFromUri(licence) ?? licence;
    const freq = r.frequency ? vocabularies.frequencyFromEu(r.frequency) : undefined;
    if (freq) dataset.frequency = freq;
    const formatOf = (f: string | null) => (f ? (isIri(f) ? vocabularies.formatFromEu(f) : f) : null);
    const distributions = r.distributions.map((d) => {
      const url = d.downloadURL ?? d.accessURL ?? (d.service || null);
      const format = formatOf(d.format);
      const media = d.mediaType
        ? isIri(d.mediaType)
          ? vocabularies.mediaTypeFromUri(d.mediaType)
          : d.mediaType
        : null;
      const t = ourLangs(d.title, lang);
      const fallback = format ?? fileName(url ?? '');
      return {
        url,
        title: Object.keys(t).length || !fallback ? t : { [lang]: fallback },
        description: ourLangs(d.description, lang),
        format: format ?? '',
        media_type: media ?? null,
        size: d.byteSize && /^\d+$/.test(d.byteSize) ? Number(d.byteSize) : null,
        kind: distributionKind({ ...d, format: format ?? null, mediaType: media ?? null }),
      };
    });
    // A dataset's documents (foaf:page) are documentation resources, after its distributions.
    const pages = r.pages.map((p) => {
      const t = ourLangs(p.title, lang);
      const format = formatOf(p.format);
      return {
        url: p.url,
        title: Object.keys(t).length ? t : { [lang]: fileName(p.url) || hostOf(p.url) },
        description: ourLangs(p.description, lang),
        format: format ?? '',
        media_type: null,
        size: null,
        kind: 'documentation',
      };
    });
    const resources = [...distributions, ...pages];
    return { dataset, resources };
  },
};
