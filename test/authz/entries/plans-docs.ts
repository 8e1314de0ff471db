// A plan's documents and team: plan managers only (sysadmins here; the steering committee case is tested in
// src/modules/plans/plan-docs.test.ts).
import type { Fixture, MatrixEntry } from '../matrix.ts';
import { sysadminOnly } from '../matrix.ts';
import { newPlan } from '../plans-fixture.ts';

const now = () => new Date().toISOString();

/** A fresh plan with one document and one team member. */
async function planWithItems(fx: Fixture) {
  const p = await newPlan(fx);
  const plan = await fx.db.db
    .selectFrom('plans')
    .select('id')
    .where('slug', '=', p.slug)
    .executeTakeFirstOrThrow();
  const documentId = crypto.randomUUID();
  const memberId = crypto.randomUUID();
  await fx.db.db
    .insertInto('plan_documents')
    .values({
      id: documentId,
      plan_id: plan.id,
      title: '{"en":"Doc"}',
      url: 'https://example.ma/doc.pdf',
      file_key: null,
      file_name: null,
      media_type: null,
      byte_size: null,
      position: 0,
      created_at: now(),
    })
    .execute();
  await fx.db.db
    .insertInto('plan_members')
    .values({
      id: memberId,
      plan_id: plan.id,
      name: 'N',
      role: '{}',
      institution: '{}',
      position: 0,
      created_at: now(),
    })
    .execute();
  return { slug: p.slug, documentId, memberId };
}

const doc = { title: { en: 'Minutes' }, url: 'https://example.ma/pv.pdf' };
const member = { name: 'Amina', role: { en: 'Coordinator' } };

export const entries: MatrixEntry[] = [
  {
    method: 'POST',
    route: '/api/v1/plans/:slug/documents',
    allow: sysadminOnly,
    request: async (fx) => ({ url: `/api/v1/plans/${(await newPlan(fx)).slug}/documents`, json: doc }),
  },
  {
    method: 'POST',
    route: '/api/v1/plans/:slug/members',
    allow: sysadminOnly,
    request: async (fx) => ({ url: `/api/v1/plans/${(await newPlan(fx)).slug}/members`, json: member }),
  },
  {
    method: 'DELETE',
    route: '/api/v1/plans/:slug/documents/:id',
    allow: sysadminOnly,
    request: async (fx) => {
      const p = await planWithItems(fx);
      return { url: `/api/v1/plans/${p.slug}/documents/${p.documentId}` };
    },
  },
  {
    method: 'DELETE',
    route: '/api/v1/plans/:slug/members/:id',
    allow: sysadminOnly,
    request: async (fx) => {
      const p = await planWithItems(fx);
      return { url: `/api/v1/plans/${p.slug}/members/${p.memberId}` };
    },
  },
  {
    method: 'POST',
    route: '/:lang/manage/plans/:slug/documents',
    allow: sysadminOnly,
    request: async (fx) => ({
      url: `/fr/manage/plans/${(await newPlan(fx)).slug}/documents`,
      form: { 'title.fr': 'PV', url: 'https://example.ma/pv.pdf' },
    }),
  },
  {
    method: 'POST',
    route: '/:lang/manage/plans/:slug/members',
    allow: sysadminOnly,
    request: async (fx) => ({
      url: `/fr/manage/plans/${(await newPlan(fx)).slug}/members`,
      form: { name: 'Amina', 'role.fr': 'Coordinatrice' },
    }),
  },
  {
    method: 'POST',
    route: '/:lang/manage/plans/:slug/documents/:id/remove',
    allow: sysadminOnly,
    request: async (fx) => {
      const p = await planWithItems(fx);
      return { url: `/fr/manage/plans/${p.slug}/documents/${p.documentId}/remove`, form: {} };
    },
  },
  {
    method: 'POST',
    route: '/:lang/manage/plans/:slug/members/:id/remove',
    allow: sysadminOnly,
    request: async (fx) => {
      const p = await planWithItems(fx);
      return { url: `/fr/manage/plans/${p.slug}/members/${p.memberId}/remove`, form: {} };
    },
  },
];
