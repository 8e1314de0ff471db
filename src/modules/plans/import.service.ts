// Imports a new plan with its commitments, activities and progress history from a CSV or XLSX file (layout in
// import.layout.ts). Every row is checked with the same checks as the forms and the API; the result lists each
// problem by row and column, translated. Nothing is written unless the whole file is valid, and then
// everything is written in one transaction (a dry run only checks).
import type { ServiceContext } from '../../context.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { type Locale, locales, translate } from '../../i18n/index.ts';
import type { FieldError } from '../../kernel/errors.ts';
import { AppError, isAppError } from '../../kernel/errors.ts';
import { newId, nowIso } from '../../kernel/ids.ts';
import { Fields } from '../../kernel/validate.ts';
import { audit, authorize } from '../accounts/index.ts';
import { checkActivity } from './activities.service.ts';
import { checkCommitment } from './commitments.service.ts';
import { evidence, evidenceLines, isoDate, numberIn, today, translated } from './fields.ts';
import { type Column, columnOf, headerOf, isTranslated, type RowType, rowTypeOf } from './import.layout.ts';
import { readTable } from './import.parse.ts';
import * as repo from './plans.repo.ts';
import { checkPlan } from './plans.service.ts';

export interface ImportIssue {
  /** Row number in the file (1 = the header row). */
  row: number;
  /** The column's header as written in the file (or its usual English name). */
  column: string;
  reason: FieldError['reason'];
  message: string;
}
export interface ImportResult {
  valid: boolean;
  dryRun: boolean;
  plan: string | null;
  counts: { commitments: number; activities: number; reports: number };
  errors: ImportIssue[];
}

type Cells = (c: Column) => string;
type Checked = Record<string, unknown>;
interface Item {
  type: RowType;
  row: number;
  fields: Checked;
}

const yes = new Set(['yes', 'oui', 'نعم', 'y']);
const no = new Set(['no', 'non', 'لا', 'n']);
const bool = (s: string) => (yes.has(s.toLowerCase()) ? '1' : no.has(s.toLowerCase()) ? '0' : s);
const perLang = (get: Cells, base: string) =>
  Object.fromEntries(locales.map((l) => [l, get(`${base}.${l}` as Column)]));

/** Which column each checked field comes from (for the row-by-row report). */
const fieldColumns: Record<string, Column> = {
  periodStart: 'start_date',
  periodEnd: 'end_date',
  startDate: 'start_date',
  endDate: 'end_date',
  plannedStart: 'start_date',
  plannedEnd: 'end_date',
  reportingPeriodDays: 'reporting_period_days',
  reportedOn: 'date',
  since: 'date',
  leadInstitution: 'lead_institution.en',
  responsibleBody: 'responsible_body.en',
  values: 'values',
};

function columnOfField(field: string): Column {
  const [base = '', lang] = field.split('.');
  const snake = base.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`);
  if (lang && (locales as readonly string[]).includes(lang)) return `${snake}.${lang}` as Column;
  if (base === 'evidence') return 'evidence';
  return fieldColumns[base] ?? (snake as Column);
}

/** Runs `check` and returns its fields' errors (none when it passes). */
function errorsOf(check: (f: Fields) => void): Record<string, FieldError> {
  const f = new Fields();
  check(f);
  try {
    f.check();
    return {};
  } catch (e) {
    if (isAppError(e) && e.fields) return e.fields;
    throw e;
  }
}

/** Checks the file and, unless `dryRun` or invalid, creates the plan and everything under it in one transaction. */
export async function importPlan(
  ctx: ServiceContext,
  bytes: Buffer,
  opts: { dryRun: boolean },
): Promise<ImportResult> {
  authorize(ctx.actor, 'plan:create', undefined);
  const table = await readTable(bytes);
  const locale: Locale = ctx.locale;
  const errors: ImportIssue[] = [];
  const issue = (row: number, column: string, reason: FieldError['reason'], params?: FieldError['params']) =>
    errors.push({ row, column, reason, message: translate(locale, `field.${reason}` as MessageKey, params) });

  const header = table[0] ?? [];
  const position = new Map<Column, number>();
  header.forEach((h, k) => {
    if (!h) return;
    const c = columnOf(h);
    if (!c) issue(1, h, 'unknown_field');
    else if (position.has(c)) issue(1, h, 'not_unique');
    else position.set(c, k);
  });
  if (!position.has('type')) issue(1, headerOf('type', locale), 'required');
  /** The header as written in the file; a translated field without language names its column in the user's
   *  language when there is one, else another language's. */
  const label = (c: Column): string => {
    if (position.has(c)) return header[position.get(c)!]!;
    if (!c.includes('.') && isTranslated(c)) {
      const found = [locale, ...locales.filter((l) => l !== locale)]
        .map((l) => `${c}.${l}` as Column)
        .find((x) => position.has(x));
      return found ? header[position.get(found)!]! : headerOf(`${c}.${locale}` as Column, locale);
    }
    return headerOf(c, locale);
  };

  const items: Item[] = [];
  let planSince = today();
  const numbers = new Set<number>();
  let lastActivity: (Item & { since: string }) | null = null;
  let commitmentNumber: number | null = null;
  for (let k = 1; k < table.length && position.has('type'); k++) {
    const cells = table[k]!;
    if (cells.every((c) => !c)) continue;
    const row = k + 1;
    const get: Cells = (c) => (position.has(c) ? (cells[position.get(c)!] ?? '') : '');
    const type = rowTypeOf(get('type'));
    const report = (errs: Record<string, FieldError>) => {
      for (const [field, e] of Object.entries(errs))
        issue(row, label(columnOfField(field)), e.reason, e.params);
    };
    if (!type || (items.length === 0) !== (type === 'plan')) {
      issue(row, label('type'), type ? 'invalid_value' : get('type') ? 'invalid_value' : 'required');
      continue;
    }
    let fields: Checked = {};
    if (type === 'plan') {
      report(
        errorsOf((f) => {
          fields = checkPlan(f, {
            slug: get('slug'),
            title: perLang(get, 'title'),
            description: perLang(get, 'description'),
            periodStart: get('start_date'),
            periodEnd: get('end_date'),
            status: get('status'),
            published: bool(get('published')),
            aggregation: get('aggregation'),
            reportingPeriodDays: get('reporting_period_days'),
          });
        }),
      );
      const slug = String(fields.slug ?? '');
      if (slug && (await repo.slugTaken(ctx.db.db, slug))) issue(row, label('slug'), 'not_unique');
      const start = String(fields.period_start ?? '');
      if (start && start < planSince) planSince = start;
    } else if (type === 'commitment') {
      report(
        errorsOf((f) => {
          fields = checkCommitment(f, {
            number: get('number'),
            title: perLang(get, 'title'),
            leadInstitution: perLang(get, 'lead_institution'),
            otherActors: perLang(get, 'other_actors'),
            projectLeads: perLang(get, 'project_leads'),
            problem: perLang(get, 'problem'),
            objective: perLang(get, 'objective'),
            expectedResults: perLang(get, 'expected_results'),
            startDate: get('start_date'),
            endDate: get('end_date'),
            values: get('values')
              .split(/[;,،]/)
              .map((v) => v.trim())
              .filter(Boolean),
            contact: get('contact'),
            weight: get('weight'),
          });
        }),
      );
      const n = Number(fields.number);
      if (numbers.has(n)) issue(row, label('number'), 'not_unique');
      numbers.add(n);
      commitmentNumber = n;
      lastActivity = null;
    } else if (type === 'activity') {
      if (commitmentNumber === null || (get('number') && Number(get('number')) !== commitmentNumber)) {
        issue(row, label(get('number') ? 'number' : 'type'), 'invalid_value');
        continue;
      }
      let since = planSince;
      report(
        errorsOf((f) => {
          fields = checkActivity(f, {
            title: perLang(get, 'title'),
            responsibleBody: perLang(get, 'responsible_body'),
            notes: perLang(get, 'notes'),
            plannedStart: get('start_date'),
            plannedEnd: get('end_date'),
            weight: get('weight'),
            status: get('status'),
            evidence: evidenceLines(get('evidence')),
          });
          since = isoDate(f, 'since', get('date')) ?? planSince;
          if (since > today()) f.add('since', 'invalid_value');
        }),
      );
      lastActivity = { type, row, fields, since };
      fields.since = since;
    } else {
      if (!lastActivity) {
        issue(row, label('type'), 'invalid_value');
        continue;
      }
      const since = lastActivity.since;
      report(
        errorsOf((f) => {
          const reportedOn = isoDate(f, 'reportedOn', get('date'), true);
          if (reportedOn && reportedOn > today()) f.add('reportedOn', 'invalid_value');
          else if (reportedOn && reportedOn < since) f.add('reportedOn', 'too_small', { min: since });
          fields = {
            reported_on: reportedOn,
            completion: numberIn(f, 'completion', get('completion'), { min: 0, max: 100, required: true }),
            done: JSON.stringify(translated(f, 'done', perLang(get, 'done'), { max: 5000 })),
            communication: JSON.stringify(
              translated(f, 'communication', perLang(get, 'communication'), { max: 5000 }),
            ),
            evidence: JSON.stringify(evidence(f, 'evidence', evidenceLines(get('evidence')))),
          };
        }),
      );
    }
    items.push({ type, row, fields });
  }
  if (!items.some((i) => i.type === 'plan') && position.has('type')) issue(2, label('type'), 'required');

  const count = (t: RowType) => items.filter((i) => i.type === t).length;
  const result: ImportResult = {
    valid: errors.length === 0,
    dryRun: opts.dryRun,
    plan: errors.length === 0 ? String(items[0]!.fields.slug) : null,
    counts: { commitments: count('commitment'), activities: count('activity'), reports: count('report') },
    errors,
  };
  if (!result.valid || opts.dryRun) return result;
  await write(ctx, items);
  return result;
}

/** Writes the checked items in one transaction: either the whole plan is created, or nothing. */
async function write(ctx: ServiceContext, items: Item[]): Promise<void> {
  await ctx.db.db.transaction().execute(async (tx) => {
    const now = nowIso();
    const [planItem] = items;
    const plan = await repo.insertPlan(tx, {
      id: newId(),
      ...(planItem!.fields as object),
      created_at: now,
      updated_at: now,
    } as never);
    let commitmentId = '';
    let activity: { id: string; status: string; latest: { on: string; completion: number } | null } | null =
      null;
    let position = 0;
    const settle = async () => {
      if (!activity?.latest) return;
      const c = activity.latest.completion;
      const status =
        activity.status === 'cancelled'
          ? 'cancelled'
          : c >= 100
            ? 'done'
            : c > 0
              ? 'in_progress'
              : activity.status;
      await repo.updateActivity(tx, activity.id, { completion: c, status: status as never, updated_at: now });
    };
    for (const item of items.slice(1)) {
      if (item.type === 'commitment') {
        await settle();
        activity = null;
        position = 0;
        const row = await repo.insertCommitment(tx, {
          id: newId(),
          plan_id: plan.id,
          ...(item.fields as object),
          created_at: now,
          updated_at: now,
        } as never);
        commitmentId = row.id;
      } else if (item.type === 'activity') {
        await settle();
        const { since, ...fields } = item.fields as { since: string; weight: number; status: string };
        const row = await repo.insertActivity(tx, {
          id: newId(),
          commitment_id: commitmentId,
          ...(fields as object),
          completion: 0,
          position: position++,
          created_on: since,
          removed_on: null,
          created_at: now,
          updated_at: now,
        } as never);
        await repo.setWeight(tx, row.id, fields.weight, since, now);
        activity = { id: row.id, status: fields.status, latest: null };
      } else if (item.type === 'report' && activity) {
        const f = item.fields as { reported_on: string; completion: number };
        await repo.insertReport(tx, {
          id: newId(),
          activity_id: activity.id,
          ...(item.fields as object),
          author_id: ctx.actor.userId,
          author_label: ctx.actor.name ?? ctx.actor.email ?? 'import',
          created_at: now,
        } as never);
        if (!activity.latest || f.reported_on >= activity.latest.on)
          activity.latest = { on: f.reported_on, completion: f.completion };
      }
    }
    await settle();
    const counts = { items: items.length - 1 };
    await audit(ctx, tx, 'plan.import', { type: 'plan', id: plan.id }, { slug: plan.slug, ...counts });
  });
}

/** The error of a refused import (REST): each problem as the field `rows.<row>.<column>`. */
export function importError(result: ImportResult): AppError {
  const fields: Record<string, FieldError> = {};
  for (const e of result.errors) fields[`rows.${e.row}.${e.column}`] ??= { reason: e.reason };
  return new AppError('plans.import_invalid', { count: result.errors.length }, fields);
}
