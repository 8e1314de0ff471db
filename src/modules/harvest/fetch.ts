// The safe fetcher of everything Shafaf pulls from other servers (harvest sources, scheduled resource
// refreshes). Against server-side request forgery it refuses private, loopback, link-local and other
// non-public addresses after DNS resolution (the connection uses the very address that was checked, so a
// rebinding DNS answer cannot slip through), re-checks every redirect, and bounds the time (one deadline for
// the whole fetch, body included) and the size (counted while streaming; the fetch stops beyond the limit).
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { BlockList, isIP } from 'node:net';
import { Transform, type TransformCallback } from 'node:stream';
import type { Config } from '../../config.ts';
import { AppError } from '../../kernel/errors.ts';

const blocked = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  blocked.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
] as const)
  blocked.addSubnet(net, bits, 'ipv6');

/** True for an address a public fetch must not reach (private, loopback, link-local, multicast…). */
export function isNonPublicAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return blocked.check(mapped[1]!, 'ipv4');
  const family = isIP(address);
  if (family === 0) return true;
  return blocked.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export interface FetchLimits {
  allowPrivate: boolean;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export const limitsOf = (config: Config): FetchLimits => ({
  allowPrivate: config.HARVEST_ALLOW_PRIVATE,
  timeoutMs: config.HARVEST_TIMEOUT_SECONDS * 1000,
  maxBytes: config.HARVEST_MAX_MB * 1024 * 1024,
  maxRedirects: 5,
});

export interface FetchOptions {
  accept?: string;
  signal?: AbortSignal;
  /** Overrides of the configured limits (tests, small reads). */
  limits?: Partial<FetchLimits>;
}

/** An open response: status 2xx, its final URL, and the body as a stream that stops beyond the size limit. */
export interface OpenResponse {
  url: string;
  contentType: string;
  length: number | null;
  body: NodeJS.ReadableStream;
  close(): void;
}

type LookupCb = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

function guardedLookup(url: string) {
  return (hostname: string, options: { all?: boolean }, cb: LookupCb) => {
    dnsLookup(hostname, { all: true }, (err, addresses) => {
      if (err) return cb(err, '');
      const bad = addresses.find((a) => isNonPublicAddress(a.address));
      if (bad || addresses.length === 0)
        return cb(Object.assign(new Error('refused'), { code: 'SHAFAF_REFUSED', url }), '');
      if (options.all) return cb(null, addresses);
      return cb(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

function checkUrl(raw: string, limits: FetchLimits): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AppError('harvest.fetch_bad_url', { url: raw.slice(0, 200) });
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password)
    throw new AppError('harvest.fetch_bad_url', { url: raw.slice(0, 200) });
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!limits.allowPrivate && (host === 'localhost' || host.endsWith('.localhost')))
    throw new AppError('harvest.fetch_refused', { url: url.href });
  if (!limits.allowPrivate && isIP(host) && isNonPublicAddress(host))
    throw new AppError('harvest.fetch_refused', { url: url.href });
  return url;
}

function requestOnce(url: URL, limits: FetchLimits, accept: string, signal: AbortSignal) {
  return new Promise<IncomingMessage>((resolve, reject) => {
    const lib = url.protocol === 'https:' ? https : http;
    const req = lib.request(url, {
      method: 'GET',
      // A connection of its own: a pooled keep-alive socket may have been closed by the server while a long
      // import ran (ECONNRESET on reuse), and a fresh one resolves (and checks) the host again.
      agent: false,
      headers: { accept, 'user-agent': 'Shafaf-harvester/1', 'accept-encoding': 'identity' },
      signal,
      ...(limits.allowPrivate ? {} : { lookup: guardedLookup(url.href) as never }),
    });
    req.on('response', resolve);
    req.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'SHAFAF_REFUSED') reject(new AppError('harvest.fetch_refused', { url: url.href }));
      else if (signal.aborted) reject(new AppError('harvest.fetch_timeout', { url: url.href }));
      else reject(new AppError('harvest.fetch_failed', { url: url.href, reason: err.code ?? err.message }));
    });
    req.end();
  });
}

/** Counts bytes; fails the stream with harvest.fetch_too_large beyond `max`. */
class Limit extends Transform {
  private seen = 0;
  constructor(
    private readonly max: number,
    private readonly url: string,
  ) {
    super();
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback) {
    this.seen += chunk.length;
    if (this.seen > this.max)
      return cb(
        new AppError('harvest.fetch_too_large', { url: this.url, max: Math.ceil(this.max / 1048576) }),
      );
    cb(null, chunk);
  }
}

/** Opens `raw` (following at most `maxRedirects` redirects, each re-checked); throws AppError on refusal. */
export async function openUrl(
  raw: string,
  config: Config,
  options: FetchOptions = {},
): Promise<OpenResponse> {
  const limits = { ...limitsOf(config), ...options.limits };
  const deadline = AbortSignal.timeout(limits.timeoutMs);
  const signal = options.signal ? AbortSignal.any([deadline, options.signal]) : deadline;
  let url = checkUrl(raw, limits);
  for (let hop = 0; ; hop++) {
    const res = await requestOnce(url, limits, options.accept ?? '*/*', signal);
    const status = res.statusCode ?? 0;
    if (status >= 300 && status < 400 && res.headers.location) {
      res.resume();
      if (hop >= limits.maxRedirects) throw new AppError('harvest.too_many_redirects', { url: raw });
      url = checkUrl(new URL(res.headers.location, url).href, limits);
      continue;
    }
    if (status < 200 || status >= 300) {
      res.resume();
      throw new AppError('harvest.fetch_status', { url: url.href, status });
    }
    const length = Number(res.headers['content-length']);
    if (Number.isFinite(length) && length > limits.maxBytes) {
      res.destroy();
      throw new AppError('harvest.fetch_too_large', {
        url: url.href,
        max: Math.ceil(limits.maxBytes / 1048576),
      });
    }
    const limit = new Limit(limits.maxBytes, url.href);
    const href = url.href;
    res.on('error', (err) =>
      limit.destroy(
        signal.aborted
          ? new AppError('harvest.fetch_timeout', { url: href })
          : new AppError('harvest.fetch_failed', { url: href, reason: err.message }),
      ),
    );
    signal.addEventListener(
      'abort',
      () => limit.destroy(new AppError('harvest.fetch_timeout', { url: href })),
      {
        once: true,
      },
    );
    res.pipe(limit);
    return {
      url: href,
      contentType: String(res.headers['content-type'] ?? '').toLowerCase(),
      length: Number.isFinite(length) ? length : null,
      body: limit,
      close: () => {
        res.destroy();
        limit.destroy();
      },
    };
  }
}

/** The whole body (bounded by the size limit) with its final URL and content type. */
export async function fetchBytes(raw: string, config: Config, options: FetchOptions = {}) {
  const res = await openUrl(raw, config, options);
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of res.body) chunks.push(chunk as Buffer);
  } finally {
    res.close();
  }
  return { url: res.url, contentType: res.contentType, body: Buffer.concat(chunks) };
}

const jsonTypes = /^(application\/([\w.+-]+\+)?json|text\/json|text\/plain|application\/octet-stream)\b|^$/;

/** A JSON document: refuses HTML and other non-JSON content types, and invalid JSON, with clear errors. */
export async function fetchJson(raw: string, config: Config, options: FetchOptions = {}): Promise<unknown> {
  const res = await fetchBytes(raw, config, { accept: 'application/json', ...options });
  const type = res.contentType.split(';')[0]!.trim();
  if (!jsonTypes.test(type)) throw new AppError('harvest.not_json', { url: res.url, type });
  try {
    return JSON.parse(res.body.toString('utf8'));
  } catch {
    const start = res.body.subarray(0, 100).toString('utf8').trimStart().toLowerCase();
    if (start.startsWith('<')) throw new AppError('harvest.not_json', { url: res.url, type: 'text/html' });
    throw new AppError('harvest.invalid_json', { url: res.url });
  }
}
