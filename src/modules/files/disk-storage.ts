// DiskStorage: objects are files under a root folder (DATA_DIR/files). A put streams into a temporary file in
// the target folder, then renames it over the key, so readers never see a partial file and a failed or
// oversized upload leaves nothing. The media type is kept beside the file in `.<name>.meta.json`.
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import {
  type FileHandle,
  mkdir,
  open,
  readFile,
  rename,
  rm,
  stat,
  unlink,
  writeFile,
} from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../kernel/errors.ts';
import { assertValidKey } from './keys.ts';
import { Meter } from './meter.ts';
import { resolveRange } from './range.ts';
import type { ByteRange, GetResult, HeadResult, PutOptions, PutResult, StorageBackend } from './storage.ts';

const DEFAULT_TYPE = 'application/octet-stream';
const MISSING = new Set(['ENOENT', 'ENOTDIR']);
const isMissing = (e: unknown) => MISSING.has((e as NodeJS.ErrnoException)?.code ?? '');

export class DiskStorage implements StorageBackend {
  readonly kind = 'disk' as const;
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  /** Absolute path of a key; refuses invalid keys and anything outside the root. */
  pathOf(key: string): string {
    assertValidKey(key);
    const path = resolve(this.root, key);
    if (!path.startsWith(this.root + sep)) throw new AppError('files.invalid_key', { key });
    return path;
  }

  private metaOf(path: string): string {
    return join(dirname(path), `.${basename(path)}.meta.json`);
  }

  private async contentTypeOf(path: string): Promise<string> {
    try {
      const meta = JSON.parse(await readFile(this.metaOf(path), 'utf8')) as { contentType?: unknown };
      return typeof meta.contentType === 'string' ? meta.contentType : DEFAULT_TYPE;
    } catch {
      return DEFAULT_TYPE;
    }
  }

  async put(key: string, stream: Readable, options: PutOptions): Promise<PutResult> {
    let meter: Meter | undefined;
    let temp: string | undefined;
    try {
      const path = this.pathOf(key);
      meter = new Meter(options.maxBytes);
      await mkdir(dirname(path), { recursive: true });
      temp = join(dirname(path), `.tmp-${randomBytes(8).toString('hex')}`);
      // `flush`: the data reaches the disk before the rename makes it visible.
      await pipeline(stream, meter, createWriteStream(temp, { flags: 'wx', mode: 0o644, flush: true }));
      await writeFile(`${temp}.meta`, JSON.stringify({ contentType: options.contentType }), { flag: 'wx' });
      await rename(`${temp}.meta`, this.metaOf(path));
      await rename(temp, path);
      return { size: meter.bytes, sha256: meter.sha256() };
    } catch (e) {
      stream.destroy();
      if (temp) {
        await rm(temp, { force: true });
        await rm(`${temp}.meta`, { force: true });
      }
      throw meter?.failure ?? e;
    }
  }

  async get(key: string, range?: ByteRange): Promise<GetResult> {
    const path = this.pathOf(key);
    let file: FileHandle;
    try {
      file = await open(path, 'r');
    } catch (e) {
      if (isMissing(e)) throw new AppError('files.not_found', { key });
      throw e;
    }
    try {
      const info = await file.stat();
      if (!info.isFile()) throw new AppError('files.not_found', { key });
      const resolved = resolveRange(range, info.size);
      const contentType = await this.contentTypeOf(path);
      const stream = file.createReadStream(resolved ? { start: resolved.start, end: resolved.end } : {});
      const length = resolved ? resolved.end - resolved.start + 1 : info.size;
      return { stream, size: info.size, length, contentType, ...(resolved ? { range: resolved } : {}) };
    } catch (e) {
      await file.close();
      throw e;
    }
  }

  async head(key: string): Promise<HeadResult> {
    const path = this.pathOf(key);
    const info = await stat(path).catch((e) => {
      if (isMissing(e)) return undefined;
      throw e;
    });
    if (!info?.isFile()) throw new AppError('files.not_found', { key });
    return { size: info.size, contentType: await this.contentTypeOf(path) };
  }

  async exists(key: string): Promise<boolean> {
    const path = this.pathOf(key);
    try {
      return (await stat(path)).isFile();
    } catch (e) {
      if (isMissing(e)) return false;
      throw e;
    }
  }

  async delete(key: string): Promise<void> {
    if (!(await this.exists(key))) return;
    const path = this.pathOf(key);
    await unlink(path).catch((e) => {
      if (!isMissing(e)) throw e;
    });
    await rm(this.metaOf(path), { force: true });
  }

  async close(): Promise<void> {}
}
