// Shared parts of the administration pages: request helpers, buttons whose accessible name says what they act
// on, breadcrumbs, paging links, and one page definition per form action (the page is shown again on errors).
import type { ComponentChildren, VNode } from 'preact';
import type { I18n, MessageKey } from '../../../i18n/index.ts';
import { AppError, type FieldError } from '../../../kernel/errors.ts';
import type { FormDef, FormResult, PageContext, PageDef } from '../../../web/page.ts';

export const query = (ctx: PageContext): Record<string, string | undefined> =>
  (ctx.req.query ?? {}) as Record<string, string | undefined>;
export const param = (ctx: PageContext, name: string): string =>
  (ctx.req.params as Record<string, string | undefined>)[name] ?? '';
/** A path after the language prefix, in the page's language. */
export const href = (i18n: I18n, path: string): string => `/${i18n.locale}${path}`;
export const seg = encodeURIComponent;

/** Translation of a computed key (role, state, kind names). */
export const tk = (i18n: I18n, key: string): string => i18n.t(key as MessageKey);

export const dateTime = (i18n: I18n, iso: string | null | undefined): string =>
  iso ? i18n.d(iso, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Africa/Casablanca' }) : '—';

/** A submit button: visible verb, and the object acted on for screen readers ("Remove" + " Alice"). */
export function ActButton(p: {
  label: string;
  object?: string;
  danger?: boolean;
  name?: string;
  value?: string;
  secondary?: boolean;
}) {
  return (
    <button
      type="submit"
      name={p.name}
      value={p.value}
      class={p.danger ? 'danger' : p.secondary ? 'secondary' : undefined}
    >
      {p.label}
      {p.object && <span class="visually-hidden"> {p.object}</span>}
    </button>
  );
}

/** A one-button form posting hidden values. */
export function PostButton(p: {
  action: string;
  csrf: string;
  label: string;
  object?: string;
  hidden?: Record<string, string>;
  danger?: boolean;
}) {
  return (
    <form method="post" action={p.action} class="inline-form">
      <input type="hidden" name="_csrf" value={p.csrf} />
      {Object.entries(p.hidden ?? {}).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <ActButton label={p.label} object={p.object} danger={p.danger} />
    </form>
  );
}

/** A select without the shared Field wrapper, for per-row forms (its id must be unique on the page). */
export function RowSelect(p: {
  id: string;
  name: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
}) {
  return (
    <>
      <label for={p.id} class="visually-hidden">
        {p.label}
      </label>
      <select id={p.id} name={p.name}>
        {p.options.map((o) => (
          <option key={o.value} value={o.value} selected={o.value === p.value}>
            {o.label}
          </option>
        ))}
      </select>
    </>
  );
}

export function Breadcrumbs({ i18n, items }: { i18n: I18n; items: { href: string; label: string }[] }) {
  return (
    <nav aria-label={i18n.t('admin.breadcrumbs')} class="breadcrumbs">
      <ol>
        {items.map((it) => (
          <li key={it.href}>
            <a href={it.href}>{it.label}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** "Results 21–40 of 57", with previous/next links that keep the filters. */
export function Pager(p: {
  i18n: I18n;
  path: string;
  params: Record<string, string | undefined>;
  total: number;
  limit: number;
  offset: number;
}) {
  const { i18n, total, limit, offset } = p;
  const { t } = i18n;
  const link = (o: number) => {
    const s = new URLSearchParams();
    for (const [k, v] of Object.entries(p.params)) if (v) s.set(k, v);
    s.set('limit', String(limit));
    s.set('offset', String(o));
    return `${href(i18n, p.path)}?${s}`;
  };
  const from = total === 0 ? 0 : Math.min(offset + 1, total);
  const to = Math.min(offset + limit, total);
  return (
    <nav class="pager" aria-label={t('admin.pager.label')}>
      <p>{t('admin.pager.range', { from, to, total })}</p>
      <ul class="inline-list">
        {offset > 0 && (
          <li>
            <a href={link(Math.max(offset - limit, 0))} rel="prev">
              {t('admin.pager.previous')}
            </a>
          </li>
        )}
        {offset + limit < total && (
          <li>
            <a href={link(offset + limit)} rel="next">
              {t('admin.pager.next')}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

export function Section(p: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={p.id}>
      <h2 id={p.id}>{p.title}</h2>
      {p.children}
    </section>
  );
}

/** Gives the field errors of a service the names of this page's fields. */
export function renameFields(err: unknown, names: Record<string, string>): unknown {
  if (!(err instanceof AppError) || !err.fields) return err;
  const fields: Record<string, FieldError> = {};
  for (const [k, v] of Object.entries(err.fields)) fields[names[k] ?? k] = v;
  return new AppError(err.code, err.params, fields);
}

/** A page whose view knows which of its forms was submitted (to show that form's errors only). */
export type ActiveView<D> = (data: D, ctx: PageContext, active?: string) => VNode;

export function page<D>(base: Omit<PageDef<D>, 'view'>, view: ActiveView<D>): PageDef<D> {
  return { ...base, view: (d, c) => view(d, c) };
}

/** The same page answering a form action at `path`: GET shows the page, POST runs `submit`. */
export function action<D>(
  base: Omit<PageDef<D>, 'view' | 'path'>,
  view: ActiveView<D>,
  path: string,
  active: string,
  submit: (ctx: PageContext, body: Record<string, string>) => Promise<FormResult>,
): FormDef<D> {
  return { ...base, path, view: (d, c) => view(d, c, active), submit };
}

/** The form state of `name` when it is the form that was submitted. */
export const formOf = (ctx: PageContext, active: string | undefined, name: string) =>
  active === name ? ctx.form : undefined;
