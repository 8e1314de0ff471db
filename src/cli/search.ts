// `shafaf search reindex [--batch N]`: rebuilds the search index of every dataset, N datasets per transaction.
import { parseArgs } from 'node:util';
import type { Config } from '../config.ts';
import { reindexAll } from '../modules/search/index.ts';
import { openRuntime } from '../runtime.ts';

export async function searchCommand(config: Config, args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'reindex') {
    process.stderr.write(`Unknown search command: ${sub ?? ''} (use: search reindex [--batch N])\n`);
    return 1;
  }
  const { values } = parseArgs({ args: rest, options: { batch: { type: 'string' } } });
  const batch = values.batch === undefined ? 1000 : Number.parseInt(values.batch, 10);
  if (!Number.isInteger(batch) || batch < 1 || batch > 10_000) {
    process.stderr.write('--batch must be an integer between 1 and 10000\n');
    return 1;
  }
  const rt = await openRuntime(config);
  try {
    const t0 = Date.now();
    const n = await reindexAll(rt.db.db, rt.db.dialect, {
      batch,
      onProgress: (done) => process.stderr.write(`\r${done} datasets indexed`),
    });
    process.stdout.write(
      `${n ? '\n' : ''}Reindexed ${n} datasets in ${((Date.now() - t0) / 1000).toFixed(1)} s.\n`,
    );
    return 0;
  } finally {
    await rt.db.close();
  }
}
