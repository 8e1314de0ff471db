// Plan governance: blockers (a commitment's project leads raise, comment and reopen; the steering committee
// decides) and meetings (plan managers). No matrix role holds those platform roles, so only sysadmins get
// through here; the lead and committee cases are tested in src/modules/plans/blockers.test.ts and
// meetings-dashboard.test.ts.
import { type MatrixEntry, sysadminOnly } from '../matrix.ts';
import { newPlan } from '../plans-fixture.ts';
import { newBlocker, newMeeting } from '../plans-governance-fixture.ts';

const b = (x: { slug: string; id: string }) => `/api/v1/plans/${x.slug}/blockers/${x.id}`;
const m = (x: { slug: string; id: string }) => `/api/v1/plans/${x.slug}/meetings/${x.id}`;
const meeting = { kind: 'steering', heldOn: '2024-05-01', place: 'Rabat' };

export const entries: MatrixEntry[] = [
  {
    method: 'POST',
    route: '/api/v1/plans/:slug/blockers',
    allow: sysadminOnly,
    request: async (fx) => ({
      url: `/api/v1/plans/${(await newPlan(fx)).slug}/blockers`,
      json: { commitment: 1, title: 'T', problem: 'P', needed: 'N' },
    }),
  },
  {
    method: 'POST',
    route: '/api/v1/plans/:slug/blockers/:id/comments',
    allow: sysadminOnly,
    request: async (fx) => ({ url: `${b(await newBlocker(fx))}/comments`, json: { body: 'C' } }),
  },
  {
    method: 'POST',
    route: '/api/v1/plans/:slug/blockers/:id/answer',
    allow: sysadminOnly,
    request: async (fx) => ({ url: `${b(await newBlocker(fx))}/answer`, json: { answer: 'A' } }),
  },
  {
    method: 'POST',
    route: '/api/v1/plans/:slug/blockers/:id/close',
    allow: sysadminOnly,
    request: async (fx) => ({ url: `${b(await newBlocker(fx))}/close`, json: {} }),
  },
  {
    method: 'POST',
    route: '/api/v1/plans/:slug/blockers/:id/reopen',
    allow: sysadminOnly,
    request: async (fx) => ({ url: `${b(await newBlocker(fx, 'answered'))}/reopen`, json: { reason: 'R' } }),
  },
  {
    method: 'POST',
    route: '/api/v1/plans/:slug/meetings',
    allow: sysadminOnly,
    request: async (fx) => ({ url: `/api/v1/plans/${(await newPlan(fx)).slug}/meetings`, json: meeting }),
  },
  {
    method: 'PATCH',
    route: '/api/v1/plans/:slug/meetings/:id',
    allow: sysadminOnly,
    request: async (fx) => ({ url: m(await newMeeting(fx)), json: { place: 'Salé' } }),
  },
  {
    method: 'DELETE',
    route: '/api/v1/plans/:slug/meetings/:id',
    allow: sysadminOnly,
    request: async (fx) => ({ url: m(await newMeeting(fx)) }),
  },
  {
    method: 'POST',
    route: '/api/v1/plans/:slug/meetings/:id/decisions',
    allow: sysadminOnly,
    request: async (fx) => ({ url: `${m(await newMeeting(fx))}/decisions`, json: { text: { en: 'D' } } }),
  },
  {
    method: 'PATCH',
    route: '/api/v1/plans/:slug/meetings/:id/decisions/:decision',
    allow: sysadminOnly,
    request: async (fx) => {
      const x = await newMeeting(fx);
      return { url: `${m(x)}/decisions/${x.decisionId}`, json: { status: 'done' } };
    },
  },
  {
    method: 'POST',
    route: '/:lang/plans/:slug/blockers/:id',
    allow: sysadminOnly,
    request: async (fx) => {
      const x = await newBlocker(fx);
      return { url: `/fr/plans/${x.slug}/blockers/${x.id}`, form: { step: 'comment', body: 'C' } };
    },
  },
  {
    method: 'POST',
    route: '/:lang/plans/:slug/commitments/:number/blockers/new',
    allow: sysadminOnly,
    request: async (fx) => ({
      url: `/fr/plans/${(await newPlan(fx)).slug}/commitments/1/blockers/new`,
      form: { title: 'T', problem: 'P', needed: 'N' },
    }),
  },
  {
    method: 'POST',
    route: '/:lang/plans/:slug/meetings/:id',
    allow: sysadminOnly,
    request: async (fx) => {
      const x = await newMeeting(fx);
      return {
        url: `/fr/plans/${x.slug}/meetings/${x.id}`,
        form: { decision: x.decisionId, status: 'done' },
      };
    },
  },
  {
    method: 'POST',
    route: '/:lang/plans/:slug/meetings/new',
    allow: sysadminOnly,
    request: async (fx) => ({
      url: `/fr/plans/${(await newPlan(fx)).slug}/meetings/new`,
      form: { kind: 'steering', heldOn: '2024-05-01' },
    }),
  },
  {
    method: 'POST',
    route: '/:lang/plans/:slug/meetings/:id/edit',
    allow: sysadminOnly,
    request: async (fx) => {
      const x = await newMeeting(fx);
      return {
        url: `/fr/plans/${x.slug}/meetings/${x.id}/edit`,
        form: { kind: 'steering', heldOn: '2024-05-02' },
      };
    },
  },
];
