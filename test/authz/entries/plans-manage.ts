// Action plans' back-office forms, import: plan managers only (sysadmins here; the steering committee and
// project lead cases are tested in src/modules/plans/pages/manage-pages.test.ts and import.test.ts).
import type { MatrixEntry, MatrixRequest } from '../matrix.ts';
import { sysadminOnly } from '../matrix.ts';
import { newPlan } from '../plans-fixture.ts';

const planFile = (slug: string): MatrixRequest['multipart'] => ({
  field: 'file',
  filename: 'plan.csv',
  contentType: 'text/csv',
  content: Buffer.from(
    `type,slug,number,title_en,start_date,end_date\nplan,${slug},,Imported,2024-01-01,2024-12-31\ncommitment,,1,C1,,\n`,
  ),
});

const planForm = (slug: string) => ({
  slug,
  'title.en': 'Plan',
  periodStart: '2024-01-01',
  periodEnd: '2024-12-31',
  status: 'implementation',
  published: '1',
});

const m = (slug: string) => `/fr/manage/plans/${slug}/commitments/1`;

export const entries: MatrixEntry[] = [
  {
    method: 'POST',
    route: '/api/v1/plans/import',
    allow: sysadminOnly,
    request: (fx) => ({ url: '/api/v1/plans/import', multipart: planFile(fx.unique('imp')) }),
  },
  {
    method: 'POST',
    route: '/:lang/manage/plans/import',
    allow: sysadminOnly,
    request: (fx) => ({ url: '/fr/manage/plans/import', multipart: planFile(fx.unique('impf')) }),
  },
  {
    method: 'POST',
    route: '/:lang/manage/plans/new',
    allow: sysadminOnly,
    request: (fx) => ({ url: '/fr/manage/plans/new', form: planForm(fx.unique('plan')) }),
  },
  {
    method: 'POST',
    route: '/:lang/manage/plans/:slug',
    allow: sysadminOnly,
    request: async (fx) => {
      const { slug } = await newPlan(fx);
      return { url: `/fr/manage/plans/${slug}`, form: planForm(slug) };
    },
  },
  {
    method: 'POST',
    route: '/:lang/manage/plans/:slug/commitments/new',
    allow: sysadminOnly,
    request: async (fx) => ({
      url: `/fr/manage/plans/${(await newPlan(fx)).slug}/commitments/new`,
      form: { number: '2', 'title.en': 'C2' },
    }),
  },
  {
    method: 'POST',
    route: '/:lang/manage/plans/:slug/commitments/:number',
    allow: sysadminOnly,
    request: async (fx) => ({ url: m((await newPlan(fx)).slug), form: { number: '1', 'title.en': 'C1b' } }),
  },
  {
    method: 'POST',
    route: '/:lang/manage/plans/:slug/commitments/:number/activities/new',
    allow: sysadminOnly,
    request: async (fx) => ({
      url: `${m((await newPlan(fx)).slug)}/activities/new`,
      form: { 'title.en': 'A2', weight: '1' },
    }),
  },
  {
    method: 'POST',
    route: '/:lang/manage/plans/:slug/commitments/:number/activities/:id',
    allow: sysadminOnly,
    request: async (fx) => {
      const p = await newPlan(fx);
      return { url: `${m(p.slug)}/activities/${p.activityId}`, form: { 'title.en': 'A1b', weight: '2' } };
    },
  },
  {
    method: 'POST',
    route: '/:lang/manage/plans/:slug/commitments/:number/activities/:id/remove',
    allow: sysadminOnly,
    request: async (fx) => {
      const p = await newPlan(fx);
      return { url: `${m(p.slug)}/activities/${p.activityId}/remove`, form: {} };
    },
  },
];
