// Every operation of the native REST API, for the OpenAPI document. The OpenAPI test fails when a route is
// registered under /api/v1 without a line here, or a line names a route that does not exist.
import { planOperations } from './operations-plans.ts';
import { requestOperations } from './operations-requests.ts';
import type { SchemaName } from './schemas.ts';

export interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Fastify's path (`:name`). */
  path: string;
  summary: string;
  tag:
    | 'datasets'
    | 'resources'
    | 'themes'
    | 'reference'
    | 'organizations'
    | 'accounts'
    | 'plans'
    | 'requests'
    | 'api';
  /** Query parameters (strings unless said). */
  query?: readonly string[];
  /** JSON body schema; 'multipart' for uploads (a `file` part); 'object' for a small free-form body. */
  body?: SchemaName | 'multipart' | 'object';
  /** `data` of the answer: a schema, a list page of it (`{total, items}`), an array of it, or nothing. */
  returns?: SchemaName | { page: SchemaName } | { array: SchemaName } | 'object' | null;
  /** 201 for creations, 202 for accepted requests. */
  status?: 201 | 202;
  /** Open to anonymous callers (reads of public data, sign-in…). */
  public?: boolean;
}

export const page = ['limit', 'offset'] as const;

const catalogAndAccounts: readonly Operation[] = [
  {
    method: 'get',
    path: '/api/v1/openapi.json',
    summary: 'This document',
    tag: 'api',
    public: true,
    returns: 'object',
  },
  // Datasets
  {
    method: 'get',
    path: '/api/v1/datasets',
    summary: 'Datasets the caller may see, newest changes first',
    tag: 'datasets',
    query: ['organization', 'theme', 'tag', 'state', 'sort', ...page],
    returns: { page: 'Dataset' },
    public: true,
  },
  {
    method: 'post',
    path: '/api/v1/datasets',
    summary: 'Create a dataset',
    tag: 'datasets',
    body: 'DatasetInput',
    returns: 'Dataset',
    status: 201,
  },
  {
    method: 'get',
    path: '/api/v1/datasets/:name',
    summary: 'One dataset (name or id)',
    tag: 'datasets',
    returns: 'Dataset',
    public: true,
  },
  {
    method: 'put',
    path: '/api/v1/datasets/:name',
    summary: 'Replace a dataset’s metadata',
    tag: 'datasets',
    body: 'DatasetInput',
    returns: 'Dataset',
  },
  {
    method: 'patch',
    path: '/api/v1/datasets/:name',
    summary: 'Change the fields given',
    tag: 'datasets',
    body: 'DatasetInput',
    returns: 'Dataset',
  },
  {
    method: 'delete',
    path: '/api/v1/datasets/:name',
    summary: 'Delete a dataset (state deleted)',
    tag: 'datasets',
    returns: null,
  },
  {
    method: 'get',
    path: '/api/v1/datasets/:name/activity',
    summary: 'Changes of a dataset',
    tag: 'datasets',
    query: page,
    returns: { page: 'Revision' },
    public: true,
  },
  {
    method: 'get',
    path: '/api/v1/search/datasets',
    summary:
      'Search datasets: q (words, "phrases", prefix*, -exclusion, OR), one parameter per facet filter (organization, theme, tag, format, license, frequency; repeatable), facet (repeatable), sort, modified_since',
    tag: 'datasets',
    query: [
      'q',
      'organization',
      'theme',
      'tag',
      'format',
      'license',
      'frequency',
      'facet',
      'sort',
      'modified_since',
      'include_drafts',
      'include_private',
      ...page,
    ],
    returns: 'object',
    public: true,
  },
  // Resources
  {
    method: 'post',
    path: '/api/v1/datasets/:name/resources',
    summary: 'Add a link resource',
    tag: 'resources',
    body: 'ResourceInput',
    returns: 'Resource',
    status: 201,
  },
  {
    method: 'post',
    path: '/api/v1/datasets/bulk',
    summary:
      'Publish drafts, make private or public, or delete several datasets, all or nothing (body: {ids, action})',
    tag: 'datasets',
    body: 'object',
    returns: 'object',
  },
  {
    method: 'post',
    path: '/api/v1/datasets/:name/resources/upload',
    summary: 'Upload a file as a new resource (multipart: title.<lang>, description.<lang>, kind, then file)',
    tag: 'resources',
    body: 'multipart',
    returns: 'Resource',
    status: 201,
  },
  {
    method: 'put',
    path: '/api/v1/datasets/:name/resources/order',
    summary: 'Order the resources (body: {order: [ids]})',
    tag: 'resources',
    body: 'object',
    returns: { array: 'Resource' },
  },
  {
    method: 'get',
    path: '/api/v1/datasets/:name/resources/:id',
    summary: 'One resource',
    tag: 'resources',
    returns: 'Resource',
    public: true,
  },
  {
    method: 'patch',
    path: '/api/v1/datasets/:name/resources/:id',
    summary: 'Change the fields given',
    tag: 'resources',
    body: 'ResourceInput',
    returns: 'Resource',
  },
  {
    method: 'delete',
    path: '/api/v1/datasets/:name/resources/:id',
    summary: 'Delete a resource',
    tag: 'resources',
    returns: null,
  },
  {
    method: 'put',
    path: '/api/v1/datasets/:name/resources/:id/file',
    summary: 'Replace a resource’s file (multipart)',
    tag: 'resources',
    body: 'multipart',
    returns: 'Resource',
  },
  // Themes and reference lists
  {
    method: 'get',
    path: '/api/v1/themes',
    summary: 'Themes with their dataset counts',
    tag: 'themes',
    returns: { array: 'Theme' },
    public: true,
  },
  {
    method: 'post',
    path: '/api/v1/themes',
    summary: 'Create a theme',
    tag: 'themes',
    body: 'object',
    returns: 'Theme',
    status: 201,
  },
  {
    method: 'get',
    path: '/api/v1/themes/:name',
    summary: 'One theme',
    tag: 'themes',
    returns: 'Theme',
    public: true,
  },
  {
    method: 'patch',
    path: '/api/v1/themes/:name',
    summary: 'Change the fields given',
    tag: 'themes',
    body: 'object',
    returns: 'Theme',
  },
  {
    method: 'get',
    path: '/api/v1/licenses',
    summary: 'Licences',
    tag: 'reference',
    returns: { array: 'License' },
    public: true,
  },
  {
    method: 'get',
    path: '/api/v1/frequencies',
    summary: 'Update frequencies',
    tag: 'reference',
    returns: 'object',
    public: true,
  },
  // Organisations and members
  {
    method: 'get',
    path: '/api/v1/organizations',
    summary: 'Organisations',
    tag: 'organizations',
    query: page,
    returns: { page: 'Organization' },
    public: true,
  },
  {
    method: 'post',
    path: '/api/v1/organizations',
    summary: 'Create an organisation',
    tag: 'organizations',
    body: 'object',
    returns: 'Organization',
    status: 201,
  },
  {
    method: 'get',
    path: '/api/v1/organizations/:name',
    summary: 'One organisation',
    tag: 'organizations',
    returns: 'Organization',
    public: true,
  },
  {
    method: 'patch',
    path: '/api/v1/organizations/:name',
    summary: 'Change an organisation',
    tag: 'organizations',
    body: 'object',
    returns: 'Organization',
  },
  {
    method: 'post',
    path: '/api/v1/organizations/:name/archive',
    summary: 'Archive',
    tag: 'organizations',
    returns: 'Organization',
  },
  {
    method: 'post',
    path: '/api/v1/organizations/:name/restore',
    summary: 'Restore',
    tag: 'organizations',
    returns: 'Organization',
  },
  {
    method: 'get',
    path: '/api/v1/organizations/:name/members',
    summary: 'Members and pending requests',
    tag: 'organizations',
    returns: 'object',
  },
  {
    method: 'put',
    path: '/api/v1/organizations/:name/members',
    summary: 'Add a member or change a role ({email, role})',
    tag: 'organizations',
    body: 'object',
    returns: 'object',
  },
  {
    method: 'delete',
    path: '/api/v1/organizations/:name/members/:userId',
    summary: 'Remove a member',
    tag: 'organizations',
    returns: null,
  },
  {
    method: 'post',
    path: '/api/v1/organizations/:name/invitations',
    summary: 'Invite by e-mail ({email, role})',
    tag: 'organizations',
    body: 'object',
    returns: 'object',
    status: 202,
  },
  {
    method: 'post',
    path: '/api/v1/organizations/:name/membership-requests',
    summary: 'Ask to join',
    tag: 'organizations',
    body: 'object',
    returns: 'object',
    status: 201,
  },
  {
    method: 'post',
    path: '/api/v1/membership-requests/:id/decision',
    summary: 'Approve or reject ({decision, role})',
    tag: 'organizations',
    body: 'object',
    returns: null,
  },
  {
    method: 'post',
    path: '/api/v1/invitations/accept',
    summary: 'Accept an invitation ({token})',
    tag: 'organizations',
    body: 'object',
    returns: 'Organization',
  },
  // Accounts
  {
    method: 'post',
    path: '/api/v1/auth/signup',
    summary: 'Sign up',
    tag: 'accounts',
    body: 'object',
    returns: 'object',
    status: 202,
    public: true,
  },
  {
    method: 'post',
    path: '/api/v1/auth/verify',
    summary: 'Confirm an e-mail address ({token})',
    tag: 'accounts',
    body: 'object',
    returns: 'object',
    public: true,
  },
  {
    method: 'post',
    path: '/api/v1/auth/login',
    summary: 'Sign in (sets the session cookie)',
    tag: 'accounts',
    body: 'object',
    returns: 'object',
    public: true,
  },
  {
    method: 'post',
    path: '/api/v1/auth/logout',
    summary: 'Sign out',
    tag: 'accounts',
    returns: null,
    public: true,
  },
  {
    method: 'post',
    path: '/api/v1/auth/password/forgot',
    summary: 'Ask for a password reset link',
    tag: 'accounts',
    body: 'object',
    returns: null,
    status: 202,
    public: true,
  },
  {
    method: 'post',
    path: '/api/v1/auth/password/reset',
    summary: 'Set a new password ({token, password})',
    tag: 'accounts',
    body: 'object',
    returns: 'object',
    public: true,
  },
  {
    method: 'get',
    path: '/api/v1/users',
    summary: 'Users (sysadmins)',
    tag: 'accounts',
    query: ['q', ...page],
    returns: 'object',
  },
  {
    method: 'get',
    path: '/api/v1/users/:id',
    summary: 'A user (`me`: the caller)',
    tag: 'accounts',
    returns: 'object',
  },
  {
    method: 'patch',
    path: '/api/v1/users/:id',
    summary: 'Change a profile',
    tag: 'accounts',
    body: 'object',
    returns: 'object',
  },
  {
    method: 'post',
    path: '/api/v1/users/:id/password',
    summary: 'Change the password',
    tag: 'accounts',
    body: 'object',
    returns: null,
  },
  {
    method: 'post',
    path: '/api/v1/users/:id/sessions/revoke',
    summary: 'Sign out everywhere',
    tag: 'accounts',
    returns: 'object',
  },
  {
    method: 'post',
    path: '/api/v1/users/:id/deactivate',
    summary: 'Deactivate an account',
    tag: 'accounts',
    returns: 'object',
  },
  {
    method: 'post',
    path: '/api/v1/users/:id/reactivate',
    summary: 'Reactivate an account (sysadmins)',
    tag: 'accounts',
    returns: 'object',
  },
  {
    method: 'put',
    path: '/api/v1/users/:id/sysadmin',
    summary: 'Grant or remove sysadmin ({value})',
    tag: 'accounts',
    body: 'object',
    returns: 'object',
  },
  {
    method: 'post',
    path: '/api/v1/users/:id/roles',
    summary: 'Grant a platform role',
    tag: 'accounts',
    body: 'object',
    returns: null,
  },
  {
    method: 'post',
    path: '/api/v1/users/:id/roles/revoke',
    summary: 'Revoke a platform role',
    tag: 'accounts',
    body: 'object',
    returns: null,
  },
  {
    method: 'get',
    path: '/api/v1/users/:id/tokens',
    summary: 'API tokens of a user',
    tag: 'accounts',
    returns: 'object',
  },
  {
    method: 'post',
    path: '/api/v1/users/:id/tokens',
    summary: 'Create an API token ({name, expiresInDays}); shown once',
    tag: 'accounts',
    body: 'object',
    returns: 'object',
    status: 201,
  },
  {
    method: 'delete',
    path: '/api/v1/tokens/:id',
    summary: 'Revoke an API token',
    tag: 'accounts',
    returns: null,
  },
  {
    method: 'get',
    path: '/api/v1/audit',
    summary: 'Audit log (sysadmins)',
    tag: 'accounts',
    query: ['actor', 'action', 'target', 'since', 'until', ...page],
    returns: 'object',
  },
];

export const operations: readonly Operation[] = [
  ...catalogAndAccounts,
  ...planOperations,
  ...requestOperations,
];
