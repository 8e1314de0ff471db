import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, describe, test } from 'node:test';
import { DiskStorage, isValidKey, parseRangeHeader, peekStream, safeFileName, storeUpload } from './index.ts';
import { samples } from './samples.ts';
import { chunked, readAll } from './storage-suite.ts';

describe('storeUpload', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shafaf-upload-'));
  const storage = new DiskStorage(dir);
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('sniffs, checks and stores a Windows-1256 CSV with its charset', async () => {
    const data = Buffer.concat([samples.csvWindows1256, samples.csvWindows1256.subarray(60)]);
    const stored = await storeUpload(storage, 'r/1/villes.csv', {
      stream: chunked(data),
      name: 'مدن.csv',
      declaredType: 'application/vnd.ms-excel',
      maxBytes: 1e6,
    });
    assert.equal(stored.type, 'csv');
    assert.equal(stored.contentType, 'text/csv; charset=windows-1256');
    assert.equal(stored.sniffed.encoding, 'windows-1256');
    assert.equal(stored.size, data.length);
    assert.equal(stored.sha256, createHash('sha256').update(data).digest('hex'));
    const got = await storage.get('r/1/villes.csv');
    assert.equal(got.contentType, 'text/csv; charset=windows-1256');
    assert.ok((await readAll(got.stream)).equals(data));
  });

  test('a large upload streams through whole (first bytes replayed)', async () => {
    const data = Buffer.concat([samples.pdf, randomBytes(3 * 1024 * 1024)]);
    const stored = await storeUpload(storage, 'r/2/report.pdf', {
      stream: chunked(data),
      name: 'r.pdf',
      maxBytes: 1e8,
    });
    assert.equal(stored.size, data.length);
    assert.ok((await readAll((await storage.get('r/2/report.pdf')).stream)).equals(data));
  });

  test('refusals store nothing and destroy the input', async () => {
    const input = chunked(Buffer.concat([samples.pdf, randomBytes(100_000)]));
    await assert.rejects(
      () => storeUpload(storage, 'r/3/data.csv', { stream: input, name: 'data.csv', maxBytes: 1e6 }),
      {
        code: 'files.type_mismatch',
      },
    );
    assert.equal(input.destroyed, true);
    await assert.rejects(
      () =>
        storeUpload(storage, 'r/3/big.csv', {
          stream: chunked(Buffer.alloc(50_000, 'a,b\n')),
          name: 'b.csv',
          maxBytes: 1000,
        }),
      { code: 'files.too_large' },
    );
    await assert.rejects(
      () => storeUpload(storage, 'r/3/e.csv', { stream: Readable.from([]), name: 'e.csv', maxBytes: 1000 }),
      { code: 'files.empty' },
    );
    assert.deepEqual(readdirSync(join(dir, 'r/3')), []);
  });
});

describe('peekStream', () => {
  test('gives the first bytes and the whole stream again', async () => {
    const data = randomBytes(200_000);
    const { head, stream } = await peekStream(chunked(data), 16384);
    assert.ok(head.equals(data.subarray(0, 16384)));
    assert.ok((await readAll(stream)).equals(data));
  });

  test('a stream shorter than asked, and an empty one', async () => {
    let peeked = await peekStream(Readable.from([Buffer.from('abc')]), 100);
    assert.equal(peeked.head.toString(), 'abc');
    assert.equal((await readAll(peeked.stream)).toString(), 'abc');
    peeked = await peekStream(Readable.from([]), 100);
    assert.equal(peeked.head.length, 0);
    assert.equal((await readAll(peeked.stream)).length, 0);
  });

  test('an error of the source reaches the caller', async () => {
    async function* failing() {
      yield Buffer.alloc(10);
      throw new Error('reset');
    }
    await assert.rejects(() => peekStream(Readable.from(failing()), 100), /reset/);
    async function* late() {
      yield Buffer.alloc(200);
      throw new Error('late reset');
    }
    const { stream } = await peekStream(Readable.from(late()), 100);
    await assert.rejects(() => readAll(stream), /late reset/);
  });
});

test('parseRangeHeader', () => {
  const size = 1000;
  assert.deepEqual(parseRangeHeader('bytes=0-99', size), { start: 0, end: 99 });
  assert.deepEqual(parseRangeHeader('bytes=900-', size), { start: 900, end: 999 });
  assert.deepEqual(parseRangeHeader('bytes=-100', size), { start: 900, end: 999 });
  assert.deepEqual(parseRangeHeader('bytes=-5000', size), { start: 0, end: 999 });
  assert.deepEqual(parseRangeHeader('bytes=500-5000', size), { start: 500, end: 999 });
  for (const ignored of [undefined, '', 'bytes=0-1,5-6', 'items=0-1', 'bytes=-', 'bytes=9-3', 'bytes=a-b'])
    assert.equal(parseRangeHeader(ignored, size), undefined, String(ignored));
  for (const bad of ['bytes=1000-', 'bytes=-0', 'bytes=2000-3000'])
    assert.throws(() => parseRangeHeader(bad, size), {
      code: 'files.range_not_satisfiable',
      params: { size },
    });
  assert.throws(() => parseRangeHeader('bytes=-10', 0), { code: 'files.range_not_satisfiable' });
});

test('keys and safe file names', () => {
  for (const ok of ['a', 'resources/2f1c/data.csv', 'A-b_c.1/x.tar.gz'])
    assert.equal(isValidKey(ok), true, ok);
  for (const bad of ['', '..', 'a/..', '/a', 'a/', 'a//b', '.a', 'a/.b', 'a b', 'ا', 'a\\b', 'x'.repeat(513)])
    assert.equal(isValidKey(bad), false, bad);
  assert.equal(safeFileName('Budget 2024 (final).XLSX'), 'Budget_2024_final.xlsx');
  assert.equal(safeFileName('تقرير 2024.csv'), '2024.csv');
  assert.equal(safeFileName('تقرير.csv'), 'file.csv');
  assert.equal(safeFileName('C:\\Users\\me\\données.csv'), 'donnees.csv');
  assert.equal(safeFileName('../../etc/passwd'), 'passwd');
  assert.equal(safeFileName('.env'), 'env');
  for (const name of ['تقرير.csv', '...', '.', `${'a'.repeat(500)}.csv`])
    assert.ok(isValidKey(safeFileName(name)), name);
});
