// The behaviour every StorageBackend must have, written once and run against each backend.
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import type { StorageBackend } from './storage.ts';

export interface SuiteTarget {
  storage: StorageBackend;
  /** Everything the backend keeps (file paths or object keys), to check that nothing is left behind. */
  listAll(): Promise<string[]>;
  /** Multipart part size, when the backend has one: the oversize test then goes past the first part. */
  partSize?: number;
  cleanup(): Promise<void>;
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** A stream of `data` in chunks of uneven sizes, as a network upload gives. */
export function chunked(data: Buffer): Readable {
  const chunks: Buffer[] = [];
  for (let at = 0, i = 0; at < data.length; i++) {
    const size = 1 + ((i * 7919) % 65536);
    chunks.push(data.subarray(at, at + size));
    at += size;
  }
  return Readable.from(chunks, { objectMode: false });
}

export async function readAll(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts);
}

const BAD_KEYS = [
  '',
  '../x',
  'a/../../x',
  '/etc/passwd',
  'a//b',
  'a/',
  '.hidden',
  'a/./b',
  'a b',
  'é.csv',
  'a\\b',
];

export function storageSuite(name: string, setup: () => Promise<SuiteTarget>): void {
  describe(`StorageBackend: ${name}`, () => {
    let t: SuiteTarget;
    before(async () => {
      t = await setup();
    });
    after(async () => {
      await t?.cleanup();
    });
    const put = (key: string, data: Buffer, maxBytes = 64 * 1024 * 1024, contentType = 'text/csv') =>
      t.storage.put(key, chunked(data), { contentType, maxBytes });

    test('round trip of a random 5 MB file is byte-identical, with size and SHA-256', async () => {
      const data = randomBytes(5 * 1024 * 1024);
      const out = await put('resources/r1/data.bin', data, 5 * 1024 * 1024, 'application/octet-stream');
      assert.deepEqual(out, { size: data.length, sha256: sha256(data) });
      const got = await t.storage.get('resources/r1/data.bin');
      assert.equal(got.size, data.length);
      assert.equal(got.length, data.length);
      assert.equal(got.contentType, 'application/octet-stream');
      assert.equal(got.range, undefined);
      const back = await readAll(got.stream);
      assert.equal(sha256(back), sha256(data));
      assert.ok(back.equals(data));
      assert.deepEqual(await t.storage.head('resources/r1/data.bin'), {
        size: data.length,
        contentType: 'application/octet-stream',
      });
      assert.equal(await t.storage.exists('resources/r1/data.bin'), true);
    });

    test('range reads: start-end, open end, clamped end, last byte; outside the file is refused', async () => {
      const data = randomBytes(100_000);
      await put('ranges/a.csv', data);
      const read = async (start: number, end?: number) => {
        const got = await t.storage.get('ranges/a.csv', end === undefined ? { start } : { start, end });
        return { got, bytes: await readAll(got.stream) };
      };
      let r = await read(10, 19);
      assert.ok(r.bytes.equals(data.subarray(10, 20)));
      assert.deepEqual(r.got.range, { start: 10, end: 19 });
      assert.equal(r.got.length, 10);
      assert.equal(r.got.size, 100_000);
      assert.equal(r.got.contentType, 'text/csv');
      r = await read(99_000);
      assert.ok(r.bytes.equals(data.subarray(99_000)));
      assert.deepEqual(r.got.range, { start: 99_000, end: 99_999 });
      r = await read(50_000, 10_000_000);
      assert.ok(r.bytes.equals(data.subarray(50_000)));
      assert.equal(r.got.length, 50_000);
      r = await read(99_999, 99_999);
      assert.ok(r.bytes.equals(data.subarray(99_999)));
      await assert.rejects(() => t.storage.get('ranges/a.csv', { start: 100_000 }), {
        code: 'files.range_not_satisfiable',
      });
      await assert.rejects(() => t.storage.get('ranges/a.csv', { start: -1 }), {
        code: 'files.range_not_satisfiable',
      });
      await assert.rejects(() => t.storage.get('ranges/a.csv', { start: 5, end: 4 }), {
        code: 'files.range_not_satisfiable',
      });
    });

    test('an oversized upload is aborted with files.too_large and leaves nothing behind', async () => {
      const before = await t.listAll();
      await assert.rejects(() => put('big/one.bin', randomBytes(300_000), 200_000), {
        code: 'files.too_large',
        status: 413,
        params: { max: 200_000, maxMb: 0.2 },
      });
      if (t.partSize) {
        // Past the first part of a multipart upload: the upload is started, then aborted.
        const max = t.partSize + 1024 * 1024;
        await assert.rejects(() => put('big/two.bin', randomBytes(t.partSize! * 2 + 10), max), {
          code: 'files.too_large',
        });
      }
      assert.equal(await t.storage.exists('big/one.bin'), false);
      assert.equal(await t.storage.exists('big/two.bin'), false);
      assert.deepEqual(await t.listAll(), before);
    });

    test('a file of exactly maxBytes is accepted; an empty file too', async () => {
      const data = randomBytes(4096);
      assert.equal((await put('exact/a.bin', data, 4096)).size, 4096);
      const empty = await put('exact/empty.txt', Buffer.alloc(0), 10, 'text/plain');
      assert.deepEqual(empty, { size: 0, sha256: sha256(Buffer.alloc(0)) });
      const got = await t.storage.get('exact/empty.txt');
      assert.equal((await readAll(got.stream)).length, 0);
      assert.equal(got.size, 0);
      await assert.rejects(() => t.storage.get('exact/empty.txt', { start: 0 }), {
        code: 'files.range_not_satisfiable',
      });
    });

    test('put replaces; an oversized replacement keeps the old content', async () => {
      await put('over/a.txt', Buffer.from('first'));
      await put('over/a.txt', Buffer.from('second'), 100, 'text/plain');
      await assert.rejects(() => put('over/a.txt', randomBytes(1000), 100), { code: 'files.too_large' });
      const got = await t.storage.get('over/a.txt');
      assert.equal((await readAll(got.stream)).toString(), 'second');
      assert.equal(got.contentType, 'text/plain');
    });

    test('a failing source stream rejects the put and leaves nothing', async () => {
      const before = await t.listAll();
      async function* failing() {
        yield randomBytes(10_000);
        throw new Error('connection reset');
      }
      await assert.rejects(
        () => t.storage.put('fail/a.bin', Readable.from(failing()), { contentType: 'x/y', maxBytes: 1e9 }),
        /connection reset/,
      );
      assert.equal(await t.storage.exists('fail/a.bin'), false);
      assert.deepEqual(await t.listAll(), before);
    });

    test('delete removes; missing keys are not found; deleting twice is fine', async () => {
      await put('del/a.txt', Buffer.from('x'));
      await t.storage.delete('del/a.txt');
      assert.equal(await t.storage.exists('del/a.txt'), false);
      await assert.rejects(() => t.storage.get('del/a.txt'), { code: 'files.not_found', status: 404 });
      await assert.rejects(() => t.storage.head('del/a.txt'), { code: 'files.not_found' });
      await t.storage.delete('del/a.txt');
      await t.storage.delete('del/never');
    });

    test('bad keys are refused with files.invalid_key by every operation', async () => {
      for (const key of BAD_KEYS) {
        const code = { code: 'files.invalid_key' };
        await assert.rejects(() => put(key, Buffer.from('x')), code, `put ${JSON.stringify(key)}`);
        await assert.rejects(() => t.storage.get(key), code, key);
        await assert.rejects(() => t.storage.head(key), code, key);
        await assert.rejects(() => t.storage.exists(key), code, key);
        await assert.rejects(() => t.storage.delete(key), code, key);
      }
      assert.ok(!(await t.listAll()).some((p) => p.includes('passwd') || p.endsWith('/x')));
    });

    test('concurrent puts of different keys each keep their own bytes', async () => {
      const files = Array.from({ length: 8 }, (_, i) => ({
        key: `many/f${i}.bin`,
        data: randomBytes(300_000),
      }));
      const results = await Promise.all(files.map((f) => put(f.key, f.data)));
      for (const [i, f] of files.entries()) {
        assert.equal(results[i]!.sha256, sha256(f.data));
        assert.ok((await readAll((await t.storage.get(f.key)).stream)).equals(f.data));
      }
    });
  });
}
