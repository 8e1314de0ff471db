// Pieces shared by the governance pages: the plan's governance links, the progress table of a date, a labelled
// checkbox, a timestamp, blocker status badges.
import type { I18n } from '../../../i18n/index.ts';
import type { FormState } from '../../../web/page.ts';
import type { Translated } from '../fields.ts';
import type { ProgressTable } from '../governance-figures.ts';
import { Bar, CommitmentHead, CommitmentRow } from './kit.tsx';

/** A date and time in the page language. */
export const when = (i18n: I18n, iso: string) => i18n.d(iso, { dateStyle: 'medium', timeStyle: 'short' });

/** Links from a plan to its governance pages (the dashboard only for those who may see it); the page shown is
 * marked as the current one. */
export function PlanLinks({
  i18n,
  slug,
  dashboard,
  current,
}: {
  i18n: I18n;
  slug: string;
  dashboard?: boolean;
  current?: 'plan' | 'progress' | 'meetings' | 'blockers' | 'dashboard';
}) {
  const { t, locale } = i18n;
  const base = `/${locale}/plans/${slug}`;
  const links = [
    { key: 'plan', href: base, label: t('plans.gov.nav.plan') },
    { key: 'progress', href: `${base}/progress`, label: t('plans.gov.nav.progress') },
    { key: 'meetings', href: `${base}/meetings`, label: t('plans.gov.nav.meetings') },
    { key: 'blockers', href: `${base}/blockers`, label: t('plans.gov.nav.blockers') },
    ...(dashboard
      ? [{ key: 'dashboard', href: `${base}/dashboard`, label: t('plans.gov.nav.dashboard') }]
      : []),
  ];
  return (
    <nav aria-label={t('plans.gov.nav')}>
      <ul class="inline-links">
        {links.map((l) => (
          <li key={l.key}>
            <a href={l.href} aria-current={l.key === current ? 'page' : undefined}>
              {l.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Every commitment's progress, level and last update as of the table's date. */
export function ProgressTableView({
  i18n,
  table,
  slug,
  id,
  caption,
}: {
  i18n: I18n;
  table: ProgressTable;
  slug: string;
  id: string;
  caption: string;
}) {
  const { t, locale } = i18n;
  return (
    <div class="table-wrap">
      <table class="data" id={id}>
        <caption class="visually-hidden">{caption}</caption>
        <CommitmentHead i18n={i18n} />
        <tbody>
          {table.commitments.map((c) => (
            <CommitmentRow
              key={c.number}
              i18n={i18n}
              c={c}
              href={`/${locale}/plans/${slug}/commitments/${c.number}?date=${table.date}`}
            />
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td />
            <th scope="row" colSpan={2}>
              {t('plans.gov.planTotal')}
            </th>
            <td>
              <Bar i18n={i18n} value={table.progress} label={t('plans.progress')} />
            </td>
            <td colSpan={2}>{t(`plans.level.${table.level.level}`)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

export function Checkbox(p: {
  name: string;
  label: string;
  checked: boolean;
  form?: FormState;
  hint?: string;
}) {
  const id = `f-${p.name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
  const checked = p.form ? p.form.values[p.name] === 'on' || p.form.values[p.name] === 'true' : p.checked;
  return (
    <div class="field field-check">
      <input type="checkbox" id={id} name={p.name} value="true" checked={checked} />{' '}
      <label for={id}>{p.label}</label>
      {p.hint && <p class="hint">{p.hint}</p>}
    </div>
  );
}

export function StatusBadge({ i18n, status }: { i18n: I18n; status: string }) {
  return <span class={`badge status-${status}`}>{i18n.t(`plans.blocker.status.${status}` as never)}</span>;
}

/** A translated value in the page language, for a form field's initial value. */
export const own = (v: Translated, i18n: I18n) => v[i18n.locale] ?? '';

/** Plain text as paragraphs (blank lines) and line breaks: user text is never HTML. */
export function Paragraphs({ text, lang }: { text: string; lang?: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .filter((p) => p.trim())
        .map((p, i) => (
          <p key={i} lang={lang}>
            {p.split('\n').map((line, k) => (
              <>
                {k > 0 && <br />}
                {line}
              </>
            ))}
          </p>
        ))}
    </>
  );
}
