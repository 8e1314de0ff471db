// File name extensions: the type each one names (for the mismatch check), a more precise media type where
// the extension tells more than the content, and the extensions refused whatever the content.
import type { FileType } from './types.ts';

interface Extension {
  type: FileType;
  mediaType?: string;
}

const e = (type: FileType, mediaType?: string): Extension => (mediaType ? { type, mediaType } : { type });

const table: Record<string, Extension> = {
  csv: e('csv'),
  tsv: e('tsv'),
  tab: e('tsv'),
  txt: e('text'),
  text: e('text'),
  md: e('text', 'text/markdown'),
  yaml: e('text', 'application/yaml'),
  yml: e('text', 'application/yaml'),
  sql: e('text', 'application/sql'),
  prj: e('text'),
  ttl: e('text', 'text/turtle'),
  nt: e('text', 'application/n-triples'),
  nq: e('text', 'application/n-quads'),
  n3: e('text', 'text/n3'),
  json: e('json'),
  geojson: e('json', 'application/geo+json'),
  topojson: e('json'),
  jsonld: e('json', 'application/ld+json'),
  ndjson: e('json', 'application/x-ndjson'),
  jsonl: e('json', 'application/x-ndjson'),
  xml: e('xml'),
  xsd: e('xml'),
  rdf: e('xml', 'application/rdf+xml'),
  owl: e('xml', 'application/rdf+xml'),
  kml: e('xml', 'application/vnd.google-earth.kml+xml'),
  gml: e('xml', 'application/gml+xml'),
  gpx: e('xml', 'application/gpx+xml'),
  pdf: e('pdf'),
  xlsx: e('xlsx'),
  docx: e('docx'),
  pptx: e('pptx'),
  ods: e('ods'),
  odt: e('odt'),
  odp: e('odp'),
  zip: e('zip'),
  kmz: e('zip', 'application/vnd.google-earth.kmz'),
  xls: e('xls'),
  doc: e('doc'),
  ppt: e('ppt'),
  png: e('png'),
  jpg: e('jpeg'),
  jpeg: e('jpeg'),
  gif: e('gif'),
  webp: e('webp'),
  tif: e('tiff'),
  tiff: e('tiff'),
  gz: e('gzip'),
  tgz: e('gzip'),
  bz2: e('bzip2'),
  '7z': e('7z'),
  rar: e('rar'),
  parquet: e('parquet'),
  sqlite: e('sqlite'),
  sqlite3: e('sqlite'),
  db: e('sqlite'),
  gpkg: e('sqlite', 'application/geopackage+sqlite3'),
  mbtiles: e('sqlite'),
  html: e('html'),
  htm: e('html'),
  xhtml: e('html'),
  svg: e('svg'),
};

/** What an extension (lowercase, no dot) names; undefined for unknown ones. */
export function extensionInfo(ext: string): Extension | undefined {
  return Object.hasOwn(table, ext) ? table[ext] : undefined;
}

/** Programs, scripts and active web content: refused by name even when the content looks harmless. */
export const refusedExtensions: ReadonlySet<string> = new Set(
  (
    'exe dll com scr msi msp bat cmd ps1 psm1 vbs vbe wsf wsh hta cpl jar apk app dmg sh bash zsh csh ksh ' +
    'so dylib js mjs cjs jse php phtml asp aspx jsp cgi html htm xhtml shtml svg svgz'
  ).split(' '),
);

/** Declared media types refused whatever the content (active content and programs). */
export const refusedMediaTypes: ReadonlySet<string> = new Set([
  'text/html',
  'application/xhtml+xml',
  'image/svg+xml',
  'text/javascript',
  'application/javascript',
  'application/x-msdownload',
  'application/x-msdos-program',
  'application/vnd.microsoft.portable-executable',
  'application/x-executable',
  'application/x-mach-binary',
  'application/x-sh',
  'application/x-shellscript',
  'text/x-shellscript',
  'application/x-httpd-php',
]);

/** The last extension of a file name, lowercase, without the dot (`Data.CSV` → `csv`); '' if none. */
export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return '';
  const ext = base.slice(dot + 1).toLowerCase();
  return /^[a-z0-9]{1,10}$/.test(ext) ? ext : '';
}
