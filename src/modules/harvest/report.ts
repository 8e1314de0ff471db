// What a run reports: counts, and for each failed item its reason as an error code, parameters and fields
// (rendered in the reader's language when shown).
import { type FieldError, isAppError } from '../../kernel/errors.ts';

export interface ItemReport {
  remoteId: string;
  title: string;
  code: string;
  params: Record<string, string | number>;
  fields?: Record<string, FieldError>;
}

export interface RunSummary {
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
  failed: number;
}

/** What a failure says: an AppError's code, parameters and fields; anything else is an internal error. */
export function describe(err: unknown): Omit<ItemReport, 'remoteId' | 'title'> {
  if (isAppError(err))
    return { code: err.code, params: err.params, ...(err.fields ? { fields: err.fields } : {}) };
  return { code: 'http.internal', params: {} };
}
