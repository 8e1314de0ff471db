// Administration pages: users and roles, organisations and members, membership requests, audit log.
// Each page lives in its own admin-*.tsx file; this one has the dashboard and registers them all.
import type { FastifyInstance } from 'fastify';
import { type PageDef, type PageOptions, registerPage } from '../../../web/page.ts';
import { listAuditLog } from '../audit.service.ts';
import { listOrganizations } from '../orgs.service.ts';
import { listUsers } from '../users.service.ts';
import { registerAdminAudit } from './admin-audit.tsx';
import { registerAdminMembers } from './admin-members.tsx';
import { registerAdminOrgs } from './admin-orgs.tsx';
import { href } from './admin-ui.tsx';
import { registerAdminUsers } from './admin-users.tsx';

interface DashboardData {
  sections: {
    id: 'users' | 'organizations' | 'audit' | 'themes' | 'harvest';
    href: string;
    total: number | null;
  }[];
}

export const dashboardPage: PageDef<DashboardData> = {
  path: '/admin',
  signedIn: true,
  async load(ctx) {
    // listUsers refuses everyone but sysadmins: the dashboard is theirs.
    const users = await listUsers(ctx.svc, { limit: 1, offset: 0 });
    const [orgs, audit] = await Promise.all([
      listOrganizations(ctx.svc, { limit: 1, offset: 0 }),
      listAuditLog(ctx.svc, { limit: 1, offset: 0 }),
    ]);
    const link = (path: string) => href(ctx.i18n, path);
    return {
      sections: [
        { id: 'users', href: link('/admin/users'), total: users.total },
        { id: 'organizations', href: link('/admin/organizations'), total: orgs.total },
        { id: 'audit', href: link('/admin/audit'), total: audit.total },
        { id: 'themes', href: link('/admin/themes'), total: null },
        { id: 'harvest', href: link('/admin/harvest'), total: null },
      ],
    };
  },
  title: (_d, { i18n }) => i18n.t('admin.title'),
  view(data, { i18n }) {
    const { t } = i18n;
    const text = {
      users: [t('admin.users.title'), t('admin.dashboard.users')],
      organizations: [t('admin.orgs.title'), t('admin.dashboard.organizations')],
      audit: [t('admin.audit.title'), t('admin.dashboard.audit')],
      themes: [t('themes.admin.title'), t('admin.dashboard.themes')],
      harvest: [t('harvest.title'), t('admin.dashboard.harvest')],
    } as const;
    return (
      <>
        <h1>{t('admin.title')}</h1>
        <p class="lead">{t('admin.dashboard.lead')}</p>
        <ul class="cards">
          {data.sections.map((s) => (
            <li class="card" key={s.id}>
              <h2>
                <a href={s.href}>{text[s.id][0]}</a>
              </h2>
              <p>{text[s.id][1]}</p>
              {s.total !== null && <p class="muted">{t('admin.dashboard.count', { count: s.total })}</p>}
            </li>
          ))}
        </ul>
      </>
    );
  },
};

export function registerAdminPages(app: FastifyInstance, options: PageOptions): void {
  registerPage(app, dashboardPage, options);
  registerAdminUsers(app, options);
  registerAdminOrgs(app, options);
  registerAdminMembers(app, options);
  registerAdminAudit(app, options);
}
