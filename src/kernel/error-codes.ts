// The catalogue of error codes: `<module>.<reason>` → HTTP status. Every code has a translated
// message `error.<code>` in src/i18n/messages and a line in docs/errors.md (both checked by tests).
export const errorCodes = {
  'http.bad_request': 400,
  'http.validation': 400,
  'http.not_found': 404,
  'http.method_not_allowed': 405,
  'http.payload_too_large': 413,
  'http.unsupported_media_type': 415,
  'http.rate_limited': 429,
  'http.internal': 500,
  'http.unavailable': 503,
  'auth.unauthenticated': 401,
  'auth.forbidden': 403,
  'auth.csrf': 403,
  'auth.invalid_credentials': 401,
  'auth.email_not_verified': 403,
  'auth.login_throttled': 429,
  'auth.token_invalid': 401,
  'auth.link_invalid': 400,
  'auth.signup_closed': 403,
  'accounts.user_not_found': 404,
  'accounts.organization_not_found': 404,
  'accounts.token_not_found': 404,
  'accounts.request_not_found': 404,
  'accounts.already_member': 409,
  'accounts.last_admin': 409,
  'accounts.last_sysadmin': 409,
  'accounts.member_not_found': 404,
  'catalog.dataset_not_found': 404,
  'catalog.resource_not_found': 404,
  'catalog.theme_not_found': 404,
  'jobs.unknown_kind': 400,
  'jobs.not_found': 404,
  'files.too_large': 413,
  'files.empty': 400,
  'files.type_not_allowed': 415,
  'files.type_mismatch': 400,
  'files.invalid_key': 400,
  'files.not_found': 404,
  'files.range_not_satisfiable': 416,
  'search.filter_too_complex': 400,
} as const;

export type ErrorCode = keyof typeof errorCodes;

/** Why a field was refused; each reason has a translated message `field.<reason>`. */
export const fieldReasons = [
  'required',
  'too_short',
  'too_long',
  'invalid_format',
  'invalid_value',
  'too_small',
  'too_large',
  'not_unique',
  'unknown_field',
] as const;
export type FieldReason = (typeof fieldReasons)[number];
