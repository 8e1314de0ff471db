// The national inventory (counts by organisation and status, then every item with filters) and one
// organisation's inventory (sorted by priority score, each score explained), with export links.
import type { PageContext, PageDef } from '../../../web/page.ts';
import { orgsService } from '../../accounts/index.ts';
import { Paging, pageOf, Tr, text } from '../../catalog/pages/public-kit.tsx';
import { canManage, inventorySummary, listItems } from '../inventory.service.ts';
import type { ItemView } from '../present.ts';
import { CountsTable, FilterForm, type Filters, filtersOf, ItemList } from './inventory-kit.tsx';

interface ListPart {
  filters: Filters;
  page: number;
  limit: number;
  total: number;
  items: ItemView[];
}

async function listPart(ctx: PageContext, organization?: string): Promise<ListPart> {
  const { page, limit, offset } = pageOf(ctx);
  const filters = filtersOf(ctx);
  const { total, items } = await listItems(ctx.svc, { ...filters, organization, limit, offset });
  return { filters, page, limit, total, items };
}

function ExportLinks({
  org,
  t,
}: {
  org?: string;
  t: (k: 'inventory.export.csv' | 'inventory.export.xlsx') => string;
}) {
  const href = (format: string) =>
    `/api/v1/inventory/export?format=${format}${org ? `&organization=${encodeURIComponent(org)}` : ''}`;
  return (
    <>
      <a href={href('csv')} download>
        {t('inventory.export.csv')}
      </a>{' '}
      <a href={href('xlsx')} download>
        {t('inventory.export.xlsx')}
      </a>
    </>
  );
}

type NationalData = ListPart & Awaited<ReturnType<typeof inventorySummary>>;

export const nationalInventoryPage: PageDef<NationalData> = {
  path: '/inventory',
  section: 'organizations',
  async load(ctx) {
    return { ...(await inventorySummary(ctx.svc)), ...(await listPart(ctx)) };
  },
  title: (_d, { i18n }) => i18n.t('inventory.title'),
  view(d, { i18n, url }) {
    const { t, locale } = i18n;
    return (
      <div class="catalog">
        <h1>{t('inventory.title')}</h1>
        <p class="lead">{t('inventory.lead')}</p>
        <p class="inline-links">
          <ExportLinks t={t} />
        </p>
        <CountsTable rows={d.organizations} totals={d.totals} i18n={i18n} />
        <h2>{t('inventory.items', { n: i18n.n(d.total) })}</h2>
        <FilterForm action={`/${locale}/inventory`} f={d.filters} i18n={i18n} />
        <ItemList items={d.items} i18n={i18n} showOrg />
        <Paging i18n={i18n} url={url} page={d.page} total={d.total} size={d.limit} />
      </div>
    );
  },
};

type OrgData = ListPart & {
  organization: { name: string; title: Record<string, string> };
  can: { manage: boolean };
};

export const orgInventoryPage: PageDef<OrgData> = {
  path: '/organizations/:name/inventory',
  section: 'organizations',
  async load(ctx) {
    const o = await orgsService.getOrganization(ctx.svc, (ctx.req.params as { name: string }).name);
    return {
      organization: { name: o.name, title: o.title as Record<string, string> },
      ...(await listPart(ctx, o.name)),
      can: { manage: canManage(ctx.svc, o.id) },
    };
  },
  title: (d, { i18n }) => i18n.t('inventory.org.title', { org: text(d.organization.title, i18n) }),
  view(d, { i18n, url }) {
    const { t, locale } = i18n;
    const base = `/${locale}/organizations/${d.organization.name}`;
    return (
      <div class="catalog">
        <p class="breadcrumbs">
          <a href={`/${locale}/inventory`}>{t('inventory.title')}</a> ·{' '}
          <a href={base}>
            <Tr value={d.organization.title} i18n={i18n} />
          </a>
        </p>
        <h1>{t('inventory.org.title', { org: text(d.organization.title, i18n) })}</h1>
        <p class="lead">{t('inventory.lead')}</p>
        <p class="inline-links">
          {d.can.manage && (
            <>
              <a class="button" href={`${base}/inventory/new`}>
                {t('inventory.new')}
              </a>{' '}
              <a href={`${base}/inventory/import`}>{t('inventory.import')}</a>{' '}
            </>
          )}
          <ExportLinks org={d.organization.name} t={t} />
        </p>
        <h2>{t('inventory.items', { n: i18n.n(d.total) })}</h2>
        <FilterForm action={`${base}/inventory`} f={d.filters} i18n={i18n} />
        <ItemList items={d.items} i18n={i18n} showOrg={false} />
        <Paging i18n={i18n} url={url} page={d.page} total={d.total} size={d.limit} />
      </div>
    );
  },
};
