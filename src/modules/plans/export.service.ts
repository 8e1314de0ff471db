// Exports a plan with everything under it: JSON (plan, commitments, activities with their weight history, every
// progress report; removed activities included with their removal date) and CSV/XLSX in the import layout (so
// an export can be imported again; current activities and their full report history).
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { ServiceContext } from '../../context.ts';
import { type Locale, locales } from '../../i18n/index.ts';
import { Fields } from '../../kernel/validate.ts';
import { type Evidence, evidenceText, parseTranslated, type Translated } from './fields.ts';
import { loadCommitments } from './figures.ts';
import { allColumns, type Column, headerOf } from './import.layout.ts';
import { findReadablePlan } from './plans.service.ts';
import { presentCommitment, presentPlan, presentReport } from './present.ts';

export const exportFormats = ['json', 'csv', 'xlsx'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export function exportFormat(value: unknown): ExportFormat {
  const f = new Fields();
  const format = f.oneOf('format', value, exportFormats, 'json');
  f.check();
  return format;
}

/** Everything about the plan, as data. */
export async function exportPlanData(ctx: ServiceContext, planKey: string) {
  const plan = await findReadablePlan(ctx, planKey);
  const loaded = await loadCommitments(ctx.db.db, plan);
  return {
    plan: presentPlan(plan),
    commitments: loaded.map((c) => ({
      ...presentCommitment(c.row),
      activities: c.activities.map(({ row: a, history, reports }) => ({
        id: a.id,
        title: parseTranslated(a.title),
        responsibleBody: parseTranslated(a.responsible_body),
        notes: parseTranslated(a.notes),
        plannedStart: a.planned_start,
        plannedEnd: a.planned_end,
        weight: Number(a.weight),
        status: a.status,
        completion: Number(a.completion),
        evidence: JSON.parse(a.evidence) as Evidence[],
        createdOn: a.created_on,
        removedOn: a.removed_on,
        weights: history.weights,
        reports: reports.map(presentReport),
      })),
    })),
  };
}

type Data = Awaited<ReturnType<typeof exportPlanData>>;
type Row = Partial<Record<Column, string | number>>;

const spread = (base: string, t: Translated): Row =>
  Object.fromEntries(locales.map((l) => [`${base}.${l}`, t[l] ?? '']));

/** The plan as rows of the import layout. */
function rows(d: Data): Row[] {
  const p = d.plan;
  const out: Row[] = [
    {
      type: 'plan',
      slug: p.slug,
      ...spread('title', p.title),
      ...spread('description', p.description),
      start_date: p.periodStart,
      end_date: p.periodEnd,
      status: p.status,
      aggregation: p.aggregation,
      reporting_period_days: p.reportingPeriodDays,
      published: p.published ? 'yes' : 'no',
    },
  ];
  for (const c of d.commitments) {
    out.push({
      type: 'commitment',
      number: c.number,
      ...spread('title', c.title),
      ...spread('lead_institution', c.leadInstitution),
      ...spread('other_actors', c.otherActors),
      ...spread('project_leads', c.projectLeads),
      ...spread('problem', c.problem),
      ...spread('objective', c.objective),
      ...spread('expected_results', c.expectedResults),
      start_date: c.startDate ?? '',
      end_date: c.endDate ?? '',
      values: c.values.join(';'),
      contact: c.contact ?? '',
      weight: c.weight,
    });
    for (const a of c.activities.filter((x) => x.removedOn === null)) {
      out.push({
        type: 'activity',
        number: c.number,
        ...spread('title', a.title),
        ...spread('responsible_body', a.responsibleBody),
        ...spread('notes', a.notes),
        start_date: a.plannedStart ?? '',
        end_date: a.plannedEnd ?? '',
        weight: a.weight,
        status: a.status,
        date: a.createdOn,
        evidence: evidenceText(a.evidence),
      });
      for (const r of a.reports)
        out.push({
          type: 'report',
          number: c.number,
          date: r.reportedOn,
          completion: r.completion,
          ...spread('done', r.done),
          ...spread('communication', r.communication),
          evidence: evidenceText(r.evidence),
        });
    }
  }
  return out;
}

export function exportCsv(d: Data, locale: Locale): string {
  const fields = allColumns.map((c) => headerOf(c, locale));
  const data = rows(d).map((r) => allColumns.map((c) => r[c] ?? ''));
  return `\uFEFF${Papa.unparse({ fields, data })}\r\n`;
}

export async function exportXlsx(d: Data, locale: Locale): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Shafaf';
  const ws = wb.addWorksheet(d.plan.slug.slice(0, 31), {
    views: [{ rightToLeft: locale === 'ar', state: 'frozen', ySplit: 1 }],
  });
  ws.addRow(allColumns.map((c) => headerOf(c, locale))).font = { bold: true };
  for (const r of rows(d)) ws.addRow(allColumns.map((c) => r[c] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
