// The StorageBackend contract shared by the disk and S3 backends.
import type { Readable } from 'node:stream';

export interface PutOptions {
  /** Media type stored with the object and returned by get/head (e.g. `text/csv; charset=utf-8`). */
  contentType: string;
  /** Largest accepted size in bytes: a larger stream is aborted with `files.too_large` and nothing is kept. */
  maxBytes: number;
}

export interface PutResult {
  /** Bytes written. */
  size: number;
  /** SHA-256 of the bytes written, lowercase hex. */
  sha256: string;
}

/** Inclusive byte range, as in HTTP `Range: bytes=start-end`; `end` omitted means "to the end". */
export interface ByteRange {
  start: number;
  end?: number;
}

export interface HeadResult {
  /** Size of the whole object in bytes. */
  size: number;
  contentType: string;
}

export interface GetResult extends HeadResult {
  /** The bytes asked for: the whole object, or only the range. */
  stream: Readable;
  /** Bytes in `stream` (equals `size` without a range). */
  length: number;
  /** The range served, with `end` resolved (absent without a range). */
  range?: { start: number; end: number };
}

export interface StorageBackend {
  readonly kind: 'disk' | 's3';
  /** Streams `stream` into `key` (replacing any object there) while measuring its size and SHA-256. */
  put(key: string, stream: Readable, options: PutOptions): Promise<PutResult>;
  /** Opens `key`, whole or a byte range. Throws `files.not_found`, `files.range_not_satisfiable`. */
  get(key: string, range?: ByteRange): Promise<GetResult>;
  /** Size and media type of `key`. Throws `files.not_found`. */
  head(key: string): Promise<HeadResult>;
  /** Removes `key`; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
  /** Releases connections (S3); the backend is not used afterwards. */
  close(): Promise<void>;
}
