// `shafaf search reindex` as a real process: an emptied index is rebuilt from the catalogue.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { sql } from 'kysely';
import { describeWithApp } from '../../../test/app.ts';
import { anonymous } from '../accounts/index.ts';
import { limits, restClient, sampleDataset, serviceContextFor } from '../catalog/test-kit.ts';
import { searchDatasets } from './search.service.ts';

const bin = new URL('../../../bin/shafaf.js', import.meta.url).pathname;

describeWithApp(
  'search: reindex command',
  (get) => {
    const { organisation, dataset } = restClient(get);

    test('search reindex rebuilds the documents of every dataset, in batches', async () => {
      const org = await organisation('hcp');
      for (const name of ['recensement', 'chomage', 'menages'])
        await dataset(org.editor, sampleDataset(name, org.name, { title: { fr: `Enquête ${name}` } }));
      const t = get();
      const find = async () =>
        (await searchDatasets(serviceContextFor(t, anonymous), { q: 'enquête', limit: 10, offset: 0 })).hits
          .map((h) => h.dataset.name)
          .sort();
      assert.deepEqual(await find(), ['chomage', 'menages', 'recensement']);
      await sql`DELETE FROM search_facets`.execute(t.db.db);
      if (t.db.dialect === 'sqlite') await sql`DELETE FROM search_fts`.execute(t.db.db);
      await sql`DELETE FROM search_docs`.execute(t.db.db);
      assert.deepEqual(await find(), []);
      const target = t.db.target;
      const url =
        target.dialect === 'sqlite'
          ? `sqlite:${target.file}`
          : `${target.url}?options=${encodeURIComponent(`-c search_path=${target.schema}`)}`;
      const r = spawnSync(process.execPath, [bin, 'search', 'reindex', '--batch', '2'], {
        env: { ...process.env, LOG_LEVEL: 'warn', DATABASE_URL: url },
        encoding: 'utf8',
        timeout: 60_000,
      });
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /Reindexed 3 datasets/);
      assert.deepEqual(await find(), ['chomage', 'menages', 'recensement']);
      const bad = spawnSync(process.execPath, [bin, 'search', 'nope'], {
        encoding: 'utf8',
        env: { ...process.env, DATABASE_URL: url },
      });
      assert.equal(bad.status, 1);
      assert.match(bad.stderr, /Unknown search command/);
    });
  },
  limits,
);
