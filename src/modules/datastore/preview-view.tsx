// The DataStore preview on a resource page: a table of the rows (column types shown, sort links in the headers,
// paging links), column filters and a chart form — all plain links and GET forms, so they work without
// JavaScript — and the chart drawn server-side by the shared Chart component, with its table of numbers.
import type { I18n, MessageKey } from '../../i18n/index.ts';
import { Chart } from '../../web/charts/chart.tsx';
import type { PreviewData } from './preview-load.ts';
import type { CkanType } from './query-types.ts';

type Params = Record<string, string>;

/** The page's GET parameters that belong to the preview, changed by `over` (empty values dropped). */
function linkTo(base: string, data: PreviewData, current: Params, over: Params): string {
  const p = new URLSearchParams();
  const all = { ...current, ...over };
  for (const [k, v] of Object.entries(all)) if (v) p.set(k, v);
  const s = p.toString();
  return `${base}${s ? `?${s}` : ''}#preview-${data.resourceId.slice(0, 8)}`;
}

function currentParams(data: PreviewData, q: Params): Params {
  const out: Params = {};
  for (const [k, v] of Object.entries(data.filters)) out[`f.${k}`] = v;
  if (data.sort) Object.assign(out, { sort: data.sort, dir: data.dir });
  for (const k of ['chart', 'x', 'y', 'agg', 'top']) if (q[k]) out[k] = q[k]!;
  return out;
}

function cell(i18n: I18n, type: CkanType, v: unknown): string {
  if (v === null || v === undefined) return '';
  if (type === 'bool') return i18n.t(v ? 'preview.yes' : 'preview.no');
  if ((type === 'int' || type === 'numeric') && typeof v === 'number') return i18n.n(v);
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

function exportLink(data: PreviewData, format: string): string {
  const p = new URLSearchParams();
  const eq: Record<string, string> = {};
  const contains: Record<string, string> = {};
  for (const [k, v] of Object.entries(data.filters)) {
    const f = data.fields.find((x) => x.id === k);
    (f?.type === 'text' ? contains : eq)[k] = v;
  }
  if (Object.keys(eq).length) p.set('filters', JSON.stringify(eq));
  if (Object.keys(contains).length) p.set('q', JSON.stringify(contains));
  if (data.sort) p.set('sort', `${data.sort} ${data.dir}`);
  const s = p.toString();
  return `/api/v1/datastore/${data.resourceId}/export/${format}${s ? `?${s}` : ''}`;
}

export function DatastorePreview({
  data,
  i18n,
  base,
  query,
}: {
  data: PreviewData;
  i18n: I18n;
  base: string;
  query: Params;
}) {
  const { t } = i18n;
  const id = `preview-${data.resourceId.slice(0, 8)}`;
  const current = currentParams(data, query);
  const link = (over: Params) => linkTo(base, data, current, over);
  const columns = data.fields.filter((f) => f.id !== '_id');
  const from = data.total ? (data.page - 1) * 20 + 1 : 0;
  const to = Math.min(data.page * 20, data.total);
  const typeName = (type: CkanType) => t(`preview.type.${type}` as MessageKey);
  const chart = data.chart;
  const chartTitle = chart
    ? t(`preview.chart.title_${chart.agg}` as MessageKey, { x: chart.x, y: chart.y ?? '' })
    : '';
  return (
    <section class="datastore-preview" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('preview.title')}</h2>
      <form method="get" action={`${base}#${id}`} class="filters">
        <fieldset>
          <legend>{t('preview.filters')}</legend>
          <p class="muted">{t('preview.filters.hint')}</p>
          <div class="field-grid">
            {columns.map((f, i) => (
              <div class="field" key={f.id}>
                <label for={`${id}-f${i}`}>
                  <span dir="auto">{f.id}</span> <span class="muted">({typeName(f.type)})</span>
                </label>
                <input id={`${id}-f${i}`} type="text" name={`f.${f.id}`} value={data.filters[f.id] ?? ''} />
              </div>
            ))}
          </div>
          {data.sort && <input type="hidden" name="sort" value={data.sort} />}
          {data.sort && <input type="hidden" name="dir" value={data.dir} />}
          <p class="actions-row">
            <button type="submit">{t('preview.apply')}</button>{' '}
            <a href={`${base}#${id}`}>{t('preview.reset')}</a>
          </p>
        </fieldset>
      </form>
      <div class="table-scroll">
        <table class="data-table">
          <caption>{t('preview.caption', { from, to, total: data.total })}</caption>
          <thead>
            <tr>
              {columns.map((f) => {
                const sorted = data.sort === f.id;
                const next = sorted && data.dir === 'asc' ? 'desc' : 'asc';
                return (
                  <th
                    scope="col"
                    key={f.id}
                    aria-sort={sorted ? (data.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                  >
                    <a
                      href={link({ sort: f.id, dir: next, page: '' })}
                      aria-label={t('preview.sort_by', { column: f.id })}
                      dir="auto"
                    >
                      {f.id}
                    </a>
                    {sorted && (
                      <span class="visually-hidden">
                        {' '}
                        ({t(data.dir === 'asc' ? 'preview.sorted_asc' : 'preview.sorted_desc')})
                      </span>
                    )}
                    <br />
                    <span class="muted col-type">{typeName(f.type)}</span>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {data.rows.map((row, r) => (
              <tr key={String(row[0] ?? r)}>
                {columns.map((f) => {
                  const i = data.fields.indexOf(f);
                  const num = f.type === 'int' || f.type === 'numeric';
                  return (
                    <td key={f.id} class={num ? 'num' : undefined}>
                      {cell(i18n, f.type, row[i])}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!data.rows.length && <p>{t('preview.none')}</p>}
      {data.pages > 1 && (
        <nav class="pager" aria-label={t('preview.pages')}>
          <p>{t('preview.page_of', { page: data.page, pages: data.pages })}</p>
          <ul class="inline-list">
            {data.page > 1 && (
              <li>
                <a href={link({ page: String(data.page - 1) })} rel="prev">
                  {t('preview.previous')}
                </a>
              </li>
            )}
            {data.page < data.pages && (
              <li>
                <a href={link({ page: String(data.page + 1) })} rel="next">
                  {t('preview.next')}
                </a>
              </li>
            )}
          </ul>
        </nav>
      )}
      <p>
        {t('preview.download')}
        {['csv', 'json', 'xlsx'].map((f) => (
          <span key={f}>
            {' '}
            <a href={exportLink(data, f)} class="format-link">
              {f.toUpperCase()}
            </a>
          </span>
        ))}
      </p>
      <form method="get" action={`${base}#${id}-chart`} class="filters" id={`${id}-chart`}>
        <fieldset>
          <legend>{t('preview.chart')}</legend>
          {Object.entries(data.filters).map(([k, v]) => (
            <input type="hidden" key={k} name={`f.${k}`} value={v} />
          ))}
          <div class="field-grid">
            <div class="field">
              <label for={`${id}-kind`}>{t('preview.chart.kind')}</label>
              <select id={`${id}-kind`} name="chart">
                {(['bar', 'line'] as const).map((k) => (
                  <option key={k} value={k} selected={chart?.kind === k}>
                    {t(`preview.chart.${k}`)}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for={`${id}-x`}>{t('preview.chart.x')}</label>
              <select id={`${id}-x`} name="x">
                {columns.map((f) => (
                  <option key={f.id} value={f.id} selected={chart?.x === f.id}>
                    {f.id}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for={`${id}-agg`}>{t('preview.chart.agg')}</label>
              <select id={`${id}-agg`} name="agg">
                {(['count', 'sum', 'avg'] as const).map((a) => (
                  <option key={a} value={a} selected={chart?.agg === a}>
                    {t(`preview.chart.${a}`)}
                  </option>
                ))}
              </select>
            </div>
            {data.numeric.length > 0 && (
              <div class="field">
                <label for={`${id}-y`}>{t('preview.chart.y')}</label>
                <select id={`${id}-y`} name="y">
                  {data.numeric.map((c) => (
                    <option key={c} value={c} selected={chart?.y === c}>
                      {c}
                    </option>
                  ))}
                </select>
              </div>
            )}
            <div class="field">
              <label for={`${id}-top`}>{t('preview.chart.top')}</label>
              <input
                id={`${id}-top`}
                name="top"
                type="number"
                min="1"
                max="50"
                value={String(chart?.top ?? 10)}
              />
            </div>
          </div>
          <p class="actions-row">
            <button type="submit">{t('preview.chart.draw')}</button>
          </p>
        </fieldset>
      </form>
      {chart && chart.categories.length > 0 && (
        <Chart
          id={`${id}-figure`}
          title={chartTitle}
          i18n={i18n}
          categoryLabel={chart.x}
          spec={{
            kind: chart.kind,
            categories: chart.categories,
            series: [{ name: t(`preview.chart.${chart.agg}`), values: chart.values }],
          }}
        />
      )}
    </section>
  );
}
