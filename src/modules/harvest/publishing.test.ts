// docs/publishing.md's scripts, run as they are with the real curl against a listening instance: the first
// run creates the dataset and uploads the file; the next replaces the file (same resource, new version); the
// CKAN examples patch the dataset and add a link. Keeps the documentation true.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { promisify } from 'node:util';
import { describeWithApp } from '../../../test/app.ts';
import { addMember, createOrg, createUser } from '../../../test/session.ts';
import { cliActor, tokens } from '../accounts/index.ts';
import { datasetsService } from '../catalog/index.ts';
import { limits, serviceContextFor } from '../catalog/test-kit.ts';

const run = promisify(execFile);
const doc = readFileSync(new URL('../../../docs/publishing.md', import.meta.url), 'utf8');

/** The fenced block that follows `<!-- tested: name -->`. */
function block(name: string): string {
  const m = new RegExp(`<!-- tested: ${name} -->\\n\`\`\`sh\\n([\\s\\S]*?)\`\`\``).exec(doc);
  if (!m) throw new Error(`no block ${name} in docs/publishing.md`);
  return m[1]!;
}

describeWithApp(
  'publishing from a producer’s script (docs/publishing.md)',
  (get) => {
    let dir: string;
    let env: Record<string, string>;
    const sha = (s: string) => createHash('sha256').update(s).digest('hex');
    const sh = (script: string) => run('sh', ['-c', script], { env: { ...process.env, ...env }, cwd: dir });

    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'shafaf-publish-'));
      await get().app.listen({ port: 0, host: '127.0.0.1' });
      const port = (get().app.server.address() as AddressInfo).port;
      const org = await createOrg(get().db, 'finances');
      const u = await createUser(get().db, { email: 'export@finances.gov.ma' });
      await addMember(get().db, org.id, u.id, 'editor');
      const { token } = await tokens.createApiToken(serviceContextFor(get(), cliActor), u.id, {
        name: 'cron',
      });
      env = { SHAFAF_URL: `http://127.0.0.1:${port}`, SHAFAF_TOKEN: token, FILE: 'budget.csv' };
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('creates the dataset and uploads the file on the first run', async () => {
      const first = 'region,amount\nRabat-Salé-Kénitra,120\nFès-Meknès,95\n';
      writeFileSync(join(dir, 'budget.csv'), first);
      const out = await sh(block('publish.sh'));
      assert.match(out.stdout, /published budget\.csv/);
      const d = await datasetsService.getDataset(serviceContextFor(get(), cliActor), 'regional-budget');
      assert.deepEqual(d.title, { fr: 'Budget régional', ar: 'الميزانية الجهوية', en: 'Regional budget' });
      assert.equal(d.resources.length, 1);
      assert.equal(d.resources[0]!.sha256, sha(first));
      assert.deepEqual(d.resources[0]!.title, { fr: 'Budget (CSV)', ar: 'الميزانية (CSV)' });
    });

    it('replaces the file on the next runs: same resource, new version', async () => {
      const before = await datasetsService.getDataset(serviceContextFor(get(), cliActor), 'regional-budget');
      const next = 'region,amount\nRabat-Salé-Kénitra,130\nFès-Meknès,99\nOriental,40\n';
      writeFileSync(join(dir, 'budget.csv'), next);
      await sh(block('publish.sh'));
      const d = await datasetsService.getDataset(serviceContextFor(get(), cliActor), 'regional-budget');
      assert.equal(d.resources.length, 1);
      assert.equal(d.resources[0]!.id, before.resources[0]!.id);
      assert.equal(d.resources[0]!.sha256, sha(next));
    });

    it('fails with curl’s exit code when the portal refuses (bad token)', async () => {
      await assert.rejects(
        run('sh', ['-c', block('publish.sh')], {
          env: { ...process.env, ...env, SHAFAF_TOKEN: 'not-a-token', DATASET: 'other-dataset' },
          cwd: dir,
        }),
        (e: { code?: number }) => e.code === 22,
      );
    });

    it('runs the CKAN examples', async () => {
      await sh(block('ckan.sh'));
      const d = await datasetsService.getDataset(serviceContextFor(get(), cliActor), 'regional-budget');
      assert.equal(d.version, '2026-11');
      assert.equal(d.description.fr, 'Exécution mensuelle par région.');
      assert.equal(d.resources.length, 2);
      assert.equal(d.resources[1]!.url, 'https://finances.example.ma/open/budget.json');
    });
  },
  limits,
);
