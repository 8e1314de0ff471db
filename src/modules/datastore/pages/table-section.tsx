// The DataStore section of the public resource page: loading status with a progress bar (a refresh link
// updates it without script), why the last load failed, the report summary and the data dictionary.
import { type I18n, languageName } from '../../../i18n/index.ts';
import { ActionButton } from '../../../web/components/form.tsx';
import type { PageContext } from '../../../web/page.ts';
import type { ResourceSection } from '../../catalog/index.ts';
import { getTableView, type TableView } from '../datastore.service.ts';
import type { ReportErrorType, ValidationReport } from '../report-types.ts';
import type { TableField } from '../table-schema.ts';

export function errorTypeLabel(i18n: I18n, type: ReportErrorType): string {
  return i18n.t(`datastore.error.${type}`);
}

export function failureText(i18n: I18n, error: NonNullable<TableView['error']>): string {
  const reason = error.params.reason;
  if (error.code === 'datastore.unreadable' && typeof reason === 'string') {
    const key = `datastore.reason.${reason}` as const;
    const detail = i18n.t(key as 'datastore.reason.empty', error.params);
    return i18n.t('error.datastore.unreadable', { reason: detail });
  }
  return i18n.t(`error.${error.code}` as 'error.datastore.ingest_failed', error.params);
}

/** What the declared primary key and unique columns got: a unique index, or why not. */
export function UniqueOutcomes({
  report,
  i18n,
}: {
  report: Pick<ValidationReport, 'uniqueIndexes'>;
  i18n: I18n;
}) {
  const list = report.uniqueIndexes ?? [];
  if (!list.length) return null;
  return (
    <ul class="unique-indexes">
      {list.map((o) => (
        <li key={`${o.kind}-${o.fields.join(',')}`}>
          {i18n.t(`datastore.unique.${o.indexed ? 'indexed' : o.reason!}.${o.kind}`, {
            fields: o.fields.join(', '),
            count: o.count ?? 0,
          })}
        </li>
      ))}
    </ul>
  );
}

/** Sheets of a workbook and the one loaded. */
export function SheetsNote({ source, i18n }: { source: ValidationReport['source']; i18n: I18n }) {
  if (!source.sheets?.length) return null;
  return (
    <p>{i18n.t('datastore.sheets', { sheets: source.sheets.join(', '), sheet: source.sheet ?? '—' })}</p>
  );
}

export const fieldTitle = (f: TableField, i18n: I18n) => f.titles?.[i18n.locale] || f.title || f.name;

export function Progress({ view, i18n, url }: { view: TableView; i18n: I18n; url: string }) {
  const { t } = i18n;
  const p = view.progress;
  return (
    <div class="progress">
      <label for="datastore-progress">{t('datastore.progress')}</label>{' '}
      {p.percent === null ? (
        <progress id="datastore-progress" />
      ) : (
        <progress id="datastore-progress" max={100} value={p.percent}>
          {p.percent}%
        </progress>
      )}
      <p>
        {t('datastore.progress_rows', { rows: p.rows })}
        {p.totalBytes !== null && (
          <>
            {' · '}
            {t('datastore.progress_bytes', { done: i18n.n(p.bytes), total: i18n.n(p.totalBytes) })}
          </>
        )}{' '}
        <a href={url}>{t('datastore.refresh')}</a>
      </p>
    </div>
  );
}

export function Dictionary({ fields, i18n }: { fields: TableField[]; i18n: I18n }) {
  const { t } = i18n;
  return (
    <div class="table-wrap">
      <table class="data">
        <caption>{t('datastore.dictionary')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('datastore.field')}</th>
            <th scope="col">{t('datastore.field_type')}</th>
            <th scope="col">
              {t('datastore.field_description', { lang: languageName(i18n.locale, i18n.locale) })}
            </th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => (
            <tr key={f.name}>
              <th scope="row">
                <span dir="auto">{fieldTitle(f, i18n)}</span>
                {fieldTitle(f, i18n) !== f.name && (
                  <>
                    {' '}
                    <code dir="auto">{f.name}</code>
                  </>
                )}
              </th>
              <td>{t(`datastore.type.${f.type}`)}</td>
              <td>{f.descriptions?.[i18n.locale] ?? f.description ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function TableSection({
  view,
  ctx,
  where,
}: {
  view: TableView;
  ctx: PageContext;
  where: { datasetName: string; resourceId: string };
}) {
  const { t, locale } = ctx.i18n;
  const i18n = ctx.i18n;
  const reportHref = `/${locale}/datasets/${where.datasetName}/resources/${where.resourceId}/report`;
  const manage = `/${locale}/manage/datasets/${where.datasetName}/resources/${where.resourceId}`;
  const r = view.report;
  return (
    <section class="datastore" aria-labelledby="datastore-title">
      <h2 id="datastore-title">
        {t('datastore.section')}
        {view.active && <span class="badge">{t('datastore.queryable')}</span>}
      </h2>
      <p role="status">
        {view.status === 'ready'
          ? t('datastore.status.ready', { rows: view.rowCount, fields: view.fields.length })
          : t(`datastore.status.${view.status === 'none' ? 'queued' : view.status}`)}
      </p>
      {(view.status === 'queued' || view.status === 'running') && (
        <Progress view={view} i18n={i18n} url={ctx.url} />
      )}
      {view.status === 'failed' && view.error && <p class="error-text">{failureText(i18n, view.error)}</p>}
      {view.status !== 'ready' && view.active && <p>{t('datastore.kept', { rows: view.rowCount })}</p>}
      <p class="muted">{t('datastore.original')}</p>
      {r && <SheetsNote source={r.source} i18n={i18n} />}
      {view.active && view.primaryKey.length > 0 && (
        <p>{t('datastore.primary_key', { fields: view.primaryKey.join(', ') })}</p>
      )}
      {r && (
        <>
          <h3>{t('datastore.report')}</h3>
          <p>
            {r.valid && r.stats.warnings === 0
              ? t('datastore.report_valid')
              : t('datastore.report_summary', {
                  errors: r.stats.errors,
                  warnings: r.stats.warnings,
                  loaded: r.stats.loadedRows,
                  rows: r.stats.rows,
                })}{' '}
            <a href={reportHref}>{t('datastore.report')}</a> ·{' '}
            <a href={`${reportHref}.json`}>{t('datastore.report_json')}</a>
          </p>
          {r.retyped.length > 0 && (
            <ul>
              {r.retyped.map((x) => (
                <li key={x.fieldName}>
                  {t('datastore.retyped', {
                    field: x.fieldName,
                    row: x.rowNumber,
                    cell: x.cell,
                    from: t(`datastore.type.${x.from}` as 'datastore.type.string'),
                  })}
                </li>
              ))}
            </ul>
          )}
          <UniqueOutcomes report={r} i18n={i18n} />
        </>
      )}
      {view.active && view.fields.length > 0 && <Dictionary fields={view.fields} i18n={i18n} />}
      {view.can.edit && (
        <div class="actions">
          {view.active && (
            <p>
              <a href={`${manage}/dictionary`}>{t('datastore.dictionary_edit')}</a>
            </p>
          )}
          <ActionButton action={`${manage}/ingest`} csrf={ctx.csrf} label={t('datastore.reingest')} />
        </div>
      )}
    </section>
  );
}

export const tableSection: ResourceSection<TableView> = {
  key: 'datastore',
  async load(ctx, datasetName, resourceId) {
    const view = await getTableView(ctx.svc, datasetName, resourceId);
    return view.status === 'none' && !view.active ? null : view;
  },
  view: (view, ctx, where) => <TableSection view={view} ctx={ctx} where={where} />,
};
