// The file types the sniffer recognises: a short label (named in error messages, the same in every
// language), the media type, and the family the catalogue groups formats by.

export type FileFamily =
  | 'tabular'
  | 'document'
  | 'image'
  | 'archive'
  | 'structured'
  | 'database'
  | 'text'
  | 'markup'
  | 'executable'
  | 'unknown';

interface TypeInfo {
  label: string;
  mediaType: string;
  family: FileFamily;
}

const t = (label: string, mediaType: string, family: FileFamily): TypeInfo => ({ label, mediaType, family });
const OOXML = 'application/vnd.openxmlformats-officedocument';
const ODF = 'application/vnd.oasis.opendocument';

export const fileTypes = {
  pdf: t('PDF', 'application/pdf', 'document'),
  xlsx: t('XLSX', `${OOXML}.spreadsheetml.sheet`, 'tabular'),
  docx: t('DOCX', `${OOXML}.wordprocessingml.document`, 'document'),
  pptx: t('PPTX', `${OOXML}.presentationml.presentation`, 'document'),
  ods: t('ODS', `${ODF}.spreadsheet`, 'tabular'),
  odt: t('ODT', `${ODF}.text`, 'document'),
  odp: t('ODP', `${ODF}.presentation`, 'document'),
  zip: t('ZIP', 'application/zip', 'archive'),
  xls: t('XLS', 'application/vnd.ms-excel', 'tabular'),
  doc: t('DOC', 'application/msword', 'document'),
  ppt: t('PPT', 'application/vnd.ms-powerpoint', 'document'),
  ole2: t('OLE2 (Office 97–2003)', 'application/x-ole-storage', 'document'),
  png: t('PNG', 'image/png', 'image'),
  jpeg: t('JPEG', 'image/jpeg', 'image'),
  gif: t('GIF', 'image/gif', 'image'),
  webp: t('WebP', 'image/webp', 'image'),
  tiff: t('TIFF', 'image/tiff', 'image'),
  gzip: t('GZIP', 'application/gzip', 'archive'),
  bzip2: t('BZIP2', 'application/x-bzip2', 'archive'),
  '7z': t('7Z', 'application/x-7z-compressed', 'archive'),
  rar: t('RAR', 'application/vnd.rar', 'archive'),
  parquet: t('Parquet', 'application/vnd.apache.parquet', 'tabular'),
  sqlite: t('SQLite', 'application/vnd.sqlite3', 'database'),
  json: t('JSON', 'application/json', 'structured'),
  xml: t('XML', 'application/xml', 'structured'),
  csv: t('CSV', 'text/csv', 'tabular'),
  tsv: t('TSV', 'text/tab-separated-values', 'tabular'),
  text: t('TXT', 'text/plain', 'text'),
  html: t('HTML', 'text/html', 'markup'),
  svg: t('SVG', 'image/svg+xml', 'markup'),
  elf: t('ELF', 'application/x-executable', 'executable'),
  pe: t('EXE/DLL', 'application/vnd.microsoft.portable-executable', 'executable'),
  macho: t('Mach-O', 'application/x-mach-binary', 'executable'),
  script: t('#! script', 'text/x-shellscript', 'executable'),
  empty: t('0 B', 'application/octet-stream', 'unknown'),
  binary: t('BIN', 'application/octet-stream', 'unknown'),
} as const satisfies Record<string, TypeInfo>;

export type FileType = keyof typeof fileTypes;

/** Types whose content is text; any of them may carry any textual extension. */
export const textualTypes: ReadonlySet<FileType> = new Set(['csv', 'tsv', 'text', 'json', 'xml']);

/** Containers whose exact kind may not show in the first bytes (ZIP-based, OLE2-based). */
export const zipTypes: ReadonlySet<FileType> = new Set(['xlsx', 'docx', 'pptx', 'ods', 'odt', 'odp']);
export const oleTypes: ReadonlySet<FileType> = new Set(['xls', 'doc', 'ppt']);
