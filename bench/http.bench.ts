// http: the home page `/fr/` (and its JSON twin `/fr.json`) served by the real application, against a bare
// `node:http` server answering the very same bytes: the reference is the floor of what Node can do for this
// page, so the ratio is the share of that our stack (Fastify, hooks, rendering) leaves.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { buildTestApp } from '../test/app.ts';
import { type LoadOptions, type LoadResult, loadInWorker } from './http-client.ts';
import { type BenchOutput, type BenchRow, envInt, row, sleep } from './lib.ts';

type Measured = LoadResult & { serverElu: number };

const HTML_ACCEPT = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8';

interface Fetched {
  status: number;
  contentType: string;
  body: Buffer;
}

/** One GET on a fresh connection (nothing left open that would hold a server's close). */
function get(port: number, path: string, accept: string): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path, agent: false, headers: { accept } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          contentType: String(res.headers['content-type'] ?? ''),
          body: Buffer.concat(chunks),
        }),
      );
    });
    req.setTimeout(10_000, () => req.destroy(new Error(`GET ${path} timed out`)));
    req.on('error', reject);
  });
}

function listen(server: http.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

export async function runHttpBench(): Promise<BenchOutput> {
  const connections = envInt('BENCH_HTTP_CONNECTIONS', 16);
  const warmupMs = envInt('BENCH_HTTP_WARMUP_MS', 1000);
  const durationMs = envInt('BENCH_HTTP_DURATION_MS', 5000);
  const client = process.env.BENCH_HTTP_CLIENT === 'http' ? 'http' : 'net';

  const t = await buildTestApp('sqlite');
  const reference = http.createServer();
  try {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const appPort = (t.app.server.address() as AddressInfo).port;

    const html = await get(appPort, '/fr/', HTML_ACCEPT);
    const json = await get(appPort, '/fr.json', 'application/json');
    if (html.status !== 200 || !html.contentType.startsWith('text/html'))
      throw new Error(`GET /fr/ answered ${html.status} ${html.contentType}`);
    if (json.status !== 200 || !json.contentType.startsWith('application/json'))
      throw new Error(`GET /fr.json answered ${json.status} ${json.contentType}`);

    // The reference: the same bytes and content types, nothing else.
    reference.on('request', (req, res) => {
      const page = req.url === '/fr.json' ? json : html;
      res.writeHead(200, { 'content-type': page.contentType, 'content-length': page.body.length });
      res.end(page.body);
    });
    const refPort = await listen(reference);

    const load = async (label: string, port: number, path: string, accept: string) => {
      const o: LoadOptions = { port, path, accept, connections, warmupMs, durationMs, client };
      const running = loadInWorker(o);
      // Event-loop utilization of this (the servers') thread over about the measured window: near 1 means
      // the server is the bottleneck; well below 1 means the client is.
      await sleep(warmupMs);
      const before = performance.eventLoopUtilization();
      await sleep(durationMs);
      const serverElu = performance.eventLoopUtilization(before).utilization;
      const r: Measured = { ...(await running), serverElu };
      console.log(
        `  ${label.padEnd(24)} ${Math.round(r.rps)} req/s, p50 ${r.latencyMs.p50.toFixed(2)} ms, p99 ${r.latencyMs.p99.toFixed(2)} ms, errors ${r.errors}, server ELU ${r.serverElu.toFixed(2)}`,
      );
      if (r.requests === 0) throw new Error(`${label}: no successful request`);
      return r;
    };
    const ours = {
      html: await load('ours GET /fr/', appPort, '/fr/', HTML_ACCEPT),
      json: undefined as Measured | undefined,
    };
    const ref = {
      html: await load('reference GET /fr/', refPort, '/fr/', HTML_ACCEPT),
      json: undefined as Measured | undefined,
    };
    ours.json = await load('ours GET /fr.json', appPort, '/fr.json', 'application/json');
    ref.json = await load('reference GET /fr.json', refPort, '/fr.json', 'application/json');

    const rows: BenchRow[] = [];
    for (const [c, o, r] of [
      ['GET /fr/ (HTML)', ours.html, ref.html],
      ['GET /fr.json (JSON twin)', ours.json, ref.json],
    ] as const) {
      rows.push(row(c, 'throughput', 'req/s', o.rps, r.rps, true));
      rows.push(row(c, 'p50 latency', 'ms', o.latencyMs.p50, r.latencyMs.p50, false));
      rows.push(row(c, 'p99 latency', 'ms', o.latencyMs.p99, r.latencyMs.p99, false));
    }
    return {
      title:
        'Home page /fr/ and /fr.json from the real app vs a bare node:http server sending the same bytes',
      params: {
        connections,
        warmupMs,
        durationMs,
        dialect: 'sqlite',
        htmlBytes: html.body.length,
        jsonBytes: json.body.length,
        client,
      },
      rows,
      raw: { ours, reference: ref },
      notes: [
        `Load client (${client}): ${
          client === 'net'
            ? 'minimal HTTP/1.1 keep-alive client over raw sockets'
            : 'node:http.request with a keep-alive Agent'
        }, one request in flight per connection, in a worker thread of the bench process (the servers keep the main thread).`,
        `Event-loop utilization of the servers' thread while measured (near 1 = server-bound, lower = client-bound): ${[
          ['ours HTML', ours.html],
          ['reference HTML', ref.html],
          ['ours JSON', ours.json],
          ['reference JSON', ref.json],
        ]
          .map(([l, m]) => `${l} ${(m as Measured).serverElu.toFixed(2)}`)
          .join(', ')}.`,
        'Order: ours HTML, reference HTML, ours JSON, reference JSON; each after its own warm-up.',
        'Our server also sets cookies and security headers; the reference sends only content-type/length.',
      ],
    };
  } finally {
    if (reference.listening)
      await new Promise<void>((r) => {
        reference.close(() => r());
        reference.closeAllConnections();
      });
    await t.close();
  }
}
