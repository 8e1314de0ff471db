// Operations of the DataStore ingestion API (src/modules/datastore/datastore.routes.ts), for the OpenAPI document.
import type { Operation } from './operations.ts';

const table = '/api/v1/datasets/:name/resources/:id/datastore';

export const datastoreOperations: readonly Operation[] = [
  {
    method: 'get',
    path: table,
    summary:
      "The resource's data table: ingestion status and progress, fields (Table Schema), report summary",
    tag: 'resources',
    returns: 'object',
    public: true,
  },
  {
    method: 'get',
    path: `${table}/report`,
    summary:
      'The validation report of the latest ingestion (Frictionless error types, row and column positions)',
    tag: 'resources',
    returns: 'object',
    public: true,
  },
  {
    method: 'put',
    path: `${table}/dictionary`,
    summary:
      'Edit the data dictionary: {fields?: [{name, type?, titles?, descriptions?, required?, unique?}], primaryKey?: [names], sheet?: workbook sheet}; a type, constraint, key or sheet change loads the file again',
    tag: 'resources',
    body: 'object',
    returns: 'object',
  },
  {
    method: 'post',
    path: `${table}/ingest`,
    summary: 'Load the stored file into the data table again',
    tag: 'resources',
    returns: 'object',
    status: 202,
  },
];
