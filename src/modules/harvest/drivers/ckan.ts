// CKAN sources (any CKAN 2.x and other Shafaf instances): the Action API. Gather pages through
// package_search (1000 rows a page, in CKAN's stable `id asc` order, as its own harvester pages) with the source's filters; the search
// results are whole package dicts, so the fetch stage reuses them and calls package_show only for a reference
// without its record. Mapping reuses the CKAN API's own dict → input mapping, so `*_translated` fields keep
// every language and a Shafaf → Shafaf round trip loses nothing.
import { datasetInput, resourceInput } from '../../../api/ckan/inputs.ts';
import { AppError } from '../../../kernel/errors.ts';
import { ckanKind } from './kinds.ts';
import { fileName, type HarvestDriver, isObject, type RemoteRef, type SourceSpec } from './types.ts';

const ROWS = 1000;
const MAX_PAGES = 1000;

export const apiBase = (url: string) =>
  `${url.replace(/\/+$/, '').replace(/\/api\/3(\/action)?$/, '')}/api/3/action`;

function result(body: unknown, url: string): Record<string, unknown> {
  if (!isObject(body) || body.success !== true || !isObject(body.result))
    throw new AppError('harvest.invalid_catalog', { url, reason: 'not a CKAN API answer' });
  return body.result;
}

function fqOf(source: SourceSpec): string {
  const parts: string[] = [];
  if (source.filters.fq) parts.push(`(${source.filters.fq})`);
  if (source.filters.organization) parts.push(`organization:${source.filters.organization}`);
  return parts.join(' AND ');
}

function refOf(d: Record<string, unknown>, base: string): RemoteRef {
  const id = typeof d.id === 'string' ? d.id : '';
  const name = typeof d.name === 'string' ? d.name : id;
  return {
    remoteId: id,
    title: typeof d.title === 'string' && d.title ? d.title : name,
    modified: typeof d.metadata_modified === 'string' ? d.metadata_modified : null,
    url: `${base.replace(/\/api\/3\/action$/, '')}/dataset/${encodeURIComponent(name)}`,
    record: d,
    invalid: id ? undefined : 'no id',
  };
}

export const ckanDriver: HarvestDriver = {
  async gather(source, io) {
    const base = apiBase(source.url);
    const refs: RemoteRef[] = [];
    for (let page = 0, start = 0; page < MAX_PAGES; page++, start += ROWS) {
      const params = new URLSearchParams({ rows: String(ROWS), start: String(start), sort: 'id asc' });
      const fq = fqOf(source);
      if (fq) params.set('fq', fq);
      if (source.filters.q) params.set('q', source.filters.q);
      const url = `${base}/package_search?${params}`;
      const res = result(await io.json(url), url);
      if (!Array.isArray(res.results))
        throw new AppError('harvest.invalid_catalog', { url, reason: 'no results list' });
      for (const d of res.results) if (isObject(d)) refs.push(refOf(d, base));
      const count = Number(res.count);
      if (res.results.length < ROWS || start + ROWS >= count) break;
    }
    return refs;
  },

  async fetch(ref, source, io) {
    if (ref.record) return ref.record;
    const url = `${apiBase(source.url)}/package_show?id=${encodeURIComponent(ref.remoteId)}`;
    return result(await io.json(url), url);
  },

  map(record, source) {
    if (!isObject(record))
      throw new AppError('harvest.invalid_catalog', { url: source.url, reason: 'record' });
    const input = datasetInput(record, source.locale, null, false);
    delete input.organization;
    delete input.featured;
    delete input.state;
    const resources = (Array.isArray(record.resources) ? record.resources : []).filter(isObject).map((r) => {
      const input = resourceInput({ ...r, url_type: undefined }, source.locale, null);
      // CKAN's older resource types (file, file.upload, api, documentation…) read as our kinds.
      const kind = ckanKind(r.resource_type);
      if (kind) input.kind = kind;
      const named = input.title && typeof input.title === 'object' && Object.keys(input.title).length > 0;
      // An untitled resource is named by its format or file name (a resource needs a link text).
      const fallback = (typeof r.format === 'string' && r.format) || fileName(String(r.url ?? ''));
      if (!named && fallback) input.title = { [source.locale]: fallback };
      return input;
    });
    return { dataset: input, resources };
  },
};
