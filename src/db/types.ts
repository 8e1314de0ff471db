import type { Kysely, Transaction } from 'kysely';
import type { JobsTable } from './tables/jobs.ts';
import type { SystemStateTable } from './tables/system.ts';

export interface Database {
  jobs: JobsTable;
  system_state: SystemStateTable;
}

export type Dialect = 'sqlite' | 'postgres';
export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
/** Either the database or an open transaction: repositories accept both. */
export type Executor = Kysely<Database> | Transaction<Database>;

export interface DbHandle {
  db: Db;
  dialect: Dialect;
  /** PostgreSQL schema when not the default search path (tests). */
  schema?: string;
  close(): Promise<void>;
}
