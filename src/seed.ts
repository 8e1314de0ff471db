// Demo content. Modules add their seeders here (catalogue, plans…); each runs once, in order, in one
// transaction, and the date is recorded in system_state so a restart never loads it twice.
// Seeders write through the services (so revisions and audit rows exist) with a sysadmin actor; the context's
// database is bound to the demo's transaction, so the services' own transactions join it and a failure leaves
// nothing behind: rows are rolled back, files put in storage are removed, and no marker is written.
import type { Readable } from 'node:stream';
import type { Config } from './config.ts';
import type { ServiceContext } from './context.ts';
import { joined } from './db/joined.ts';
import type { Db, DbHandle, Tx } from './db/types.ts';
import { seedAccounts } from './demo/accounts.seed.ts';
import { seedCatalog } from './demo/catalog.seed.ts';
import { seedInventory } from './demo/inventory.seed.ts';
import { seedPlans } from './demo/plans.seed.ts';
import { seedRequests } from './demo/requests.seed.ts';
import type { JobQueue } from './jobs/index.ts';
import { nowIso } from './kernel/ids.ts';
import type { Log } from './kernel/log.ts';
import { cliActor } from './modules/accounts/index.ts';
import { createStorage, type PutOptions, type StorageBackend } from './modules/files/index.ts';

export interface DemoContext {
  /** The demo's transaction. */
  tx: Tx;
  /** A sysadmin context whose database is the demo's transaction. */
  ctx: ServiceContext;
  /** The storage backend; objects put here are removed if the load fails. */
  storage: StorageBackend;
}

export interface Seeder {
  name: string;
  run(demo: DemoContext): Promise<void>;
}

export const seeders: Seeder[] = [
  { name: 'accounts', run: (d) => seedAccounts(d.tx) },
  { name: 'catalog', run: seedCatalog },
  { name: 'plans', run: seedPlans },
  { name: 'requests', run: seedRequests },
  { name: 'inventory', run: seedInventory },
];

const MARKER = 'demo.loaded_at';

export async function demoLoadedAt(db: Db): Promise<string | null> {
  const row = await db
    .selectFrom('system_state')
    .select('value')
    .where('key', '=', MARKER)
    .executeTakeFirst();
  return row ? (JSON.parse(row.value) as string) : null;
}

/** Storage that remembers the keys it put, to remove them when the load fails. */
function tracked(storage: StorageBackend, keys: string[]): StorageBackend {
  return {
    kind: storage.kind,
    put: (key: string, stream: Readable, options: PutOptions) => {
      keys.push(key);
      return storage.put(key, stream, options);
    },
    get: (key, range) => storage.get(key, range),
    head: (key) => storage.head(key),
    delete: (key) => storage.delete(key),
    exists: (key) => storage.exists(key),
    close: async () => undefined,
  };
}

export interface DemoRuntime {
  config: Config;
  db: DbHandle;
  queue: JobQueue;
}

/** Loads the demo content unless it was loaded before. Returns false when it was already there. */
export async function loadDemo(rt: DemoRuntime, log: Log, list: Seeder[] = seeders): Promise<boolean> {
  if (await demoLoadedAt(rt.db.db)) return false;
  const storage = createStorage(rt.config);
  const keys: string[] = [];
  try {
    await rt.db.db.transaction().execute(async (tx) => {
      const ctx: ServiceContext = {
        ...rt,
        db: { ...rt.db, db: joined(tx) },
        log,
        actor: cliActor,
        locale: 'en',
        ip: null,
        requestId: null,
      };
      for (const seeder of list) {
        await seeder.run({ tx, ctx, storage: tracked(storage, keys) });
        log.info({ seeder: seeder.name }, 'demo content loaded');
      }
      const now = nowIso();
      await tx
        .insertInto('system_state')
        .values({ key: MARKER, value: JSON.stringify(now), updated_at: now })
        .execute();
    });
  } catch (err) {
    for (const key of keys) await storage.delete(key).catch(() => undefined);
    throw err;
  } finally {
    await storage.close();
  }
  return true;
}
