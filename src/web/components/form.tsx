// Accessible form parts: labels tied to inputs, inline errors named by aria-describedby, an error summary
// linking to each bad field. Everything works without JavaScript.
import type { ComponentChildren } from 'preact';
import type { FormState } from '../page.ts';

export function Form(props: {
  action: string;
  csrf: string;
  children: ComponentChildren;
  class?: string;
  enctype?: string;
  id?: string;
}) {
  return (
    <form
      method="post"
      action={props.action}
      class={props.class ?? 'form'}
      enctype={props.enctype}
      id={props.id}
      noValidate
    >
      <input type="hidden" name="_csrf" value={props.csrf} />
      {props.children}
    </form>
  );
}

const fieldId = (name: string) => `f-${name.replace(/[^\w-]/g, '-')}`;

/** The form-level error and the list of field errors, each a link to its field; with `labels` (field name →
 *  its label) each error says which field it is about, so two "This field is required." can be told apart. */
export function ErrorSummary({
  form,
  title,
  labels,
}: {
  form?: FormState;
  title: string;
  labels?: Record<string, string>;
}) {
  if (!form?.error) return null;
  const fields = Object.entries(form.error.fields ?? {});
  return (
    <div
      class="error-summary"
      role="alert"
      aria-labelledby="error-summary-title"
      tabindex={-1}
      id="error-summary"
    >
      <h2 id="error-summary-title">{fields.length ? title : form.error.message}</h2>
      {fields.length > 0 && (
        <ul>
          {fields.map(([name, f]) => (
            <li key={name}>
              <a href={`#${fieldId(name)}`}>
                {labels?.[name] ? `${labels[name]} — ${f.message}` : f.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export interface FieldProps {
  name: string;
  label: string;
  form?: FormState;
  value?: string;
  type?: 'text' | 'email' | 'password' | 'url' | 'number' | 'search' | 'date';
  autocomplete?: string;
  required?: boolean;
  hint?: string;
  lang?: string;
  dir?: 'rtl' | 'ltr' | 'auto';
  multiline?: boolean;
  /** Values the browser offers while typing (a <datalist>): the field still takes any text. */
  suggestions?: readonly { value: string; label: string }[];
}

/** A labelled input whose error (from the last submission) is announced with it. */
export function Field(p: FieldProps) {
  const id = fieldId(p.name);
  const error = p.form?.error?.fields?.[p.name];
  const value = p.type === 'password' ? undefined : (p.form?.values[p.name] ?? p.value ?? '');
  const described =
    [p.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: p.name,
    required: p.required,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': described,
    lang: p.lang,
    dir: p.dir,
  };
  return (
    <div class={error ? 'field field-error' : 'field'}>
      <label for={id}>{p.label}</label>
      {p.hint && (
        <p class="hint" id={`${id}-hint`}>
          {p.hint}
        </p>
      )}
      {error && (
        <p class="error-text" id={`${id}-error`}>
          {error.message}
        </p>
      )}
      {p.multiline ? (
        <textarea {...common} rows={5}>
          {value}
        </textarea>
      ) : (
        <input
          {...(common as any)}
          type={p.type ?? 'text'}
          value={value}
          autocomplete={p.autocomplete}
          list={p.suggestions?.length ? `${id}-list` : undefined}
        />
      )}
      {!p.multiline && p.suggestions?.length ? (
        <datalist id={`${id}-list`}>
          {p.suggestions.map((o) => (
            <option key={o.value} value={o.value} label={o.label} />
          ))}
        </datalist>
      ) : null}
    </div>
  );
}

/** An e-mail address field: always left-to-right, required, with the browser's autofill hint. */
export function EmailField(p: { label: string; form?: FormState; autocomplete?: 'email' | 'username' }) {
  return (
    <Field
      name="email"
      type="email"
      label={p.label}
      autocomplete={p.autocomplete ?? 'email'}
      dir="ltr"
      required
      form={p.form}
    />
  );
}

export function Select(p: {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  form?: FormState;
  value?: string;
  hint?: string;
}) {
  const id = fieldId(p.name);
  const error = p.form?.error?.fields?.[p.name];
  const current = p.form?.values[p.name] ?? p.value ?? '';
  const describedBy =
    [p.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={error ? 'field field-error' : 'field'}>
      <label for={id}>{p.label}</label>
      {p.hint && (
        <p class="hint" id={`${id}-hint`}>
          {p.hint}
        </p>
      )}
      {error && (
        <p class="error-text" id={`${id}-error`}>
          {error.message}
        </p>
      )}
      <select id={id} name={p.name} aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy}>
        {p.options.map((o) => (
          <option key={o.value} value={o.value} selected={o.value === current}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A one-button form (sign out, revoke, archive…). */
export function ActionButton(props: {
  action: string;
  csrf: string;
  label: string;
  hidden?: Record<string, string>;
  danger?: boolean;
}) {
  return (
    <form method="post" action={props.action} class="inline-form">
      <input type="hidden" name="_csrf" value={props.csrf} />
      {Object.entries(props.hidden ?? {}).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <button type="submit" class={props.danger ? 'danger' : undefined}>
        {props.label}
      </button>
    </form>
  );
}

export function Notice({ text }: { text?: string | null }) {
  if (!text) return null;
  return (
    <p class="notice" role="status">
      {text}
    </p>
  );
}
