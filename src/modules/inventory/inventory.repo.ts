// All SQL of the inventory: items with their organisation, dataset and demand (linked data requests and their
// votes), the score and status expressions used to filter and sort, revisions, and the request links.
import { type Insertable, type Selectable, sql } from 'kysely';
import type { InventoryItemsTable, InventoryRevisionsTable } from '../../db/tables/inventory.ts';
import type { Executor } from '../../db/types.ts';
import { criteria, QUALITY_MAX, type ScoreRules } from './score.ts';
import type { ItemStatus } from './vocabulary.ts';

export type ItemRow = Selectable<InventoryItemsTable>;
export type RevisionRow = Selectable<InventoryRevisionsTable>;

/** The derived status (vocabulary.ts `statusOf`), in SQL. */
const statusSql = sql<ItemStatus>`(case
  when i.dataset_id is not null then 'published'
  when i.access_level = 'non_public' then 'non_public'
  when i.access_level = 'restricted' then 'restricted'
  when i.planned_date is not null then 'planned'
  else 'not_planned' end)`;

const requestCount = sql<number>`(select count(*) from data_requests dr
  where dr.inventory_item_id = i.id and dr.status <> 'withdrawn')`;
const voteCount = sql<number>`(select coalesce(sum(dr.vote_count), 0) from data_requests dr
  where dr.inventory_item_id = i.id and dr.status <> 'withdrawn')`;

/** score.ts `explainScore` in SQL (weights and target are whole numbers from the configuration: literals). */
function scoreSql(rules: ScoreRules) {
  const w = rules.weights;
  const n = (v: number) => sql.lit(Math.trunc(v));
  const total = criteria.reduce((s, c) => s + w[c], 0) || 1;
  const demand = sql`(${requestCount} + ${voteCount})`;
  const target = n(rules.demandTarget);
  return sql<number>`(100.0 * (
    ${n(w.quality)} * i.quality * 1.0 / ${n(QUALITY_MAX)}
    + ${n(w.legal)} * i.no_legal_obstacle
    + ${n(w.open_format)} * i.open_format
    + ${n(w.demand)} * (case when ${demand} >= ${target} then 1.0 else ${demand} * 1.0 / ${target} end)
  ) / ${n(total)})`;
}

const withNames = (db: Executor) =>
  db
    .selectFrom('inventory_items as i')
    .innerJoin('organizations as o', 'o.id', 'i.organization_id')
    .leftJoin('datasets as d', 'd.id', 'i.dataset_id')
    .selectAll('i')
    .select([
      'o.name as org_name',
      'o.title as org_title',
      'd.name as dataset_name',
      'd.title as dataset_title',
      'd.visibility as dataset_visibility',
      'd.state as dataset_state',
      requestCount.as('request_count'),
      voteCount.as('vote_count'),
    ]);

export type ItemListRow = Awaited<ReturnType<ReturnType<typeof withNames>['execute']>>[number];

export function findItem(db: Executor, id: string) {
  return withNames(db).where('i.id', '=', id).executeTakeFirst();
}

export interface ItemFilter {
  organizationId?: string;
  accessLevel?: string;
  status?: ItemStatus;
  /** Organisations whose archived items the actor may see (null: every organisation, a sysadmin). */
  archivedScope?: readonly string[] | null;
  archived: boolean;
  sort: 'score' | 'title' | 'date';
  limit: number;
  offset: number;
}

/** One page of items. Archived items only within `archivedScope` (members of their organisation). */
export async function listItems(db: Executor, f: ItemFilter, rules: ScoreRules) {
  let q = db.selectFrom('inventory_items as i');
  if (f.organizationId) q = q.where('i.organization_id', '=', f.organizationId);
  if (f.accessLevel) q = q.where('i.access_level', '=', f.accessLevel as never);
  if (f.status) q = q.where(statusSql, '=', f.status);
  if (!f.archived) q = q.where('i.state', '=', 'active');
  else {
    q = q.where('i.state', '=', 'archived');
    if (f.archivedScope) {
      if (!f.archivedScope.length) return { total: 0, rows: [] };
      q = q.where('i.organization_id', 'in', f.archivedScope);
    }
  }
  const total = Number(
    (await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
  );
  let rows = withNames(db).select(scoreSql(rules).as('score')).where('i.id', 'in', q.select('i.id'));
  rows =
    f.sort === 'score'
      ? rows.orderBy(scoreSql(rules), 'desc').orderBy('i.created_at', 'desc')
      : f.sort === 'title'
        ? rows.orderBy('i.title')
        : rows.orderBy('i.updated_at', 'desc');
  return { total, rows: await rows.orderBy('i.id').limit(f.limit).offset(f.offset).execute() };
}

/** Every active item of one organisation or of all (exports), best score first. */
export function allItems(db: Executor, organizationId: string | undefined, rules: ScoreRules) {
  let q = withNames(db).where('i.state', '=', 'active');
  if (organizationId) q = q.where('i.organization_id', '=', organizationId);
  return q.orderBy('o.name').orderBy(scoreSql(rules), 'desc').orderBy('i.id').execute();
}

/** Active items by derived status for every active organisation (zeros included: who has not inventoried). */
export async function countsByOrganization(db: Executor) {
  const n = (s: ItemStatus) =>
    sql<number>`sum(case when i.id is not null and ${statusSql} = ${s} then 1 else 0 end)`;
  return db
    .selectFrom('organizations as o')
    .leftJoin('inventory_items as i', (j) =>
      j.onRef('i.organization_id', '=', 'o.id').on('i.state', '=', 'active'),
    )
    .where('o.state', '=', 'active')
    .groupBy(['o.id', 'o.name', 'o.title'])
    .select([
      'o.name',
      'o.title',
      sql<number>`count(i.id)`.as('total'),
      n('published').as('published'),
      n('planned').as('planned'),
      n('restricted').as('restricted'),
      n('non_public').as('non_public'),
      n('not_planned').as('not_planned'),
    ])
    .orderBy(sql`count(i.id)`, 'desc')
    .orderBy('o.name')
    .execute();
}

export function insertItem(db: Executor, row: Insertable<InventoryItemsTable>) {
  return db.insertInto('inventory_items').values(row).execute();
}

export function updateItem(
  db: Executor,
  id: string,
  patch: Partial<Omit<ItemRow, 'id' | 'created_at' | 'organization_id'>>,
) {
  return db.updateTable('inventory_items').set(patch).where('id', '=', id).execute();
}

export function insertRevision(db: Executor, row: RevisionRow) {
  return db.insertInto('inventory_revisions').values(row).execute();
}

export function listRevisions(db: Executor, itemId: string) {
  return db
    .selectFrom('inventory_revisions as r')
    .leftJoin('users as u', 'u.id', 'r.actor_id')
    .selectAll('r')
    .select('u.name as actor_name')
    .where('r.item_id', '=', itemId)
    .orderBy('r.version', 'desc')
    .execute();
}

/** The data requests counted in an item's demand (and any withdrawn ones, shown but not counted). */
export function linkedRequests(db: Executor, itemId: string) {
  return db
    .selectFrom('data_requests')
    .select(['id', 'title', 'locale', 'status', 'vote_count', 'created_at'])
    .where('inventory_item_id', '=', itemId)
    .orderBy('created_at')
    .execute();
}

/** Links a request to an item, only if it has none yet; true when this call made the link. */
export async function linkRequest(db: Executor, requestId: string, itemId: string, at: string) {
  const r = await db
    .updateTable('data_requests')
    .set({ inventory_item_id: itemId, updated_at: at })
    .where('id', '=', requestId)
    .where('inventory_item_id', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
