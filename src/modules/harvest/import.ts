// The import stage: one remote record → one local dataset with its resources and its reconciliation row, in
// one transaction, through the catalogue's services (the same validation as every other write). The content
// hash of the mapped record tells "unchanged" from "updated" without touching the dataset.
import { createHash } from 'node:crypto';
import type { ServiceContext, Services } from '../../context.ts';
import { joined } from '../../db/joined.ts';
import type { Executor } from '../../db/types.ts';
import type { Locale } from '../../i18n/index.ts';
import { nowIso } from '../../kernel/ids.ts';
import { isEmailAddress } from '../catalog/fields.ts';
import { datasetsService, resourcesService } from '../catalog/index.ts';
import { vocabularies } from '../dcat/index.ts';
import type { MappedRecord, RemoteRef } from './drivers/index.ts';
import { harvesterActor } from './guard.ts';
import * as repo from './harvest.repo.ts';

export type Outcome = 'created' | 'updated' | 'unchanged';

export const contentHash = (m: MappedRecord) => createHash('sha256').update(JSON.stringify(m)).digest('hex');

/** The harvester's service context over `db` (the run's transaction, or the database). */
export function harvesterContext(services: Services, db: Executor, locale: Locale): ServiceContext {
  const handle = db.isTransaction ? { ...services.db, db: joined(db as never) } : services.db;
  return { ...services, db: handle, actor: harvesterActor, locale, ip: null, requestId: null };
}

async function syncResources(
  ctx: ServiceContext,
  datasetId: string,
  current: readonly { id: string }[],
  wanted: Record<string, unknown>[],
) {
  for (const [i, input] of wanted.entries()) {
    const existing = current[i];
    if (existing) await resourcesService.updateResource(ctx, datasetId, existing.id, input);
    else await resourcesService.createResource(ctx, datasetId, input);
  }
  for (const extra of current.slice(wanted.length))
    await resourcesService.deleteResource(ctx, datasetId, extra.id);
}

/**
 * The local themes of remote theme names: the same name, else a local theme in the same EU data theme
 * (remote `society` → local `population`, both SOCI; a local theme's EU code is the one administrators chose
 * for it, else the mapping by its name); others are left out. `known`: local theme name → chosen EU code.
 */
export function localThemes(remote: unknown[], known: ReadonlyMap<string, string | null>): string[] {
  const euOf = (name: string) => {
    const chosen = known.get(name);
    return chosen ? vocabularies.EU.dataTheme + chosen : vocabularies.themeToEu(name);
  };
  const out = new Set<string>();
  for (const t of remote) {
    if (typeof t !== 'string') continue;
    if (known.has(t)) out.add(t);
    else {
      const eu = vocabularies.themeToEu(t);
      const near = eu ? [...known.keys()].find((k) => euOf(k) === eu) : undefined;
      if (near) out.add(near);
    }
  }
  return [...out];
}

export interface ImportTarget {
  sourceId: string;
  organizationId: string;
  locale: Locale;
  /** The local themes (name → EU code chosen for it): remote themes we do not have are left out. */
  themes: ReadonlyMap<string, string | null>;
}

export async function importRecord(
  services: Services,
  target: ImportTarget,
  ref: RemoteRef,
  mapped: MappedRecord,
  known: repo.ObjectRow | undefined,
): Promise<Outcome> {
  const hash = contentHash(mapped);
  if (known && known.content_hash === hash) {
    if (known.remote_modified !== ref.modified)
      await repo.upsertObject(services.db.db, { ...known, remote_modified: ref.modified });
    return 'unchanged';
  }
  const themes = Array.isArray(mapped.dataset.themes) ? mapped.dataset.themes : [];
  // A contact address we would refuse (a portal's placeholder such as no-reply@localhost) is left out; the
  // dataset is not refused for it.
  const email = mapped.dataset.contact_email;
  const input = {
    ...mapped.dataset,
    contact_email: typeof email === 'string' && isEmailAddress(email.trim()) ? email.trim() : null,
    themes: localThemes(themes, target.themes),
    organization: target.organizationId,
    state: 'active',
  };
  return services.db.db.transaction().execute(async (tx) => {
    const ctx = harvesterContext(services, tx, target.locale);
    const view = known
      ? await datasetsService.updateDataset(ctx, known.dataset_id, input)
      : await datasetsService.createDataset(ctx, input);
    await syncResources(ctx, view.id, view.resources, mapped.resources);
    await repo.upsertObject(tx, {
      source_id: target.sourceId,
      remote_id: ref.remoteId,
      dataset_id: view.id,
      content_hash: hash,
      remote_modified: ref.modified,
      remote_url: ref.url,
      harvested_at: nowIso(),
    });
    return known ? 'updated' : 'created';
  });
}

/** The remote record is gone: the local dataset is deleted (it can be restored by a later run). */
export async function withdrawRecord(services: Services, known: repo.ObjectRow, locale: Locale) {
  await services.db.db.transaction().execute(async (tx) => {
    const ctx = harvesterContext(services, tx, locale);
    await datasetsService.deleteDataset(ctx, known.dataset_id);
    await repo.upsertObject(tx, { ...known, content_hash: '', harvested_at: nowIso() });
  });
}
