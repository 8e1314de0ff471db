// storeUpload: the one path from an uploaded stream to a stored file: sniff the first bytes, apply the upload
// policy, then stream everything into the storage backend while measuring size and SHA-256.
import type { Readable } from 'node:stream';
import { peekStream } from './peek.ts';
import { SNIFF_BYTES, type SniffResult, sniffFile } from './sniff.ts';
import type { StorageBackend } from './storage.ts';
import { type AcceptedUpload, checkUpload } from './upload-policy.ts';

export interface UploadInput {
  stream: Readable;
  /** The uploader's file name. */
  name: string;
  declaredType?: string | undefined;
  maxBytes: number;
}

export interface StoredUpload extends AcceptedUpload {
  key: string;
  size: number;
  sha256: string;
  sniffed: SniffResult;
}

/**
 * Stores an upload under `key`. Throws (and destroys the input stream) on `files.empty`,
 * `files.type_not_allowed`, `files.type_mismatch`, `files.too_large`; nothing is stored then.
 */
export async function storeUpload(
  storage: StorageBackend,
  key: string,
  input: UploadInput,
): Promise<StoredUpload> {
  const { head, stream } = await peekStream(input.stream, SNIFF_BYTES);
  const sniffed = sniffFile(head, input.name);
  let accepted: AcceptedUpload;
  try {
    accepted = checkUpload({ name: input.name, sniffed, declaredType: input.declaredType });
  } catch (e) {
    stream.destroy();
    input.stream.destroy();
    throw e;
  }
  const { size, sha256 } = await storage.put(key, stream, {
    contentType: accepted.contentType,
    maxBytes: input.maxBytes,
  });
  return { ...accepted, key, size, sha256, sniffed };
}
