// The SQL of the exports: public, active datasets only (what an anonymous visitor may read), filtered in the
// query, read in batches by keyset (name order) so a catalogue of any size streams in constant memory.
import type { Executor } from '../../db/types.ts';
import type { Translated } from '../catalog/index.ts';

export interface OrgInfo {
  id: string;
  name: string;
  title: Translated;
  description: Translated;
  kind: 'ministry' | 'agency' | 'local_government' | 'other';
  website: string | null;
  email: string | null;
}

export interface PublicFilter {
  organizationId?: string;
}

function publicDatasets(db: Executor, f: PublicFilter) {
  let q = db
    .selectFrom('datasets')
    .where('datasets.state', '=', 'active')
    .where('datasets.visibility', '=', 'public');
  if (f.organizationId) q = q.where('datasets.organization_id', '=', f.organizationId);
  return q;
}

/** How many public datasets, when the first was created and the latest changed (null when there are none). */
export async function countPublic(
  db: Executor,
  f: PublicFilter,
): Promise<{ total: number; issued: string | null; modified: string | null }> {
  const r = await publicDatasets(db, f)
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      eb.fn.min('datasets.created_at').as('issued'),
      eb.fn.max('datasets.updated_at').as('modified'),
    ])
    .executeTakeFirstOrThrow();
  return {
    total: Number(r.n),
    issued: (r.issued as string | null) ?? null,
    modified: (r.modified as string | null) ?? null,
  };
}

/**
 * Ids of public datasets by name: the first batch of a page starts at `offset`, the next ones after the last
 * name seen (keyset), which stays fast deep into a large catalogue.
 */
export async function publicIds(
  db: Executor,
  f: PublicFilter & { after?: string; offset?: number; limit: number },
): Promise<{ id: string; name: string }[]> {
  let q = publicDatasets(db, f).select(['datasets.id', 'datasets.name']).orderBy('datasets.name');
  if (f.after !== undefined) q = q.where('datasets.name', '>', f.after);
  q = q.limit(f.limit);
  if (f.after === undefined && f.offset) q = q.offset(f.offset);
  return q.execute();
}

/** The organisations `ids` with what a foaf:Agent needs. */
export async function orgInfos(db: Executor, ids: readonly string[]): Promise<OrgInfo[]> {
  if (!ids.length) return [];
  const rows = await db
    .selectFrom('organizations')
    .select(['id', 'name', 'title', 'description', 'kind', 'website', 'email'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return rows.map((r) => ({
    ...r,
    title: JSON.parse(r.title) as Translated,
    description: JSON.parse(r.description) as Translated,
  }));
}

/** The EU data-theme codes administrators chose, by theme name (themes without one are left out). */
export async function chosenEuThemes(db: Executor): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('themes')
    .select(['name', 'eu_theme'])
    .where('eu_theme', 'is not', null)
    .execute();
  return new Map(rows.map((r) => [r.name, r.eu_theme!]));
}
