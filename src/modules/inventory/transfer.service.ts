// Import and export of an inventory as CSV or XLSX. An import checks every row first and reports every bad
// cell (row, column, reason, translated message); it writes nothing unless the whole file is valid, and then
// writes every row in one transaction. Exports give the public fields to everyone and every field to the
// organisation's keepers; the national export covers every organisation.
import type { ServiceContext } from '../../context.ts';
import { type Locale, type MessageKey, translate } from '../../i18n/index.ts';
import type { FieldReason } from '../../kernel/error-codes.ts';
import { AppError, type FieldError } from '../../kernel/errors.ts';
import { nowIso } from '../../kernel/ids.ts';
import { Fields } from '../../kernel/validate.ts';
import { orgsService } from '../accounts/index.ts';
import { checkItem, type ItemValues } from './input.ts';
import * as repo from './inventory.repo.ts';
import { insertItem, keptOrganization, viewOf } from './inventory.service.ts';
import type { ItemView } from './present.ts';
import { scoreRules } from './score.ts';
import {
  type AnyColumn,
  type Column,
  columnLabel,
  columnOf,
  columns,
  readOnlyColumns,
  readSheet,
  writeCsv,
  writeXlsx,
} from './table.ts';

export const MAX_IMPORT_ROWS = 5000;

export interface ImportProblem {
  /** Row number in the file (the header is row 1; 0 for the file as a whole). */
  row: number;
  column: string;
  reason: FieldReason;
  message: string;
}
export interface ImportReport {
  organization: string;
  rows: number;
  valid: boolean;
  committed: boolean;
  created: number;
  errors: ImportProblem[];
}

/** Field name of `checkItem` → column of the file (`title.fr` → `title_fr`). */
const columnOfField = (field: string) => field.replace('.', '_');

/** Row values as `checkItem` reads them. */
function inputOf(cells: Record<Column, unknown>): Record<string, unknown> {
  const tr = (p: 'title' | 'description') =>
    Object.fromEntries(
      (['ar', 'fr', 'en'] as const)
        .map((l) => [l, cells[`${p}_${l}`]])
        .filter(([, v]) => v !== undefined && v !== ''),
    );
  const out: Record<string, unknown> = { title: tr('title'), description: tr('description') };
  for (const c of columns) if (!c.startsWith('title_') && !c.startsWith('description_')) out[c] = cells[c];
  if (out.access_level === '' || out.access_level === undefined) delete out.access_level;
  return out;
}

export async function importInventory(
  ctx: ServiceContext,
  organization: unknown,
  file: { filename: string; data: Buffer },
  opts: { commit: boolean },
): Promise<ImportReport> {
  const org = await keptOrganization(ctx, organization);
  const problems: { row: number; column: string; error: FieldError }[] = [];
  const sheet = await readSheet(file.filename, file.data);
  const map: (AnyColumn | undefined)[] = sheet.header.map((h) => columnOf(h));
  const seen = new Set<AnyColumn>();
  sheet.header.forEach((h, i) => {
    const c = map[i];
    if (!h) return;
    if (!c) problems.push({ row: 1, column: h, error: { reason: 'unknown_field' } });
    else if (seen.has(c)) problems.push({ row: 1, column: h, error: { reason: 'not_unique' } });
    else seen.add(c);
  });
  if (!sheet.rows.length) problems.push({ row: 0, column: 'file', error: { reason: 'required' } });
  if (sheet.rows.length > MAX_IMPORT_ROWS)
    problems.push({
      row: 0,
      column: 'file',
      error: { reason: 'too_large', params: { max: MAX_IMPORT_ROWS } },
    });
  const valid: ItemValues[] = [];
  if (!problems.length)
    for (const { line, cells } of sheet.rows) {
      const byColumn = {} as Record<Column, unknown>;
      map.forEach((c, i) => {
        if (c && !(readOnlyColumns as readonly string[]).includes(c)) {
          const v = cells[i];
          byColumn[c as Column] = typeof v === 'string' ? v.trim() : v;
        }
      });
      const f = new Fields();
      const values = await checkItem(ctx, f, inputOf(byColumn), org.id);
      try {
        f.check();
        valid.push(values);
      } catch (err) {
        const fields = (err as AppError).fields ?? {};
        for (const [name, error] of Object.entries(fields))
          problems.push({ row: line, column: columnOfField(name), error });
      }
    }
  const locale = ctx.locale as Locale;
  const errors = problems.map((p) => ({
    row: p.row,
    column: p.column,
    reason: p.error.reason,
    message: translate(locale, `field.${p.error.reason}` as MessageKey, p.error.params),
  }));
  const report: ImportReport = {
    organization: org.name,
    rows: sheet.rows.length,
    valid: errors.length === 0,
    committed: false,
    created: 0,
    errors,
  };
  if (!opts.commit || !report.valid) {
    if (opts.commit) {
      const fields: Record<string, FieldError> = {};
      for (const p of problems) fields[`rows.${p.row}.${p.column}`] ??= p.error;
      throw new AppError('inventory.import_invalid', { count: errors.length }, fields);
    }
    return report;
  }
  const at = nowIso();
  await ctx.db.db.transaction().execute(async (tx) => {
    for (const v of valid) await insertItem(ctx, tx, org.id, v, 'import', at);
  });
  return { ...report, committed: true, created: valid.length };
}

const yesNo = (locale: Locale, b: boolean) => translate(locale, b ? 'inventory.yes' : 'inventory.no');

/** One file row of an item (as the viewer may see it). */
function rowOf(v: ItemView, locale: Locale): string[] {
  const cell: Record<AnyColumn, string> = {
    id: v.id,
    organization: v.organization.name,
    status: v.status,
    score: String(v.priority.score),
    requests: String(v.demand.requests),
    votes: String(v.demand.votes),
    title_ar: v.title.ar ?? '',
    title_fr: v.title.fr ?? '',
    title_en: v.title.en ?? '',
    description_ar: v.description.ar ?? '',
    description_fr: v.description.fr ?? '',
    description_en: v.description.en ?? '',
    owner_unit: v.owner_unit ?? '',
    source_system: v.source_system ?? '',
    format: v.format ?? '',
    volume: v.volume ?? '',
    frequency: v.frequency ?? '',
    personal_data: yesNo(locale, v.personal_data),
    access_level: v.access_level,
    restriction_reason: v.restriction?.reason ?? '',
    justification: v.restriction?.justification ?? '',
    planned_date: v.planned_date ?? '',
    dataset: v.dataset?.name ?? '',
    quality: String(v.quality),
    no_legal_obstacle: yesNo(locale, v.no_legal_obstacle),
    open_format: yesNo(locale, v.open_format),
  };
  return exportColumns.map((c) => cell[c]);
}
const exportColumns: AnyColumn[] = ['id', 'organization', ...columns, 'status', 'score', 'requests', 'votes'];

export const exportFormats = ['csv', 'xlsx'] as const;

/** An organisation's inventory (or the national one without `organization`) as a CSV or XLSX file. */
export async function exportInventory(
  ctx: ServiceContext,
  query: { organization?: string; format?: string },
) {
  const f = new Fields();
  const format = f.oneOf('format', query.format, exportFormats, 'csv');
  f.check();
  const org = query.organization ? await orgsService.getOrganization(ctx, query.organization) : undefined;
  const rows = await repo.allItems(ctx.db.db, org?.id, scoreRules(ctx.config));
  const locale = ctx.locale as Locale;
  const table = {
    header: exportColumns.map((c) => columnLabel(locale, c)),
    rows: rows.map((r) => rowOf(viewOf(ctx, r), locale)),
  };
  const base = `inventory-${org?.name ?? 'national'}-${nowIso().slice(0, 10)}`;
  return format === 'xlsx'
    ? {
        filename: `${base}.xlsx`,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        body: await writeXlsx(table, org?.name ?? 'inventory', locale === 'ar'),
      }
    : { filename: `${base}.csv`, contentType: 'text/csv; charset=utf-8', body: writeCsv(table) };
}
