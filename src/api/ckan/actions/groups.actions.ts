// Group actions (our themes): group_list, group_show, group_create, group_update, group_patch, group_delete
// (and group_purge, the same here: a theme has no trash).
import { datasetsService, themesService } from '../../../modules/catalog/index.ts';
import { groupDict, packageDict } from '../dicts.ts';
import { themeInput } from '../inputs.ts';
import { bool, idParam, read } from '../params.ts';
import { INCLUDED_DATASETS, listParams } from './organizations.actions.ts';
import type { ActionEnv, ActionTable } from './types.ts';

async function writeGroup({ ctx, params, dict }: ActionEnv) {
  const current = await themesService.getTheme(ctx, idParam(params));
  return groupDict(
    await themesService.updateTheme(ctx, current.id, themeInput(params, dict.locale, current)),
    dict,
  );
}

async function deleteGroup({ ctx, params }: ActionEnv) {
  await themesService.deleteTheme(ctx, idParam(params));
  return null;
}

const themeFields = { icon: 'image_url' };

export const groupActions: ActionTable = {
  group_list: {
    write: false,
    help: 'Group (theme) names, or dicts with all_fields: limit, offset.',
    run: async ({ ctx, params, dict }) => {
      const p = listParams(params);
      const page = (await themesService.listThemes(ctx)).slice(p.offset, p.offset + p.limit);
      return p.allFields ? page.map((t) => groupDict(t, dict)) : page.map((t) => t.name);
    },
  },
  group_show: {
    write: false,
    help: 'One group (theme) by id or name; include_datasets adds up to 100 of its datasets.',
    run: async ({ ctx, params, dict }) => {
      const theme = await themesService.getTheme(ctx, idParam(params));
      const include = read((f) => bool(f, params, 'include_datasets', false));
      const res = await datasetsService.listDatasets(ctx, {
        theme: theme.id,
        limit: include ? INCLUDED_DATASETS : 1,
        offset: 0,
      });
      const out = groupDict({ ...theme, dataset_count: res.total }, dict);
      if (include) out.packages = res.items.map((d) => packageDict(d, dict));
      return out;
    },
  },
  group_create: {
    write: true,
    help: 'Creates a group (theme): name required.',
    fieldNames: themeFields,
    run: async ({ ctx, params, dict }) =>
      groupDict(await themesService.createTheme(ctx, themeInput(params, dict.locale, null)), dict),
  },
  group_update: {
    write: true,
    help: 'Changes a group (theme), id or name.',
    fieldNames: themeFields,
    run: writeGroup,
  },
  group_patch: {
    write: true,
    help: 'Changes the fields given of a group (theme), id or name.',
    fieldNames: themeFields,
    run: writeGroup,
  },
  group_delete: {
    write: true,
    help: 'Deletes a group (theme), id or name; its datasets keep their other groups.',
    run: deleteGroup,
  },
  group_purge: {
    write: true,
    help: 'The same as group_delete (themes are deleted at once).',
    run: deleteGroup,
  },
};
