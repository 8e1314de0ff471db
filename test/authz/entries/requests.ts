import { newDatasetOfA } from '../catalog-fixture.ts';
import type { MatrixEntry, Role } from '../matrix.ts';
import { signedIn } from '../matrix.ts';
import { newPendingComment, newRequestOfA } from '../requests-fixture.ts';

/** Editors and admins of organisation A (the request is routed to it), and sysadmins (moderators). */
const answerersOfA: readonly Role[] = ['editor', 'admin', 'sysadmin'];
const request = {
  title: 'Hospital waiting times',
  description: 'Monthly waiting times by region.',
  purpose: 'Research.',
};

export const entries: MatrixEntry[] = [
  {
    method: 'POST',
    route: '/api/v1/requests',
    allow: signedIn,
    request: () => ({ url: '/api/v1/requests', json: request }),
  },
  {
    method: 'POST',
    route: '/api/v1/requests/:id/transitions',
    allow: answerersOfA,
    request: async (fx) => ({
      url: `/api/v1/requests/${await newRequestOfA(fx)}/transitions`,
      json: { to: 'under_review' },
    }),
  },
  {
    method: 'POST',
    route: '/api/v1/requests/:id/extension',
    allow: answerersOfA,
    request: async (fx) => ({
      url: `/api/v1/requests/${await newRequestOfA(fx)}/extension`,
      json: { reason: 'The data is spread over many offices.' },
    }),
  },
  {
    method: 'POST',
    route: '/api/v1/requests/:id/datasets',
    allow: answerersOfA,
    request: async (fx) => ({
      url: `/api/v1/requests/${await newRequestOfA(fx)}/datasets`,
      json: { datasets: [(await newDatasetOfA(fx)).name] },
    }),
  },
  {
    method: 'POST',
    route: '/api/v1/requests/:id/votes',
    allow: signedIn,
    request: async (fx) => ({ url: `/api/v1/requests/${await newRequestOfA(fx)}/votes`, json: {} }),
  },
  {
    method: 'POST',
    route: '/api/v1/requests/:id/follow',
    allow: signedIn,
    request: async (fx) => ({ url: `/api/v1/requests/${await newRequestOfA(fx)}/follow`, json: {} }),
  },
  {
    method: 'POST',
    route: '/api/v1/requests/:id/comments',
    allow: signedIn,
    request: async (fx) => ({
      url: `/api/v1/requests/${await newRequestOfA(fx)}/comments`,
      json: { body: 'Please add 2019.' },
    }),
  },
  {
    method: 'POST',
    route: '/api/v1/requests/:id/comments/:comment/decision',
    allow: answerersOfA,
    request: async (fx) => {
      const { request: id, comment } = await newPendingComment(fx);
      return { url: `/api/v1/requests/${id}/comments/${comment}/decision`, json: { decision: 'approve' } };
    },
  },
];

/** The HTML forms of the request pages (same services as the REST routes). */
entries.push(
  {
    method: 'POST',
    route: '/:lang/requests/new',
    allow: signedIn,
    request: () => ({ url: '/fr/requests/new', form: request }),
  },
  {
    method: 'POST',
    route: '/:lang/requests/:id/transition',
    allow: answerersOfA,
    request: async (fx) => ({
      url: `/fr/requests/${await newRequestOfA(fx)}/transition`,
      form: { to: 'under_review' },
    }),
  },
  {
    method: 'POST',
    route: '/:lang/requests/:id/extend',
    allow: answerersOfA,
    request: async (fx) => ({
      url: `/fr/requests/${await newRequestOfA(fx)}/extend`,
      form: { reason: 'The data is spread over many offices.' },
    }),
  },
  {
    method: 'POST',
    route: '/:lang/requests/:id/vote',
    allow: signedIn,
    request: async (fx) => ({ url: `/fr/requests/${await newRequestOfA(fx)}/vote`, form: {} }),
  },
  {
    method: 'POST',
    route: '/:lang/requests/:id/follow',
    allow: signedIn,
    request: async (fx) => ({
      url: `/fr/requests/${await newRequestOfA(fx)}/follow`,
      form: { value: 'true' },
    }),
  },
  {
    method: 'POST',
    route: '/:lang/requests/:id/comment',
    allow: signedIn,
    request: async (fx) => ({
      url: `/fr/requests/${await newRequestOfA(fx)}/comment`,
      form: { body: 'Merci.' },
    }),
  },
  {
    method: 'POST',
    route: '/:lang/requests/:id/comments/:comment/decision',
    allow: answerersOfA,
    request: async (fx) => {
      const { request: id, comment } = await newPendingComment(fx);
      return { url: `/fr/requests/${id}/comments/${comment}/decision`, form: { decision: 'approve' } };
    },
  },
);
