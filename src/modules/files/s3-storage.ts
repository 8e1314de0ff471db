// S3Storage: objects in one bucket of any S3-compatible store. A put streams through a meter (size, SHA-256,
// limit) into a multipart upload (@aws-sdk/lib-storage); on any failure the upload is aborted, so no object
// and no orphan parts are left. Checksums are sent only when required, which every S3-compatible server takes.

import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  type GetObjectCommandOutput,
  HeadObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { AppError } from '../../kernel/errors.ts';
import { assertValidKey } from './keys.ts';
import { Meter } from './meter.ts';
import { resolveRange } from './range.ts';
import type { ByteRange, GetResult, HeadResult, PutOptions, PutResult, StorageBackend } from './storage.ts';

export interface S3StorageOptions {
  bucket: string;
  region: string;
  /** Empty or absent: the AWS endpoint of the region. */
  endpoint?: string;
  /** Absent: the SDK's default credential chain (environment, instance role…). */
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle?: boolean;
  /** Multipart part size in bytes (minimum 5 MiB; default 8 MiB). At most queueSize parts are in memory. */
  partSize?: number;
  queueSize?: number;
}

const DEFAULT_TYPE = 'application/octet-stream';

function statusOf(e: unknown): number | undefined {
  return e instanceof S3ServiceException ? e.$metadata.httpStatusCode : undefined;
}

const isNotFound = (e: unknown) =>
  statusOf(e) === 404 || (e instanceof Error && (e.name === 'NoSuchKey' || e.name === 'NotFound'));

export class S3Storage implements StorageBackend {
  readonly kind = 's3' as const;
  readonly client: S3Client;
  readonly bucket: string;
  private readonly partSize: number;
  private readonly queueSize: number;

  constructor(options: S3StorageOptions) {
    this.bucket = options.bucket;
    this.partSize = options.partSize ?? 8 * 1024 * 1024;
    this.queueSize = options.queueSize ?? 4;
    this.client = new S3Client({
      region: options.region,
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
      forcePathStyle: options.forcePathStyle ?? false,
      ...(options.accessKeyId
        ? {
            credentials: {
              accessKeyId: options.accessKeyId,
              secretAccessKey: options.secretAccessKey ?? '',
            },
          }
        : {}),
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async put(key: string, stream: Readable, options: PutOptions): Promise<PutResult> {
    try {
      assertValidKey(key);
    } catch (e) {
      stream.destroy();
      throw e;
    }
    const meter = new Meter(options.maxBytes);
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: key, Body: meter, ContentType: options.contentType },
      partSize: this.partSize,
      queueSize: this.queueSize,
      leavePartsOnError: false,
    });
    // Wait for both sides to settle: when the source fails or passes the limit, the upload sees the meter's
    // error, aborts the multipart upload and only then rejects; when the upload fails, the meter is stopped
    // so that the source does not wait forever on a reader that is gone.
    const uploaded = upload.done().catch((e: unknown) => {
      meter.destroy(e instanceof Error ? e : new Error(String(e)));
      throw e;
    });
    const [read, written] = await Promise.allSettled([pipeline(stream, meter), uploaded]);
    if (read.status === 'rejected') {
      stream.destroy();
      throw meter.failure ?? read.reason;
    }
    if (written.status === 'rejected') throw meter.failure ?? written.reason;
    return { size: meter.bytes, sha256: meter.sha256() };
  }

  async get(key: string, range?: ByteRange): Promise<GetResult> {
    assertValidKey(key);
    const wellFormed = (r: ByteRange) =>
      Number.isSafeInteger(r.start) &&
      r.start >= 0 &&
      (r.end === undefined || (Number.isSafeInteger(r.end) && r.end >= r.start));
    // S3 would ignore a malformed range and send everything: refuse it here, as the disk backend does.
    if (range && !wellFormed(range))
      throw new AppError('files.range_not_satisfiable', { size: (await this.head(key)).size });
    let out: GetObjectCommandOutput;
    try {
      out = await this.client.send(
        new GetObjectCommand({
          Bucket: this.bucket,
          Key: key,
          ...(range ? { Range: `bytes=${range.start}-${range.end ?? ''}` } : {}),
        }),
      );
    } catch (e) {
      if (isNotFound(e)) throw new AppError('files.not_found', { key });
      if (statusOf(e) === 416) {
        const size = await this.head(key).then((h) => h.size);
        throw new AppError('files.range_not_satisfiable', { size });
      }
      throw e;
    }
    const stream = out.Body as Readable;
    const contentType = out.ContentType ?? DEFAULT_TYPE;
    // `bytes start-end/size`; absent when the server sent the whole object (allowed by HTTP).
    const served = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(out.ContentRange ?? '');
    if (!range || !served) {
      const size = out.ContentLength ?? 0;
      return { stream, size, length: size, contentType };
    }
    const size = Number(served[3]);
    try {
      resolveRange(range, size); // some servers answer a range on an empty object with 206
    } catch (e) {
      stream.destroy();
      throw e;
    }
    const resolved = { start: Number(served[1]), end: Number(served[2]) };
    return { stream, size, length: resolved.end - resolved.start + 1, contentType, range: resolved };
  }

  async head(key: string): Promise<HeadResult> {
    assertValidKey(key);
    try {
      const out = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return { size: out.ContentLength ?? 0, contentType: out.ContentType ?? DEFAULT_TYPE };
    } catch (e) {
      if (isNotFound(e)) throw new AppError('files.not_found', { key });
      throw e;
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.head(key);
      return true;
    } catch (e) {
      if (e instanceof AppError && e.code === 'files.not_found') return false;
      throw e;
    }
  }

  async delete(key: string): Promise<void> {
    assertValidKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async close(): Promise<void> {
    this.client.destroy();
  }
}
