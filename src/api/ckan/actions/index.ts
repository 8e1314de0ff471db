// Every action of the API by its CKAN name.
import { datastoreReadActions, datastoreWriteActions } from './ckan-datastore.actions.ts';
import { groupActions } from './groups.actions.ts';
import { organizationActions } from './organizations.actions.ts';
import { packageActions } from './packages.actions.ts';
import { resourceActions } from './resources.actions.ts';
import { searchActions } from './search.actions.ts';
import { siteActions } from './site.actions.ts';
import type { ActionTable } from './types.ts';
import { userActions } from './users.actions.ts';

const table: ActionTable = {
  ...siteActions,
  ...packageActions,
  ...searchActions,
  ...resourceActions,
  ...organizationActions,
  ...groupActions,
  ...userActions,
  ...datastoreReadActions,
  ...datastoreWriteActions,
};

table.help_show = {
  write: false,
  help: 'What an action (name) does.',
  run: async ({ params }) => {
    const name = typeof params.name === 'string' ? params.name : '';
    return table[name]?.help ?? null;
  },
};

export const actions: Readonly<ActionTable> = table;
export type { ActionDef, ActionEnv } from './types.ts';
