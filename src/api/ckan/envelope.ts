// CKAN's response shapes: `{help, success: true, result}`, and for errors `{help, success: false, error:
// {__type, message, <field>: [messages]}}` with CKAN's status codes. Request-level refusals (unknown action,
// bad JSON, GET on a write action) are a bare JSON string, as CKAN sends them.
import type { I18n, MessageKey } from '../../i18n/index.ts';
import { hasMessage } from '../../i18n/index.ts';
import type { AppError } from '../../kernel/errors.ts';

export const helpUrl = (baseUrl: string, action: string) =>
  `${baseUrl}/api/3/action/help_show?name=${encodeURIComponent(action)}`;

/** Our field names → CKAN's, per kind of object (the first path segment of a field is renamed). */
export type FieldNames = Readonly<Record<string, string>>;

export const bareCodes = new Set([
  'ckan.action_unknown',
  'ckan.json_invalid',
  'ckan.body_not_object',
  'ckan.post_required',
  'http.bad_request',
  'http.unsupported_media_type',
]);

export interface CkanErrorResponse {
  status: number;
  body: unknown;
}

function message(error: AppError, i18n: I18n): string {
  const key = `error.${error.code}`;
  return hasMessage(key) ? i18n.t(key as MessageKey, error.params) : error.code;
}

/** `title.fr` → `title`, `organization` → `owner_org`, `tags.0` → `tags`, `resources.1.url` kept whole. */
export function ckanFieldName(name: string, names: FieldNames): string {
  if (name.startsWith('resources.')) {
    const [, i, field = ''] = /^resources\.(\d+)\.?([^.]*)/.exec(name) ?? [];
    return `resources.${i}.${names[field] ?? field}`.replace(/\.$/, '');
  }
  const head = name.split('.')[0]!;
  return names[head] ?? head;
}

export function ckanError(
  error: AppError,
  i18n: I18n,
  help: string,
  names: FieldNames = {},
): CkanErrorResponse {
  const text = message(error, i18n);
  if (bareCodes.has(error.code)) return { status: 400, body: text };
  const fail = (status: number, err: Record<string, unknown>) => ({
    status,
    body: { help, success: false, error: err },
  });
  if (error.fields && Object.keys(error.fields).length) {
    const err: Record<string, unknown> = { __type: 'Validation Error', message: text };
    for (const [name, f] of Object.entries(error.fields)) {
      const key = ckanFieldName(name, names);
      const list = (err[key] as string[] | undefined) ?? [];
      const msg = i18n.t(`field.${f.reason}` as MessageKey, f.params);
      if (!list.includes(msg)) list.push(msg);
      err[key] = list;
    }
    return fail(409, err);
  }
  if (error.code === 'ckan.search_query_invalid' || error.code.startsWith('search.'))
    return fail(400, { __type: 'Search Query Error', message: text });
  if (error.status === 401 || error.status === 403)
    return fail(403, {
      __type: 'Authorization Error',
      message: i18n.t('ckan.access_denied', { detail: text }),
    });
  if (error.status === 404)
    return fail(404, { __type: 'Not Found Error', message: i18n.t('ckan.not_found', { detail: text }) });
  if (error.status === 429) return fail(429, { __type: 'Rate Limit Error', message: text });
  if (error.status >= 500) return fail(500, { __type: 'Internal Server Error', message: text });
  // Any other refusal of the input (a conflict, a file of the wrong type…) is a validation error in CKAN.
  return fail(409, { __type: 'Validation Error', message: text });
}
