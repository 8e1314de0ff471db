// Every operation of the native REST API, for the OpenAPI document. The OpenAPI test fails when a route is
// registered under /api/v1 without a line here, or a line names a route that does not exist.
import { accountOperations } from './operations-accounts.ts';
import { datastoreOperations } from './operations-datastore.ts';
import { datastoreQueryOperations } from './operations-datastore-query.ts';
import { harvestOperations } from './operations-harvest.ts';
import { inventoryOperations } from './operations-inventory.ts';
import { planOperations } from './operations-plans.ts';
import { planGovernanceOperations } from './operations-plans-governance.ts';
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
    | 'inventory'
    | 'harvest'
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

const page = ['limit', 'offset'] as const;

const catalog: readonly Operation[] = [
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
    method: 'delete',
    path: '/api/v1/themes/:name',
    summary: 'Delete a theme (its datasets keep their other themes)',
    tag: 'themes',
    returns: null,
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
];

export const operations: readonly Operation[] = [
  ...catalog,
  ...accountOperations,
  ...planOperations,
  ...planGovernanceOperations,
  ...requestOperations,
  ...inventoryOperations,
  ...harvestOperations,
  ...datastoreOperations,
  ...datastoreQueryOperations,
];
