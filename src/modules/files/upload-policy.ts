// checkUpload: the allow-list policy for uploaded files. Refuses programs, scripts, HTML and SVG (they can run
// code in a browser), empty files, and names whose extension contradicts the content; returns the media type
// to store the file with.
import { AppError } from '../../kernel/errors.ts';
import { extensionInfo, extensionOf, refusedExtensions, refusedMediaTypes } from './extensions.ts';
import type { SniffResult } from './sniff.ts';
import type { TextEncoding } from './text-sniff.ts';
import { type FileFamily, type FileType, fileTypes, oleTypes, textualTypes, zipTypes } from './types.ts';

export interface UploadCandidate {
  /** The file name given by the uploader (only its extension is used). */
  name: string;
  sniffed: SniffResult;
  /** The Content-Type the client declared, if any (unreliable: used only to refuse). */
  declaredType?: string | undefined;
}

export interface AcceptedUpload {
  type: FileType;
  /** Bare media type, e.g. `text/csv`. */
  mediaType: string;
  /** Media type to store and serve, with `charset` for text, e.g. `text/csv; charset=windows-1256`. */
  contentType: string;
  family: FileFamily;
  /** Lowercase extension of the name, without the dot ('' if none). */
  extension: string;
  encoding?: TextEncoding;
}

const refusedTypes: ReadonlySet<FileType> = new Set(['html', 'svg', 'elf', 'pe', 'macho', 'script']);

/** Whether content of type `found` may carry an extension naming `expected`. */
function compatible(expected: FileType, found: FileType): boolean {
  if (expected === found) return true;
  if (textualTypes.has(expected)) return textualTypes.has(found);
  if (zipTypes.has(expected)) return found === 'zip';
  if (expected === 'zip') return zipTypes.has(found);
  if (oleTypes.has(expected)) return found === 'ole2' || (expected === 'xls' && found === 'xml');
  return false;
}

/** Accepts or refuses an upload (`files.empty`, `files.type_not_allowed`, `files.type_mismatch`). */
export function checkUpload({ name, sniffed, declaredType }: UploadCandidate): AcceptedUpload {
  if (sniffed.type === 'empty') throw new AppError('files.empty');
  if (refusedTypes.has(sniffed.type) || sniffed.family === 'executable')
    throw new AppError('files.type_not_allowed', { type: sniffed.label });
  const extension = extensionOf(name);
  const named = extensionInfo(extension);
  if (refusedExtensions.has(extension))
    throw new AppError('files.type_not_allowed', {
      type: named ? fileTypes[named.type].label : `.${extension}`,
    });
  const declared = (declaredType ?? '').split(';')[0]!.trim().toLowerCase();
  if (refusedMediaTypes.has(declared)) throw new AppError('files.type_not_allowed', { type: declared });

  let type: FileType = sniffed.type;
  let mediaType = sniffed.mediaType;
  if (named) {
    if (!compatible(named.type, sniffed.type))
      throw new AppError('files.type_mismatch', { extension, type: sniffed.label });
    // Where the content is generic (text, a bare ZIP or OLE2 container), the extension says more.
    // (A plain .txt keeps what the content says it is: Excel's "Unicode text" is a UTF-16 TSV named .txt.)
    const plainTxt = named.type === 'text' && !named.mediaType;
    const generic = textualTypes.has(sniffed.type)
      ? textualTypes.has(named.type) && !plainTxt
      : sniffed.type === 'zip' || sniffed.type === 'ole2';
    if (generic) {
      type = named.type;
      mediaType = named.mediaType ?? fileTypes[named.type].mediaType;
    }
  }
  const encoding = sniffed.encoding;
  return {
    type,
    mediaType,
    contentType: encoding ? `${mediaType}; charset=${encoding}` : mediaType,
    family: fileTypes[type].family,
    extension,
    ...(encoding ? { encoding } : {}),
  };
}
