import { randomUUID } from 'node:crypto';

export const newId = (): string => randomUUID();

/** Timestamps are stored as ISO-8601 UTC text of fixed width on both databases (sortable as text). */
export const nowIso = (): string => new Date().toISOString();
export const isoAfter = (ms: number, from = Date.now()): string => new Date(from + ms).toISOString();
