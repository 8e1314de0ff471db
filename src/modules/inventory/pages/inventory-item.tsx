// One inventory item: what it is, its access level in both vocabularies, the public reason when it is not
// public, the dataset that publishes it, its score explained, the data requests counted in its demand and the
// history of its revisions; for its organisation, the edit link and the publish and archive forms.
import { ActionButton, ErrorSummary, Field, Form } from '../../../web/components/form.tsx';
import type { FormDef, PageContext, PageDef } from '../../../web/page.ts';
import { findFrequency } from '../../catalog/index.ts';
import { Tr, text } from '../../catalog/pages/public-kit.tsx';
import { archiveItem, getItemDetail, type ItemDetail, publishItem } from '../inventory.service.ts';
import { day, ItemBadges, ScoreTable } from './inventory-kit.tsx';

const idOf = (ctx: PageContext) => (ctx.req.params as { id: string }).id;

export const itemPage: PageDef<ItemDetail> = {
  path: '/inventory/:id',
  section: 'organizations',
  load: (ctx) => getItemDetail(ctx.svc, idOf(ctx)),
  title: (d, { i18n }) => text(d.item.title, i18n),
  view(d, { i18n, csrf, form }) {
    const { t, locale } = i18n;
    const it = d.item;
    const base = `/${locale}/inventory/${it.id}`;
    const fact = (label: string, value: string | null | undefined) =>
      value ? (
        <>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </>
      ) : null;
    return (
      <article>
        <p class="breadcrumbs">
          <a href={`/${locale}/inventory`}>{t('inventory.title')}</a> ·{' '}
          <a href={`/${locale}/organizations/${it.organization.name}/inventory`}>
            <Tr value={it.organization.title} i18n={i18n} />
          </a>
        </p>
        <h1>
          <Tr value={it.title} i18n={i18n} />
        </h1>
        <p class="badges">
          <ItemBadges item={it} i18n={i18n} />{' '}
          {it.state === 'archived' && <span class="badge badge-muted">{t('inventory.archived')}</span>}
        </p>
        {text(it.description, i18n) && (
          <p>
            <Tr value={it.description} i18n={i18n} />
          </p>
        )}
        <dl class="facts">
          <dt>{t('inventory.column.access_level')}</dt>
          <dd>
            {t(`inventory.access.${it.access_level}`)} —{' '}
            <span lang="en">
              {t('inventory.detail.access_terms', { pod: it.access.pod, eu: it.access.eu })}
            </span>
          </dd>
          {fact(t('inventory.column.owner_unit'), it.owner_unit)}
          {fact(t('inventory.column.source_system'), it.source_system)}
          {fact(t('inventory.column.format'), it.format)}
          {fact(t('inventory.column.volume'), it.volume)}
          {fact(
            t('inventory.column.frequency'),
            it.frequency ? (findFrequency(it.frequency)?.label[locale] ?? it.frequency) : null,
          )}
          {fact(t('inventory.column.personal_data'), t(it.personal_data ? 'inventory.yes' : 'inventory.no'))}
          {fact(t('inventory.column.planned_date'), it.planned_date ? day(i18n, it.planned_date) : null)}
          {it.dataset && (
            <>
              <dt>{t('inventory.column.dataset')}</dt>
              <dd>
                <a href={`/${locale}/datasets/${it.dataset.name}`}>
                  <Tr value={it.dataset.title} i18n={i18n} />
                </a>
              </dd>
            </>
          )}
        </dl>
        {it.restriction && (
          <section aria-labelledby="restriction-title" class="note">
            <h2 id="restriction-title">{t('inventory.detail.restriction')}</h2>
            <dl class="facts">
              <dt>{t('inventory.column.restriction_reason')}</dt>
              <dd>{t(`inventory.reason.${it.restriction.reason}` as 'inventory.reason.other')}</dd>
              <dt>{t('inventory.column.justification')}</dt>
              <dd>{it.restriction.justification}</dd>
            </dl>
          </section>
        )}
        <section aria-labelledby="score-title">
          <h2 id="score-title">{t('inventory.score.title', { score: i18n.n(it.priority.score) })}</h2>
          <ScoreTable p={it.priority} i18n={i18n} caption={t('inventory.score.explain')} />
        </section>
        {d.can.manage && (
          <section aria-labelledby="manage-title" class="card">
            <h2 id="manage-title">{t('inventory.manage.title')}</h2>
            <div class="inline-links">
              <a class="button" href={`${base}/edit`}>
                {t('inventory.edit')}
              </a>{' '}
              {it.state === 'active' && (
                <ActionButton action={`${base}/archive`} csrf={csrf} label={t('inventory.archive')} danger />
              )}
            </div>
            <ErrorSummary form={form} title={t('page.error.fields')} />
            <Form action={`${base}/publish`} csrf={csrf}>
              <h3>{t('inventory.publish.title')}</h3>
              <Field
                name="dataset"
                label={t('inventory.column.dataset')}
                hint={t('inventory.field.dataset_hint')}
                form={form}
                value={it.dataset?.name ?? ''}
              />
              <button type="submit">{t('inventory.publish.submit')}</button>
            </Form>
          </section>
        )}
        <section aria-labelledby="requests-title">
          <h2 id="requests-title">{t('inventory.detail.requests')}</h2>
          {d.requests.length === 0 && <p>{t('inventory.detail.no_requests')}</p>}
          <ul>
            {d.requests.map((r) => (
              <li key={r.id}>
                <a href={`/${locale}/requests/${r.id}`} lang={r.locale} dir="auto">
                  {r.title}
                </a>{' '}
                ({t(`requests.status.${r.status}` as 'requests.status.routed')} ·{' '}
                {t('requests.votes', { n: r.vote_count })})
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="history-title">
          <h2 id="history-title">{t('inventory.detail.history')}</h2>
          <ol class="activity">
            {d.revisions.map((r) => (
              <li key={r.version}>
                <time datetime={r.at}>{day(i18n, r.at)}</time> —{' '}
                <strong>{t(`inventory.action.${r.action}`)}</strong> (
                {t('inventory.detail.version', { version: i18n.n(r.version) })}
                {r.actor ? `, ${r.actor}` : ''})
                {r.fields.length > 0 && (
                  <p>
                    {t('inventory.detail.fields', {
                      fields: r.fields.map((f) => fieldLabel(t, f)).join(', '),
                    })}
                  </p>
                )}
              </li>
            ))}
          </ol>
        </section>
      </article>
    );
  },
};

/** The label of a field named in a revision. */
function fieldLabel(t: PageContext['i18n']['t'], field: string): string {
  if (field === 'title' || field === 'description') return t(`inventory.field.${field}`);
  if (field === 'dataset_id') return t('inventory.column.dataset');
  if (field === 'state') return t('inventory.column.status');
  return t(`inventory.column.${field}` as 'inventory.column.format');
}

type Submit = FormDef<unknown>['submit'];
const action = (path: string, submit: Submit): FormDef<unknown> =>
  ({ ...itemPage, path: `/inventory/:id${path}`, signedIn: true, submit }) as FormDef<unknown>;

export const itemActions: FormDef<unknown>[] = [
  action('/publish', async (ctx, body) => {
    await publishItem(ctx.svc, idOf(ctx), body);
    return { redirect: `/inventory/${idOf(ctx)}`, notice: 'inventory.notice.saved' };
  }),
  action('/archive', async (ctx) => {
    await archiveItem(ctx.svc, idOf(ctx));
    return { redirect: `/inventory/${idOf(ctx)}`, notice: 'inventory.notice.archived' };
  }),
];
