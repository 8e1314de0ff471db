import type { Db } from '../../db/types.ts';
import { nowIso } from '../../kernel/ids.ts';
import { newSecret } from './secrets.ts';

/** SECRET_KEY when configured; otherwise one random key made on first use and kept in system_state. */
export async function loadSecretKey(db: Db, configured: string): Promise<string> {
  if (configured) return configured;
  const row = await db
    .selectFrom('system_state')
    .select('value')
    .where('key', '=', 'secret_key')
    .executeTakeFirst();
  if (row) return JSON.parse(row.value) as string;
  const key = newSecret();
  await db
    .insertInto('system_state')
    .values({ key: 'secret_key', value: JSON.stringify(key), updated_at: nowIso() })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const stored = await db
    .selectFrom('system_state')
    .select('value')
    .where('key', '=', 'secret_key')
    .executeTakeFirstOrThrow();
  return JSON.parse(stored.value) as string;
}
