// datastore-query: datastore_search on a table of BENCH_DATASTORE_QUERY_N rows (default 100,000) with one
// equality filter, and with a full-text `q`, through HTTP (CKAN's action, the whole stack) and raw on the
// engine (the same SQL on a prepared statement / the pool) in the same run: p50/p95 and the ratio.
// Indexes: a b-tree on the filtered column and the full-text index (FTS5 / GIN), built as query-index.ts does.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { Dialect } from '../src/db/types.ts';
import { createFilterIndex, createFullTextIndex, TEXT_CONFIG } from '../src/modules/datastore/query-index.ts';
import { dataStoreFor } from '../src/modules/datastore/store.ts';
import type { Row } from '../src/modules/datastore/table-schema.ts';
import { insertResource } from '../src/modules/datastore/test-kit.ts';
import { buildTestApp } from '../test/app.ts';
import { type BenchOutput, type BenchRow, envInt, percentile, row } from './lib.ts';

const CITIES = ['الرباط', 'الدار البيضاء', 'فاس', 'مراكش', 'طنجة', 'أكادير', 'وجدة', 'العيون'];
const FR = ['Rabat', 'Casablanca', 'Fès', 'Marrakech', 'Tanger', 'Agadir', 'Oujda', 'Laâyoune'];
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function getJson(port: number, path: string): Promise<any> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path, agent }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          body += c;
        });
        res.on('end', () =>
          res.statusCode === 200
            ? resolve(JSON.parse(body))
            : reject(new Error(`${res.statusCode} ${body.slice(0, 300)}`)),
        );
      })
      .on('error', reject);
  });
}

async function timeEach(n: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 20; i++) await fn(i); // warm-up
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn(i);
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b);
}

const rowOf = (i: number): Row => [
  `${CITIES[i % 8]} ${i % 97}`,
  `${FR[i % 8]}, arrondissement ${i % 13}`,
  i % 3 === 0 ? 'Éducation' : 'الصحة',
  ((i * 7919) % 1_000_000) / 100,
  i % 500,
  `Budget ${i % 3 === 0 ? 'révisé' : 'initial'} — ميزانية`,
];

async function benchDialect(dialect: Dialect, n: number, requests: number) {
  const t = await buildTestApp(dialect);
  try {
    const { resourceId } = await insertResource(t.db);
    const store = dataStoreFor(t.db);
    const t0 = performance.now();
    await store.replaceTable(
      {
        resourceId,
        origin: 'api',
        schema: {
          fields: [
            { name: 'commune_ar', type: 'string' },
            { name: 'commune_fr', type: 'string' },
            { name: 'secteur', type: 'string' },
            { name: 'montant', type: 'number' },
            { name: 'effectif', type: 'integer' },
            { name: 'observation', type: 'string' },
          ],
        },
      },
      async (b) => {
        for (let i = 0; i < n; i += 10_000)
          await b.write(Array.from({ length: Math.min(10_000, n - i) }, (_, k) => rowOf(i + k + 1)));
      },
    );
    const loadMs = performance.now() - t0;
    const t1 = performance.now();
    await createFilterIndex(t.db, resourceId, 'effectif');
    await createFullTextIndex(t.db, resourceId);
    const indexMs = performance.now() - t1;
    // PostgreSQL: statistics and the visibility map (index-only counts), as autovacuum would after a load.
    if (dialect === 'postgres') await t.db.pool!.query(`VACUUM ANALYZE ${store.qualifiedName(resourceId)}`);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const port = (t.app.server.address() as AddressInfo).port;
    const base = `/api/3/action/datastore_search?resource_id=${resourceId}`;
    const eqUrl = (i: number) =>
      `${base}&filters=${encodeURIComponent(JSON.stringify({ effectif: (i * 37) % 500 }))}`;
    const qText = (i: number) => `${CITIES[i % 8]} ${(i * 11) % 97}`;
    const qUrl = (i: number) => `${base}&q=${encodeURIComponent(qText(i))}`;

    // The same SQL on the engine: rows (limit 100 by _id) and the total.
    const table = store.qualifiedName(resourceId);
    let rawEq: (i: number) => Promise<number>;
    let rawQ: (i: number) => Promise<number>;
    if (dialect === 'sqlite') {
      const db = store.readOnlySqlite()!;
      const tname = `"${resourceId}"`;
      const fts = `"${resourceId}__fts_v1"`;
      const eqRows = db.prepare(`SELECT * FROM ${tname} WHERE effectif = ? ORDER BY _id LIMIT 100 OFFSET 0`);
      const eqCount = db.prepare(`SELECT count(*) AS c FROM ${tname} WHERE effectif = ?`);
      const cond = `_id IN (SELECT rowid FROM ${fts} WHERE ${fts} MATCH ?)`;
      const qRows = db.prepare(`SELECT * FROM ${tname} WHERE ${cond} ORDER BY _id LIMIT 100 OFFSET 0`);
      const qCount = db.prepare(`SELECT count(*) AS c FROM ${tname} WHERE ${cond}`);
      const match = (i: number) =>
        qText(i)
          .split(' ')
          .map((w) => `"${w}"`)
          .join(' ');
      rawEq = async (i) => {
        eqRows.all((i * 37) % 500);
        return (eqCount.get((i * 37) % 500) as { c: number }).c;
      };
      rawQ = async (i) => {
        qRows.all(match(i));
        return (qCount.get(match(i)) as { c: number }).c;
      };
    } else {
      const pool = t.db.pool!;
      // The companion table of query-index.ts: (_id, v tsvector) with a GIN index on v.
      const fts = `"${store.dataSchema}"."${resourceId}__fts_v1"`;
      const cond = `_id = ANY(ARRAY(SELECT _id FROM ${fts} WHERE v @@ plainto_tsquery('${TEXT_CONFIG}'::regconfig, $1)))`;
      rawEq = async (i) => {
        await pool.query(`SELECT * FROM ${table} WHERE effectif = $1 ORDER BY _id LIMIT 100 OFFSET 0`, [
          (i * 37) % 500,
        ]);
        return Number(
          (await pool.query(`SELECT count(*) AS c FROM ${table} WHERE effectif = $1`, [(i * 37) % 500]))
            .rows[0].c,
        );
      };
      rawQ = async (i) => {
        await pool.query(`SELECT * FROM ${table} WHERE ${cond} ORDER BY _id LIMIT 100 OFFSET 0`, [qText(i)]);
        return Number(
          (await pool.query(`SELECT count(*) AS c FROM ${table} WHERE ${cond}`, [qText(i)])).rows[0].c,
        );
      };
    }
    // The HTTP answers and the raw queries agree (same totals) before anything is timed.
    for (const i of [0, 1, 2]) {
      const e = (await getJson(port, eqUrl(i))).result.total;
      const q = (await getJson(port, qUrl(i))).result.total;
      if (e !== (await rawEq(i)) || q !== (await rawQ(i)))
        throw new Error(
          `${dialect}: HTTP totals ${e}/${q} differ from raw ${await rawEq(i)}/${await rawQ(i)}`,
        );
    }
    const eqHttp = await timeEach(requests, (i) => getJson(port, eqUrl(i)));
    const eqRaw = await timeEach(requests, rawEq);
    const qHttp = await timeEach(requests, (i) => getJson(port, qUrl(i)));
    const qRaw = await timeEach(requests, rawQ);
    const qTotal = (await getJson(port, qUrl(0))).result.total;
    return { loadMs, indexMs, eqHttp, eqRaw, qHttp, qRaw, qTotal };
  } finally {
    agent.destroy();
    await t.close();
  }
}

export async function runDatastoreQueryBench(): Promise<BenchOutput> {
  const n = envInt('BENCH_DATASTORE_QUERY_N', 100_000);
  const requests = envInt('BENCH_DATASTORE_QUERY_REQUESTS', 200);
  const dialects = (process.env.BENCH_DATASTORE_DIALECTS ?? 'sqlite,postgres').split(',') as Dialect[];
  const rows: BenchRow[] = [];
  const raw: Record<string, unknown> = {};
  for (const d of dialects) {
    const r = await benchDialect(d, n, requests);
    for (const [name, h, e] of [
      ['equality filter', r.eqHttp, r.eqRaw],
      ['full-text q', r.qHttp, r.qRaw],
    ] as const)
      for (const p of [50, 95])
        rows.push(
          row(
            `${d}: datastore_search, ${name} (HTTP vs raw SQL)`,
            `p${p} latency`,
            'ms',
            percentile(h, p),
            percentile(e, p),
            false,
          ),
        );
    raw[d] = {
      loadMs: r.loadMs,
      indexMs: r.indexMs,
      qTotalExample: r.qTotal,
      equalityMs: {
        httpP50: percentile(r.eqHttp, 50),
        httpP95: percentile(r.eqHttp, 95),
        rawP50: percentile(r.eqRaw, 50),
        rawP95: percentile(r.eqRaw, 95),
      },
      qMs: {
        httpP50: percentile(r.qHttp, 50),
        httpP95: percentile(r.qHttp, 95),
        rawP50: percentile(r.qRaw, 50),
        rawP95: percentile(r.qRaw, 95),
      },
    };
  }
  return {
    title: `datastore_search on ${n.toLocaleString('en')} rows: equality filter and full-text q, HTTP vs raw SQL`,
    params: { n, requests, dialects },
    rows,
    raw,
    notes: [
      'Targets (issue #7, on 1,000,000 rows): equality p95 <= 20 ms, q p95 <= 100 ms (HTTP column).',
      'Each request returns 100 rows and the total (include_total), as datastore_search does by default.',
      'q: a commune name and a number (two words), through FTS5 (SQLite) or a companion table of tsvectors with a GIN index (PostgreSQL), both built after the load (query-index.ts).',
      'Indexes built before timing: b-tree on (filtered column, _id), full-text index (query-index.ts); PostgreSQL: VACUUM ANALYZE after the load.',
    ],
  };
}
