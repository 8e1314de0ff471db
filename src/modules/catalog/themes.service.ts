// Themes (groups of datasets): sysadmins create, update and delete them; everyone lists and reads them.
import type { ServiceContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId, nowIso } from '../../kernel/ids.ts';
import { Fields } from '../../kernel/validate.ts';
import { authorize } from '../accounts/index.ts';
import { indexDatasets, indexDatasetsOf } from '../search/index.ts';
import { euThemeCodes } from './eu-themes.ts';
import { count, optionalText, slug, translated, withUniqueName } from './fields.ts';
import { presentTheme, type ThemeView } from './present.ts';
import { diff, record } from './revisions.ts';
import { datasetScope } from './scope.ts';
import type { ThemeRow } from './themes.repo.ts';
import * as repo from './themes.repo.ts';

type ThemeInput = Record<string, unknown>;

function checkTheme(f: Fields, input: ThemeInput) {
  return {
    name: slug(f, 'name', input.name),
    title: JSON.stringify(translated(f, 'title', input.title, { max: 200, required: true })),
    description: JSON.stringify(
      translated(f, 'description', input.description, { max: 5000, markdown: true }),
    ),
    icon: optionalText(f, 'icon', input.icon, 200),
    position: count(f, 'position', input.position, 100_000) ?? 0,
    eu_theme: euTheme(f, input.eu_theme),
  };
}

/** The EU data-theme code (case-insensitive); empty or null clears it. */
function euTheme(f: Fields, value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  const code = typeof value === 'string' ? value.trim().toUpperCase() : value;
  return code === '' ? null : f.oneOf('eu_theme', code, euThemeCodes);
}

const snapshot = (t: Omit<ThemeRow, 'id' | 'created_at' | 'updated_at'>) => ({
  name: t.name,
  title: JSON.parse(t.title),
  description: JSON.parse(t.description),
  icon: t.icon,
  position: Number(t.position),
  eu_theme: t.eu_theme ?? null,
});

const target = (t: ThemeRow) => ({
  type: 'theme' as const,
  id: t.id,
  datasetId: null,
  organizationId: null,
  name: t.name,
});

export async function createTheme(ctx: ServiceContext, input: ThemeInput): Promise<ThemeView> {
  authorize(ctx.actor, 'theme:create', undefined);
  const f = new Fields();
  const fields = checkTheme(f, input);
  if (fields.name && !f.has('name') && (await repo.nameTaken(ctx.db.db, fields.name)))
    f.add('name', 'not_unique');
  f.check();
  return withUniqueName(() =>
    ctx.db.db.transaction().execute(async (tx) => {
      const now = nowIso();
      const row = await repo.insertTheme(tx, { id: newId(), ...fields, created_at: now, updated_at: now });
      await record(ctx, tx, 'created', target(row), diff(null, snapshot(row)));
      return presentTheme(row);
    }),
  );
}

export async function getTheme(ctx: ServiceContext, key: string): Promise<ThemeView> {
  const row = key ? await repo.findTheme(ctx.db.db, key) : undefined;
  if (!row) throw new AppError('catalog.theme_not_found', { name: key });
  return presentTheme(row);
}

/** Changes only the keys given (the name too: links by id keep working). */
export async function updateTheme(ctx: ServiceContext, key: string, input: ThemeInput): Promise<ThemeView> {
  authorize(ctx.actor, 'theme:update', undefined);
  const current = await repo.findTheme(ctx.db.db, key);
  if (!current) throw new AppError('catalog.theme_not_found', { name: key });
  const f = new Fields();
  const view = presentTheme(current);
  const fields = checkTheme(f, { ...view, ...input });
  if (fields.name && !f.has('name') && (await repo.nameTaken(ctx.db.db, fields.name, current.id)))
    f.add('name', 'not_unique');
  f.check();
  return withUniqueName(() =>
    ctx.db.db.transaction().execute(async (tx) => {
      const changes = diff(snapshot(current), snapshot(fields));
      if (!Object.keys(changes).length) return view;
      const row = await repo.updateTheme(tx, current.id, { ...fields, updated_at: nowIso() });
      await record(ctx, tx, 'updated', target(row), changes);
      // Search documents carry the theme's title and its name (the facet value).
      if (changes.title || changes.name) await indexDatasetsOf(tx, ctx.db.dialect, { themeId: row.id });
      return presentTheme(row);
    }),
  );
}

/**
 * Deletes a theme. Its datasets keep their other themes; they are marked modified (harvesters reading us
 * incrementally see the change) and their search documents are rebuilt. The revision log keeps the deletion.
 */
export async function deleteTheme(ctx: ServiceContext, key: string): Promise<void> {
  authorize(ctx.actor, 'theme:delete', undefined);
  const current = await repo.findTheme(ctx.db.db, key);
  if (!current) throw new AppError('catalog.theme_not_found', { name: key });
  await ctx.db.db.transaction().execute(async (tx) => {
    const datasetIds = await repo.datasetIdsOfTheme(tx, current.id);
    await repo.deleteTheme(tx, current.id);
    if (datasetIds.length)
      await tx.updateTable('datasets').set({ updated_at: nowIso() }).where('id', 'in', datasetIds).execute();
    await record(ctx, tx, 'deleted', target(current), {
      name: { before: current.name, after: null },
      datasets: { before: datasetIds.length, after: 0 },
    });
    await indexDatasets(tx, ctx.db.dialect, datasetIds);
  });
}

/** Every theme by position, with the number of datasets the actor may see in each. */
export async function listThemes(ctx: ServiceContext): Promise<ThemeView[]> {
  const rows = await repo.listThemes(ctx.db.db, datasetScope(ctx.actor));
  return rows.map(presentTheme);
}
