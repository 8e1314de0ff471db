// Demo catalogue: themes, datasets and resources, written through the catalogue services as the demo sysadmin
// (so revisions, activity and audit rows exist). CSV files of ./files are stored through the storage backend
// (the same path as an upload: sniffed, checked, measured) and attached to their resources.
import { createReadStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ServiceContext } from '../context.ts';
import { newId } from '../kernel/ids.ts';
import { cliActor } from '../modules/accounts/index.ts';
import { datasetsService, resourcesService, themesService } from '../modules/catalog/index.ts';
import { type StorageBackend, safeFileName, storeUpload } from '../modules/files/index.ts';
import type { DemoContext } from '../seed.ts';
import { DEMO_ADMIN } from './accounts.seed.ts';
import { educationHealthDatasets } from './datasets-education-health.ts';
import { ictFinanceDatasets } from './datasets-ict-finance.ts';
import { sectorDatasets } from './datasets-sectors.ts';
import { societyEnvironmentDatasets } from './datasets-society-environment.ts';
import { demoThemes } from './themes.data.ts';
import type { DemoDataset, DemoResource } from './types.ts';

export const demoDatasets: DemoDataset[] = [
  ...educationHealthDatasets,
  ...ictFinanceDatasets,
  ...societyEnvironmentDatasets,
  ...sectorDatasets,
];

export const MOROCCO = { ar: 'المغرب', fr: 'Maroc', en: 'Morocco' };

/** Largest demo file accepted by the storage backend. */
const MAX_DEMO_FILE = 5 * 1024 * 1024;

/** The path of a demo file. */
export const demoFilePath = (file: string) => fileURLToPath(new URL(`./files/${file}`, import.meta.url));

/** The demo sysadmin as actor (the CLI's sysadmin when the accounts were not seeded). */
async function adminContext(ctx: ServiceContext): Promise<ServiceContext> {
  const admin = await ctx.db.db
    .selectFrom('users')
    .select(['id', 'email', 'name'])
    .where('email', '=', DEMO_ADMIN.email)
    .executeTakeFirst();
  if (!admin) return ctx;
  return { ...ctx, actor: { ...cliActor, userId: admin.id, email: admin.email, name: admin.name } };
}

async function addResource(ctx: ServiceContext, storage: StorageBackend, dataset: string, r: DemoResource) {
  const input = {
    title: r.title,
    description: r.description ?? {},
    kind: r.kind ?? 'data',
    format: r.format,
    ...(r.url ? { url: r.url } : {}),
  };
  if (!r.file) return resourcesService.createResource(ctx, dataset, input);
  const key = `resources/demo/${newId()}/${safeFileName(r.file)}`;
  const stored = await storeUpload(storage, key, {
    stream: createReadStream(demoFilePath(r.file)),
    name: r.file,
    maxBytes: MAX_DEMO_FILE,
  });
  return resourcesService.createResource(ctx, dataset, input, {
    storageKey: stored.key,
    size: stored.size,
    sha256: stored.sha256,
    mediaType: stored.mediaType,
  });
}

export async function seedCatalog({ ctx: base, storage }: DemoContext): Promise<void> {
  const ctx = await adminContext(base);
  for (const [position, t] of demoThemes.entries())
    await themesService.createTheme(ctx, { ...t, position: position + 1 });
  for (const { resources, ...d } of demoDatasets) {
    await datasetsService.createDataset(ctx, {
      ...d,
      spatial: MOROCCO,
      state: 'active',
      visibility: 'public',
    });
    for (const r of resources) await addResource(ctx, storage, d.name, r);
  }
}
