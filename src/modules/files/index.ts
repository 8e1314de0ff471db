// The files module's public surface: storage backends, upload sniffing and policy. Import nothing else.
export { createStorage } from './create-storage.ts';
export { fileJobs, queueFileDeletion } from './delete-job.ts';
export { DiskStorage } from './disk-storage.ts';
export { extensionOf } from './extensions.ts';
export { assertValidKey, isValidKey, safeFileName } from './keys.ts';
export { type Peeked, peekStream } from './peek.ts';
export { parseRangeHeader, resolveRange } from './range.ts';
export { S3Storage, type S3StorageOptions } from './s3-storage.ts';
export { SNIFF_BYTES, type SniffResult, sniffFile } from './sniff.ts';
export type {
  ByteRange,
  GetResult,
  HeadResult,
  PutOptions,
  PutResult,
  StorageBackend,
} from './storage.ts';
export type { Delimiter, TextEncoding } from './text-sniff.ts';
export { type FileFamily, type FileType, fileTypes } from './types.ts';
export { type StoredUpload, storeUpload, type UploadInput } from './upload.ts';
export { type AcceptedUpload, checkUpload, type UploadCandidate } from './upload-policy.ts';
