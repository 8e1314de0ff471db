// CKAN harvesting against a real second Shafaf instance (its own database, listening on a local port):
// exact counts on first, repeated, changed runs; titles in every language, resources, licences and themes
// kept; remote deletions withdrawn locally; harvested datasets read-only for everyone but the harvester.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { testDialects } from '../../../test/db.ts';
import { addMember, createOrg } from '../../../test/session.ts';
import { Worker } from '../../jobs/index.ts';
import { AppError } from '../../kernel/errors.ts';
import { cliActor } from '../accounts/index.ts';
import { datasetsService, themesService } from '../catalog/index.ts';
import { limits, restClient, serviceContextFor } from '../catalog/test-kit.ts';
import * as sources from './sources.service.ts';
import { contextOf } from './test-kit.ts';

const titles = (i: number) => ({ fr: `Budget ${i}`, ar: `ميزانية ${i}`, en: `Budget ${i} (en)` });

for (const dialect of testDialects()) {
  describe(`CKAN harvest from a second instance [${dialect}]`, () => {
    let remote: TestApp;
    let local: TestApp;
    let base: string;
    let sourceId: string;
    const rctx = () => serviceContextFor(remote, cliActor);

    const run = async () => {
      const r = await sources.startRun(contextOf(local), sourceId, 'manual');
      await new Worker(local.db, local.queue).drain();
      return sources.getRun(contextOf(local), sourceId, r.id);
    };

    before(async () => {
      remote = await buildTestApp(dialect);
      local = await buildTestApp(dialect, { HARVEST_ALLOW_PRIVATE: true, ...limits });
      await remote.app.listen({ port: 0, host: '127.0.0.1' });
      base = `http://127.0.0.1:${(remote.app.server.address() as AddressInfo).port}`;
      for (const t of [remote, local])
        for (const name of ['health', 'economy'])
          await themesService.createTheme(serviceContextFor(t, cliActor), {
            name,
            title: { fr: name, ar: name, en: name },
          });
      await themesService.createTheme(rctx(), { name: 'remote-only', title: { en: 'Remote only' } });
      const org = await createOrg(remote.db, 'remote-ministry');
      for (let i = 1; i <= 5; i++)
        await datasetsService.createDataset(rctx(), {
          name: `budget-${i}`,
          organization: org.name,
          title: titles(i),
          description: { fr: `Description **${i}**`, ar: `وصف ${i}` },
          license_id: i % 2 ? 'CC-BY-4.0' : 'ODbL-1.0',
          frequency: 'ANNUAL',
          themes: i === 1 ? ['health', 'remote-only'] : ['economy'],
          tags: ['budget', `year-${2020 + i}`],
        });
      const { resourcesService } = await import('../catalog/index.ts');
      for (let i = 1; i <= 5; i++)
        for (const fmt of ['csv', 'json'])
          await resourcesService.createResource(rctx(), `budget-${i}`, {
            url: `https://data.example.org/budget-${i}.${fmt}`,
            title: { fr: `Fichier ${fmt}`, ar: `ملف ${fmt}` },
            kind: fmt === 'json' ? 'api' : 'data',
          });
      await createOrg(local.db, 'local-ministry');
      const s = await sources.createSource(contextOf(local), {
        title: 'Remote portal',
        url: base,
        type: 'ckan',
        organization: 'local-ministry',
        schedule: 'daily',
      });
      sourceId = s.id;
    });
    after(async () => {
      await local?.close();
      await remote?.close();
    });

    it('creates every dataset with its languages, resources, licence and themes', async () => {
      const r = await run();
      assert.equal(r.status, 'done');
      assert.deepEqual(r.counts, { created: 5, updated: 0, unchanged: 0, deleted: 0, failed: 0 });
      const ctx = contextOf(local);
      for (let i = 1; i <= 5; i++) {
        const d = await datasetsService.getDataset(ctx, `budget-${i}`);
        assert.deepEqual(d.title, titles(i));
        assert.deepEqual(d.description, { fr: `Description **${i}**`, ar: `وصف ${i}` });
        assert.equal(d.license.id, i % 2 ? 'CC-BY-4.0' : 'ODbL-1.0');
        assert.equal(d.organization.name, 'local-ministry');
        assert.deepEqual(
          d.themes.map((t) => t.name),
          i === 1 ? ['health'] : ['economy'],
        );
        assert.deepEqual([...d.tags].sort(), ['budget', `year-${2020 + i}`]);
        assert.deepEqual(
          d.resources.map((x) => [x.url, x.title, x.kind]),
          ['csv', 'json'].map((f) => [
            `https://data.example.org/budget-${i}.${f}`,
            { fr: `Fichier ${f}`, ar: `ملف ${f}` },
            f === 'json' ? 'api' : 'data',
          ]),
        );
      }
    });

    it('a second run finds everything unchanged and duplicates nothing', async () => {
      const r = await run();
      assert.deepEqual(r.counts, { created: 0, updated: 0, unchanged: 5, deleted: 0, failed: 0 });
      const n = await local.db.db
        .selectFrom('datasets')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      assert.equal(Number(n.n), 5);
    });

    it('brings remote changes and withdraws remote deletions', async () => {
      await datasetsService.patchDataset(rctx(), 'budget-2', {
        title: { fr: 'Budget deux', en: 'Budget two' },
      });
      await datasetsService.deleteDataset(rctx(), 'budget-3');
      const r = await run();
      assert.deepEqual(r.counts, { created: 0, updated: 1, unchanged: 3, deleted: 1, failed: 0 });
      const ctx = contextOf(local);
      assert.deepEqual((await datasetsService.getDataset(ctx, 'budget-2')).title, {
        fr: 'Budget deux',
        en: 'Budget two',
      });
      assert.equal((await datasetsService.getDataset(ctx, 'budget-3')).state, 'deleted');
    });

    it('keeps harvested datasets read-only for people, with a clear error', async () => {
      const rest = restClient(() => local);
      const editor = await rest.user('editor@local.ma');
      const org = await local.db.db
        .selectFrom('organizations')
        .select('id')
        .where('name', '=', 'local-ministry')
        .executeTakeFirstOrThrow();
      await addMember(local.db, org.id, editor.id, 'admin');
      const res = await rest.call('PATCH', '/api/v1/datasets/budget-1', editor, { version: '2' });
      assert.equal(res.statusCode, 409);
      assert.equal(res.json().error.code, 'harvest.read_only');
      assert.match(res.json().error.message, /Remote portal/);
      await assert.rejects(
        datasetsService.deleteDataset(serviceContextFor(local, cliActor), 'budget-1'),
        (e: unknown) => e instanceof AppError && e.code === 'harvest.read_only',
      );
      const page = await local.app.inject({ method: 'GET', url: '/en/datasets/budget-1' });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Harvested from “Remote portal”/);
      assert.doesNotMatch(page.body, /manage\/datasets\/budget-1/);
    });

    it('shows progress and a report through the API', async () => {
      const list = (await sources.getSource(contextOf(local), sourceId)).runs;
      assert.equal(list.length, 3);
      assert.ok(list.every((r) => r.status === 'done'));
    });
  });
}
