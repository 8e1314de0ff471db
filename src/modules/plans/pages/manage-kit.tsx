// Shared pieces of the plan managers' forms: one fieldset per language for translated fields, form values to
// service input (per-language objects, checkboxes, evidence lines), the permission check of a form page.
import { dir, type Locale, languageName, locales } from '../../../i18n/index.ts';
import { AppError } from '../../../kernel/errors.ts';
import { Field } from '../../../web/components/form.tsx';
import type { PageContext } from '../../../web/page.ts';
import { can } from '../../accounts/index.ts';
import type { Translated } from '../fields.ts';

/** `title.ar`, `title.fr`, `title.en` → { ar, fr, en } (empty languages dropped by the service). */
export const perLang = (values: Record<string, string>, name: string): Translated =>
  Object.fromEntries(locales.map((l) => [l, values[`${name}.${l}`] ?? '']));

/** Whether a checkbox was ticked. */
export const ticked = (values: Record<string, string>, name: string) => (values[name] ?? '') !== '';

/** Refuses the page unless the actor may manage plans (sysadmins and the steering committee). */
export function requireManager(ctx: PageContext): void {
  if (!can(ctx.svc.actor, 'plan:update', undefined))
    throw new AppError('auth.forbidden', { action: 'plan:update' });
}

export interface LangField {
  name: string;
  label: string;
  multiline?: boolean;
  value?: Translated;
}

/** One fieldset per language, each with the translated fields: the legend and labels stay in the page's language
 * and direction, the inputs take their own (Arabic right-to-left). */
export function LangFieldsets({ ctx, fields }: { ctx: PageContext; fields: LangField[] }) {
  const { t } = ctx.i18n;
  const order = [ctx.i18n.locale, ...locales.filter((l) => l !== ctx.i18n.locale)];
  return (
    <>
      {order.map((l: Locale, k) => (
        <fieldset key={l}>
          <legend>{t('manage.in_language', { language: languageName(ctx.i18n.locale, l) })}</legend>
          {fields.map((f) => {
            const field = (
              <Field
                key={f.name}
                name={`${f.name}.${l}`}
                label={f.label}
                value={f.value?.[l] ?? ''}
                multiline={f.multiline}
                form={ctx.form}
                lang={l}
                dir={dir(l)}
              />
            );
            // An error of the field as a whole ("required in one language at least") is shown, and linked from
            // the error summary, at its first language.
            const whole = k === 0 ? ctx.form?.error?.fields?.[f.name] : undefined;
            return k === 0 ? (
              <div key={f.name} id={`f-${f.name}`} tabindex={-1}>
                {whole && (
                  <p class="error-text" lang={ctx.i18n.locale} dir={ctx.i18n.dir}>
                    {whole.message}
                  </p>
                )}
                {field}
              </div>
            ) : (
              field
            );
          })}
        </fieldset>
      ))}
    </>
  );
}

/** A labelled checkbox, kept ticked after a refused submission. */
export function Check(p: { ctx: PageContext; name: string; label: string; checked: boolean }) {
  const id = `f-${p.name.replace(/[^\w-]/g, '-')}`;
  const checked = p.ctx.form ? ticked(p.ctx.form.values, p.name) : p.checked;
  return (
    <div class="field field-check">
      <input type="checkbox" id={id} name={p.name} value="1" checked={checked} />{' '}
      <label for={id}>{p.label}</label>
    </div>
  );
}
