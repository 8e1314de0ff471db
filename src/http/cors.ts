// CORS for reads of the APIs: any site may GET public data from a browser (no credentials are shared: the
// wildcard origin makes browsers send no cookies). Writes stay same-origin or token-authenticated.
import type { FastifyInstance } from 'fastify';

export function corsForReads(app: FastifyInstance): void {
  app.addHook('onSend', async (req, reply, payload) => {
    if ((req.method === 'GET' || req.method === 'HEAD') && req.url.startsWith('/api/'))
      reply.header('Access-Control-Allow-Origin', '*');
    return payload;
  });
}
