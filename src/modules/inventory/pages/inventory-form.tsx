// The item form (new, edit, and "record a data request in the inventory"): every field of an item, access
// level with the reason and justification required when not public, prioritisation criteria.
import type { I18n } from '../../../i18n/index.ts';
import { dir, locales } from '../../../i18n/index.ts';
import { ErrorSummary, Field, Form, Select } from '../../../web/components/form.tsx';
import type { FormDef, FormState, PageContext } from '../../../web/page.ts';
import { frequencies } from '../../catalog/index.ts';
import { Tr, text } from '../../catalog/pages/public-kit.tsx';
import { convertibleRequest, convertRequest, prefillFromRequest } from '../convert.service.ts';
import { createItem, getItemDetail, keptOrganization, updateItem } from '../inventory.service.ts';
import type { ItemView } from '../present.ts';
import { QUALITY_MAX } from '../score.ts';
import { accessLevels, restrictionReasons } from '../vocabulary.ts';

/** Form values (`title.fr` …) as the service input ({title: {fr}} …). */
export function inputOfForm(body: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = { title: {}, description: {} };
  for (const [k, v] of Object.entries(body)) {
    const m = /^(title|description)\.(ar|fr|en)$/.exec(k);
    if (m) (out[m[1]!] as Record<string, string>)[m[2]!] = v;
    else out[k] = v;
  }
  return out;
}

/** An item (or prefilled input) as the form's initial values. */
function valuesOf(v: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, val] of Object.entries(v)) {
    if ((k === 'title' || k === 'description') && val && typeof val === 'object')
      for (const [l, s] of Object.entries(val)) out[`${k}.${l}`] = String(s);
    else if (typeof val === 'boolean') out[k] = val ? 'true' : 'false';
    else if (val !== null && val !== undefined && typeof val !== 'object') out[k] = String(val);
  }
  return out;
}

export const itemFormValues = (it: ItemView) =>
  valuesOf({
    ...it,
    restriction_reason: it.restriction?.reason,
    justification: it.restriction?.justification,
    dataset: it.dataset?.name,
    source_system: it.source_system,
  });

function ItemFields({
  i18n,
  form,
  initial,
}: {
  i18n: I18n;
  form?: FormState;
  initial: Record<string, string>;
}) {
  const { t } = i18n;
  const state: FormState = form ?? { values: initial };
  const yesNo = [
    { value: 'false', label: t('inventory.no') },
    { value: 'true', label: t('inventory.yes') },
  ];
  return (
    <>
      <fieldset>
        <legend>{t('inventory.field.title')}</legend>
        <p class="hint">{t('inventory.field.title_hint')}</p>
        {locales.map((l) => (
          <Field
            key={l}
            name={`title.${l}`}
            label={t(`inventory.column.title_${l}`)}
            form={state}
            lang={l}
            dir={dir(l)}
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('inventory.field.description')}</legend>
        {locales.map((l) => (
          <Field
            key={l}
            name={`description.${l}`}
            label={t(`inventory.column.description_${l}`)}
            form={state}
            lang={l}
            dir={dir(l)}
            multiline
          />
        ))}
      </fieldset>
      <Field name="owner_unit" label={t('inventory.column.owner_unit')} form={state} />
      <Field name="source_system" label={t('inventory.column.source_system')} form={state} />
      <Field name="format" label={t('inventory.column.format')} form={state} />
      <Field name="volume" label={t('inventory.column.volume')} form={state} />
      <Select
        name="frequency"
        label={t('inventory.column.frequency')}
        form={state}
        options={[
          { value: '', label: '—' },
          ...frequencies.map((f) => ({ value: f.code, label: f.label[i18n.locale] })),
        ]}
      />
      <Select name="personal_data" label={t('inventory.column.personal_data')} form={state} options={yesNo} />
      <fieldset>
        <legend>{t('inventory.column.access_level')}</legend>
        <p class="hint">{t('inventory.field.restriction_hint')}</p>
        <Select
          name="access_level"
          label={t('inventory.column.access_level')}
          form={state}
          options={accessLevels.map((l) => ({ value: l, label: t(`inventory.access.${l}`) }))}
        />
        <Select
          name="restriction_reason"
          label={t('inventory.column.restriction_reason')}
          form={state}
          options={[
            { value: '', label: '—' },
            ...restrictionReasons.map((r) => ({ value: r, label: t(`inventory.reason.${r}`) })),
          ]}
        />
        <Field name="justification" label={t('inventory.column.justification')} form={state} multiline />
      </fieldset>
      <Field name="planned_date" type="date" label={t('inventory.column.planned_date')} form={state} />
      <Field
        name="dataset"
        label={t('inventory.column.dataset')}
        hint={t('inventory.field.dataset_hint')}
        form={state}
      />
      <fieldset>
        <legend>{t('inventory.form.criteria')}</legend>
        <Select
          name="quality"
          label={t('inventory.criterion.quality')}
          form={state}
          options={Array.from({ length: QUALITY_MAX + 1 }, (_, i) => ({
            value: String(i),
            label: String(i),
          }))}
        />
        <Select
          name="no_legal_obstacle"
          label={t('inventory.criterion.legal')}
          form={state}
          options={yesNo}
        />
        <Select
          name="open_format"
          label={t('inventory.criterion.open_format')}
          form={state}
          options={yesNo}
        />
      </fieldset>
    </>
  );
}

const orgName = (ctx: PageContext) => (ctx.req.params as { name: string }).name;
const idOf = (ctx: PageContext) => (ctx.req.params as { id: string }).id;

type NewData = { organization: { name: string; title: Record<string, string> } };
export const newItemPage: FormDef<NewData> = {
  path: '/organizations/:name/inventory/new',
  section: 'organizations',
  signedIn: true,
  async load(ctx) {
    const o = await keptOrganization(ctx.svc, orgName(ctx));
    return { organization: { name: o.name, title: o.title as Record<string, string> } };
  },
  title: (_d, { i18n }) => i18n.t('inventory.form.new'),
  view(d, { i18n, csrf, form, url }) {
    const { t, locale } = i18n;
    return (
      <section aria-labelledby="page-title">
        <p class="breadcrumbs">
          <a href={`/${locale}/organizations/${d.organization.name}/inventory`}>
            {t('inventory.org.title', { org: text(d.organization.title, i18n) })}
          </a>
        </p>
        <h1 id="page-title">{t('inventory.form.new')}</h1>
        <ErrorSummary form={form} title={t('page.error.fields')} />
        <Form action={url.split('?')[0]!} csrf={csrf}>
          <ItemFields i18n={i18n} form={form} initial={{ access_level: 'public', quality: '0' }} />
          <button type="submit">{t('inventory.form.save')}</button>
        </Form>
      </section>
    );
  },
  async submit(ctx, body) {
    const it = await createItem(ctx.svc, { ...inputOfForm(body), organization: orgName(ctx) });
    return { redirect: `/inventory/${it.id}`, notice: 'inventory.notice.saved' };
  },
};

export const editItemPage: FormDef<{ item: ItemView }> = {
  path: '/inventory/:id/edit',
  section: 'organizations',
  signedIn: true,
  async load(ctx) {
    const d = await getItemDetail(ctx.svc, idOf(ctx));
    await keptOrganization(ctx.svc, d.item.organization.name);
    return { item: d.item };
  },
  title: (_d, { i18n }) => i18n.t('inventory.form.edit'),
  view(d, { i18n, csrf, form, url }) {
    const { t, locale } = i18n;
    return (
      <section aria-labelledby="page-title">
        <p class="breadcrumbs">
          <a href={`/${locale}/inventory/${d.item.id}`}>
            <Tr value={d.item.title} i18n={i18n} />
          </a>
        </p>
        <h1 id="page-title">{t('inventory.form.edit')}</h1>
        <ErrorSummary form={form} title={t('page.error.fields')} />
        <Form action={url.split('?')[0]!} csrf={csrf}>
          <ItemFields i18n={i18n} form={form} initial={itemFormValues(d.item)} />
          <button type="submit">{t('inventory.form.save')}</button>
        </Form>
      </section>
    );
  },
  async submit(ctx, body) {
    await updateItem(ctx.svc, idOf(ctx), inputOfForm(body));
    return { redirect: `/inventory/${idOf(ctx)}`, notice: 'inventory.notice.saved' };
  },
};

type ConvertData = { request: { id: string; title: string }; initial: Record<string, string> };
export const convertRequestPage: FormDef<ConvertData> = {
  path: '/requests/:id/inventory-item',
  section: 'requests',
  signedIn: true,
  async load(ctx) {
    const r = await convertibleRequest(ctx.svc, idOf(ctx));
    return { request: { id: r.id, title: r.title }, initial: valuesOf(prefillFromRequest(r)) };
  },
  title: (_d, { i18n }) => i18n.t('inventory.convert.title'),
  view(d, { i18n, csrf, form, url }) {
    const { t, locale } = i18n;
    return (
      <section aria-labelledby="page-title">
        <p class="breadcrumbs">
          <a href={`/${locale}/requests/${d.request.id}`}>{d.request.title}</a>
        </p>
        <h1 id="page-title">{t('inventory.convert.title')}</h1>
        <p>{t('inventory.convert.lead', { title: d.request.title })}</p>
        <ErrorSummary form={form} title={t('page.error.fields')} />
        <Form action={url.split('?')[0]!} csrf={csrf}>
          <ItemFields i18n={i18n} form={form} initial={{ quality: '0', ...d.initial }} />
          <button type="submit">{t('inventory.convert.submit')}</button>
        </Form>
      </section>
    );
  },
  async submit(ctx, body) {
    const it = await convertRequest(ctx.svc, idOf(ctx), inputOfForm(body));
    return { redirect: `/inventory/${it.id}`, notice: 'inventory.notice.saved' };
  },
};
