// The audit log, read-only: filters by actor, action prefix, target and dates (Moroccan days), with paging.
import type { FastifyInstance } from 'fastify';
import { Fields } from '../../../kernel/validate.ts';
import { Field } from '../../../web/components/form.tsx';
import { type PageContext, type PageDef, type PageOptions, registerPage } from '../../../web/page.ts';
import { paging } from '../accounts.routes.ts';
import { type AuditView, listAuditLog } from '../audit.service.ts';
import { Breadcrumbs, dateTime, href, Pager, query, seg } from './admin-ui.tsx';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const offsetFormat = new Intl.DateTimeFormat('en', {
  timeZone: 'Africa/Casablanca',
  timeZoneName: 'longOffset',
});

/** The instant a day starts in Morocco (the dates shown on the page are Moroccan time). */
export function dayStart(day: string): string {
  const noon = new Date(`${day}T12:00:00Z`);
  const name = offsetFormat.formatToParts(noon).find((p) => p.type === 'timeZoneName')?.value ?? '';
  // 'GMT+01:00', or 'GMT' at UTC
  const offset = /GMT([+-]\d{2}:\d{2})/.exec(name)?.[1] ?? 'Z';
  return new Date(`${day}T00:00:00${offset}`).toISOString();
}

const nextDay = (day: string) =>
  new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

function checkDay(f: Fields, name: string, value: string): string | undefined {
  if (!value) return undefined;
  const t = Date.parse(`${value}T12:00:00Z`);
  if (!DAY.test(value) || Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== value) {
    f.add(name, 'invalid_format');
    return undefined;
  }
  return value;
}

interface AuditData {
  filter: { actor: string; action: string; target: string; since: string; until: string };
  total: number;
  limit: number;
  offset: number;
  items: AuditView[];
}

export const auditPage: PageDef<AuditData> = {
  path: '/admin/audit',
  signedIn: true,
  async load(ctx) {
    const q = query(ctx);
    const s = (name: string) => (q[name] ?? '').trim();
    const filter = {
      actor: s('actor'),
      action: s('action'),
      target: s('target'),
      since: s('since'),
      until: s('until'),
    };
    const f = new Fields();
    const since = checkDay(f, 'since', filter.since);
    const until = checkDay(f, 'until', filter.until);
    f.check();
    const pg = paging(q, 500);
    const { total, items } = await listAuditLog(ctx.svc, {
      actor: filter.actor || undefined,
      action: filter.action || undefined,
      targetId: filter.target || undefined,
      since: since ? dayStart(since) : undefined,
      until: until ? dayStart(nextDay(until)) : undefined,
      ...pg,
    });
    return { filter, total, ...pg, items };
  },
  title: (_d, { i18n }) => i18n.t('admin.audit.title'),
  view(data, { i18n }: PageContext) {
    const { t } = i18n;
    const f = data.filter;
    return (
      <>
        <Breadcrumbs i18n={i18n} items={[{ href: href(i18n, '/admin'), label: t('admin.title') }]} />
        <h1>{t('admin.audit.title')}</h1>
        <p>{t('admin.audit.lead')}</p>
        <form method="get" action={href(i18n, '/admin/audit')} class="form filters" role="search">
          <Field
            name="actor"
            label={t('admin.audit.actor')}
            hint={t('admin.audit.actor_hint')}
            value={f.actor}
            dir="ltr"
          />
          <Field
            name="action"
            label={t('admin.audit.action')}
            hint={t('admin.audit.action_hint')}
            value={f.action}
            dir="ltr"
          />
          <Field name="target" label={t('admin.audit.target')} value={f.target} dir="ltr" />
          <Field name="since" type="date" label={t('admin.audit.since')} value={f.since} dir="ltr" />
          <Field name="until" type="date" label={t('admin.audit.until')} value={f.until} dir="ltr" />
          <button type="submit">{t('admin.filter')}</button>
        </form>
        <div class="table-wrap">
          <table class="data">
            <caption>{t('admin.audit.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.audit.time')}</th>
                <th scope="col">{t('admin.audit.actor')}</th>
                <th scope="col">{t('admin.audit.action')}</th>
                <th scope="col">{t('admin.audit.target')}</th>
                <th scope="col">{t('admin.audit.ip')}</th>
                <th scope="col">{t('admin.audit.details')}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((e) => (
                <tr key={e.id}>
                  <th scope="row">
                    <time datetime={e.at}>{dateTime(i18n, e.at)}</time>
                  </th>
                  <td dir="ltr">
                    {e.actorId ? (
                      <a href={href(i18n, `/admin/users/${seg(e.actorId)}`)}>{e.actor}</a>
                    ) : (
                      e.actor
                    )}
                  </td>
                  <td dir="ltr">
                    <code>{e.action}</code>
                  </td>
                  <td dir="ltr">
                    {e.targetType === 'user' && e.targetId ? (
                      <a href={href(i18n, `/admin/users/${seg(e.targetId)}`)}>{e.targetId}</a>
                    ) : (
                      e.targetId
                    )}
                    {e.targetType && <span class="muted"> ({e.targetType})</span>}
                  </td>
                  <td dir="ltr">{e.ip ?? '—'}</td>
                  <td dir="ltr">
                    <code>{JSON.stringify(e.details)}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {data.items.length === 0 && <p>{t('admin.audit.none')}</p>}
        <Pager
          i18n={i18n}
          path="/admin/audit"
          params={f}
          total={data.total}
          limit={data.limit}
          offset={data.offset}
        />
      </>
    );
  },
};

export function registerAdminAudit(app: FastifyInstance, options: PageOptions): void {
  registerPage(app, auditPage, options);
}
