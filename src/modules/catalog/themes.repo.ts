// All SQL of themes. Dataset counts follow the reader's scope.
import type { Selectable } from 'kysely';
import type { ThemesTable } from '../../db/tables/catalog.ts';
import type { Executor } from '../../db/types.ts';
import { type DatasetScope, scopeCondition } from './scope.ts';

export type ThemeRow = Selectable<ThemesTable>;

export function findTheme(db: Executor, key: string) {
  return db
    .selectFrom('themes')
    .selectAll()
    .where((eb) => eb.or([eb('name', '=', key), eb('id', '=', key)]))
    .executeTakeFirst();
}

/** The themes among `keys` (names or ids) that exist. */
export function findThemes(db: Executor, keys: readonly string[]): Promise<ThemeRow[]> {
  if (!keys.length) return Promise.resolve([]);
  return db
    .selectFrom('themes')
    .selectAll()
    .where((eb) => eb.or([eb('name', 'in', keys), eb('id', 'in', keys)]))
    .execute();
}

export async function nameTaken(db: Executor, name: string, exceptId?: string): Promise<boolean> {
  let q = db.selectFrom('themes').select('id').where('name', '=', name);
  if (exceptId) q = q.where('id', '<>', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

/** Every theme by position, with the number of datasets of each that the reader may see (not deleted). */
export function listThemes(db: Executor, scope: DatasetScope) {
  return db
    .selectFrom('themes')
    .selectAll('themes')
    .select((eb) => {
      let counted = eb
        .selectFrom('dataset_themes')
        .innerJoin('datasets', 'datasets.id', 'dataset_themes.dataset_id')
        .whereRef('dataset_themes.theme_id', '=', 'themes.id')
        .where('datasets.state', '<>', 'deleted');
      if (!scope.all) counted = counted.where((e) => scopeCondition(e, scope)!);
      return counted.select((e) => e.fn.countAll<number>().as('n')).as('dataset_count');
    })
    .orderBy('themes.position')
    .orderBy('themes.name')
    .execute();
}

export function insertTheme(db: Executor, row: ThemeRow): Promise<ThemeRow> {
  return db.insertInto('themes').values(row).returningAll().executeTakeFirstOrThrow();
}

export function updateTheme(
  db: Executor,
  id: string,
  patch: Partial<Omit<ThemeRow, 'id' | 'created_at'>>,
): Promise<ThemeRow> {
  return db.updateTable('themes').set(patch).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** The datasets filed under a theme. */
export async function datasetIdsOfTheme(db: Executor, themeId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('dataset_themes')
    .select('dataset_id')
    .where('theme_id', '=', themeId)
    .execute();
  return rows.map((r) => r.dataset_id);
}

/** Deletes a theme and its links to datasets. */
export async function deleteTheme(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('dataset_themes').where('theme_id', '=', id).execute();
  await db.deleteFrom('themes').where('id', '=', id).execute();
}
