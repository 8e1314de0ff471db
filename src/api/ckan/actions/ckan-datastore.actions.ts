// DataStore actions (ckanext-datastore): datastore_search, datastore_search_sql, datastore_info over the
// DataStore's query service; datastore_create, datastore_upsert and datastore_delete for tables pushed
// through the API (ckan-datastore-write.actions.ts).
import { resourcesService } from '../../../modules/catalog/index.ts';
import * as datastore from '../../../modules/datastore/query-service.ts';
import * as writes from '../../../modules/datastore/query-write.ts';
import { resourceInput } from '../inputs.ts';
import type { ActionTable } from './types.ts';

export const datastoreReadActions: ActionTable = {
  datastore_search: {
    write: false,
    help: 'Rows of a resource’s DataStore table (resource_id, filters, q, fields, sort, limit, offset, distinct, include_total, records_format).',
    run: ({ ctx, params, dict }) =>
      datastore.search(ctx, params, `${dict.baseUrl}/api/3/action/datastore_search`),
  },
  datastore_search_sql: {
    write: false,
    help: 'One read-only SELECT (sql) over DataStore tables named by resource id; time- and row-limited.',
    run: ({ ctx, params }) => datastore.searchSql(ctx, params),
  },
  datastore_info: {
    write: false,
    help: 'The fields (types and data dictionary) and row count of a resource’s DataStore table (id).',
    run: ({ ctx, params }) => datastore.info(ctx, params),
  },
};

const isObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);

export const datastoreWriteActions: ActionTable = {
  datastore_create: {
    write: true,
    help: 'Creates a DataStore table for a resource (resource_id, or a new `resource` dict with package_id): fields, records, primary_key, indexes.',
    run: async ({ ctx, params, dict }) => {
      let resourceId = params.resource_id;
      if (!resourceId && isObject(params.resource)) {
        // A new resource whose link is the table's CSV export (CKAN links its dump the same way).
        const given = params.resource;
        const datasetKey = String(given.package_id ?? '');
        const placeholder = `${dict.baseUrl}/api/v1/datastore`;
        const input = resourceInput({ url: placeholder, format: 'CSV', ...given }, dict.locale, null);
        const created = await resourcesService.createResource(ctx, datasetKey, input);
        resourceId = created.id;
        const result = await writes.createApiTable(ctx, { ...params, resource_id: resourceId });
        if (!given.url)
          await resourcesService.updateResource(ctx, datasetKey, created.id, {
            url: `${placeholder}/${created.id}/export/csv`,
          });
        return result;
      }
      return writes.createApiTable(ctx, { ...params, resource_id: resourceId });
    },
  },
  datastore_upsert: {
    write: true,
    help: 'Writes records to an API table (resource_id, records, method insert|upsert|update; upsert and update match the primary key or _id).',
    run: ({ ctx, params }) => writes.upsertRecords(ctx, params),
  },
  datastore_delete: {
    write: true,
    help: 'Deletes the rows of an API table matching `filters`, or the whole table without filters (resource_id).',
    run: ({ ctx, params }) => writes.deleteRecords(ctx, params),
  },
};
