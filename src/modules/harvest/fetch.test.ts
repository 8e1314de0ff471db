// The safe fetcher against real local servers: refusal of private addresses, time and size limits, redirects,
// content types and invalid JSON, each with its own error code.
import assert from 'node:assert/strict';
import { lookup } from 'node:dns/promises';
import { hostname } from 'node:os';
import { after, before, describe, it } from 'node:test';
import { configWith } from '../../config.ts';
import { AppError } from '../../kernel/errors.ts';
import { fetchBytes, fetchJson, isNonPublicAddress, openUrl } from './fetch.ts';
import { harvestConfig, json, localServer } from './test-kit.ts';

const rejectsWith = async (p: Promise<unknown>, code: string) =>
  assert.rejects(p, (e: unknown) => e instanceof AppError && e.code === code);

describe('safe fetcher', () => {
  let server: Awaited<ReturnType<typeof localServer>>;
  const open = harvestConfig();
  before(async () => {
    server = await localServer({
      '/ok.json': json({ hello: 'world' }),
      '/html': json('<!doctype html><html><body>Login</body></html>', 200, 'text/html; charset=utf-8'),
      '/html-as-json': json('<html><body>oops</body></html>', 200, 'application/json'),
      '/broken.json': json('{"dataset": [', 200),
      '/error': json({ error: 'boom' }, 500),
      '/slow': () => {}, // never answers
      '/huge': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        let sent = 0;
        const write = () => {
          let ok = true;
          while (sent < 40 && ok) {
            sent++;
            ok = res.write(chunk);
          }
          if (sent < 40) res.once('drain', write);
          else res.end();
        };
        write();
      },
      '/huge-declared': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(5 * 1048576) });
        res.end();
      },
      '/loop': (_req, res) => {
        res.writeHead(302, { location: '/loop' });
        res.end();
      },
      '/to-ok': (_req, res) => {
        res.writeHead(301, { location: '/ok.json' });
        res.end();
      },
      '/to-metadata': (_req, res) => {
        res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' });
        res.end();
      },
    });
  });
  after(() => server.close());

  it('classifies addresses', () => {
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '::1',
      'fe80::1',
      'fd00::1',
      '::ffff:127.0.0.1',
      '0.0.0.0',
    ])
      assert.equal(isNonPublicAddress(a), true, a);
    for (const a of ['8.8.8.8', '196.200.1.1', '2a00:1450:4007::1'])
      assert.equal(isNonPublicAddress(a), false, a);
  });

  it('refuses loopback, private and link-local addresses when HARVEST_ALLOW_PRIVATE is off', async () => {
    const closed = configWith({ DEMO: false });
    assert.equal(closed.HARVEST_ALLOW_PRIVATE, false);
    await rejectsWith(fetchJson(server.url('/ok.json'), closed), 'harvest.fetch_refused');
    await rejectsWith(fetchJson('http://localhost/x', closed), 'harvest.fetch_refused');
    await rejectsWith(fetchJson('http://169.254.169.254/latest/meta-data/', closed), 'harvest.fetch_refused');
    await rejectsWith(fetchJson('http://[::1]/', closed), 'harvest.fetch_refused');
    // A name that resolves to a private address is refused after resolution (this machine's own name).
    const own = await lookup(hostname()).catch(() => null);
    if (own && isNonPublicAddress(own.address))
      await rejectsWith(fetchJson(`http://${hostname()}:9/`, closed), 'harvest.fetch_refused');
    await rejectsWith(fetchJson('ftp://example.org/x', closed), 'harvest.fetch_bad_url');
  });

  it('reads JSON from an allowed server and follows a redirect', async () => {
    assert.deepEqual(await fetchJson(server.url('/ok.json'), open), { hello: 'world' });
    assert.deepEqual(await fetchJson(server.url('/to-ok'), open), { hello: 'world' });
  });

  it('re-checks redirects: a redirect to a refused address is refused; loops stop', async () => {
    await rejectsWith(
      fetchJson(server.url('/to-metadata'), open, { limits: { allowPrivate: false } }),
      'harvest.fetch_refused',
    );
    await rejectsWith(fetchJson(server.url('/loop'), open), 'harvest.too_many_redirects');
  });

  it('names HTML instead of JSON, invalid JSON and error statuses', async () => {
    await rejectsWith(fetchJson(server.url('/html'), open), 'harvest.not_json');
    await rejectsWith(fetchJson(server.url('/html-as-json'), open), 'harvest.not_json');
    await rejectsWith(fetchJson(server.url('/broken.json'), open), 'harvest.invalid_json');
    await rejectsWith(fetchJson(server.url('/error'), open), 'harvest.fetch_status');
    await rejectsWith(fetchJson(server.url('/missing'), open), 'harvest.fetch_status');
  });

  it('stops at the time limit', async () => {
    const t0 = Date.now();
    await rejectsWith(
      fetchJson(server.url('/slow'), open, { limits: { timeoutMs: 300 } }),
      'harvest.fetch_timeout',
    );
    assert.ok(Date.now() - t0 < 3000);
  });

  it('stops beyond the size limit, declared or streamed', async () => {
    const small = { limits: { maxBytes: 1048576 } };
    await rejectsWith(fetchBytes(server.url('/huge-declared'), open, small), 'harvest.fetch_too_large');
    await rejectsWith(fetchBytes(server.url('/huge'), open, small), 'harvest.fetch_too_large');
    const whole = await fetchBytes(server.url('/huge'), open, { limits: { maxBytes: 4 * 1048576 } });
    assert.equal(whole.body.length, 40 * 64 * 1024);
    const res = await openUrl(server.url('/ok.json'), open);
    res.close();
  });
});
