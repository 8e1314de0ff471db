// Operations of harvesting and resource refreshes (src/modules/harvest/harvest.routes.ts), for the OpenAPI
// document.
import type { Operation } from './operations.ts';

const sources = '/api/v1/harvest/sources';
const one = `${sources}/:id`;
const refresh = '/api/v1/datasets/:name/resources/:id/refresh';

export const harvestOperations: readonly Operation[] = [
  {
    method: 'get',
    path: sources,
    summary: 'Harvest sources the caller manages (sysadmins: all; organisation admins: their organisations)',
    tag: 'harvest',
    returns: 'object',
  },
  {
    method: 'post',
    path: sources,
    summary:
      'Create a harvest source: title, url, type (ckan | datajson | dcat), organization, schedule (manual | hourly | daily | weekly), filters {organization, fq, q, language}, active',
    tag: 'harvest',
    body: 'object',
    returns: 'object',
    status: 201,
  },
  {
    method: 'get',
    path: one,
    summary: 'A harvest source with its last runs',
    tag: 'harvest',
    returns: 'object',
  },
  {
    method: 'put',
    path: one,
    summary: 'Replace a harvest source’s settings',
    tag: 'harvest',
    body: 'object',
    returns: 'object',
  },
  {
    method: 'delete',
    path: one,
    summary: 'Delete a harvest source and its runs (its datasets stay and become editable)',
    tag: 'harvest',
    returns: null,
  },
  {
    method: 'post',
    path: `${one}/runs`,
    summary: 'Queue a run now (or give the run already queued or running)',
    tag: 'harvest',
    returns: 'object',
    status: 202,
  },
  {
    method: 'get',
    path: `${one}/runs/:run`,
    summary:
      'A run: status, progress, counts (created, updated, unchanged, deleted, failed) and failed items',
    tag: 'harvest',
    returns: 'object',
  },
  {
    method: 'post',
    path: `${one}/runs/:run/cancel`,
    summary:
      'Cancel a run: a queued one at once; a running one stops before its next record with the report so far (409 harvest.run_finished when over)',
    tag: 'harvest',
    returns: 'object',
  },
  {
    method: 'get',
    path: refresh,
    summary: 'The scheduled refresh of a resource from a URL (null when none)',
    tag: 'resources',
    returns: 'object',
  },
  {
    method: 'put',
    path: refresh,
    summary: 'Refresh the resource’s file from a URL on a schedule: url, schedule (hourly | daily | weekly)',
    tag: 'resources',
    body: 'object',
    returns: 'object',
  },
  {
    method: 'delete',
    path: refresh,
    summary: 'Stop refreshing the resource',
    tag: 'resources',
    returns: null,
  },
  {
    method: 'get',
    path: `${refresh}/runs`,
    summary:
      'The latest refresh attempts (newest first): trigger, status (ok: new version; unchanged and failed: previous version kept), error, sha256',
    tag: 'resources',
    returns: 'object',
  },
  {
    method: 'post',
    path: `${refresh}/runs`,
    summary: 'Queue a refresh now (answers the queued job: id, status, progress)',
    tag: 'resources',
    returns: 'object',
    status: 202,
  },
];
