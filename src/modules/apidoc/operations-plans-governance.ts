// Operations of plan governance (src/modules/plans/governance.routes.ts): blockers, meetings, dashboards.
import type { Operation } from './operations.ts';

const b = '/api/v1/plans/:slug/blockers';
const m = '/api/v1/plans/:slug/meetings';
const op = (o: Omit<Operation, 'tag'>): Operation => ({ tag: 'plans', ...o });
const step = (path: string, summary: string): Operation =>
  op({ method: 'post', path: `${b}/:id/${path}`, summary, body: 'object', returns: 'object' });

export const planGovernanceOperations: readonly Operation[] = [
  op({
    method: 'get',
    path: b,
    summary:
      'Blockers (requests for the steering committee’s intervention) the caller may see: public ones, those of the commitments they lead, all for the committee; filters `status` (comma-separated) and `commitment` (number)',
    query: ['status', 'commitment'],
    returns: 'object',
    public: true,
  }),
  op({
    method: 'post',
    path: b,
    summary:
      'Raise a blocker on a commitment (its project leads): `commitment`, `title`, `problem`, `needed`, `public`',
    body: 'object',
    returns: 'object',
    status: 201,
  }),
  op({
    method: 'get',
    path: `${b}/:id`,
    summary: 'A blocker with its dated history (author, role) and what the caller may do next',
    returns: 'object',
    public: true,
  }),
  step('comments', 'Comment (`body`): committee members and the commitment’s leads, until closed'),
  step('answer', 'The steering committee’s answer (`answer`), from open or under discussion'),
  step('close', 'Close (steering committee), with an optional `note`'),
  step(
    'reopen',
    'Back under discussion with a `reason`: a lead reopens an answer; the committee also a closed one',
  ),
  op({
    method: 'get',
    path: m,
    summary: 'Committee meetings of a plan (published ones; all for plan managers)',
    returns: 'object',
    public: true,
  }),
  op({
    method: 'post',
    path: m,
    summary:
      'Record a meeting: `kind` (steering | implementation), `heldOn`, `place`, `agenda`, `minutes` (Markdown, {ar,fr,en}), `includeProgress`, `published`, `participants`, `decisions`',
    body: 'object',
    returns: 'object',
    status: 201,
  }),
  op({
    method: 'get',
    path: `${m}/:id`,
    summary: 'A meeting; with `includeProgress`, the progress table as of the meeting date',
    returns: 'object',
    public: true,
  }),
  op({
    method: 'patch',
    path: `${m}/:id`,
    summary: 'Change the fields given (`participants` and `decisions`, when given, replace the lists)',
    body: 'object',
    returns: 'object',
  }),
  op({ method: 'delete', path: `${m}/:id`, summary: 'Delete a meeting', returns: null }),
  op({
    method: 'post',
    path: `${m}/:id/decisions`,
    summary: 'Add a decision: `text` {ar,fr,en}, `owner`, `dueOn`, `status` (open | done)',
    body: 'object',
    returns: 'object',
    status: 201,
  }),
  op({
    method: 'patch',
    path: `${m}/:id/decisions/:decision`,
    summary: 'Change the fields given of a decision (e.g. `status`: done)',
    body: 'object',
    returns: 'object',
  }),
  op({
    method: 'get',
    path: '/api/v1/plans/:slug/dashboard',
    summary:
      'Coordinators’ dashboard as of `date`: progress per commitment and institution, late activities, not-updated commitments, open blockers, changes since the last meeting (plan managers)',
    query: ['date'],
    returns: 'object',
  }),
  op({
    method: 'get',
    path: '/api/v1/plans/:slug/progress',
    summary:
      'Public progress as of `date`: plan progress at each month end, each commitment’s progress, level and evidence',
    query: ['date'],
    returns: 'object',
    public: true,
  }),
];
