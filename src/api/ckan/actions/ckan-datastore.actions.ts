// DataStore actions (ckanext-datastore): datastore_search, datastore_search_sql, datastore_info over the
// DataStore's query service; datastore_create, datastore_upsert and datastore_delete for tables pushed
// through the API (ckan-datastore-write.actions.ts).
import * as datastore from '../../../modules/datastore/query-service.ts';
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
