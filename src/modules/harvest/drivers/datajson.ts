// data.json sources (US Project Open Data 1.1 catalogues, as Socrata, DKAN and many portals publish them):
// one document lists every dataset, so the fetch stage reuses the entries. Literals are single-language: they
// are stored in the source's language. Licences are matched by URL or id, frequencies from ISO 8601
// repeating durations (R/P1D…), themes by name. Distributions are data, or APIs by their format or address
// (kinds.ts); `references` become documentation resources.
import { createHash } from 'node:crypto';
import { AppError } from '../../../kernel/errors.ts';
import { licenses } from '../../catalog/index.ts';
import { distributionKind } from './kinds.ts';
import { fileName, type HarvestDriver, hostOf, isObject, matchesKeyword, type RemoteRef } from './types.ts';

const periodicity: Record<string, string> = {
  'R/PT1H': 'HOURLY',
  'R/P1D': 'DAILY',
  'R/P1W': 'WEEKLY',
  'R/P0.5M': 'BIWEEKLY',
  'R/P2W': 'BIWEEKLY',
  'R/P1M': 'MONTHLY',
  'R/P2M': 'BIMONTHLY',
  'R/P3M': 'QUARTERLY',
  'R/P6M': 'ANNUAL_2',
  'R/P1Y': 'ANNUAL',
  'R/P2Y': 'BIENNIAL',
  'R/P3Y': 'TRIENNIAL',
  'R/P5Y': 'QUINQUENNIAL',
  'R/P10Y': 'DECENNIAL',
  irregular: 'IRREG',
};

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** `https://creativecommons.org/licenses/by/4.0` → CC-BY-4.0; an id or alias passes through. */
export function licenseIdOf(raw: string): string {
  const norm = (u: string) =>
    u
      .replace(/^https?:\/\//, '')
      .replace(/\/+$/, '')
      .toLowerCase();
  const byUrl = licenses.find((l) => l.url && norm(l.url) === norm(raw));
  return byUrl ? byUrl.id : raw;
}

/** A stable local name: the identifier when it is already a slug, else the title's slug + a short hash. */
export function nameOf(identifier: string, title: string): string {
  if (/^[a-z0-9][a-z0-9_-]{1,99}$/.test(identifier)) return identifier;
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  const hash = createHash('sha256').update(identifier).digest('hex').slice(0, 8);
  return base ? `${base}-${hash}` : `dataset-${hash}`;
}

export const datajsonDriver: HarvestDriver = {
  async gather(source, io) {
    const doc = await io.json(source.url);
    const list = Array.isArray(doc) ? doc : isObject(doc) ? doc.dataset : undefined;
    if (!Array.isArray(list))
      throw new AppError('harvest.invalid_catalog', { url: source.url, reason: 'no "dataset" list' });
    const refs: RemoteRef[] = [];
    for (const [i, d] of list.entries()) {
      if (!isObject(d)) continue;
      if (!matchesKeyword(source.filters.q, [d.title, ...(Array.isArray(d.keyword) ? d.keyword : [])]))
        continue;
      const id = str(d.identifier);
      refs.push({
        remoteId: id || `#${i}`,
        title: str(d.title) || id || `#${i}`,
        modified: str(d.modified) || null,
        url: str(d.landingPage) || null,
        record: d,
        invalid: id ? undefined : 'no identifier',
      });
    }
    return refs;
  },

  async fetch(ref) {
    return ref.record;
  },

  map(record, source) {
    if (!isObject(record))
      throw new AppError('harvest.invalid_catalog', { url: source.url, reason: 'record' });
    const lang = source.filters.language ?? source.locale;
    const tr = (v: unknown) => (str(v) ? { [lang]: str(v) } : {});
    const contact = isObject(record.contactPoint) ? record.contactPoint : {};
    const [start, end] = str(record.temporal).split('/');
    const day = (v: string | undefined) => (v && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : null);
    const dataset: Record<string, unknown> = {
      name: nameOf(str(record.identifier), str(record.title)),
      title: tr(record.title),
      description: tr(record.description),
      tags: Array.isArray(record.keyword) ? record.keyword : [],
      contact_name: str(contact.fn) || null,
      contact_email: str(contact.hasEmail).replace(/^mailto:/i, '') || null,
      spatial: tr(typeof record.spatial === 'string' ? record.spatial : ''),
      temporal_start: day(start),
      temporal_end: day(end),
      issued: day(str(record.issued)),
      themes: (Array.isArray(record.theme) ? record.theme : []).map((t) => str(t).toLowerCase()),
      visibility: str(record.accessLevel) === 'non-public' ? 'private' : 'public',
    };
    if (str(record.license)) dataset.license_id = licenseIdOf(str(record.license));
    const freq = periodicity[str(record.accrualPeriodicity)];
    if (freq) dataset.frequency = freq;
    const distributions = (Array.isArray(record.distribution) ? record.distribution : [])
      .filter(isObject)
      .map((d) => ({
        url: str(d.downloadURL) || str(d.accessURL) || null,
        // An untitled distribution is named by its format or its file name (a resource needs a link text).
        title: tr(str(d.title) || str(d.format) || fileName(str(d.downloadURL) || str(d.accessURL))),
        description: tr(d.description),
        format: str(d.format).slice(0, 50),
        media_type: str(d.mediaType) || null,
        kind: distributionKind({
          downloadURL: str(d.downloadURL) || null,
          accessURL: str(d.accessURL) || null,
          format: str(d.format) || null,
          mediaType: str(d.mediaType) || null,
        }),
      }));
    // `references` (related documents: technical or developer documentation) are documentation resources.
    const seen = new Set(distributions.map((d) => d.url));
    const references = (Array.isArray(record.references) ? record.references : [])
      .map(str)
      .filter((u) => /^https?:\/\//i.test(u) && !seen.has(u) && seen.add(u))
      .map((url) => ({
        url,
        title: tr(fileName(url) || hostOf(url)),
        description: {},
        format: '',
        media_type: null,
        kind: 'documentation',
      }));
    const resources = [...distributions, ...references];
    return { dataset, resources };
  },
};
