// Keeping the index in step with the catalogue: catalogue services call indexDatasets inside the transaction of
// their write, so the index never disagrees with committed data; reindexAll rebuilds it in batches.
import type { Dialect, Executor } from '../../db/types.ts';
import type { FacetName } from './contract.ts';
import { foldText, markdownToText, type Token, tokenize } from './normalize.ts';
import * as repo from './search.repo.ts';
import { searchIndexFor } from './search-index.ts';

const LANGS = ['ar', 'fr', 'en'] as const;

function parseJson(text: string): Record<string, string> {
  try {
    const v = JSON.parse(text) as unknown;
    return v && typeof v === 'object' ? (v as Record<string, string>) : {};
  } catch {
    return {};
  }
}

const texts = (json: string) =>
  Object.values(parseJson(json)).filter((v): v is string => typeof v === 'string' && v.length > 0);

/** Sort key of a title in `lang` (falling back to the other languages): folded, so case and accents do not count. */
function titleKey(t: Record<string, string>, lang: (typeof LANGS)[number]): string {
  const v = t[lang] || LANGS.map((l) => t[l]).find(Boolean) || '';
  return foldText(v).replace(/\s+/g, ' ').trim().slice(0, 200);
}

/** The search documents of datasets from their rows (deleted datasets have none). */
export function buildDocs(src: repo.SourceRows): repo.DocInput[] {
  const orgs = new Map(src.orgs.map((o) => [o.id, o]));
  const group = <T extends { dataset_id: string }>(rows: T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) m.set(r.dataset_id, [...(m.get(r.dataset_id) ?? []), r]);
    return m;
  };
  const themes = group(src.themes);
  const tags = group(src.tags);
  const resources = group(src.resources);
  // Organisation and theme titles repeat across a batch: tokenised once each.
  const memo = new Map<string, Token[]>();
  const tokens = (text: string) => {
    let t = memo.get(text);
    if (!t) {
      t = tokenize(text);
      memo.set(text, t);
    }
    return t;
  };
  const docs: repo.DocInput[] = [];
  for (const d of src.datasets) {
    if (d.state === 'deleted') continue;
    const org = orgs.get(d.organization_id);
    const dThemes = themes.get(d.id) ?? [];
    const dTags = (tags.get(d.id) ?? []).map((t) => t.tag);
    const dRes = resources.get(d.id) ?? [];
    const formats = [
      ...new Set(dRes.map((r) => r.format?.trim().toUpperCase()).filter((f): f is string => !!f)),
    ];
    const facets: [FacetName, string][] = [
      ['license', d.license_id],
      ['frequency', d.frequency],
      ...(org ? [['organization', org.name] as [FacetName, string]] : []),
      ...dThemes.map((t): [FacetName, string] => ['theme', t.name]),
      ...dTags.map((t): [FacetName, string] => ['tag', t]),
      ...formats.map((f): [FacetName, string] => ['format', f]),
      ...(dRes.some((r) => r.datastore) ? [['queryable', 'true'] as [FacetName, string]] : []),
    ];
    const title = parseJson(d.title);
    const body: Token[] = [
      ...texts(d.description).flatMap((t) => tokenize(markdownToText(t))),
      ...tokenize(dTags.join(' ')),
      ...(org ? tokens(`${texts(org.title).join(' ')} ${org.name}`) : []),
      ...dThemes.flatMap((t) => tokens(texts(t.title).join(' '))),
      ...dRes.flatMap((r) => tokenize(`${texts(r.title).join(' ')} ${r.format ?? ''}`)),
    ];
    docs.push({
      datasetId: d.id,
      name: d.name,
      organizationId: d.organization_id,
      state: d.state,
      visibility: d.visibility,
      createdAt: d.created_at,
      modified: d.updated_at,
      titles: { ar: titleKey(title, 'ar'), fr: titleKey(title, 'fr'), en: titleKey(title, 'en') },
      facets,
      title: tokenize(texts(d.title).join(' \n ')),
      body,
    });
  }
  return docs;
}

/** Rewrites the documents of `datasetIds` from the catalogue (call it in the write's transaction). */
export async function indexDatasets(
  db: Executor,
  dialect: Dialect,
  datasetIds: readonly string[],
): Promise<void> {
  const index = searchIndexFor(dialect);
  for (let i = 0; i < datasetIds.length; i += 500) {
    const ids = datasetIds.slice(i, i + 500);
    const docs = buildDocs(await repo.loadSources(db, ids));
    await repo.removeDocs(db, index, ids);
    await repo.insertDocs(db, index, docs);
  }
}

/** Reindexes the datasets of an organisation or a theme whose title changed. */
export async function indexDatasetsOf(
  db: Executor,
  dialect: Dialect,
  by: { organizationId?: string; themeId?: string },
): Promise<void> {
  await indexDatasets(db, dialect, await repo.datasetIdsOf(db, by));
}

/** Rebuilds the documents of every dataset, `batch` per transaction; returns how many datasets were read. */
export async function reindexAll(
  db: import('../../db/types.ts').Db,
  dialect: Dialect,
  opts: { batch?: number; onProgress?: (done: number) => void } = {},
): Promise<number> {
  const batch = opts.batch ?? 1000;
  let after = '';
  let done = 0;
  for (;;) {
    const ids = await repo.datasetIdsAfter(db, after, batch);
    if (!ids.length) break;
    await db.transaction().execute((tx) => indexDatasets(tx, dialect, ids));
    done += ids.length;
    after = ids[ids.length - 1]!;
    opts.onProgress?.(done);
  }
  return done;
}
