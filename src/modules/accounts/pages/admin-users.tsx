// Administration of users: the list with search, state filter and paging.
import type { FastifyInstance } from 'fastify';
import type { UserState } from '../../../db/tables/accounts.ts';
import { Field, Select } from '../../../web/components/form.tsx';
import { type PageContext, type PageOptions, registerPage } from '../../../web/page.ts';
import { paging } from '../accounts.routes.ts';
import { listUsers, type UserView } from '../users.service.ts';
import { Breadcrumbs, dateTime, href, Pager, page, query, seg, tk } from './admin-ui.tsx';
import { registerAdminUser } from './admin-user.tsx';

const states: readonly UserState[] = ['pending', 'active', 'deactivated'];

interface UsersData {
  filter: { q: string; state: string };
  total: number;
  limit: number;
  offset: number;
  items: UserView[];
}

const usersBase = {
  signedIn: true,
  async load(ctx: PageContext): Promise<UsersData> {
    const q = query(ctx);
    const state = states.find((s) => s === q.state);
    const text = (q.q ?? '').trim();
    const pg = paging(q);
    const { total, items } = await listUsers(ctx.svc, { q: text || undefined, state, ...pg });
    return { filter: { q: text, state: state ?? '' }, total, ...pg, items };
  },
  title: (_d: UsersData, { i18n }: PageContext) => i18n.t('admin.users.title'),
};

function usersView(data: UsersData, { i18n }: PageContext) {
  const { t } = i18n;
  return (
    <>
      <Breadcrumbs i18n={i18n} items={[{ href: href(i18n, '/admin'), label: t('admin.title') }]} />
      <h1>{t('admin.users.title')}</h1>
      <form method="get" action={href(i18n, '/admin/users')} class="form filters" role="search">
        <Field name="q" type="search" label={t('admin.users.search')} value={data.filter.q} />
        <Select
          name="state"
          label={t('admin.users.state')}
          value={data.filter.state}
          options={[
            { value: '', label: t('admin.users.state.all') },
            ...states.map((s) => ({ value: s, label: tk(i18n, `admin.state.${s}`) })),
          ]}
        />
        <button type="submit">{t('admin.filter')}</button>
      </form>
      <div class="table-wrap">
        <table class="data">
          <caption>{t('admin.users.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.users.name')}</th>
              <th scope="col">{t('admin.users.email')}</th>
              <th scope="col">{t('admin.users.state')}</th>
              <th scope="col">{t('role.sysadmin')}</th>
              <th scope="col">{t('admin.users.last_login')}</th>
              <th scope="col">{t('admin.users.created')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((u) => (
              <tr key={u.id}>
                <th scope="row">
                  <a href={href(i18n, `/admin/users/${seg(u.id)}`)}>{u.name}</a>
                </th>
                <td dir="ltr">{u.email}</td>
                <td>{tk(i18n, `admin.state.${u.state}`)}</td>
                <td>{u.sysadmin ? t('admin.yes') : t('admin.no')}</td>
                <td>{dateTime(i18n, u.lastLoginAt)}</td>
                <td>{dateTime(i18n, u.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {data.items.length === 0 && <p>{t('admin.users.none')}</p>}
      <Pager
        i18n={i18n}
        path="/admin/users"
        params={{ q: data.filter.q, state: data.filter.state }}
        total={data.total}
        limit={data.limit}
        offset={data.offset}
      />
    </>
  );
}

export function registerAdminUsers(app: FastifyInstance, options: PageOptions): void {
  registerPage(app, page({ ...usersBase, path: '/admin/users' }, usersView), options);
  registerAdminUser(app, options);
}
