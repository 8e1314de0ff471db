import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { type S3rver, startS3rver } from './s3rver-harness.ts';
import { readAll, storageSuite } from './storage-suite.ts';

// The SDK warns once that its 2027 releases will need Node 22; not news in a test run.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const PART = 5 * 1024 * 1024;
let server: S3rver | undefined;
const shared = async () => {
  server ??= await startS3rver();
  return server;
};
after(async () => {
  await server?.stop();
});

storageSuite('s3 (s3rver)', async () => {
  const storage = await (await shared()).storage('shafaf-suite', { partSize: PART });
  return {
    storage,
    partSize: PART,
    listAll: async () => {
      const out = await storage.client.send(new ListObjectsV2Command({ Bucket: storage.bucket }));
      return (out.Contents ?? []).map((o) => o.Key ?? '').sort();
    },
    cleanup: async () => {},
  };
});

describe('S3Storage specifics', () => {
  let s3: S3rver;
  before(async () => {
    s3 = await shared();
  });

  test('a multipart upload (3 parts) round-trips, and keeps its media type', async () => {
    const storage = await s3.storage('shafaf-multipart', { partSize: PART, queueSize: 2 });
    const data = Buffer.alloc(PART * 2 + 12345);
    for (let i = 0; i + 4 <= data.length; i += 4) data.writeUInt32LE(i, i);
    const out = await storage.put('r/big.bin', Readable.from([data]), {
      contentType: 'application/vnd.apache.parquet',
      maxBytes: data.length,
    });
    assert.equal(out.size, data.length);
    const got = await storage.get('r/big.bin');
    assert.equal(got.contentType, 'application/vnd.apache.parquet');
    assert.ok((await readAll(got.stream)).equals(data));
    const tail = await storage.get('r/big.bin', { start: PART - 2, end: PART + 1 });
    assert.ok((await readAll(tail.stream)).equals(data.subarray(PART - 2, PART + 2)));
  });

  test('an oversized multipart upload is aborted, never completed', async () => {
    const storage = await s3.storage('shafaf-abort', { partSize: PART, queueSize: 1 });
    const sent: string[] = [];
    storage.client.middlewareStack.add(
      (next, context) => async (args) => {
        sent.push(String(context.commandName));
        return next(args);
      },
      { step: 'initialize' },
    );
    // More than one part, then (once the first part is on its way) enough to pass the limit.
    async function* source() {
      for (let n = 0; n <= PART; n += 65536) yield randomBytes(65536);
      const until = Date.now() + 10_000;
      while (!sent.includes('UploadPartCommand') && Date.now() < until)
        await new Promise((r) => setTimeout(r, 10));
      yield randomBytes(PART);
    }
    await assert.rejects(
      () =>
        storage.put('r/huge.bin', Readable.from(source()), {
          contentType: 'application/octet-stream',
          maxBytes: PART + 1024 * 1024,
        }),
      { code: 'files.too_large' },
    );
    assert.ok(sent.includes('CreateMultipartUploadCommand'), sent.join());
    assert.ok(sent.includes('AbortMultipartUploadCommand'), sent.join());
    assert.ok(!sent.includes('CompleteMultipartUploadCommand'), sent.join());
    assert.equal(await storage.exists('r/huge.bin'), false);
  });

  test('buckets are separate', async () => {
    const a = await s3.storage('shafaf-a');
    const b = await s3.storage('shafaf-b');
    await a.put('k.txt', Readable.from([Buffer.from('a')]), { contentType: 'text/plain', maxBytes: 10 });
    assert.equal(await a.exists('k.txt'), true);
    assert.equal(await b.exists('k.txt'), false);
  });
});
