// dcat: export the whole public catalogue of a synthetic portal (BENCH_DCAT_N datasets, default 2,000; the
// issue's figure is 100,000) as Turtle in one page, through real HTTP (GET /catalog.ttl, DCAT_PAGE_SIZE = N),
// and report seconds and peak RSS. Reference, in the same run: reading the same rows with the same queries
// (public ids by keyset, views with tags, themes, resources and publishers, a batch at a time) without writing
// RDF. The response is consumed as it arrives and never kept: the export is streamed, not built in memory.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { Dialect } from '../src/db/types.ts';
import { publicBatches } from '../src/modules/dcat/batches.ts';
import { countPublic } from '../src/modules/dcat/dcat.repo.ts';
import { buildTestApp } from '../test/app.ts';
import { type BenchOutput, type BenchRow, envInt, row } from './lib.ts';
import { writeSyntheticCatalog } from './search-catalog.ts';

const MB = 1024 * 1024;

/** Samples RSS every 20 ms while `fn` runs; returns its time and the peak RSS seen. */
async function measured<T>(fn: () => Promise<T>): Promise<{ ms: number; peakRssMb: number; value: T }> {
  globalThis.gc?.();
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 20);
  const t0 = performance.now();
  try {
    const value = await fn();
    const ms = performance.now() - t0;
    peak = Math.max(peak, process.memoryUsage.rss());
    return { ms, peakRssMb: peak / MB, value };
  } finally {
    clearInterval(timer);
  }
}

/** GETs `path` and counts bytes and `a dcat:Dataset` subjects as chunks arrive (nothing is kept). */
function streamCount(
  port: number,
  path: string,
): Promise<{ status: number; bytes: number; datasets: number }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path }, (res) => {
        let bytes = 0;
        let datasets = 0;
        let carry = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          bytes += Buffer.byteLength(chunk);
          const text = carry + chunk;
          datasets += text.split(' a dcat:Dataset').length - 1;
          carry = text.slice(-20);
          if (carry.includes(' a dcat:Dataset')) carry = '';
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes, datasets }));
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

async function benchDialect(dialect: Dialect, n: number) {
  const t = await buildTestApp(dialect, { DCAT_PAGE_SIZE: Math.max(n, 1) });
  try {
    const tw = performance.now();
    await writeSyntheticCatalog(t.db, n);
    const writeMs = performance.now() - tw;
    const { total } = await countPublic(t.db.db, {});
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const port = (t.app.server.address() as AddressInfo).port;
    const read = await measured(async () => {
      let rows = 0;
      for await (const b of publicBatches(t.db.db, {}, 0, total)) rows += b.views.length;
      return rows;
    });
    const exported = await measured(() => streamCount(port, '/catalog.ttl?page=1'));
    if (exported.value.status !== 200)
      throw new Error(`${dialect}: GET /catalog.ttl answered ${exported.value.status}`);
    if (read.value !== total || exported.value.datasets !== total)
      throw new Error(
        `${dialect}: ${total} public datasets, read ${read.value}, exported ${exported.value.datasets}`,
      );
    return { total, writeMs, read, exported };
  } finally {
    await t.close();
  }
}

export async function runDcatBench(): Promise<BenchOutput> {
  const n = envInt('BENCH_DCAT_N', 2000);
  const dialects = (process.env.BENCH_DCAT_DIALECTS ?? 'sqlite').split(',') as Dialect[];
  const rows: BenchRow[] = [];
  const notes: string[] = [];
  const raw: Record<string, unknown> = {};
  for (const dialect of dialects) {
    console.log(`${dialect}: writing ${n} datasets, reading them, exporting /catalog.ttl…`);
    const r = await benchDialect(dialect, n);
    const mb = r.exported.value.bytes / MB;
    rows.push(
      row(
        `${dialect}: full catalogue as Turtle (${r.total} datasets)`,
        'time',
        's',
        r.exported.ms / 1000,
        r.read.ms / 1000,
        false,
      ),
      row(
        `${dialect}: full catalogue as Turtle`,
        'peak RSS',
        'MB',
        r.exported.peakRssMb,
        r.read.peakRssMb,
        false,
      ),
      row(
        `${dialect}: full catalogue as Turtle`,
        'datasets/s',
        'datasets/s',
        r.total / (r.exported.ms / 1000),
        r.total / (r.read.ms / 1000),
        true,
      ),
    );
    notes.push(
      `${dialect}: ${r.total} public datasets of ${n} (the rest private or drafts, filtered in SQL); ${mb.toFixed(1)} MB of Turtle; synthetic rows written in ${(r.writeMs / 1000).toFixed(1)} s (bench-only direct inserts). Reference: the same rows read with the same queries, no RDF written.`,
    );
    raw[dialect] = { ...r, exportedMb: mb };
  }
  notes.push('Peak RSS is of the whole process (server and client in one process), sampled every 20 ms.');
  return {
    title: 'GET /catalog.ttl (the whole catalogue in one streamed page) vs reading the same rows',
    params: { datasets: n, dialects },
    rows,
    raw,
    notes,
  };
}
