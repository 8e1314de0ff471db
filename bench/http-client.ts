// HTTP load generator for the http bench: N keep-alive connections, each sending its next request as soon as
// the previous response has been read, for a fixed time after a warm-up. It runs in a worker thread of the
// bench process (loopback only), so that the server under test keeps the main thread to itself.
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { percentile } from './lib.ts';

export interface LoadOptions {
  port: number;
  path: string;
  accept: string;
  connections: number;
  warmupMs: number;
  durationMs: number;
}

export interface LoadResult {
  /** Responses completed (status 200) inside the measured window. */
  requests: number;
  /** Failed requests or non-200 responses inside the measured window. */
  errors: number;
  bytes: number;
  elapsedMs: number;
  rps: number;
  latencyMs: { mean: number; p50: number; p90: number; p99: number; max: number };
}

export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.connections, maxFreeSockets: o.connections });
  const latencies: number[] = [];
  let recording = false;
  let stopping = false;
  let errors = 0;
  let bytes = 0;

  const once = () =>
    new Promise<void>((resolve) => {
      const t0 = performance.now();
      const fail = () => {
        if (recording) errors++;
        setImmediate(resolve);
      };
      const req = http.request(
        { host: '127.0.0.1', port: o.port, path: o.path, method: 'GET', agent, headers: { accept: o.accept } },
        (res) => {
          let n = 0;
          res.on('data', (chunk: Buffer) => {
            n += chunk.length;
          });
          res.on('error', fail);
          res.on('end', () => {
            if (recording) {
              if (res.statusCode === 200) {
                latencies.push(performance.now() - t0);
                bytes += n;
              } else errors++;
            }
            resolve();
          });
        },
      );
      req.on('error', fail);
      req.end();
    });

  const loop = async () => {
    while (!stopping) await once();
  };
  const loops = Array.from({ length: o.connections }, loop);
  await new Promise((r) => setTimeout(r, o.warmupMs));
  recording = true;
  const start = performance.now();
  await new Promise((r) => setTimeout(r, o.durationMs));
  recording = false;
  const elapsedMs = performance.now() - start;
  stopping = true;
  await Promise.all(loops);
  agent.destroy();

  const sorted = Float64Array.from(latencies).sort();
  const sum = latencies.reduce((a, b) => a + b, 0);
  return {
    requests: latencies.length,
    errors,
    bytes,
    elapsedMs,
    rps: latencies.length / (elapsedMs / 1000),
    latencyMs: {
      mean: latencies.length ? sum / latencies.length : Number.NaN,
      p50: percentile(sorted, 50),
      p90: percentile(sorted, 90),
      p99: percentile(sorted, 99),
      max: sorted.length ? sorted[sorted.length - 1]! : Number.NaN,
    },
  };
}

/** Entry point inside the worker thread. */
export async function workerMain(): Promise<void> {
  const result = await runLoad(workerData as LoadOptions);
  parentPort!.postMessage(result);
}

/**
 * Runs `runLoad` in a worker thread and resolves with its result. Node 20 does not apply tsx's loader to a
 * worker's entry file, so the worker's entry is a small script that registers tsx first.
 */
export function loadInWorker(o: LoadOptions): Promise<LoadResult> {
  const tsx = import.meta.resolve('tsx/esm/api');
  const self = import.meta.url;
  const code = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(self)}); }).then((m) => m.workerMain());`;
  const deadline = o.warmupMs + o.durationMs + 30_000;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, execArgv: [], workerData: o });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`load client did not finish within ${deadline} ms`));
    }, deadline);
    worker.once('message', (m: LoadResult) => {
      clearTimeout(timer);
      resolve(m);
      void worker.terminate();
    });
    worker.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    worker.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`load client exited with code ${code}`));
    });
  });
}
