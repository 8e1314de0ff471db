import type { Config } from '../config.ts';
import { migrateUp, migrationStatus } from '../db/migrate.ts';
import { openRuntime } from '../runtime.ts';

export async function migrateCommand(config: Config, sub: string): Promise<number> {
  if (sub !== 'up' && sub !== 'status') {
    process.stderr.write(`Unknown migrate command: ${sub} (use up or status)\n`);
    return 1;
  }
  const rt = await openRuntime(config);
  try {
    if (sub === 'status') {
      for (const m of await migrationStatus(rt.db))
        process.stdout.write(
          `${m.executedAt ? 'applied' : 'pending'}  ${m.name}${m.executedAt ? `  ${m.executedAt.toISOString()}` : ''}\n`,
        );
      return 0;
    }
    const applied = await migrateUp(rt.db);
    process.stdout.write(
      applied.length ? `Applied: ${applied.join(', ')}\n` : 'Nothing to apply: up to date.\n',
    );
    return 0;
  } finally {
    await rt.db.close();
  }
}
