// What an action receives and declares. Actions map CKAN's parameters to one service call and shape the result.
import type { ServiceContext } from '../../../context.ts';
import type { uploadsService } from '../../../modules/catalog/index.ts';
import type { StorageBackend } from '../../../modules/files/index.ts';
import type { DictOptions } from '../dicts.ts';
import type { FieldNames } from '../envelope.ts';
import type { Params } from '../params.ts';

export interface ActionEnv {
  ctx: ServiceContext;
  params: Params;
  /** The multipart file part `upload` (resource_create / resource_update), not yet read. */
  upload?: uploadsService.UploadedFile;
  dict: DictOptions;
  storage: StorageBackend;
}

export interface ActionDef {
  /** Writes need POST (CKAN refuses them over GET) and the CSRF and rate-limit guards of writes. */
  write: boolean;
  /** One line for help_show. */
  help: string;
  /** Our field names → CKAN's, for validation errors. */
  fieldNames?: FieldNames;
  run(env: ActionEnv): Promise<unknown>;
}

export type ActionTable = Record<string, ActionDef>;
