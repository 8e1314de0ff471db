// The ordered list of migrations. Names sort in execution order; files are frozen once landed.
import type { Migration } from 'kysely';
import * as m0001 from './0001_jobs_and_system_state.ts';
import * as m0002 from './0002_accounts.ts';
import * as m0003 from './0003_catalog.ts';
import * as m0004 from './0004_search.ts';
import * as m0005 from './0005_plans.ts';
import * as m0006 from './0006_requests.ts';
import * as m0007 from './0007_inventory.ts';
import * as m0008 from './0008_requests_more.ts';
import * as m0009 from './0009_plans_governance.ts';
import * as m0010 from './0010_plans_documents.ts';
import * as m0011 from './0011_datastore.ts';
import * as m0012 from './0012_harvest.ts';
import * as m0013 from './0013_interop.ts';

export const migrations: Record<string, Migration> = {
  '0001_jobs_and_system_state': m0001,
  '0002_accounts': m0002,
  '0003_catalog': m0003,
  '0004_search': m0004,
  '0005_plans': m0005,
  '0006_requests': m0006,
  '0007_inventory': m0007,
  '0008_requests_more': m0008,
  '0009_plans_governance': m0009,
  '0010_plans_documents': m0010,
  '0011_datastore': m0011,
  '0012_harvest': m0012,
  '0013_interop': m0013,
};
