// A plan's documents (title and link) and team members (name, role, institution): plan managers add and remove
// them; readers of the plan see them on its page.
import type { ServiceContext } from '../../context.ts';
import type { Executor } from '../../db/types.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId, nowIso } from '../../kernel/ids.ts';
import { Fields } from '../../kernel/validate.ts';
import { audit, authorize } from '../accounts/index.ts';
import { isHttpUrl, parseTranslated, type Translated, translated } from './fields.ts';
import { findReadablePlan } from './plans.service.ts';

type Input = Record<string, unknown>;

export interface PlanDocument {
  id: string;
  title: Translated;
  url: string;
}
export interface PlanMember {
  id: string;
  name: string;
  role: Translated;
  institution: Translated;
}

export async function listDocuments(db: Executor, planId: string): Promise<PlanDocument[]> {
  const rows = await db
    .selectFrom('plan_documents')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('position')
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({ id: r.id, title: parseTranslated(r.title), url: r.url ?? '' }));
}

export async function listMembers(db: Executor, planId: string): Promise<PlanMember[]> {
  const rows = await db
    .selectFrom('plan_members')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('position')
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    role: parseTranslated(r.role),
    institution: parseTranslated(r.institution),
  }));
}

/** The plan's documents and team, for whoever may read the plan. */
export async function getDocumentsAndTeam(ctx: ServiceContext, planKey: string) {
  const plan = await findReadablePlan(ctx, planKey);
  return { documents: await listDocuments(ctx.db.db, plan.id), team: await listMembers(ctx.db.db, plan.id) };
}

async function managedPlan(ctx: ServiceContext, planKey: string) {
  authorize(ctx.actor, 'plan:update', undefined);
  return findReadablePlan(ctx, planKey);
}

const nextPosition = async (db: Executor, table: 'plan_documents' | 'plan_members', planId: string) => {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.max('position').as('p'))
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  return row?.p === null || row?.p === undefined ? 0 : Number(row.p) + 1;
};

/** Adds a document: a title in one or more languages and an http(s) link. */
export async function addDocument(ctx: ServiceContext, planKey: string, input: Input): Promise<PlanDocument> {
  const plan = await managedPlan(ctx, planKey);
  const f = new Fields();
  const title = translated(f, 'title', input.title, { max: 300, required: true });
  const url = f.text('url', input.url, { max: 2000, required: true });
  if (url && !f.has('url') && !isHttpUrl(url)) f.add('url', 'invalid_format');
  f.check();
  return ctx.db.db.transaction().execute(async (tx) => {
    const row = {
      id: newId(),
      plan_id: plan.id,
      title: JSON.stringify(title),
      url,
      file_key: null,
      file_name: null,
      media_type: null,
      byte_size: null,
      position: await nextPosition(tx, 'plan_documents', plan.id),
      created_at: nowIso(),
    };
    await tx.insertInto('plan_documents').values(row).execute();
    await audit(ctx, tx, 'plan.document.add', { type: 'plan', id: plan.id }, { url: row.url });
    return { id: row.id, title, url: row.url };
  });
}

/** Adds a team member: a name, and a role and institution in one or more languages. */
export async function addMember(ctx: ServiceContext, planKey: string, input: Input): Promise<PlanMember> {
  const plan = await managedPlan(ctx, planKey);
  const f = new Fields();
  const name = f.text('name', input.name, { max: 200, required: true });
  const role = translated(f, 'role', input.role, { max: 200 });
  const institution = translated(f, 'institution', input.institution, { max: 300 });
  f.check();
  return ctx.db.db.transaction().execute(async (tx) => {
    const row = {
      id: newId(),
      plan_id: plan.id,
      name,
      role: JSON.stringify(role),
      institution: JSON.stringify(institution),
      position: await nextPosition(tx, 'plan_members', plan.id),
      created_at: nowIso(),
    };
    await tx.insertInto('plan_members').values(row).execute();
    await audit(ctx, tx, 'plan.member.add', { type: 'plan', id: plan.id }, { name });
    return { id: row.id, name, role, institution };
  });
}

/** Removes a document or a team member of the plan. */
export async function removeItem(
  ctx: ServiceContext,
  planKey: string,
  kind: 'document' | 'member',
  id: string,
): Promise<void> {
  const plan = await managedPlan(ctx, planKey);
  const table = kind === 'document' ? 'plan_documents' : 'plan_members';
  await ctx.db.db.transaction().execute(async (tx) => {
    const gone = await tx
      .deleteFrom(table)
      .where('plan_id', '=', plan.id)
      .where('id', '=', id)
      .executeTakeFirst();
    if (Number(gone.numDeletedRows) === 0) throw new AppError('http.not_found');
    await audit(ctx, tx, `plan.${kind}.remove`, { type: 'plan', id: plan.id }, { id });
  });
}
