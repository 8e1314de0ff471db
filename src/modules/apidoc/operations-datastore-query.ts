// Operations of the DataStore query API (src/modules/datastore/query-routes.ts), for the OpenAPI document.
import type { Operation } from './operations.ts';

const one = '/api/v1/datastore/:id';
const search = [
  'filters',
  'q',
  'fields',
  'sort',
  'limit',
  'offset',
  'distinct',
  'include_total',
  'records_format',
];

export const datastoreQueryOperations: readonly Operation[] = [
  {
    method: 'get',
    path: one,
    summary: 'The fields (types, data dictionary) and row count of a resource’s DataStore table',
    tag: 'resources',
    returns: 'object',
    public: true,
  },
  {
    method: 'get',
    path: `${one}/search`,
    summary:
      'Rows of the table: filters (JSON {column: value|[values]}), q, fields, sort ("col desc"), paging',
    tag: 'resources',
    query: search,
    returns: 'object',
    public: true,
  },
  {
    method: 'post',
    path: `${one}/search`,
    summary: 'Rows of the table, the parameters in a JSON body (as GET)',
    tag: 'resources',
    body: 'object',
    returns: 'object',
    public: true,
  },
  {
    method: 'get',
    path: '/api/v1/datastore/sql',
    summary: 'One read-only SELECT (`sql`) over DataStore tables named by resource id; time- and row-limited',
    tag: 'resources',
    query: ['sql'],
    returns: 'object',
    public: true,
  },
  {
    method: 'post',
    path: '/api/v1/datastore/sql',
    summary: 'One read-only SELECT, `sql` in a JSON body',
    tag: 'resources',
    body: 'object',
    returns: 'object',
    public: true,
  },
  {
    method: 'get',
    path: `${one}/export/:format`,
    summary: 'The filtered view (same parameters as search) as a streamed file: csv, json or xlsx',
    tag: 'resources',
    query: search,
    returns: null,
    public: true,
  },
  {
    method: 'post',
    path: one,
    summary:
      'Create a table pushed through the API (fields, records, primary_key with its unique index, indexes); or append records (a new primary_key replaces the index)',
    tag: 'resources',
    body: 'object',
    returns: 'object',
    status: 201,
  },
  {
    method: 'post',
    path: `${one}/upsert`,
    summary: 'Write records to an API table (method insert | upsert | update, by primary key or _id)',
    tag: 'resources',
    body: 'object',
    returns: 'object',
  },
  {
    method: 'post',
    path: `${one}/delete`,
    summary: 'Delete the rows matching `filters`, or the whole table without filters',
    tag: 'resources',
    body: 'object',
    returns: 'object',
  },
];
