import { newDatasetOfA } from '../catalog-fixture.ts';
import type { MatrixEntry, Role } from '../matrix.ts';
import { everyone, orgAdmins, signedIn, sysadminOnly } from '../matrix.ts';
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
    // Signed out, the same form asks for an e-mail address to confirm (REQUEST_ANONYMOUS, on by default).
    method: 'POST',
    route: '/:lang/requests/new',
    public: true,
    allow: everyone,
    request: (fx) => ({
      url: '/fr/requests/new',
      form: { ...request, email: `${fx.unique('g')}@example.ma` },
    }),
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
  {
    method: 'POST',
    route: '/:lang/requests/:id/assign',
    allow: orgAdmins,
    request: async (fx) => ({
      url: `/fr/requests/${await newRequestOfA(fx)}/assign`,
      form: { assignee: fx.users.editor.email },
    }),
  },
  {
    method: 'POST',
    route: '/:lang/requests/:id/urgency',
    allow: sysadminOnly,
    request: async (fx) => ({
      url: `/fr/requests/${await newRequestOfA(fx)}/urgency`,
      form: { urgent: 'true' },
    }),
  },
  // The links e-mailed to a requester without an account: a single-use token or a signature is the credential.
  {
    method: 'POST',
    route: '/:lang/requests/confirm',
    public: true,
    allow: everyone,
    request: () => ({ url: '/fr/requests/confirm', form: { token: 'x' } }),
  },
  ...(['withdraw', 'unsubscribe'] as const).map(
    (action): MatrixEntry => ({
      method: 'POST',
      route: `/:lang/requests/:id/${action}`,
      public: true,
      allow: everyone,
      request: async (fx) => ({ url: `/fr/requests/${await newRequestOfA(fx)}/${action}`, form: { s: 'x' } }),
    }),
  ),
);

/** REST routes of the second part (assignment, urgency, requests without an account). */
entries.push(
  {
    method: 'POST',
    route: '/api/v1/requests/:id/assignment',
    allow: orgAdmins,
    request: async (fx) => ({
      url: `/api/v1/requests/${await newRequestOfA(fx)}/assignment`,
      json: { assignee: fx.users.editor.email },
    }),
  },
  {
    method: 'POST',
    route: '/api/v1/requests/:id/urgency',
    allow: sysadminOnly,
    request: async (fx) => ({
      url: `/api/v1/requests/${await newRequestOfA(fx)}/urgency`,
      json: { urgent: true },
    }),
  },
  {
    method: 'POST',
    route: '/api/v1/requests/anonymous',
    public: true,
    allow: everyone,
    request: (fx) => ({
      url: '/api/v1/requests/anonymous',
      json: { ...request, email: `${fx.unique('g')}@example.ma` },
    }),
  },
  {
    method: 'POST',
    route: '/api/v1/requests/confirmations',
    public: true,
    allow: everyone,
    request: () => ({ url: '/api/v1/requests/confirmations', json: { token: 'x' } }),
  },
  ...(['guest-withdrawal', 'unsubscribe'] as const).map(
    (action): MatrixEntry => ({
      method: 'POST',
      route: `/api/v1/requests/:id/${action}`,
      public: true,
      allow: everyone,
      request: async (fx) => ({
        url: `/api/v1/requests/${await newRequestOfA(fx)}/${action}`,
        json: { signature: 'x' },
      }),
    }),
  ),
);
