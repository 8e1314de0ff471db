// The report's annex as a spreadsheet (exceljs: activities, then commitments on a second sheet; right-to-left
// sheets in Arabic) and as CSV (the activities sheet), from the same `reportData` as the HTML page. Numbers stay
// numbers (no formatting) so the annex can be recomputed.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { I18n } from '../../i18n/index.ts';
import type { Translated } from './fields.ts';
import { inLang } from './pages/kit.tsx';
import type { ReportData } from './report.data.ts';

type Cell = string | number | null;

function activityRows(d: ReportData, i18n: I18n): { head: string[]; rows: Cell[][] } {
  const { t } = i18n;
  const tr = (v: Translated) => inLang(v, i18n.locale).text;
  const head = [
    t('plans.col.number'),
    t('plans.col.commitment'),
    t('plans.a.col.activity'),
    t('plans.a.col.responsible'),
    t('plans.report.col.plannedStart'),
    t('plans.report.col.plannedEnd'),
    t('plans.a.col.status'),
    t('plans.a.col.weight'),
    t('plans.report.col.sharePct'),
    t('plans.report.col.completionPct'),
    t('plans.report.col.contributionPct'),
    t('plans.report.col.done'),
    t('plans.a.late'),
    t('plans.report.col.lastReport'),
    t('plans.report.evidence'),
  ];
  const rows: Cell[][] = [];
  for (const c of d.commitments)
    for (const a of [...c.activitiesDone, ...c.activitiesPending])
      rows.push([
        c.number,
        tr(c.title),
        tr(a.title),
        tr(a.responsibleBody),
        a.plannedStart,
        a.plannedEnd,
        t(`plans.a.status.${a.status}`),
        a.weight,
        a.share,
        a.completion,
        a.contribution,
        a.done ? t('plans.report.yes') : t('plans.report.no'),
        a.late ? t('plans.report.yes') : t('plans.report.no'),
        a.latest?.reportedOn ?? null,
        a.evidence.map((e) => e.url).join(' '),
      ]);
  return { head, rows };
}

function commitmentRows(d: ReportData, i18n: I18n): { head: string[]; rows: Cell[][] } {
  const { t } = i18n;
  const tr = (v: Translated) => inLang(v, i18n.locale).text;
  return {
    head: [
      t('plans.col.number'),
      t('plans.col.commitment'),
      t('plans.col.lead'),
      t('plans.report.col.commitmentWeight'),
      t('plans.report.col.progressPct'),
      t('plans.report.col.progressAtStartPct'),
      t('plans.col.level'),
      t('plans.report.col.derivedLevel'),
      t('plans.report.col.overrideReason'),
      t('plans.col.lastUpdate'),
      t('plans.notUpdated'),
    ],
    rows: d.commitments.map((c) => [
      c.number,
      tr(c.title),
      tr(c.leadInstitution),
      c.weight,
      c.progress,
      c.progressAtStart,
      t(`plans.level.${c.level.level}`),
      t(`plans.level.${c.level.derived}`),
      c.level.reason ?? '',
      c.lastReport,
      c.notUpdated ? t('plans.report.yes') : t('plans.report.no'),
    ]),
  };
}

export async function reportXlsx(d: ReportData, i18n: I18n): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Shafaf';
  const rtl = i18n.dir === 'rtl';
  const add = (name: string, { head, rows }: { head: string[]; rows: Cell[][] }) => {
    const ws = wb.addWorksheet(name.slice(0, 31), {
      views: [{ rightToLeft: rtl, state: 'frozen', ySplit: 1 }],
    });
    ws.addRow(head).font = { bold: true };
    for (const r of rows) ws.addRow(r);
    ws.columns.forEach((col) => {
      col.width = 18;
    });
  };
  add(i18n.t('plans.activities'), activityRows(d, i18n));
  add(i18n.t('plans.commitments'), commitmentRows(d, i18n));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** CSV (UTF-8 with a byte-order mark so spreadsheet programs read Arabic correctly). */
export function reportCsv(d: ReportData, i18n: I18n): string {
  const { head, rows } = activityRows(d, i18n);
  return `\uFEFF${Papa.unparse({ fields: head, data: rows.map((r) => r.map((c) => c ?? '')) })}\r\n`;
}
