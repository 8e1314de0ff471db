// Resource actions: resource_show, resource_create (a link, or a file in the multipart field `upload`),
// resource_update and resource_patch (both change only the fields given; a new `upload` replaces the file),
// resource_delete. A resource is named by its id alone; its dataset is looked up first.
import { AppError } from '../../../kernel/errors.ts';
import { resourcesService, uploadsService } from '../../../modules/catalog/index.ts';
import { resourceDict } from '../dicts.ts';
import { resourceFieldNames, resourceInput } from '../inputs.ts';
import { idParam } from '../params.ts';
import type { ActionDef, ActionEnv, ActionTable } from './types.ts';

/** The describing fields that may come with a file (the service takes title, description, kind). */
function uploadMeta(env: ActionEnv, input: Record<string, unknown>) {
  const meta: Record<string, unknown> = {};
  for (const k of ['title', 'description', 'kind']) if (input[k] !== undefined) meta[k] = input[k];
  // A CKAN client names the file in `name` or leaves it to the file name.
  if (!meta.title && env.upload?.filename) meta.title = { [env.dict.locale]: env.upload.filename };
  return meta;
}

/** @fastify/multipart's limit errors (file size, parts) read as the file's too_large field error. */
const multipartLimits = new Set([
  'FST_REQ_FILE_TOO_LARGE',
  'FST_FILES_LIMIT',
  'FST_FIELDS_LIMIT',
  'FST_PARTS_LIMIT',
]);

async function storeUpload(
  env: ActionEnv,
  datasetKey: string,
  resourceId: string | null,
  meta: Record<string, unknown>,
) {
  try {
    return await uploadsService.uploadResourceFile(
      env.ctx,
      env.storage,
      datasetKey,
      resourceId,
      env.upload!,
      meta,
    );
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && multipartLimits.has(code))
      throw uploadsService.tooLargeError(uploadsService.uploadMaxBytes(env.ctx));
    throw e;
  }
}

async function writeResource(env: ActionEnv): Promise<unknown> {
  const { ctx, params, dict } = env;
  const id = idParam(params);
  const datasetId = await resourcesService.datasetOfResource(ctx, id);
  const current = await resourcesService.getResource(ctx, datasetId, id);
  const input = resourceInput(params, dict.locale, current);
  if (env.upload) {
    return resourceDict(await storeUpload(env, datasetId, id, uploadMeta(env, input)), dict);
  }
  return resourceDict(await resourcesService.updateResource(ctx, datasetId, id, input), dict);
}

const update: ActionDef = {
  write: true,
  help: 'Changes the fields given of a resource (id); a file in `upload` replaces its file.',
  fieldNames: { ...resourceFieldNames, file: 'upload' },
  run: writeResource,
};

export const resourceActions: ActionTable = {
  resource_show: {
    write: false,
    help: 'One resource by id.',
    run: async ({ ctx, params, dict }) => {
      const id = idParam(params);
      const datasetId = await resourcesService.datasetOfResource(ctx, id);
      return resourceDict(await resourcesService.getResource(ctx, datasetId, id), dict);
    },
  },
  resource_create: {
    write: true,
    help: 'Adds a resource to a dataset (package_id): a link (url) or a file (multipart field `upload`).',
    fieldNames: { ...resourceFieldNames, file: 'upload' },
    run: async (env) => {
      const { ctx, params, dict } = env;
      const datasetKey = idParam(params, 'package_id');
      const input = resourceInput(params, dict.locale, null);
      if (env.upload) {
        return resourceDict(await storeUpload(env, datasetKey, null, uploadMeta(env, input)), dict);
      }
      if (params.url_type === 'upload')
        throw new AppError('http.validation', {}, { file: { reason: 'required' } });
      const view = await resourcesService.createResource(ctx, datasetKey, input);
      return resourceDict(view, dict);
    },
  },
  resource_update: update,
  resource_patch: { ...update },
  resource_delete: {
    write: true,
    help: 'Deletes a resource (id).',
    run: async ({ ctx, params }) => {
      const id = idParam(params);
      const datasetId = await resourcesService.datasetOfResource(ctx, id);
      await resourcesService.deleteResource(ctx, datasetId, id);
      return null;
    },
  },
};
