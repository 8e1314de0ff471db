// Operations of the public data inventory API (src/modules/inventory/inventory.routes.ts), for the OpenAPI
// document.
import type { Operation } from './operations.ts';

const one = '/api/v1/inventory/:id';

export const inventoryOperations: readonly Operation[] = [
  {
    method: 'get',
    path: '/api/v1/inventory',
    summary:
      'Inventory items of every organisation (filters: organization, access_level, status, archived; sort: score, title, date)',
    tag: 'inventory',
    query: ['organization', 'access_level', 'status', 'archived', 'sort', 'limit', 'offset'],
    returns: 'object',
    public: true,
  },
  {
    method: 'get',
    path: '/api/v1/inventory/summary',
    summary:
      'The national view: items by status (published, planned, restricted, non-public) per organisation',
    tag: 'inventory',
    returns: 'object',
    public: true,
  },
  {
    method: 'get',
    path: '/api/v1/inventory/export',
    summary:
      'An organisation’s inventory (or the national one without `organization`) as CSV or XLSX (`format`); public fields only for the public',
    tag: 'inventory',
    query: ['organization', 'format'],
    returns: null,
    public: true,
  },
  {
    method: 'post',
    path: '/api/v1/inventory',
    summary:
      'Add an item to an organisation’s inventory (its editors, admins, open data officers, data managers)',
    tag: 'inventory',
    body: 'object',
    returns: 'object',
    status: 201,
  },
  {
    method: 'post',
    path: '/api/v1/inventory/import',
    summary:
      'Import a CSV or XLSX file (multipart `file`) into `organization`; `dry_run=true` only reports; nothing is written unless every row is valid',
    tag: 'inventory',
    query: ['organization', 'dry_run'],
    body: 'multipart',
    returns: 'object',
  },
  {
    method: 'get',
    path: one,
    summary: 'An item with its score explained, linked data requests and revision history',
    tag: 'inventory',
    returns: 'object',
    public: true,
  },
  {
    method: 'patch',
    path: one,
    summary: 'Edit an item (fields absent keep their value); each change is a revision',
    tag: 'inventory',
    body: 'object',
    returns: 'object',
  },
  {
    method: 'delete',
    path: one,
    summary: 'Archive an item (kept with its history, hidden from public lists)',
    tag: 'inventory',
    returns: 'object',
  },
  {
    method: 'post',
    path: `${one}/publish`,
    summary: 'Publish an item: link the dataset (`dataset`, a name) that publishes it',
    tag: 'inventory',
    body: 'object',
    returns: 'object',
  },
  {
    method: 'post',
    path: '/api/v1/requests/:id/inventory-item',
    summary:
      'Record a routed data request in its organisation’s inventory: creates the item (prefilled, fields may override) and links the request',
    tag: 'inventory',
    body: 'object',
    returns: 'object',
    status: 201,
  },
];
