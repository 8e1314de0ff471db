// Linked tabular files are ingested too: the job reads the link through the safe fetcher (the one harvesting
// uses), so a producer's URL becomes a queryable table; a refused or failing link says why and keeps the table.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { testDialects } from '../../../test/db.ts';
import { Worker } from '../../jobs/index.ts';
import { limits, restClient, sampleDataset } from '../catalog/test-kit.ts';
import { closeDataStore } from './store.ts';

const csv = 'commune,population,recensement\nAgadir,421844,2014-09-01\nTanger,947952,2014-09-01\n';

for (const dialect of testDialects())
  describe(`DataStore of a linked file [${dialect}]`, () => {
    let server: Server;
    let origin = '';
    const serve = (allowPrivate: boolean) => {
      let t: TestApp;
      const client = restClient(() => t);
      return {
        client,
        start: async () => {
          t = await buildTestApp(dialect, { ...limits, HARVEST_ALLOW_PRIVATE: allowPrivate });
          return t;
        },
        drain: () => new Worker(t.db, t.queue).drain(),
        close: async () => {
          await closeDataStore(t.db);
          await t.close();
        },
      };
    };

    before(async () => {
      server = createServer((req, res) => {
        if (req.url === '/communes.csv') {
          res.writeHead(200, { 'content-type': 'text/csv' });
          res.end(csv);
        } else {
          res.writeHead(404);
          res.end();
        }
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    after(() => new Promise<void>((resolve) => server.close(() => resolve())));

    async function linkResource(app: ReturnType<typeof serve>, url: string) {
      const { organisation, dataset, call } = app.client;
      const org = await organisation('link-org');
      const ds = await dataset(org.editor, sampleDataset('communes', org.name));
      const res = await call('POST', `/api/v1/datasets/${ds.name}/resources`, org.editor, {
        title: { fr: 'Communes' },
        url,
        format: 'CSV',
      });
      assert.equal(res.statusCode, 201, res.body);
      const id = res.json().data.id as string;
      await app.drain();
      return (await call('GET', `/api/v1/datasets/${ds.name}/resources/${id}/datastore`)).json().data;
    }

    test('a linked CSV becomes a table, read through the safe fetcher', async () => {
      const app = serve(true);
      await app.start();
      try {
        const view = await linkResource(app, `${origin}/communes.csv`);
        assert.equal(view.status, 'ready', JSON.stringify(view.error));
        assert.equal(view.rowCount, 2);
        assert.deepEqual(
          view.fields.map((f: { name: string; type: string }) => [f.name, f.type]),
          [
            ['commune', 'string'],
            ['population', 'integer'],
            ['recensement', 'date'],
          ],
        );
      } finally {
        await app.close();
      }
    });

    test('a link to a private address is refused unless configured; a 404 says so; nothing is loaded', async () => {
      const app = serve(false);
      await app.start();
      try {
        const refused = await linkResource(app, `${origin}/communes.csv`);
        assert.equal(refused.status, 'failed');
        assert.equal(refused.active, false);
        assert.equal(refused.error.code, 'harvest.fetch_refused');
      } finally {
        await app.close();
      }
      const open = serve(true);
      await open.start();
      try {
        const missing = await linkResource(open, `${origin}/gone.csv`);
        assert.equal(missing.status, 'failed');
        assert.equal(missing.error.code, 'harvest.fetch_status');
        assert.equal(missing.error.params.status, 404);
      } finally {
        await open.close();
      }
    });
  });
