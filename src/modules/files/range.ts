// Byte ranges: resolving a requested range against an object's size, and reading an HTTP Range header.
import { AppError } from '../../kernel/errors.ts';
import type { ByteRange } from './storage.ts';

const unsatisfiable = (size: number) => new AppError('files.range_not_satisfiable', { size });

/** Resolves an optional range against `size` (clamping `end`); throws `files.range_not_satisfiable`. */
export function resolveRange(
  range: ByteRange | undefined,
  size: number,
): { start: number; end: number } | undefined {
  if (!range) return undefined;
  const { start } = range;
  const end = Math.min(range.end ?? size - 1, size - 1);
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || start >= size || end < start)
    throw unsatisfiable(size);
  return { start, end };
}

/**
 * Reads an HTTP `Range` header (`bytes=0-99`, `bytes=100-`, `bytes=-100`) for an object of `size` bytes.
 * Returns undefined when there is no header, it is malformed, or it asks for several ranges: the whole
 * object is then served (RFC 9110 allows ignoring Range). Throws `files.range_not_satisfiable`.
 */
export function parseRangeHeader(header: string | undefined, size: number): ByteRange | undefined {
  const m = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header ?? '');
  if (!m) return undefined;
  const [, first = '', last = ''] = m;
  if (first === '' && last === '') return undefined;
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0 || size === 0) throw unsatisfiable(size);
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? undefined : Number(last);
  if (end !== undefined && end < start) return undefined;
  return resolveRange({ start, end }, size);
}
