// Helpers of the harvest tests: real local HTTP servers (node:http) and service contexts whose configuration
// lets the fetcher reach them (HARVEST_ALLOW_PRIVATE).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestApp } from '../../../test/app.ts';
import { configWith } from '../../config.ts';
import type { ServiceContext, Services } from '../../context.ts';
import { silentLog } from '../../kernel/log.ts';
import { type Actor, cliActor } from '../accounts/index.ts';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A server on 127.0.0.1 with one handler per path (404 otherwise); `url(path)` gives its address. */
export async function localServer(routes: Record<string, Handler>) {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const handler = routes[path];
    if (handler) handler(req, res);
    else {
      res.statusCode = 404;
      res.end('not found');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

export const json =
  (body: unknown, status = 200, type = 'application/json'): Handler =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': type });
    res.end(typeof body === 'string' ? body : JSON.stringify(body));
  };

export const harvestConfig = (extra: Record<string, string | number | boolean> = {}) =>
  configWith({ DEMO: false, HARVEST_ALLOW_PRIVATE: true, DEFAULT_LOCALE: 'fr', ...extra });

/** Services of a test app (for the harvester and jobs), with the harvest configuration. */
export function servicesOf(t: TestApp, extra: Record<string, string | number | boolean> = {}): Services {
  return { config: harvestConfig(extra), db: t.db, queue: t.queue, log: silentLog };
}

export function contextOf(t: TestApp, actor: Actor = cliActor): ServiceContext {
  return { ...servicesOf(t), actor, locale: 'fr', ip: null, requestId: null };
}
