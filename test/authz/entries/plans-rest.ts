// Action plans: plan managers (sysadmins and steering committee members) and a commitment's project leads.
// No matrix role holds those platform roles, so only sysadmins get through here; the project lead and steering
// committee cases are tested in src/modules/plans/plans.test.ts.
import { type MatrixEntry, sysadminOnly } from '../matrix.ts';
import { newPlan } from '../plans-fixture.ts';

const c = (slug: string) => `/api/v1/plans/${slug}/commitments/1`;

export const entries: MatrixEntry[] = [
  {
    method: 'POST',
    route: '/api/v1/plans',
    allow: sysadminOnly,
    request: (fx) => ({
      url: '/api/v1/plans',
      json: {
        slug: fx.unique('plan'),
        title: { en: 'P' },
        periodStart: '2024-01-01',
        periodEnd: '2024-12-31',
      },
    }),
  },
  {
    method: 'PATCH',
    route: '/api/v1/plans/:slug',
    allow: sysadminOnly,
    request: async (fx) => ({
      url: `/api/v1/plans/${(await newPlan(fx)).slug}`,
      json: { title: { en: 'Q' } },
    }),
  },
  {
    method: 'POST',
    route: '/api/v1/plans/:slug/commitments',
    allow: sysadminOnly,
    request: async (fx) => ({
      url: `/api/v1/plans/${(await newPlan(fx)).slug}/commitments`,
      json: { number: 2, title: { en: 'C2' } },
    }),
  },
  {
    method: 'PATCH',
    route: '/api/v1/plans/:slug/commitments/:number',
    allow: sysadminOnly,
    request: async (fx) => ({ url: c((await newPlan(fx)).slug), json: { weight: 2 } }),
  },
  {
    method: 'POST',
    route: '/api/v1/plans/:slug/commitments/:number/activities',
    allow: sysadminOnly,
    request: async (fx) => ({
      url: `${c((await newPlan(fx)).slug)}/activities`,
      json: { title: { en: 'A2' } },
    }),
  },
  {
    method: 'PATCH',
    route: '/api/v1/plans/:slug/commitments/:number/activities/:id',
    allow: sysadminOnly,
    request: async (fx) => {
      const p = await newPlan(fx);
      return { url: `${c(p.slug)}/activities/${p.activityId}`, json: { weight: 3 } };
    },
  },
  {
    method: 'DELETE',
    route: '/api/v1/plans/:slug/commitments/:number/activities/:id',
    allow: sysadminOnly,
    request: async (fx) => {
      const p = await newPlan(fx);
      return { url: `${c(p.slug)}/activities/${p.activityId}` };
    },
  },
  {
    method: 'POST',
    route: '/api/v1/plans/:slug/commitments/:number/activities/:id/reports',
    allow: sysadminOnly,
    request: async (fx) => {
      const p = await newPlan(fx);
      return { url: `${c(p.slug)}/activities/${p.activityId}/reports`, json: { completion: 40 } };
    },
  },
  {
    method: 'POST',
    route: '/:lang/plans/:slug/commitments/:number/activities/:id/report',
    allow: sysadminOnly,
    request: async (fx) => {
      const p = await newPlan(fx);
      return {
        url: `/fr/plans/${p.slug}/commitments/1/activities/${p.activityId}/report`,
        form: { completion: '30' },
      };
    },
  },
  {
    method: 'POST',
    route: '/:lang/plans/:slug/commitments/:number/weights',
    allow: sysadminOnly,
    request: async (fx) => {
      const p = await newPlan(fx);
      return { url: `/fr/plans/${p.slug}/commitments/1/weights`, form: { [`weight.${p.activityId}`]: '2' } };
    },
  },
];
