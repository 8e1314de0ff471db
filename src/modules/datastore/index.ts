// Public surface of the DataStore module.
export { ckanType, columnNameProblem, columnType, MAX_NAME_BYTES, quoteIdent, tableName } from './columns.ts';
export { datastoreRoutes } from './datastore.routes.ts';
export * as datastoreService from './datastore.service.ts';
export { datastoreJobs } from './ingest.job.ts';
export { type DictionaryEdits, IngestFailure, ingestFile } from './ingest.ts';
export { registerDatastorePages } from './pages/datastore-pages.ts';
export { activeResourceIds, findTable, type TableDescriptor } from './registry.repo.ts';
export type { ReportError, ReportErrorType, ValidationReport } from './report-types.ts';
export { closeDataStore, type DataStore, dataStoreFor, type NewTable, type TableBuilder } from './store.ts';
export { pgDataSchema } from './store-pg.ts';
export { DATA_ALIAS, dataFileOf } from './store-sqlite.ts';
export {
  type Cell,
  FIELD_TYPES,
  type FieldConstraints,
  type FieldType,
  ROW_ID,
  type Row,
  type TableField,
  type TableSchema,
  type Translations,
} from './table-schema.ts';
