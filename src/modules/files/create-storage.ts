// Chooses the storage backend from the configuration: STORAGE=disk (DATA_DIR/files) or STORAGE=s3 (S3_*).
import { join } from 'node:path';
import { type Config, ConfigError } from '../../config.ts';
import { DiskStorage } from './disk-storage.ts';
import { S3Storage } from './s3-storage.ts';
import type { StorageBackend } from './storage.ts';

type StorageConfig = Pick<
  Config,
  | 'STORAGE'
  | 'dataDir'
  | 'S3_ENDPOINT'
  | 'S3_REGION'
  | 'S3_BUCKET'
  | 'S3_ACCESS_KEY_ID'
  | 'S3_SECRET_ACCESS_KEY'
  | 'S3_FORCE_PATH_STYLE'
>;

export function createStorage(config: StorageConfig): StorageBackend {
  if (config.STORAGE !== 's3') return new DiskStorage(join(config.dataDir, 'files'));
  if (config.S3_BUCKET.trim() === '') throw new ConfigError('S3_BUCKET', 'must be set when STORAGE=s3');
  if (config.S3_ACCESS_KEY_ID !== '' && config.S3_SECRET_ACCESS_KEY === '')
    throw new ConfigError('S3_SECRET_ACCESS_KEY', 'must be set when S3_ACCESS_KEY_ID is');
  return new S3Storage({
    bucket: config.S3_BUCKET.trim(),
    region: config.S3_REGION,
    endpoint: config.S3_ENDPOINT.trim(),
    accessKeyId: config.S3_ACCESS_KEY_ID,
    secretAccessKey: config.S3_SECRET_ACCESS_KEY,
    forcePathStyle: config.S3_FORCE_PATH_STYLE,
  });
}
