// The validation report of a resource's latest ingestion: counts by type and the positioned entries, as
// accessible tables; the JSON twin is the report itself (Frictionless error names).
import type { PageDef } from '../../../web/page.ts';
import { getReport } from '../datastore.service.ts';
import type { ValidationReport } from '../report-types.ts';
import { errorTypeLabel, SheetsNote, UniqueOutcomes } from './table-section.tsx';

interface ReportData {
  dataset: string;
  resource: string;
  report: ValidationReport;
}

export const reportPage: PageDef<ReportData> = {
  path: '/datasets/:name/resources/:id/report',
  section: 'datasets',
  async load(ctx) {
    const { name, id } = ctx.req.params as { name: string; id: string };
    return { dataset: name, resource: id, report: await getReport(ctx.svc, name, id) };
  },
  title: (_d, { i18n }) => i18n.t('datastore.report'),
  view({ dataset, resource, report: r }, { i18n }) {
    const { t, locale } = i18n;
    const counts = Object.entries(r.counts) as [keyof typeof r.counts, number][];
    return (
      <article class="report">
        <p class="breadcrumb">
          <a href={`/${locale}/datasets/${dataset}/resources/${resource}`}>{t('datastore.section')}</a>
        </p>
        <h1>{t('datastore.report')}</h1>
        <p>
          {t('datastore.report_source', {
            format: r.source.format.toUpperCase(),
            encoding: r.source.encoding ?? '—',
            delimiter: r.source.delimiter === '\t' ? 'TAB' : (r.source.delimiter ?? '—'),
            headerRows: r.source.headerRows,
          })}
        </p>
        <SheetsNote source={r.source} i18n={i18n} />
        <p role="status">
          {r.valid && r.stats.warnings === 0
            ? t('datastore.report_valid')
            : t('datastore.report_summary', {
                errors: r.stats.errors,
                warnings: r.stats.warnings,
                loaded: r.stats.loadedRows,
                rows: r.stats.rows,
              })}
        </p>
        <UniqueOutcomes report={r} i18n={i18n} />
        {counts.length > 0 && (
          <div class="table-wrap">
            <table class="data">
              <caption>{t('datastore.report_counts')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('datastore.report_type')}</th>
                  <th scope="col">{t('datastore.report_count')}</th>
                </tr>
              </thead>
              <tbody>
                {counts.map(([type, n]) => (
                  <tr key={type}>
                    <th scope="row">{errorTypeLabel(i18n, type)}</th>
                    <td class="num">{i18n.n(n)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {r.truncated && <p>{t('datastore.report_truncated', { shown: r.errors.length })}</p>}
        {r.errors.length > 0 && (
          <div class="table-wrap">
            <table class="data">
              <caption>{t('datastore.report')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('datastore.report_row')}</th>
                  <th scope="col">{t('datastore.report_column')}</th>
                  <th scope="col">{t('datastore.report_type')}</th>
                  <th scope="col">{t('datastore.report_value')}</th>
                </tr>
              </thead>
              <tbody>
                {r.errors.map((e, i) => (
                  <tr key={i}>
                    <td class="num">{e.rowNumber ?? '—'}</td>
                    <td>{e.fieldName ?? e.fieldNumber ?? '—'}</td>
                    <td>{errorTypeLabel(i18n, e.type)}</td>
                    <td dir="auto">
                      {e.cell ?? ''}
                      {e.params?.firstRow !== undefined && (
                        <> ({t('datastore.report_repeats', { row: e.params.firstRow })})</>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </article>
    );
  },
};
