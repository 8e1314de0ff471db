// Operations of the data requests API (src/modules/requests/requests.routes.ts), for the OpenAPI document.
import type { Operation } from './operations.ts';

const one = '/api/v1/requests/:id';
const write = (path: string, summary: string, status?: 201): Operation => ({
  method: 'post',
  path,
  summary,
  tag: 'requests',
  body: 'object',
  returns: 'object',
  ...(status ? { status } : {}),
});

export const requestOperations: readonly Operation[] = [
  {
    method: 'get',
    path: '/api/v1/requests',
    summary: 'Data requests (filters: status, organization, topic, overdue; sort: votes or newest)',
    tag: 'requests',
    query: ['status', 'organization', 'topic', 'overdue', 'sort', 'limit', 'offset'],
    returns: 'object',
    public: true,
  },
  write('/api/v1/requests', 'Submit a data request (signed in)', 201),
  {
    ...write(
      '/api/v1/requests/anonymous',
      'Submit a data request without an account (email, optional name): nothing is public until the e-mailed link is followed',
    ),
    status: 202,
    public: true,
  },
  {
    ...write(
      '/api/v1/requests/confirmations',
      'Confirm a request made without an account (`token` from the e-mail; single use, expiring)',
      201,
    ),
    public: true,
  },
  {
    method: 'get',
    path: '/api/v1/requests/queue',
    summary:
      'Requests awaiting a step from the caller (routed to their organisations; `assigned=me`: assigned to them)',
    tag: 'requests',
    query: ['assigned', 'limit', 'offset'],
    returns: 'object',
  },
  {
    method: 'get',
    path: '/api/v1/requests/statistics',
    summary: 'Requests by status and organisation, median working days to answer, share answered on time',
    tag: 'requests',
    returns: 'object',
    public: true,
  },
  {
    method: 'get',
    path: '/api/v1/requests/similar',
    summary: 'Existing requests that look like the text `q` (duplicate suggestions)',
    tag: 'requests',
    query: ['q'],
    returns: 'object',
    public: true,
  },
  {
    method: 'get',
    path: one,
    summary: 'A request with its public history, linked datasets and approved comments',
    tag: 'requests',
    returns: 'object',
    public: true,
  },
  write(
    `${one}/transitions`,
    'Move the request in its workflow (to, note, organization, planned date, reason…)',
  ),
  write(`${one}/extension`, 'Extend the answer deadline once, with a stated reason'),
  write(`${one}/datasets`, 'Link the datasets that answer the request'),
  write(
    `${one}/assignment`,
    'Assign the request to a data manager (`assignee`: user id or e-mail; empty clears)',
  ),
  write(
    `${one}/urgency`,
    'Confirm (`urgent: true`) or unset the urgency: the deadline is counted again (moderators)',
  ),
  {
    ...write(
      `${one}/guest-withdrawal`,
      'Withdraw a request made without an account (`signature` from its e-mails)',
    ),
    public: true,
  },
  {
    ...write(`${one}/unsubscribe`, 'Stop the e-mails of a request made without an account (`signature`)'),
    public: true,
  },
  write(`${one}/votes`, '"I need this too": vote, or take the vote back'),
  write(`${one}/follow`, 'Follow or stop following the request'),
  write(`${one}/comments`, 'Comment (published once a moderator approves it)', 201),
  write(`${one}/comments/:comment/decision`, 'Approve or reject a comment (moderators)'),
];
