// Test helper: a real s3rver process on 127.0.0.1 (random port, temporary folder), and an S3Storage on it.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { S3Storage, type S3StorageOptions } from './s3-storage.ts';

export interface S3rver {
  endpoint: string;
  directory: string;
  /** A storage on a new bucket of this server. */
  storage(bucket: string, options?: Partial<S3StorageOptions>): Promise<S3Storage>;
  stop(): Promise<void>;
}

export async function startS3rver(): Promise<S3rver> {
  const directory = mkdtempSync(join(tmpdir(), 'shafaf-s3rver-'));
  const bin = createRequire(import.meta.url).resolve('s3rver/bin/s3rver.js');
  const child: ChildProcess = spawn(
    process.execPath,
    [bin, '-d', directory, '-a', '127.0.0.1', '-p', '0', '-s'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const killOnExit = () => child.kill('SIGKILL');
  process.on('exit', killOnExit);
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`s3rver did not start: ${output}`)), 20_000);
    const onData = (data: Buffer) => {
      output += data.toString();
      const m = /listening on [^\s:]+:(\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`s3rver exited (${code}): ${output}`));
    });
  });
  const endpoint = `http://127.0.0.1:${port}`;
  const storages: S3Storage[] = [];
  return {
    endpoint,
    directory,
    async storage(bucket, options = {}) {
      const storage = new S3Storage({
        bucket,
        region: 'us-east-1',
        endpoint,
        accessKeyId: 'S3RVER',
        secretAccessKey: 'S3RVER',
        forcePathStyle: true,
        ...options,
      });
      storages.push(storage);
      await storage.client.send(new CreateBucketCommand({ Bucket: bucket }));
      return storage;
    },
    async stop() {
      for (const s of storages) await s.close();
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 2000);
        await exited;
        clearTimeout(timer);
      }
      process.off('exit', killOnExit);
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
