// One DataStore ingestion in a process of its own (forked by datastore-ingest.bench.ts), so that its memory is
// measured alone: the peak RSS of this process (the kernel's maxrss: sampling cannot miss a spike) and the
// RSS before the ingestion started (node, the loader and the modules, an empty database handle).
// Also runnable by hand for profiling: `node --import tsx --cpu-prof bench/datastore-ingest-child.ts <dialect> <file> <rows>`.
import { createReadStream } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Dialect } from '../src/db/types.ts';
import { ingestFile } from '../src/modules/datastore/ingest.ts';
import { closeDataStore, dataStoreFor } from '../src/modules/datastore/store.ts';
import { insertResource } from '../src/modules/datastore/test-kit.ts';
import { createTestDb } from '../test/db.ts';

export interface ChildResult {
  ms: number;
  rowsPerSec: number;
  /** Peak RSS of the child process over its whole life (getrusage maxrss), MB. */
  peakRssMb: number;
  /** RSS just before the ingestion started, MB. */
  baseRssMb: number;
  /** CPU time of this process during the ingestion (user + system), ms: steadier than wall time on a busy machine. */
  cpuMs: number;
  types: string[];
}

async function main(dialect: Dialect, file: string, n: number): Promise<ChildResult> {
  const db = await createTestDb(dialect);
  try {
    const { resourceId } = await insertResource(db);
    const store = dataStoreFor(db);
    const baseRss = process.memoryUsage().rss;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const { table } = await ingestFile(store, {
      resourceId,
      name: 'bench.csv',
      open: async () => createReadStream(file, { highWaterMark: 1 << 20 }),
    });
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    if (table.rowCount !== n) throw new Error(`${dialect}: ${table.rowCount} rows loaded, expected ${n}`);
    return {
      ms,
      rowsPerSec: n / (ms / 1000),
      peakRssMb: (process.resourceUsage().maxRSS * 1024) / 2 ** 20,
      baseRssMb: baseRss / 2 ** 20,
      cpuMs: (cpu.user + cpu.system) / 1000,
      types: table.schema.fields.map((f) => f.type),
    };
  } finally {
    await closeDataStore(db);
    await db.close();
  }
}

const [dialect, file, rows] = process.argv.slice(2);
main(dialect as Dialect, file!, Number(rows)).then(
  (r) => {
    if (process.send) process.send(r);
    else console.log(JSON.stringify(r));
  },
  (e) => {
    console.error(e);
    process.exitCode = 1;
  },
);
