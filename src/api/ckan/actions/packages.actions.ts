// Dataset actions: package_list, package_show, current_package_list_with_resources, package_create,
// package_update, package_patch, package_delete, package_activity_list. package_search is in search.action.ts.
import type { ServiceContext } from '../../../context.ts';
import type { Locale } from '../../../i18n/index.ts';
import { AppError, type FieldError, isAppError } from '../../../kernel/errors.ts';
import { anonymous } from '../../../modules/accounts/index.ts';
import {
  type DatasetView,
  datasetsService,
  listDatasetActivity,
  resourcesService,
} from '../../../modules/catalog/index.ts';
import { activityDict, packageDict } from '../dicts.ts';
import { datasetInput, packageFieldNames, resourceFieldNames, resourceInput } from '../inputs.ts';
import { idParam, int, type Params, read } from '../params.ts';
import type { ActionTable } from './types.ts';

type Dict = Record<string, unknown>;

/** The fields of a list of resource dicts, all checked before anything is written. */
function checkResources(list: unknown, locale: Locale, current: DatasetView | null): Dict[] {
  if (!Array.isArray(list))
    throw new AppError('http.validation', {}, { resources: { reason: 'invalid_value' } });
  const inputs: Dict[] = [];
  const errors: Record<string, FieldError> = {};
  for (const [i, raw] of list.entries()) {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      errors[`resources.${i}`] = { reason: 'invalid_value' };
      inputs.push({});
      continue;
    }
    const d = raw as Dict;
    const existing = typeof d.id === 'string' ? current?.resources.find((r) => r.id === d.id) : undefined;
    const input = resourceInput(d, locale, existing ?? null);
    inputs.push({ ...input, __id: existing?.id });
    try {
      resourcesService.checkResource(
        existing ? { ...existing, ...input } : input,
        existing?.stored ? 'stored' : null,
      );
    } catch (e) {
      if (!isAppError(e) || !e.fields) throw e;
      for (const [name, err] of Object.entries(e.fields)) errors[`resources.${i}.${name}`] = err;
    }
  }
  if (Object.keys(errors).length) throw new AppError('http.validation', {}, errors);
  return inputs;
}

/** Makes the dataset's resources those of `inputs` (update those with an id, create the others, delete the
 *  rest, then order them as listed). */
async function syncResources(ctx: ServiceContext, dataset: DatasetView, inputs: Dict[]) {
  const keep = new Set(inputs.map((i) => i.__id).filter(Boolean));
  for (const r of dataset.resources)
    if (!keep.has(r.id)) await resourcesService.deleteResource(ctx, dataset.id, r.id);
  const order: string[] = [];
  for (const { __id, ...input } of inputs) {
    if (typeof __id === 'string') {
      await resourcesService.updateResource(ctx, dataset.id, __id, input);
      order.push(__id);
    } else order.push((await resourcesService.createResource(ctx, dataset.id, input)).id);
  }
  const now = (await datasetsService.getDataset(ctx, dataset.id)).resources.map((r) => r.id);
  if (now.join() !== order.join()) await resourcesService.reorderResources(ctx, dataset.id, { order });
}

async function showPackage(ctx: ServiceContext, key: string, dict: Parameters<typeof packageDict>[1]) {
  return packageDict(await datasetsService.getDataset(ctx, key), dict);
}

/** package_update and package_patch: metadata through the service, then the resources when given. */
async function writePackage(env: Parameters<ActionTable[string]['run']>[0], mode: 'update' | 'patch') {
  const { ctx, params, dict } = env;
  const key = idParam(params.id === undefined ? { id: params.name } : params);
  const current = await datasetsService.getDataset(ctx, key);
  const input = datasetInput(params, dict.locale, current, false);
  if (mode === 'update' && input.title === undefined) input.title = current.title;
  const resources =
    params.resources !== undefined || mode === 'update'
      ? checkResources(params.resources ?? [], dict.locale, current)
      : null;
  const view =
    mode === 'update'
      ? await datasetsService.updateDataset(ctx, current.id, input)
      : await datasetsService.patchDataset(ctx, current.id, input);
  if (resources) await syncResources(ctx, view, resources);
  return showPackage(ctx, current.id, dict);
}

const page = (params: Params, max: number, fallback: number) =>
  read((f) => {
    const limit = int(f, params, 'limit', { fallback, min: 1, max, clamp: true });
    const pageNo = int(f, params, 'page', { fallback: 0, min: 1 });
    const offset = int(f, params, 'offset', { fallback: pageNo ? (pageNo - 1) * limit : 0, min: 0 });
    return { limit, offset };
  });

const packageFields = { ...packageFieldNames };

export const packageActions: ActionTable = {
  package_list: {
    write: false,
    help: 'Names of the public datasets (newest first): limit (max 1000), offset.',
    run: async ({ ctx, params }) => {
      const { limit, offset } = page(params, 1000, 1000);
      const res = await datasetsService.listDatasets(
        { ...ctx, actor: anonymous },
        { sort: 'created', limit, offset },
      );
      return res.items.map((d) => d.name);
    },
  },
  current_package_list_with_resources: {
    write: false,
    help: 'Datasets with their resources, most recently modified first: limit (default 10), offset or page.',
    run: async ({ ctx, params, dict }) => {
      const { limit, offset } = page(params, 1000, 10);
      const res = await datasetsService.listDatasets(ctx, { sort: 'updated', limit, offset });
      return res.items.map((d) => packageDict(d, dict));
    },
  },
  package_show: {
    write: false,
    help: 'One dataset by id or name.',
    run: async ({ ctx, params, dict }) => showPackage(ctx, idParam(params), dict),
  },
  package_create: {
    write: true,
    help: 'Creates a dataset: name and owner_org are required; resources may be given.',
    fieldNames: { ...packageFields, ...resourceFieldNames },
    run: async ({ ctx, params, dict }) => {
      const input = datasetInput(params, dict.locale, null, true);
      const resources =
        params.resources === undefined ? [] : checkResources(params.resources, dict.locale, null);
      const view = await datasetsService.createDataset(ctx, input);
      for (const { __id: _, ...r } of resources) await resourcesService.createResource(ctx, view.id, r);
      return showPackage(ctx, view.id, dict);
    },
  },
  package_update: {
    write: true,
    help: 'Replaces a dataset (id or name): fields not given take their defaults, resources not listed are deleted.',
    fieldNames: { ...packageFields, ...resourceFieldNames },
    run: (env) => writePackage(env, 'update'),
  },
  package_patch: {
    write: true,
    help: 'Changes only the fields given of a dataset (id or name).',
    fieldNames: { ...packageFields, ...resourceFieldNames },
    run: (env) => writePackage(env, 'patch'),
  },
  package_delete: {
    write: true,
    help: 'Marks a dataset (id or name) deleted.',
    run: async ({ ctx, params }) => {
      await datasetsService.deleteDataset(ctx, idParam(params));
      return null;
    },
  },
  package_activity_list: {
    write: false,
    help: 'Changes of a dataset (id or name), newest first: limit (default 31, max 100), offset.',
    run: async ({ ctx, params }) => {
      const id = idParam(params);
      const { limit, offset } = page(params, 100, 31);
      const res = await listDatasetActivity(ctx, id, { limit, offset });
      return res.items.map(activityDict);
    },
  },
};
