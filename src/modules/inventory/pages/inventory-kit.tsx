// Shared pieces of the inventory pages: labels, the filter form, one item in a list (with its score), the
// score explanation table and the national counts table.
import type { I18n } from '../../../i18n/index.ts';
import type { PageContext } from '../../../web/page.ts';
import { Tr } from '../../catalog/pages/public-kit.tsx';
import { itemSorts } from '../inventory.service.ts';
import type { ItemView } from '../present.ts';
import type { ScoreExplained } from '../score.ts';
import { accessLevels, itemStatuses } from '../vocabulary.ts';

export const day = (i18n: I18n, iso: string) =>
  i18n.d(iso.length === 10 ? `${iso}T12:00:00Z` : iso, { dateStyle: 'long', timeZone: 'UTC' });

/** A query parameter as a string ('' when absent or not one of `allowed`). */
export function pick(ctx: PageContext, name: string, allowed: readonly string[]): string {
  const v = (ctx.req.query as Record<string, unknown> | undefined)?.[name];
  return typeof v === 'string' && allowed.includes(v) ? v : '';
}

export interface Filters {
  access_level: string;
  status: string;
  sort: string;
}

export const filtersOf = (ctx: PageContext): Filters => ({
  access_level: pick(ctx, 'access_level', accessLevels),
  status: pick(ctx, 'status', itemStatuses),
  sort: pick(ctx, 'sort', itemSorts) || 'score',
});

export function FilterForm({ action, f, i18n }: { action: string; f: Filters; i18n: I18n }) {
  const { t } = i18n;
  return (
    <form method="get" action={action} class="filters" aria-labelledby="inv-filters">
      <h2 id="inv-filters" class="visually-hidden">
        {t('inventory.filter.submit')}
      </h2>
      <div class="field">
        <label for="f-access">{t('inventory.filter.access')}</label>
        <select id="f-access" name="access_level">
          <option value="">{t('inventory.filter.all')}</option>
          {accessLevels.map((l) => (
            <option key={l} value={l} selected={f.access_level === l}>
              {t(`inventory.access.${l}`)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="f-status">{t('inventory.filter.status')}</label>
        <select id="f-status" name="status">
          <option value="">{t('inventory.filter.all')}</option>
          {itemStatuses.map((s) => (
            <option key={s} value={s} selected={f.status === s}>
              {t(`inventory.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="f-sort">{t('inventory.filter.sort')}</label>
        <select id="f-sort" name="sort">
          {itemSorts.map((s) => (
            <option key={s} value={s} selected={f.sort === s}>
              {t(`inventory.sort.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">{t('inventory.filter.submit')}</button>
    </form>
  );
}

export function ScoreTable({ p, i18n, caption }: { p: ScoreExplained; i18n: I18n; caption: string }) {
  const { t } = i18n;
  const shown = (v: number | boolean) =>
    typeof v === 'boolean' ? t(v ? 'inventory.yes' : 'inventory.no') : i18n.n(v);
  return (
    <div class="table-wrap">
      <table class="data">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('inventory.score.criterion')}</th>
            <th scope="col">{t('inventory.score.value')}</th>
            <th scope="col">{t('inventory.score.weight')}</th>
            <th scope="col">{t('inventory.score.points')}</th>
          </tr>
        </thead>
        <tbody>
          {p.criteria.map((c) => (
            <tr key={c.criterion}>
              <th scope="row">{t(`inventory.criterion.${c.criterion}`)}</th>
              <td>{shown(c.value)}</td>
              <td>{i18n.n(c.weight)}</td>
              <td>{i18n.n(c.points)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Items with status, access level, reason (when not public), demand and score with its explanation. */
/**
 * An item's status and access level as badges, each named for screen readers. The access badge is left out
 * when the status already says it (a non-public or restricted item's status is its access level).
 */
export function ItemBadges({ item, i18n }: { item: Pick<ItemView, 'status' | 'access_level'>; i18n: I18n }) {
  const { t } = i18n;
  const sameAsStatus = item.status === item.access_level;
  return (
    <>
      <span class="badge">
        <span class="visually-hidden">{t('inventory.column.status')}: </span>
        {t(`inventory.status.${item.status}`)}
      </span>
      {!sameAsStatus && (
        <>
          {' '}
          <span class="badge">
            <span class="visually-hidden">{t('inventory.column.access_level')}: </span>
            {t(`inventory.access.${item.access_level}`)}
          </span>
        </>
      )}
    </>
  );
}

export function ItemList({ items, i18n, showOrg }: { items: ItemView[]; i18n: I18n; showOrg: boolean }) {
  const { t, locale } = i18n;
  if (!items.length) return <p class="muted">{t('inventory.none')}</p>;
  return (
    <ul class="dataset-list">
      {items.map((it) => (
        <li key={it.id} class="dataset-item">
          <h3 class="dataset-title">
            <a href={`/${locale}/inventory/${it.id}`}>
              <Tr value={it.title} i18n={i18n} />
            </a>
          </h3>
          <p class="badges">
            <ItemBadges item={it} i18n={i18n} />{' '}
            <strong>{t('inventory.score', { score: i18n.n(it.priority.score) })}</strong>
          </p>
          <p class="dataset-meta">
            {showOrg && (
              <>
                <a href={`/${locale}/organizations/${it.organization.name}/inventory`}>
                  <Tr value={it.organization.title} i18n={i18n} />
                </a>
                {' · '}
              </>
            )}
            {t('inventory.demand', { requests: it.demand.requests, votes: it.demand.votes })}
            {it.planned_date && it.status === 'planned' && (
              <>
                {' · '}
                {t('inventory.planned', { date: day(i18n, it.planned_date) })}
              </>
            )}
          </p>
          {it.restriction && (
            <p>
              <strong>{t(`inventory.reason.${it.restriction.reason}` as 'inventory.reason.other')}</strong>
              {' — '}
              {it.restriction.justification}
            </p>
          )}
          <details>
            <summary>{t('inventory.score.explain')}</summary>
            <ScoreTable
              p={it.priority}
              i18n={i18n}
              caption={t('inventory.score.title', { score: i18n.n(it.priority.score) })}
            />
          </details>
        </li>
      ))}
    </ul>
  );
}

type Counts = Record<'total' | 'published' | 'planned' | 'restricted' | 'non_public' | 'not_planned', number>;
const countKeys = ['total', 'published', 'planned', 'restricted', 'non_public', 'not_planned'] as const;

export function CountsTable(props: {
  rows: ({ organization: { name: string; title: Record<string, string> } } & Counts)[];
  totals: Counts;
  i18n: I18n;
}) {
  const { i18n } = props;
  const { t, locale } = i18n;
  return (
    <div class="table-wrap">
      <table class="data">
        <caption>{t('inventory.by_org')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('inventory.column.organization')}</th>
            {countKeys.map((k) => (
              <th scope="col" key={k}>
                {t(`inventory.count.${k}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr key={r.organization.name}>
              <th scope="row">
                <a href={`/${locale}/organizations/${r.organization.name}/inventory`}>
                  <Tr value={r.organization.title} i18n={i18n} />
                </a>
              </th>
              {countKeys.map((k) => (
                <td key={k}>{i18n.n(r[k])}</td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('inventory.totals')}</th>
            {countKeys.map((k) => (
              <td key={k}>{i18n.n(props.totals[k])}</td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
