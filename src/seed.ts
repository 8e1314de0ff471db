// Demo content. Modules add their seeders here (catalogue, plans…); each runs once, in order, in one
// transaction, and the date is recorded in system_state so a restart never loads it twice.
import type { Db, Tx } from './db/types.ts';
import { seedAccounts } from './demo/accounts.seed.ts';
import { nowIso } from './kernel/ids.ts';
import type { Log } from './kernel/log.ts';

export interface Seeder {
  name: string;
  run(tx: Tx): Promise<void>;
}

export const seeders: Seeder[] = [{ name: 'accounts', run: seedAccounts }];

const MARKER = 'demo.loaded_at';

export async function demoLoadedAt(db: Db): Promise<string | null> {
  const row = await db
    .selectFrom('system_state')
    .select('value')
    .where('key', '=', MARKER)
    .executeTakeFirst();
  return row ? (JSON.parse(row.value) as string) : null;
}

/** Loads the demo content unless it was loaded before. Returns false when it was already there. */
export async function loadDemo(db: Db, log: Log, list: Seeder[] = seeders): Promise<boolean> {
  if (await demoLoadedAt(db)) return false;
  await db.transaction().execute(async (tx) => {
    for (const seeder of list) {
      await seeder.run(tx);
      log.info({ seeder: seeder.name }, 'demo content loaded');
    }
    const now = nowIso();
    await tx
      .insertInto('system_state')
      .values({ key: MARKER, value: JSON.stringify(now), updated_at: now })
      .execute();
  });
  return true;
}
