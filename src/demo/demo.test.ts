// The demo content: loaded through the services (revisions, audit), files stored with their checksums,
// loaded once only, and nothing left behind when the load fails.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createTestDb, type TestDb, testDialects } from '../../test/db.ts';
import { type Config, configWith } from '../config.ts';
import type { ServiceContext } from '../context.ts';
import { JobQueue } from '../jobs/index.ts';
import { silentLog } from '../kernel/log.ts';
import { Fields } from '../kernel/validate.ts';
import { cliActor } from '../modules/accounts/index.ts';
import { checkDataset } from '../modules/catalog/dataset-input.ts';
import { inputOf } from '../modules/catalog/dataset-views.ts';
import { datasetsService } from '../modules/catalog/index.ts';
import { createStorage } from '../modules/files/index.ts';
import { createJobRegistry } from '../runtime.ts';
import { demoLoadedAt, loadDemo, seeders } from '../seed.ts';
import { demoOrganizations } from './accounts.seed.ts';
import { demoDatasets, demoFilePath } from './catalog.seed.ts';
import { demoThemes } from './themes.data.ts';

const FEATURED = [
  'abonnements-internet-maroc-2021',
  'etablissements-hospitaliers-par-categorie-2020',
  'liste-etablissements-publics-primaires',
];

const filesUnder = (dir: string): string[] => {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath, d.name));
  } catch {
    return [];
  }
};

for (const dialect of testDialects()) {
  describe(`demo content (${dialect})`, () => {
    let db: TestDb;
    let dir: string;
    let config: Config;
    const rt = () => ({ config, db, queue: new JobQueue(db, createJobRegistry({ db, config })) });
    const count = async (t: 'themes' | 'datasets' | 'resources' | 'revisions' | 'audit_log') =>
      Number(
        (
          await db.db
            .selectFrom(t)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    before(async () => {
      db = await createTestDb(dialect);
      dir = mkdtempSync(join(tmpdir(), 'shafaf-demo-'));
      config = configWith({ DATA_DIR: dir });
    });
    after(async () => {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    });

    test('a failed load leaves no rows, no stored files and no marker', async () => {
      const failing = [...seeders, { name: 'broken', run: () => Promise.reject(new Error('boom')) }];
      await assert.rejects(loadDemo(rt(), silentLog, failing), /boom/);
      assert.equal(await demoLoadedAt(db.db), null);
      assert.equal(await count('datasets'), 0);
      assert.equal(await count('themes'), 0);
      assert.equal(await count('revisions'), 0);
      assert.equal((await db.db.selectFrom('users').select('id').execute()).length, 0);
      assert.deepEqual(filesUnder(join(dir, 'files')), []);
    });

    test('loads themes, datasets and resources through the services', async () => {
      assert.equal(await loadDemo(rt(), silentLog), true);
      assert.equal(await count('themes'), demoThemes.length);
      assert.equal(await count('datasets'), demoDatasets.length);
      assert.ok(demoDatasets.length >= 15 && demoDatasets.length <= 20);
      const resources = await count('resources');
      assert.ok(resources >= 25 && resources <= 40, `${resources} resources`);
      // Every producer publishes, and every write left a revision and an audit row by the demo sysadmin.
      const orgs = await db.db
        .selectFrom('datasets')
        .innerJoin('organizations', 'organizations.id', 'datasets.organization_id')
        .select('organizations.name')
        .distinct()
        .execute();
      assert.deepEqual(orgs.map((o) => o.name).sort(), demoOrganizations.map((o) => o.name).sort());
      const writes = demoThemes.length + demoDatasets.length + resources;
      assert.equal(await count('revisions'), writes);
      assert.ok((await count('audit_log')) >= writes);
      const actors = await db.db.selectFrom('revisions').select('actor_label').distinct().execute();
      assert.deepEqual(
        actors.map((a) => a.actor_label),
        ['Portal administrator'],
      );
      // Data requests at every stage, each with its public history.
      const requests = await db.db.selectFrom('data_requests').select(['id', 'status', 'due_date']).execute();
      assert.deepEqual(requests.map((r) => r.status).sort(), [
        'accepted',
        'published',
        'refused',
        'routed',
        'submitted',
      ]);
      const overdue = requests.find((r) => r.status === 'routed')!;
      assert.ok(overdue.due_date! < new Date().toISOString().slice(0, 10), 'one request is overdue');
      const links = await db.db.selectFrom('request_datasets').select('request_id').execute();
      assert.deepEqual(
        links.map((l) => l.request_id),
        requests.filter((r) => r.status === 'published').map((r) => r.id),
      );
    });

    test('every dataset validates and reads back as defined', async () => {
      const ctx: ServiceContext = {
        ...rt(),
        log: silentLog,
        actor: cliActor,
        locale: 'fr',
        ip: null,
        requestId: null,
      };
      for (const d of demoDatasets) {
        const view = await datasetsService.getDataset(ctx, d.name);
        const f = new Fields();
        checkDataset(f, inputOf(view));
        assert.doesNotThrow(() => f.check(), d.name);
        assert.equal(view.issued, d.issued, d.name);
        assert.equal(view.resources.length, d.resources.length, d.name);
      }
      const revisions = await count('revisions');
      await datasetsService.patchDataset(ctx, demoDatasets[0]!.name, {});
      assert.equal(await count('revisions'), revisions, 'a re-validated dataset has nothing to change');
    });

    test('each CSV file is stored with its size and sha256', async () => {
      const rows = await db.db
        .selectFrom('resources')
        .select(['storage_key', 'size', 'sha256', 'media_type', 'url'])
        .execute();
      const stored = rows.filter((r) => r.storage_key);
      const files = demoDatasets.flatMap((d) => d.resources.flatMap((r) => (r.file ? [r.file] : [])));
      assert.equal(stored.length, files.length);
      assert.ok(rows.some((r) => r.url?.startsWith('https://')));
      const storage = createStorage(config);
      try {
        for (const r of stored) {
          const name = basename(r.storage_key!);
          const bytes = readFileSync(demoFilePath(name));
          assert.equal(Number(r.size), bytes.length, name);
          assert.equal(r.sha256, createHash('sha256').update(bytes).digest('hex'), name);
          assert.equal(r.media_type, 'text/csv', name);
          const head = await storage.head(r.storage_key!);
          assert.equal(head.size, bytes.length, name);
          if (name === 'men_tlamid_jiha_2021.csv') assert.match(head.contentType, /charset=windows-1256/);
          if (name === 'sante_etablissements_hospitaliers_2020.csv') assert.equal(bytes[0], 0xef);
        }
      } finally {
        await storage.close();
      }
    });

    test('the featured datasets are the three of the national portal', async () => {
      const featured = await db.db
        .selectFrom('datasets')
        .select(['name', 'issued'])
        .where('featured', '=', 1)
        .orderBy('name')
        .execute();
      assert.deepEqual(
        featured.map((d) => [d.name, d.issued]),
        FEATURED.map((n) => [n, '2021-11-17']),
      );
    });

    test('loading again does nothing', async () => {
      const before = { datasets: await count('datasets'), revisions: await count('revisions') };
      const files = filesUnder(join(dir, 'files')).length;
      assert.equal(await loadDemo(rt(), silentLog), false);
      assert.deepEqual({ datasets: await count('datasets'), revisions: await count('revisions') }, before);
      assert.equal(filesUnder(join(dir, 'files')).length, files);
      assert.ok(await demoLoadedAt(db.db));
    });
  });
}
