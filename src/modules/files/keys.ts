// Storage keys: the same rules on every backend, so a key valid on disk is valid on S3 and back.
import { AppError } from '../../kernel/errors.ts';

const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/;
export const MAX_KEY_LENGTH = 512;

/**
 * A key is one or more `/`-separated segments of [A-Za-z0-9/_.-]. No segment is empty or starts with a dot
 * (so no `.`, `..`, hidden or temporary names), and there is no leading or trailing slash.
 */
export function isValidKey(key: string): boolean {
  if (typeof key !== 'string' || key.length === 0 || key.length > MAX_KEY_LENGTH) return false;
  return key.split('/').every((segment) => SEGMENT.test(segment));
}

/** Throws `files.invalid_key` unless `isValidKey(key)`. */
export function assertValidKey(key: string): void {
  if (!isValidKey(key)) throw new AppError('files.invalid_key', { key: String(key).slice(0, 100) });
}

/**
 * A key-safe version of a user's file name: letters other than [A-Za-z0-9] become `_`, the extension is kept,
 * and an empty result becomes `file`. Example: `تقرير 2024.csv` → `file_2024.csv`.
 */
export function safeFileName(name: string, maxLength = 100): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  const ext =
    dot > 0
      ? base
          .slice(dot + 1)
          .replace(/[^A-Za-z0-9]/g, '')
          .slice(0, 16)
      : '';
  const stem = (dot > 0 ? base.slice(0, dot) : base)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9_-]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^[_-]+|[_-]+$/g, '')
    .slice(0, Math.max(1, maxLength - ext.length - 1));
  const safeStem = stem === '' ? 'file' : stem;
  return ext ? `${safeStem}.${ext.toLowerCase()}` : safeStem;
}
