// /data.json: the public catalogue in the US Project Open Data metadata schema 1.1, streamed a batch at a time.
// The schema is monolingual: texts are given in the request's language (falling back to another one), and
// `language` lists the languages the dataset has. US-federal-only fields (bureauCode, programCode) are omitted.
import { PassThrough } from 'node:stream';
import type { ServiceContext } from '../../context.ts';
import type { Locale } from '../../i18n/index.ts';
import type { DatasetView, ResourceView, Translated } from '../catalog/index.ts';
import { publicBatches } from './batches.ts';
import * as repo from './dcat.repo.ts';
import { baseUrl, mailOf } from './export.service.ts';
import { uris } from './graph.ts';
import { accessLevelOf, findFileType, frequencyToIso, licenceToUris, namesApi } from './vocabularies.ts';

export const POD_SCHEMA = 'https://project-open-data.cio.gov/v1.1/schema';

/** Text in `locale`, else in another language (fr, ar, en), else ''. */
export function inLocale(t: Translated, locale: Locale): string {
  for (const l of [locale, 'fr', 'ar', 'en'] as const) if (t[l]?.trim()) return t[l]!;
  return '';
}

export function podDataset(
  d: DatasetView,
  org: repo.OrgInfo | undefined,
  opts: { base: string; locale: Locale; fallbackEmail: string },
): Record<string, unknown> {
  const u = uris(opts.base);
  const title = inLocale(d.title, opts.locale) || d.name;
  const orgName = (org ? inLocale(org.title, opts.locale) : '') || d.organization.name;
  const themes = d.themes.map((t) => inLocale(t.title, opts.locale) || t.name);
  const lic = licenceToUris(d.license_id);
  const access = accessLevelOf(d.visibility);
  const out: Record<string, unknown> = {
    '@type': 'dcat:Dataset',
    title,
    description: inLocale(d.description, opts.locale) || title,
    keyword: d.tags.length ? d.tags : themes.length ? themes : [d.name],
    modified: d.updated_at,
    publisher: { '@type': 'org:Organization', name: orgName },
    contactPoint: {
      '@type': 'vcard:Contact',
      fn: d.contact_name ?? orgName,
      hasEmail: `mailto:${d.contact_email ?? org?.email ?? opts.fallbackEmail}`,
    },
    identifier: u.dataset(d),
    accessLevel: access,
  };
  if (access !== 'public') out.rights = 'Not published by its producer.';
  const licence = lic.url ?? lic.eu;
  if (licence) out.license = licence;
  if (d.issued) out.issued = d.issued;
  const period = frequencyToIso(d.frequency);
  if (period) out.accrualPeriodicity = period;
  if (d.temporal_start && d.temporal_end) out.temporal = `${d.temporal_start}/${d.temporal_end}`;
  const spatial = inLocale(d.spatial, opts.locale);
  if (spatial) out.spatial = spatial;
  out.language = Object.keys(d.title);
  out.landingPage = u.landingPage(d);
  if (themes.length) out.theme = themes;
  // Documentation is a related document (`references`, URLs), not a distribution of the data.
  const references = d.resources
    .filter((r) => r.kind === 'documentation')
    .map((r) => (r.stored ? u.download(d, r) : r.url))
    .filter((v): v is string => !!v);
  if (references.length) out.references = [...new Set(references)];
  out.distribution = d.resources
    .filter((r) => r.kind !== 'documentation')
    .map((r) => podDistribution(d, r, opts.base, opts.locale));
  return out;
}

/**
 * A resource as a POD distribution: a data file by `downloadURL` (with its media type), anything else by
 * `accessURL`. An API is never a download; its format is `API` (as POD catalogues name API distributions)
 * unless its own format names an API protocol (WMS, SPARQL…): a file format there would read as a file.
 */
function podDistribution(d: DatasetView, r: ResourceView, base: string, locale: Locale) {
  const u = uris(base);
  const type = findFileType(r.format) ?? findFileType(r.media_type);
  const dist: Record<string, unknown> = { '@type': 'dcat:Distribution' };
  const rTitle = inLocale(r.title, locale);
  if (rTitle) dist.title = rTitle;
  const rDesc = inLocale(r.description, locale);
  if (rDesc) dist.description = rDesc;
  const media = r.media_type ?? type?.media ?? null;
  const stored = r.stored ? u.download(d, r) : null;
  const download =
    r.kind === 'api' ? null : (stored ?? (r.kind === 'data' && type?.code !== 'HTML' ? r.url : null));
  if (download && media) {
    dist.downloadURL = download;
    dist.mediaType = media.split(';')[0]!.trim();
  } else if (r.url ?? stored) dist.accessURL = r.url ?? stored;
  if (r.kind === 'api' && !namesApi(r.format)) dist.format = 'API';
  else if (r.format) dist.format = r.format;
  return dist;
}

export async function exportDataJson(ctx: ServiceContext): Promise<PassThrough> {
  const db = ctx.db.db;
  const base = baseUrl(ctx);
  const { total } = await repo.countPublic(db, {});
  const out = new PassThrough();
  const head = {
    '@context': `${POD_SCHEMA}/catalog.jsonld`,
    '@id': `${base}/data.json`,
    '@type': 'dcat:Catalog',
    conformsTo: POD_SCHEMA,
    describedBy: `${POD_SCHEMA}/catalog.json`,
  };
  const opts = { base, locale: ctx.locale, fallbackEmail: mailOf(ctx.config.MAIL_FROM) };
  (async () => {
    out.write(`${JSON.stringify(head).slice(0, -1)},"dataset":[`);
    let first = true;
    for await (const { views, orgs } of publicBatches(db, {}, 0, total)) {
      for (const d of views) {
        out.write((first ? '\n' : ',\n') + JSON.stringify(podDataset(d, orgs.get(d.organization.id), opts)));
        first = false;
      }
      if (out.writableNeedDrain) await new Promise((r) => out.once('drain', r));
    }
    out.end('\n]}\n');
  })().catch((err) => {
    ctx.log.error({ err }, 'data.json export failed');
    out.destroy(err as Error);
  });
  return out;
}
