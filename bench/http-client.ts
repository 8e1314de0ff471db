// HTTP load generator for the http bench: N keep-alive connections, each sending its next request as soon as
// the previous response has been read, for a fixed time after a warm-up. It runs in a worker thread of the
// bench process (loopback only), so that the server under test keeps the main thread to itself.
import http from 'node:http';
import net from 'node:net';
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
  /**
   * `net`: a minimal HTTP/1.1 keep-alive client over raw sockets (status line + Content-Length only), cheap
   * enough that a bare node:http server, not the client, is the bottleneck on a small machine.
   * `http`: node:http.request with a keep-alive Agent (heavier: on 2 cores it saturates before the server).
   */
  client: 'net' | 'http';
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

/** One request in flight at a time on one connection; `done` is called when the response is complete. */
type Sender = (done: (ok: boolean, bytes: number) => void) => void;

function httpSender(o: LoadOptions, agent: http.Agent): Sender {
  return (done) => {
    let settled = false;
    const finish = (ok: boolean, bytes: number) => {
      if (settled) return;
      settled = true;
      if (ok) done(ok, bytes);
      else setImmediate(() => done(ok, bytes));
    };
    const req = http.request(
      { host: '127.0.0.1', port: o.port, path: o.path, method: 'GET', agent, headers: { accept: o.accept } },
      (res) => {
        let n = 0;
        res.on('data', (chunk: Buffer) => {
          n += chunk.length;
        });
        res.on('error', () => finish(false, n));
        res.on('end', () => finish(res.statusCode === 200, n));
      },
    );
    req.on('error', () => finish(false, 0));
    req.end();
  };
}

const CRLFCRLF = Buffer.from('\r\n\r\n');

/** Raw keep-alive connection: writes a fixed request, reads status and Content-Length, skips the body. */
function netSender(o: LoadOptions): { send: Sender; close(): void } {
  const request = Buffer.from(
    `GET ${o.path} HTTP/1.1\r\nHost: 127.0.0.1:${o.port}\r\nAccept: ${o.accept}\r\nConnection: keep-alive\r\n\r\n`,
    'latin1',
  );
  let socket: net.Socket | null = null;
  let head: Buffer | null = null;
  let remaining = -1; // body bytes still to read; -1 while reading headers
  let status = 0;
  let bodyBytes = 0;
  let current: ((ok: boolean, bytes: number) => void) | null = null;
  let closeAfter = false;

  const complete = (ok: boolean) => {
    const cb = current;
    current = null;
    head = null;
    remaining = -1;
    if (!ok || closeAfter) {
      socket?.destroy();
      socket = null;
    }
    closeAfter = false;
    if (cb) {
      if (ok) cb(status === 200, bodyBytes);
      else setImmediate(() => cb(false, bodyBytes));
    }
  };

  const onData = (chunk: Buffer) => {
    let buf = chunk;
    while (buf.length > 0 && current) {
      if (remaining < 0) {
        head = head ? Buffer.concat([head, buf]) : buf;
        const end = head.indexOf(CRLFCRLF);
        if (end < 0) return;
        const text = head.toString('latin1', 0, end);
        status = Number(text.slice(9, 12));
        const m = /\r\ncontent-length:\s*(\d+)/i.exec(text);
        if (!m) return complete(false); // chunked or close-delimited: not supported
        closeAfter = /\r\nconnection:\s*close/i.test(text);
        remaining = Number(m[1]);
        bodyBytes = remaining;
        buf = head.subarray(end + 4);
        head = null;
      }
      const take = Math.min(remaining, buf.length);
      remaining -= take;
      buf = buf.subarray(take);
      if (remaining === 0) complete(true);
    }
  };

  const connect = () => {
    const s = net.connect({ host: '127.0.0.1', port: o.port });
    s.setNoDelay(true);
    s.on('data', onData);
    s.on('error', () => {});
    s.on('close', () => {
      if (socket !== s) return; // a socket we closed ourselves
      socket = null;
      if (current) complete(false);
    });
    return s;
  };

  return {
    send(done) {
      current = done;
      socket ??= connect();
      socket.write(request);
    },
    close() {
      socket?.destroy();
      socket = null;
    },
  };
}

export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.connections, maxFreeSockets: o.connections });
  const latencies: number[] = [];
  let recording = false;
  let stopping = false;
  let errors = 0;
  let bytes = 0;

  const loop = (): Promise<void> => {
    const conn = o.client === 'net' ? netSender(o) : { send: httpSender(o, agent), close() {} };
    return new Promise((resolve) => {
      const next = () => {
        if (stopping) {
          conn.close();
          return resolve();
        }
        const t0 = performance.now();
        conn.send((ok, n) => {
          if (recording) {
            if (ok) {
              latencies.push(performance.now() - t0);
              bytes += n;
            } else errors++;
          }
          next();
        });
      };
      next();
    });
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
