import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, describe, test } from 'node:test';
import { configWith } from '../../config.ts';
import { createStorage, DiskStorage, S3Storage } from './index.ts';
import { chunked, storageSuite } from './storage-suite.ts';

function listFiles(root: string): string[] {
  try {
    return readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => relative(root, join(d.parentPath ?? d.path, d.name)))
      .sort();
  } catch {
    return [];
  }
}

// createStorage builds an S3 client: the SDK warns once that its 2027 releases will need Node 22.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

storageSuite('disk', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'shafaf-files-'));
  const storage = new DiskStorage(join(dir, 'files'));
  return {
    storage,
    listAll: async () => listFiles(storage.root),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

describe('DiskStorage specifics', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shafaf-files-'));
  const storage = new DiskStorage(join(dir, 'files'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('a key is a file under the root, its media type beside it, and no temporary file is left', async () => {
    await storage.put('org/ds/data.csv', chunked(Buffer.from('a,b\n1,2\n')), {
      contentType: 'text/csv; charset=utf-8',
      maxBytes: 100,
    });
    assert.equal(readFileSync(join(storage.root, 'org/ds/data.csv'), 'utf8'), 'a,b\n1,2\n');
    assert.deepEqual(listFiles(storage.root), ['org/ds/.data.csv.meta.json', 'org/ds/data.csv']);
    assert.equal((await storage.head('org/ds/data.csv')).contentType, 'text/csv; charset=utf-8');
  });

  test('an oversized upload leaves the folder exactly as it was', async () => {
    const before = listFiles(storage.root);
    await assert.rejects(
      () =>
        storage.put('org/ds/big.csv', chunked(Buffer.alloc(2_000_000, 65)), {
          contentType: 't',
          maxBytes: 1e6,
        }),
      { code: 'files.too_large' },
    );
    assert.deepEqual(listFiles(storage.root), before);
    assert.deepEqual(readdirSync(join(storage.root, 'org/ds')).sort(), ['.data.csv.meta.json', 'data.csv']);
  });

  test('path tricks never reach outside the root', () => {
    for (const key of ['../escape', 'a/../../escape', '/tmp/escape', 'a/..', '..']) {
      assert.throws(() => storage.pathOf(key), { code: 'files.invalid_key' });
    }
    assert.equal(storage.pathOf('a/b.c'), join(storage.root, 'a/b.c'));
  });

  test('a folder is not a file', async () => {
    assert.equal(await storage.exists('org/ds'), false);
    await assert.rejects(() => storage.get('org'), { code: 'files.not_found' });
    await storage.delete('org');
    assert.equal(await storage.exists('org/ds/data.csv'), true);
  });
});

describe('createStorage', () => {
  test('disk by default, under DATA_DIR/files', () => {
    const storage = createStorage(configWith({ DATA_DIR: '/srv/shafaf' }));
    assert.ok(storage instanceof DiskStorage);
    assert.equal(storage.root, '/srv/shafaf/files');
  });

  test('s3 needs a bucket, and a secret with an access key', async () => {
    assert.throws(() => createStorage(configWith({ STORAGE: 's3' })), { key: 'S3_BUCKET' });
    assert.throws(() => createStorage(configWith({ STORAGE: 's3', S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'k' })), {
      key: 'S3_SECRET_ACCESS_KEY',
    });
    const storage = createStorage(
      configWith({
        STORAGE: 's3',
        S3_BUCKET: 'shafaf',
        S3_ENDPOINT: 'http://127.0.0.1:9000',
        S3_ACCESS_KEY_ID: 'k',
        S3_SECRET_ACCESS_KEY: 's',
      }),
    );
    assert.ok(storage instanceof S3Storage);
    assert.equal(storage.bucket, 'shafaf');
    assert.equal(storage.client.config.forcePathStyle, true);
    await storage.close();
  });
});
