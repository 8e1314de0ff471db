// Uploaded resource files and downloads. An upload is authorized first, then streamed through storeUpload
// (sniff → policy → size limit → SHA-256) under resources/<datasetId>/<resourceId>/<name>, then the row is
// written; a failure leaves neither an object nor a row. Downloads apply the dataset's visibility and count.
import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { ServiceContext } from '../../context.ts';
import type { ErrorCode, FieldReason } from '../../kernel/error-codes.ts';
import { AppError, isAppError } from '../../kernel/errors.ts';
import { newId, nowIso } from '../../kernel/ids.ts';
import {
  fileTypes,
  parseRangeHeader,
  type StorageBackend,
  safeFileName,
  storeUpload,
} from '../files/index.ts';
import { readableDataset } from './dataset-views.ts';
import { presentResource, type ResourceView } from './present.ts';
import { countDownload, findResource } from './resources.repo.ts';
import { checkResource, createResource, existing, replaceStoredFile, writable } from './resources.service.ts';

export interface UploadedFile {
  stream: Readable;
  /** The uploader's file name. */
  filename: string;
  /** The Content-Type the client declared. */
  mimetype: string;
}

const fileReasons: Partial<Record<ErrorCode, FieldReason>> = {
  'files.too_large': 'too_large',
  'files.empty': 'required',
  'files.type_not_allowed': 'invalid_value',
  'files.type_mismatch': 'invalid_format',
};

/** `files.*` refusals name the form field `file`. */
export function asFileFieldError(e: unknown): unknown {
  if (!isAppError(e) || e.fields) return e;
  const reason = fileReasons[e.code];
  if (!reason) return e;
  const params: Record<string, string> = reason === 'too_large' ? { max: `${e.params.maxMb} MB` } : {};
  return new AppError(e.code, e.params, { file: { reason, params } });
}

export function tooLargeError(maxBytes: number): AppError {
  const maxMb = Math.round((maxBytes / 1048576) * 10) / 10;
  return asFileFieldError(new AppError('files.too_large', { max: maxBytes, maxMb })) as AppError;
}

export const uploadMaxBytes = (ctx: Pick<ServiceContext, 'config'>) => ctx.config.UPLOAD_MAX_MB * 1048576;

/** CSV, XLSX, PDF…: the sniffed type's short label, else the name's extension. */
function formatOf(type: keyof typeof fileTypes, extension: string): string {
  const label = fileTypes[type].label;
  return /^[A-Z0-9]{1,10}$/.test(label) ? label : extension.toUpperCase() || label.slice(0, 50);
}

/** Only the describing fields come with a file: title, description, kind. */
function metaInput(meta: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of ['title', 'description', 'kind']) if (meta[k] !== undefined) out[k] = meta[k];
  return out;
}

/**
 * Stores an uploaded file as a new resource of the dataset (`resourceId` null) or as the new file of an
 * existing resource (its id and download URL stay; the old object is deleted once the new one is committed).
 */
export async function uploadResourceFile(
  ctx: ServiceContext,
  storage: StorageBackend,
  datasetKey: string,
  resourceId: string | null,
  file: UploadedFile,
  meta: Record<string, unknown> = {},
): Promise<ResourceView> {
  let storedKey: string | null = null;
  try {
    const dataset = await writable(ctx, datasetKey, resourceId ? 'update' : 'create');
    const current = resourceId ? await existing(ctx, dataset, resourceId) : null;
    const input = metaInput(meta);
    checkResource(current ? { ...presentResource(current), ...input } : input, 'pending');

    const id = current?.id ?? newId();
    const name = safeFileName(file.filename);
    let key = `resources/${dataset.id}/${id}/${name}`;
    if (current?.storage_key === key)
      key = `resources/${dataset.id}/${id}/${randomBytes(4).toString('hex')}/${name}`;
    const maxBytes = uploadMaxBytes(ctx);
    const stored = await storeUpload(storage, key, {
      stream: file.stream,
      name: file.filename,
      declaredType: file.mimetype,
      maxBytes,
    });
    storedKey = key;
    // A multipart parser that cut the file at its own limit ends the stream early: refuse, never keep a part.
    if ((file.stream as { truncated?: boolean }).truncated) throw tooLargeError(maxBytes);

    const described = { ...input, format: formatOf(stored.type, stored.extension), last_modified: nowIso() };
    const storedFile = {
      storageKey: key,
      size: stored.size,
      sha256: stored.sha256,
      mediaType: stored.mediaType,
    };
    if (!current) {
      const view = await createResource(ctx, dataset.id, described, { ...storedFile, resourceId: id });
      storedKey = null;
      return view;
    }
    const { view, previousKey } = await replaceStoredFile(ctx, dataset.id, id, described, storedFile);
    storedKey = null;
    if (previousKey && previousKey !== key)
      await storage
        .delete(previousKey)
        .catch((err) => ctx.log.warn({ err, key: previousKey }, 'old file kept'));
    return view;
  } catch (e) {
    file.stream.destroy();
    if (storedKey) await storage.delete(storedKey).catch(() => undefined);
    throw asFileFieldError(e);
  }
}

export type Download =
  | { kind: 'redirect'; url: string }
  /** The client's copy (If-None-Match) is current: nothing is sent or counted. */
  | { kind: 'not-modified'; sha256: string }
  | {
      kind: 'file';
      /** Absent for HEAD. */
      stream?: Readable;
      contentType: string;
      /** Size of the whole file. */
      size: number;
      /** Bytes sent (the range's, or the whole file's). */
      length: number;
      range?: { start: number; end: number };
      fileName: string;
      sha256: string | null;
    };

/** RFC 9110 If-None-Match (weak comparison): `*` or a list of entity tags, one of them the file's sha256. */
function etagMatches(header: string | undefined, sha256: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === `"${sha256}"`);
}

/**
 * Opens a resource's file for download (`head`: headers only), or gives the link to redirect to.
 * Counts the download (resource and dataset) once for a GET that starts at byte 0.
 */
export async function openResourceDownload(
  ctx: ServiceContext,
  storage: StorageBackend,
  datasetKey: string,
  resourceId: string,
  request: { range?: string | undefined; head?: boolean; ifNoneMatch?: string | undefined } = {},
): Promise<Download> {
  const dataset = await readableDataset(ctx, datasetKey);
  const row = await findResource(ctx.db.db, dataset.id, resourceId);
  if (!row) throw new AppError('catalog.resource_not_found', { id: resourceId });
  const count = () => ctx.db.db.transaction().execute((tx) => countDownload(tx, dataset.id, row.id));
  if (!row.storage_key) {
    if (!row.url) throw new AppError('files.not_found');
    if (!request.head) await count();
    return { kind: 'redirect', url: row.url };
  }
  if (row.sha256 && etagMatches(request.ifNoneMatch, row.sha256))
    return { kind: 'not-modified', sha256: row.sha256 };
  const key = row.storage_key;
  const fileName = key.slice(key.lastIndexOf('/') + 1);
  const base = { kind: 'file' as const, fileName, sha256: row.sha256 };
  if (request.head) {
    const info = await storage.head(key);
    const range = parseRangeHeader(request.range, info.size);
    const resolved = range && { start: range.start, end: range.end ?? info.size - 1 };
    const length = resolved ? resolved.end - resolved.start + 1 : info.size;
    return {
      ...base,
      contentType: info.contentType,
      size: info.size,
      length,
      ...(resolved ? { range: resolved } : {}),
    };
  }
  const size = row.size === null ? (await storage.head(key)).size : Number(row.size);
  const got = await storage.get(key, parseRangeHeader(request.range, size));
  try {
    if (!got.range || got.range.start === 0) await count();
  } catch (e) {
    got.stream.destroy();
    throw e;
  }
  return {
    ...base,
    stream: got.stream,
    contentType: got.contentType,
    size: got.size,
    length: got.length,
    ...(got.range ? { range: got.range } : {}),
  };
}
