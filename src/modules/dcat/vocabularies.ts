// Our codes ↔ the EU controlled vocabularies DCAT-AP asks for (publications.europa.eu/resource/authority/…),
// in both directions: export (our code → EU URI) and harvesting (EU URI → our code). One table per vocabulary;
// the reverse lookups are built from the same tables, so the two directions cannot disagree.
import { FREQUENCY_BASE_URI, findFrequency, findLicense, licenses } from '../catalog/index.ts';

const AUTHORITY = 'http://publications.europa.eu/resource/authority/';
export const EU = {
  dataTheme: `${AUTHORITY}data-theme/`,
  frequency: FREQUENCY_BASE_URI,
  fileType: `${AUTHORITY}file-type/`,
  licence: `${AUTHORITY}licence/`,
  accessRight: `${AUTHORITY}access-right/`,
  language: `${AUTHORITY}language/`,
} as const;

/** The EU concept schemes (dcat:themeTaxonomy and skos:inScheme targets). */
export const EU_SCHEMES = {
  dataTheme: `${AUTHORITY}data-theme`,
  frequency: `${AUTHORITY}frequency`,
  fileType: `${AUTHORITY}file-type`,
  accessRight: `${AUTHORITY}access-right`,
} as const;

const codeOf = (uri: string, base: string): string | undefined =>
  uri.startsWith(base) && uri.length > base.length ? uri.slice(base.length) : undefined;

// ---- Themes ---------------------------------------------------------------------------------------------------
// Our themes are rows named by administrators; these names (the demo's, and common spellings in fr/en) map to
// the 13 EU data themes. The first name listed for a code is the one harvesting maps that code back to.
const themeTable: Record<string, readonly string[]> = {
  AGRI: ['agriculture', 'fisheries', 'peche', 'food', 'alimentation', 'forestry'],
  ECON: ['finance', 'economy', 'economie', 'finances', 'budget', 'tourism', 'tourisme', 'commerce', 'trade'],
  EDUC: ['education', 'culture', 'sport', 'sports', 'enseignement'],
  ENER: ['energy', 'energie'],
  ENVI: ['environment', 'environnement', 'climate', 'climat', 'water', 'eau'],
  GOVE: ['government', 'gouvernement', 'administration', 'public-sector', 'secteur-public'],
  HEAL: ['health', 'sante'],
  INTR: ['international', 'international-issues'],
  JUST: ['justice', 'security', 'securite', 'legal-system'],
  REGI: ['regions', 'cities', 'villes', 'territoires', 'territory'],
  SOCI: ['society', 'societe', 'population', 'employment', 'emploi', 'social'],
  TECH: ['it-telecoms', 'science', 'technology', 'technologie', 'telecoms', 'numerique', 'digital'],
  TRAN: ['transport', 'transports', 'mobility', 'mobilite'],
};
export const euThemeCodes = Object.keys(themeTable);
const themeByName = new Map(
  Object.entries(themeTable).flatMap(([code, names]) => names.map((n) => [n, code])),
);

/** The EU data-theme URI of one of our themes (by its name), or undefined when none fits. */
export function themeToEu(name: string): string | undefined {
  const code = themeByName.get(name.trim().toLowerCase());
  return code ? EU.dataTheme + code : undefined;
}

/** Our theme name for an EU data-theme URI (or bare code), or undefined. */
export function themeFromEu(uriOrCode: string): string | undefined {
  const code = (codeOf(uriOrCode, EU.dataTheme) ?? uriOrCode).toUpperCase();
  return themeTable[code]?.[0];
}

// ---- Frequencies ----------------------------------------------------------------------------------------------
// Our frequency codes are the EU frequency codes (catalog/frequencies.ts); the mapping checks and builds URIs.
// ISO 8601 durations serve Project Open Data's accrualPeriodicity (R/P1Y…); continuous updates use R/PT1S.
const isoDurations: Record<string, string> = {
  CONT: 'R/PT1S',
  UPDATE_CONT: 'R/PT1S',
  HOURLY: 'R/PT1H',
  DAILY: 'R/P1D',
  WEEKLY_2: 'R/P0.5W',
  WEEKLY: 'R/P1W',
  BIWEEKLY: 'R/P2W',
  MONTHLY_2: 'R/P0.5M',
  MONTHLY: 'R/P1M',
  BIMONTHLY: 'R/P2M',
  QUARTERLY: 'R/P3M',
  ANNUAL_3: 'R/P4M',
  ANNUAL_2: 'R/P6M',
  ANNUAL: 'R/P1Y',
  BIENNIAL: 'R/P2Y',
  TRIENNIAL: 'R/P3Y',
  QUINQUENNIAL: 'R/P5Y',
  DECENNIAL: 'R/P10Y',
  IRREG: 'irregular',
  AS_NEEDED: 'irregular',
};

export function frequencyToEu(code: string): string | undefined {
  const f = findFrequency(code);
  return f ? EU.frequency + f.code : undefined;
}

export function frequencyFromEu(uriOrCode: string): string | undefined {
  return findFrequency(codeOf(uriOrCode, EU.frequency) ?? uriOrCode)?.code;
}

/** Project Open Data's accrualPeriodicity (ISO 8601 repeating duration, or "irregular"); undefined if none. */
export function frequencyToIso(code: string): string | undefined {
  return isoDurations[code.toUpperCase()];
}

// ---- File types -----------------------------------------------------------------------------------------------
// Our formats are free labels (CSV, XLSX, "GeoJSON"…); lookup is case-insensitive and ignores dots, spaces and
// "application/…" media types given as a format. `media` is the IANA media type for dcat:mediaType.
interface FileTypeEntry {
  code: string;
  media: string | null;
  aliases: readonly string[];
}
const ft = (code: string, media: string | null, ...aliases: string[]): FileTypeEntry => ({
  code,
  media,
  aliases,
});
const fileTypeTable: readonly FileTypeEntry[] = [
  ft('CSV', 'text/csv', 'csv'),
  ft('TSV', 'text/tab-separated-values', 'tsv', 'tab'),
  ft('XLSX', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'),
  ft('XLS', 'application/vnd.ms-excel', 'xls', 'excel'),
  ft('ODS', 'application/vnd.oasis.opendocument.spreadsheet', 'ods'),
  ft('JSON', 'application/json', 'json'),
  ft('GEOJSON', 'application/geo+json', 'geojson'),
  ft('JSON_LD', 'application/ld+json', 'jsonld', 'json-ld'),
  ft('XML', 'application/xml', 'xml'),
  ft('RDF_XML', 'application/rdf+xml', 'rdf', 'rdfxml', 'rdf/xml', 'owl'),
  ft('RDF_TURTLE', 'text/turtle', 'ttl', 'turtle'),
  ft('RDF_N_TRIPLES', 'application/n-triples', 'nt', 'ntriples', 'n-triples'),
  ft('RDF_N_QUADS', 'application/n-quads', 'nq', 'nquads', 'n-quads'),
  ft('PDF', 'application/pdf', 'pdf'),
  ft('DOCX', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'),
  ft('DOC', 'application/msword', 'doc', 'word'),
  ft('ODT', 'application/vnd.oasis.opendocument.text', 'odt'),
  ft('PPTX', 'application/vnd.openxmlformats-officedocument.presentationml.presentation', 'pptx'),
  ft('PPT', 'application/vnd.ms-powerpoint', 'ppt'),
  ft('ODP', 'application/vnd.oasis.opendocument.presentation', 'odp'),
  ft('HTML', 'text/html', 'html', 'htm', 'web page', 'page web'),
  ft('TXT', 'text/plain', 'txt', 'text'),
  ft('ZIP', 'application/zip', 'zip'),
  ft('GZIP', 'application/gzip', 'gzip', 'gz'),
  ft('7Z', 'application/x-7z-compressed', '7z'),
  ft('RAR', 'application/vnd.rar', 'rar'),
  ft('PARQUET', 'application/vnd.apache.parquet', 'parquet'),
  ft('KML', 'application/vnd.google-earth.kml+xml', 'kml'),
  ft('KMZ', 'application/vnd.google-earth.kmz', 'kmz'),
  ft('GML', 'application/gml+xml', 'gml'),
  ft('GPX', 'application/gpx+xml', 'gpx'),
  ft('SHP', null, 'shp', 'shapefile', 'esri shapefile'),
  ft('PNG', 'image/png', 'png'),
  ft('JPEG', 'image/jpeg', 'jpeg', 'jpg'),
  ft('GIF', 'image/gif', 'gif'),
  ft('TIFF', 'image/tiff', 'tiff', 'tif'),
  ft('SVG', 'image/svg+xml', 'svg'),
];
const fileTypeByKey = new Map<string, FileTypeEntry>();
for (const e of fileTypeTable) {
  for (const k of [e.code.toLowerCase(), ...e.aliases]) fileTypeByKey.set(k, e);
  if (e.media && !fileTypeByKey.has(e.media)) fileTypeByKey.set(e.media, e);
}
const normFormat = (s: string) => s.trim().toLowerCase().replace(/^\./, '').split(';')[0]!.trim();

/** The EU file-type entry for a format label or a media type, or undefined. */
export function findFileType(formatOrMedia: string | null | undefined): FileTypeEntry | undefined {
  return formatOrMedia ? fileTypeByKey.get(normFormat(formatOrMedia)) : undefined;
}

export function formatToEu(formatOrMedia: string | null | undefined): string | undefined {
  const e = findFileType(formatOrMedia);
  return e ? EU.fileType + e.code : undefined;
}

/** Our format label (the EU code, as CKAN shows formats: CSV, XLSX, RDF_TURTLE…) for an EU file-type URI. */
export function formatFromEu(uriOrCode: string): string | undefined {
  const code = (codeOf(uriOrCode, EU.fileType) ?? uriOrCode).toUpperCase();
  return fileTypeTable.find((e) => e.code === code)?.code;
}

/** The IANA media type URI DCAT-AP wants for dcat:mediaType. */
export const IANA = 'http://www.iana.org/assignments/media-types/';
export const mediaTypeUri = (media: string): string => IANA + media.split(';')[0]!.trim().toLowerCase();
export const mediaTypeFromUri = (uri: string): string | undefined => codeOf(uri, IANA);

// ---- Licences -------------------------------------------------------------------------------------------------
// Our licences are Open Definition ids; their own URL is the licence URI. Where the EU licence vocabulary has
// the same licence, that URI is given as well (dct:license on export uses the EU one, with the other as
// owl:sameAs; harvesting accepts either).
const euLicences: Record<string, string> = {
  'CC-BY-4.0': 'CC_BY_4_0',
  'CC-BY-SA-4.0': 'CC_BYSA_4_0',
  'CC0-1.0': 'CC0',
  'ODbL-1.0': 'ODC_BL',
  'ODC-BY-1.0': 'ODC_BY',
  'PDDL-1.0': 'ODC_PDDL',
  'LO-FR-2.0': 'ETALAB_2_0',
  'OGL-UK-2.0': 'OGL_2_0',
  GFDL: 'GNU_FDL_1_3',
  'CC-BY-NC-4.0': 'CC_BYNC_4_0',
};

export interface LicenceUris {
  /** The EU licence URI when the vocabulary has this licence. */
  eu?: string;
  /** The licence's own URL (creativecommons.org, opendatacommons.org…), when it has one. */
  url?: string;
}

export function licenceToUris(id: string): LicenceUris {
  const l = findLicense(id);
  if (!l) return {};
  const out: LicenceUris = {};
  const eu = euLicences[l.id];
  if (eu) out.eu = EU.licence + eu;
  if (l.url) out.url = l.url;
  return out;
}

/** Our licence id for an EU licence URI or a licence URL (trailing slash and scheme ignored), or undefined. */
export function licenceFromUri(uri: string): string | undefined {
  const eu = codeOf(uri, EU.licence);
  if (eu) return Object.entries(euLicences).find(([, code]) => code === eu)?.[0];
  const key = (u: string) => u.replace(/^https?:\/\//, '').replace(/\/$/, '');
  const wanted = key(uri);
  return licenses.find((l) => l.url && key(l.url) === wanted)?.id;
}

// ---- Access rights --------------------------------------------------------------------------------------------
// Project Open Data's access levels (our inventory's terms) ↔ the EU access-right vocabulary.
export type AccessLevel = 'public' | 'restricted public' | 'non-public';
const accessTable: Record<AccessLevel, string> = {
  public: 'PUBLIC',
  'restricted public': 'RESTRICTED',
  'non-public': 'NON_PUBLIC',
};
export const accessLevels = Object.keys(accessTable) as AccessLevel[];

export const accessToEu = (level: AccessLevel): string => EU.accessRight + accessTable[level];

export function accessFromEu(uriOrCode: string): AccessLevel | undefined {
  const code = (codeOf(uriOrCode, EU.accessRight) ?? uriOrCode).toUpperCase();
  return accessLevels.find((l) => accessTable[l] === code);
}

/** A dataset's access level: public datasets are PUBLIC; private ones are not public. */
export const accessLevelOf = (visibility: 'public' | 'private'): AccessLevel =>
  visibility === 'public' ? 'public' : 'non-public';

// ---- Languages ------------------------------------------------------------------------------------------------
const languages = { ar: 'ARA', fr: 'FRA', en: 'ENG' } as const;
export const languageToEu = (locale: keyof typeof languages): string => EU.language + languages[locale];
export function languageFromEu(uri: string): keyof typeof languages | undefined {
  const code = codeOf(uri, EU.language);
  return (Object.keys(languages) as (keyof typeof languages)[]).find((l) => languages[l] === code);
}

// ---- API protocols --------------------------------------------------------------------------------------------
// Formats and media types that name an API protocol rather than a file format, as portals write them (POD
// catalogues put `API` in a distribution's format): data.json export and harvesting read kinds by them.
const API_FORMAT =
  /^(api|rest|rest api|json api|web service|ogc|wms|wfs|wmts|wcs|wps|csw|sos|sparql|odata|graphql|arcgis( rest)?|esri rest|openapi|swagger)$/i;
const API_MEDIA =
  /^application\/(vnd\.oai\.openapi(\+json|\+yaml)?|sparql-(query|results\+(json|xml))|vnd\.ogc\.[a-z_.+-]+|graphql(\+json)?)$/i;

export function namesApi(formatOrMedia: string | null | undefined): boolean {
  const v = formatOrMedia?.trim();
  return !!v && (API_FORMAT.test(v) || API_MEDIA.test(v.split(';')[0]!.trim()));
}
