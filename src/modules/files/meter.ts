// A pass-through stream that counts bytes, hashes them with SHA-256 and stops past a size limit.
import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { AppError } from '../../kernel/errors.ts';

export function tooLarge(maxBytes: number): AppError {
  return new AppError('files.too_large', {
    max: maxBytes,
    maxMb: Math.round((maxBytes / 1048576) * 10) / 10,
  });
}

export class Meter extends Transform {
  /** Bytes seen so far (not named `size`: lib-storage would read it as the body length). */
  bytes = 0;
  /** The error that stopped the stream (e.g. `files.too_large`), if any. */
  failure: Error | undefined;
  private readonly hash = createHash('sha256');

  constructor(private readonly maxBytes: number) {
    super();
    if (!(maxBytes >= 0)) throw new RangeError('maxBytes must be a number ≥ 0');
  }

  override _transform(chunk: Buffer | string, _encoding: BufferEncoding, done: TransformCallback): void {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    this.bytes += bytes.length;
    if (this.bytes > this.maxBytes) {
      this.failure = tooLarge(this.maxBytes);
      done(this.failure);
      return;
    }
    this.hash.update(bytes);
    done(null, bytes);
  }

  /** SHA-256 of everything that went through, lowercase hex (call once, at the end). */
  sha256(): string {
    return this.hash.digest('hex');
  }
}
