import pino from 'pino';
import type { Config } from '../config.ts';
import { migrateUp } from '../db/migrate.ts';
import { openRuntime } from '../runtime.ts';
import { demoLoadedAt, loadDemo } from '../seed.ts';

export async function seedCommand(config: Config): Promise<number> {
  const rt = await openRuntime(config);
  try {
    await migrateUp(rt.db);
    const loaded = await loadDemo(rt, pino({ level: config.LOG_LEVEL }));
    process.stdout.write(
      loaded
        ? 'Demo content loaded.\n'
        : `Demo content was already loaded on ${await demoLoadedAt(rt.db.db)}.\n`,
    );
    return 0;
  } finally {
    await rt.db.close();
  }
}
