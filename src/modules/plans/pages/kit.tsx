// Shared pieces of the plan pages: translated text with its language, progress bars, levels, dates, the
// "figures as of" form.
import type { ComponentChildren } from 'preact';
import type { I18n, Locale } from '../../../i18n/index.ts';
import type { PageContext } from '../../../web/page.ts';
// Translated text with its language: the catalogue's (one rule for the whole site).
import { Tr } from '../../catalog/pages/public-kit.tsx';
import type { Translated } from '../fields.ts';
import type { LevelView } from '../present.ts';

export { inLang, Tr, text } from '../../catalog/pages/public-kit.tsx';

/** A calendar date (YYYY-MM-DD) in the page language. */
export const day = (i18n: I18n, d: string) => i18n.d(`${d}T12:00:00Z`);

export const pct = (i18n: I18n, n: number) =>
  i18n.t('plans.percent', { n: i18n.n(n, { maximumFractionDigits: 1 }) });

/** A native progress bar with its figure as text beside it (read by screen readers through the label). */
export function Bar({ i18n, value, label }: { i18n: I18n; value: number; label: string }) {
  return (
    <span class="progress">
      <progress max={100} value={value} aria-label={label}>
        {pct(i18n, value)}
      </progress>
      <span>{pct(i18n, value)}</span>
    </span>
  );
}

export function Level({ i18n, level }: { i18n: I18n; level: LevelView }) {
  return (
    <span>
      {i18n.t(`plans.level.${level.level}`)}
      {level.overridden && (
        <span class="muted">
          {' '}
          (
          {i18n.t('plans.overridden', {
            derived: i18n.t(`plans.level.${level.derived}`),
            reason: level.reason ?? '',
          })}
          )
        </span>
      )}
    </span>
  );
}

/** The `date` query parameter ('' when absent). */
export function dateParam(ctx: PageContext): string {
  const v = (ctx.req.query as Record<string, unknown> | undefined)?.date;
  return typeof v === 'string' ? v : '';
}

/** A GET form that reloads the page with its figures as of another date (works without JavaScript). */
export function AsOfForm({ i18n, action, date }: { i18n: I18n; action: string; date: string }) {
  return (
    <form method="get" action={action} class="filters">
      <div class="field">
        <label for="as-of">{i18n.t('plans.asOf.label')}</label>
        <input type="date" id="as-of" name="date" value={date} />
      </div>
      <button type="submit">{i18n.t('plans.asOf.submit')}</button>
    </form>
  );
}

/** What a commitment row shows: number, title, lead institution, progress, level, last update. */
export interface CommitmentFigures {
  number: number;
  title: Translated;
  leadInstitution: Translated;
  progress: number;
  level: LevelView;
  lastReport: string | null;
  notUpdated: boolean;
}

/** The column headings of a table of commitments (CommitmentRow). */
export function CommitmentHead({ i18n }: { i18n: I18n }) {
  const { t } = i18n;
  return (
    <thead>
      <tr>
        <th scope="col">{t('plans.col.number')}</th>
        <th scope="col">{t('plans.col.commitment')}</th>
        <th scope="col">{t('plans.col.lead')}</th>
        <th scope="col">{t('plans.col.progress')}</th>
        <th scope="col">{t('plans.col.level')}</th>
        <th scope="col">{t('plans.col.lastUpdate')}</th>
      </tr>
    </thead>
  );
}

/** One commitment's row: its page link, progress bar, level and last update (flagged when not updated). */
export function CommitmentRow({ i18n, c, href }: { i18n: I18n; c: CommitmentFigures; href: string }) {
  const { t } = i18n;
  return (
    <tr>
      <td>{i18n.n(c.number)}</td>
      <th scope="row">
        <a href={href}>
          <Tr value={c.title} i18n={i18n} />
        </a>
      </th>
      <td>
        <Tr value={c.leadInstitution} i18n={i18n} />
      </td>
      <td>
        <Bar i18n={i18n} value={c.progress} label={t('plans.progress')} />
      </td>
      <td>
        <Level i18n={i18n} level={c.level} />
      </td>
      <td>
        {c.lastReport ? day(i18n, c.lastReport) : t('plans.never')}
        {c.notUpdated && <span class="badge">{t('plans.notUpdated')}</span>}
      </td>
    </tr>
  );
}

/** A data table named by a heading (`labelledBy`), with one row of column headings; rows are the children. */
export function DataTable(p: { labelledBy: string; columns: string[]; children: ComponentChildren }) {
  return (
    <div class="table-wrap">
      <table class="data" aria-labelledby={p.labelledBy}>
        <thead>
          <tr>
            {p.columns.map((c) => (
              <th scope="col" key={c}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{p.children}</tbody>
      </table>
    </div>
  );
}
