import { type ErrorCode, errorCodes, type FieldReason } from './error-codes.ts';

export interface FieldError {
  reason: FieldReason;
  /** Values for the message, e.g. { max: 200 }. */
  params?: Record<string, string | number>;
}

/** The one error type of the application. The error handler renders it as JSON, CKAN envelope or HTML. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly fields?: Record<string, FieldError>,
  ) {
    super(code);
    this.name = 'AppError';
    this.status = errorCodes[code];
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;

export const notFound = (what = 'http.not_found' as ErrorCode, params?: Record<string, string | number>) =>
  new AppError(what, params);

export function validationError(fields: Record<string, FieldError>): AppError {
  return new AppError('http.validation', {}, fields);
}
