// What a kind of harvest source must provide: the three stages of a run. `gather` lists the remote records
// (throws an AppError when the source cannot be read at all: the run fails and nothing is deleted); `fetch`
// gets one record (throws for that item only); `map` turns it into our dataset input (throws an AppError,
// usually with fields, for a record that cannot be imported; the service's own validation runs after).
import type { HarvestType } from '../../../db/tables/harvest.ts';
import type { Locale } from '../../../i18n/index.ts';

export interface HarvestFilters {
  /** CKAN: only this remote organisation (name). */
  organization?: string;
  /** CKAN: a filter query (`fq`) as package_search takes it. */
  fq?: string;
  /** A keyword: CKAN's `q`; data.json and DCAT: kept when a title or keyword contains it. */
  q?: string;
  /** Language of single-language sources (data.json, untagged DCAT literals); default DEFAULT_LOCALE. */
  language?: Locale;
}

export interface SourceSpec {
  id: string;
  url: string;
  type: HarvestType;
  filters: HarvestFilters;
  locale: Locale;
}

export interface RemoteRef {
  remoteId: string;
  title: string;
  /** The remote modification time, when the source says it. */
  modified: string | null;
  /** Where a person reads the record on the source. */
  url: string | null;
  /** The record itself when the list already carries it (CKAN package_search, data.json). */
  record?: unknown;
  /** Set when the list entry is unusable (e.g. no identifier): the item fails with this reason. */
  invalid?: string;
}

export interface MappedRecord {
  dataset: Record<string, unknown>;
  resources: Record<string, unknown>[];
}

export interface DriverIo {
  json(url: string): Promise<unknown>;
  bytes(url: string, accept: string): Promise<{ body: Buffer; contentType: string; url: string }>;
}

export interface HarvestDriver {
  gather(source: SourceSpec, io: DriverIo): Promise<RemoteRef[]>;
  fetch(ref: RemoteRef, source: SourceSpec, io: DriverIo): Promise<unknown>;
  map(record: unknown, source: SourceSpec): MappedRecord;
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);

/** A keyword filter over a title and keywords (data.json, DCAT). */
export function matchesKeyword(q: string | undefined, texts: unknown[]): boolean {
  if (!q) return true;
  const needle = q.toLowerCase();
  return texts.some((t) => typeof t === 'string' && t.toLowerCase().includes(needle));
}

/** The last segment of a URL's path (a link text for an untitled resource). */
export function fileName(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
  } catch {
    return '';
  }
}

/** The host name of a URL (a link text for a page at a site's root). */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
