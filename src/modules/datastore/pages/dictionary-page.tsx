// The data dictionary form of a resource's table (back office): per column a type, a title and a description
// in each language, "required", "unique" and "part of the primary key"; for a workbook, the sheet to load. POST → updateDictionary (the same service as REST) → the resource page.
import { languageName, locales } from '../../../i18n/index.ts';
import { AppError } from '../../../kernel/errors.ts';
import { ErrorSummary, Field, Form, Select } from '../../../web/components/form.tsx';
import type { FormDef, PageContext } from '../../../web/page.ts';
import { getTableView, reingest, type TableView, updateDictionary } from '../datastore.service.ts';
import { FIELD_TYPES } from '../table-schema.ts';
import { fieldTitle } from './table-section.tsx';

interface DictionaryData {
  dataset: string;
  resource: string;
  table: TableView;
}

const params = (ctx: PageContext) => ctx.req.params as { name: string; id: string };
const back = (ctx: PageContext) => `/datasets/${params(ctx).name}/resources/${params(ctx).id}`;

/**
 * Form fields (`type.<i>`, `title_<lang>.<i>`, `description_<lang>.<i>`, `required.<i>`, `unique.<i>`,
 * `pk.<i>`, `sheet`) → service input.
 */
export function dictionaryInput(body: Record<string, string>, table: Pick<TableView, 'fields' | 'report'>) {
  const fields = table.fields;
  return {
    primaryKey: fields.filter((_, i) => body[`pk.${i}`] === 'on').map((f) => f.name),
    ...(table.report?.source.sheets?.length && body.sheet ? { sheet: body.sheet } : {}),
    fields: fields.map((f, i) => ({
      name: f.name,
      ...(body[`type.${i}`] ? { type: body[`type.${i}`] } : {}),
      titles: Object.fromEntries(locales.map((l) => [l, body[`title_${l}.${i}`] ?? ''])),
      descriptions: Object.fromEntries(locales.map((l) => [l, body[`description_${l}.${i}`] ?? ''])),
      required: body[`required.${i}`] === 'on',
      unique: body[`unique.${i}`] === 'on',
    })),
  };
}

export const dictionaryPage: FormDef<DictionaryData> = {
  path: '/manage/datasets/:name/resources/:id/dictionary',
  signedIn: true,
  async load(ctx) {
    const { name, id } = params(ctx);
    const table = await getTableView(ctx.svc, name, id);
    if (!table.can.edit) throw new AppError('auth.forbidden');
    if (!table.active) throw new AppError('datastore.table_not_found');
    return { dataset: name, resource: id, table };
  },
  title: (_d, { i18n }) => i18n.t('datastore.dictionary_edit'),
  view({ table }, ctx) {
    const { t } = ctx.i18n;
    const sheets = table.report?.source.sheets ?? [];
    const Check = ({ name, label, on }: { name: string; label: string; on: boolean }) => (
      <div class="field-check">
        <input
          type="checkbox"
          id={`f-${name.replace('.', '-')}`}
          name={name}
          checked={ctx.form ? ctx.form.values[name] === 'on' : on}
        />{' '}
        <label for={`f-${name.replace('.', '-')}`}>{label}</label>
      </div>
    );
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">{t('datastore.dictionary_edit')}</h1>
        <p>{t('datastore.dictionary_intro')}</p>
        <ErrorSummary form={ctx.form} title={t('page.error.fields')} />
        <Form action={ctx.url} csrf={ctx.csrf} class="form form-wide">
          {table.fields.map((f, i) => (
            <fieldset key={f.name} class="dictionary-field">
              <legend>
                <span dir="auto">{fieldTitle(f, ctx.i18n)}</span>
                {fieldTitle(f, ctx.i18n) !== f.name && (
                  <>
                    {' '}
                    <code dir="auto">{f.name}</code>
                  </>
                )}
              </legend>
              {f.title && f.title !== f.name && (
                <p class="hint">{t('datastore.field_label', { label: f.title })}</p>
              )}
              <Select
                name={`type.${i}`}
                label={t('datastore.field_type')}
                value={f.type}
                form={ctx.form}
                options={FIELD_TYPES.map((type) => ({ value: type, label: t(`datastore.type.${type}`) }))}
              />
              <div class="field-grid">
                {locales.map((l) => (
                  <Field
                    key={`t-${l}`}
                    name={`title_${l}.${i}`}
                    label={t('datastore.field_title', { lang: languageName(ctx.i18n.locale, l) })}
                    value={f.titles?.[l] ?? ''}
                    lang={l}
                    dir="auto"
                    form={ctx.form}
                  />
                ))}
              </div>
              <div class="field-grid">
                {locales.map((l) => (
                  <Field
                    key={`d-${l}`}
                    name={`description_${l}.${i}`}
                    label={t('datastore.field_description', { lang: languageName(ctx.i18n.locale, l) })}
                    value={f.descriptions?.[l] ?? ''}
                    lang={l}
                    dir="auto"
                    multiline
                    form={ctx.form}
                  />
                ))}
              </div>
              <div class="field-check">
                <input
                  type="checkbox"
                  id={`f-required-${i}`}
                  name={`required.${i}`}
                  checked={
                    ctx.form ? ctx.form.values[`required.${i}`] === 'on' : Boolean(f.constraints?.required)
                  }
                />{' '}
                <label for={`f-required-${i}`}>{t('datastore.field_required')}</label>
              </div>
              <Check
                name={`unique.${i}`}
                label={t('datastore.field_unique')}
                on={Boolean(f.constraints?.unique)}
              />
              <Check
                name={`pk.${i}`}
                label={t('datastore.field_primary_key')}
                on={table.primaryKey.includes(f.name)}
              />
            </fieldset>
          ))}
          <fieldset class="dictionary-table">
            <legend>{t('datastore.table_choices')}</legend>
            <p class="hint">{t('datastore.primary_key_hint')}</p>
            {sheets.length > 0 && (
              <Select
                name="sheet"
                label={t('datastore.sheet')}
                value={table.report?.source.sheet ?? sheets[0]!}
                form={ctx.form}
                options={sheets.map((s) => ({ value: s, label: s }))}
              />
            )}
          </fieldset>
          <p>
            <button type="submit">{t('datastore.save')}</button>
          </p>
        </Form>
      </section>
    );
  },
  async submit(ctx, body) {
    const { name, id } = params(ctx);
    const table = await getTableView(ctx.svc, name, id);
    const result = await updateDictionary(ctx.svc, name, id, dictionaryInput(body, table));
    return {
      redirect: back(ctx),
      notice: result.reingest ? 'datastore.dictionary_saved_reload' : 'datastore.dictionary_saved',
    };
  },
};

/** "Load again" on the resource page (a one-button form). */
export const reingestForm: FormDef<Record<string, never>> = {
  path: '/manage/datasets/:name/resources/:id/ingest',
  signedIn: true,
  load: () => ({}),
  title: (_d, { i18n }) => i18n.t('datastore.reingest'),
  view: () => <p />,
  async submit(ctx) {
    const { name, id } = params(ctx);
    await reingest(ctx.svc, name, id);
    return { redirect: back(ctx), notice: 'datastore.reingest_queued' };
  },
};
