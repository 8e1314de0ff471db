// What the query side needs from the DataStore's storage layer (store.ts): the active table of a resource,
// the database handle its data tables live in, and where read-only SQL runs. The storage layer provides it
// (query-store.ts adapts store.ts); tests of the query side can give their own over real tables.
import type { Kysely } from 'kysely';
import type { ServiceContext } from '../../context.ts';
import type { Dialect } from '../../db/types.ts';
import { storePort } from './query-store.ts';
import type { TableDescriptor } from './query-types.ts';
import type { SqlTarget } from './sql-run.ts';

export interface ActiveTable extends TableDescriptor {
  origin: 'ingest' | 'api';
  rowCount: number;
  /** The data dictionary as the registry holds it (Frictionless Table Schema fields). */
  schemaFields: Record<string, unknown>[];
  primaryKey: string[];
}

export interface DatastorePort {
  /** The queryable table of a resource, or null when it has none (not ingested yet, failed, never pushed). */
  table(ctx: ServiceContext, resourceId: string): Promise<ActiveTable | null>;
  /** The database the data tables are in, for datastore_search. */
  data(ctx: ServiceContext): { db: Kysely<any>; dialect: Dialect };
  /** Where datastore_search_sql runs (a read-only session on the data tables). */
  sqlTarget(ctx: ServiceContext): SqlTarget;
}

let port: DatastorePort | null = null;

/** Replaces the storage adapter (query-store.ts by default). */
export function setDatastorePort(p: DatastorePort | null): void {
  port = p;
}

export function datastorePort(): DatastorePort {
  return port ?? storePort;
}
