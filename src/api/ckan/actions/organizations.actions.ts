// Organisation actions: organization_list, organization_show, organization_list_for_user,
// organization_create / update / patch / delete, organization_member_create / delete.
import type { ServiceContext } from '../../../context.ts';
import { orgsService, orgsWithRole } from '../../../modules/accounts/index.ts';
import { datasetsService } from '../../../modules/catalog/index.ts';
import { type DictOptions, organizationDict, packageDict } from '../dicts.ts';
import { orgFieldNames, orgInput } from '../inputs.ts';
import { bool, idParam, int, type Params, read, text } from '../params.ts';
import type { ActionEnv, ActionTable } from './types.ts';

/** Datasets of the organisation the caller may see. */
const countOf = async (ctx: ServiceContext, orgId: string) =>
  (await datasetsService.listDatasets(ctx, { organization: orgId, limit: 1, offset: 0 })).total;

/** CKAN's organization_list: names (up to 1000), or dicts with `all_fields` (up to 25 a page). */
export function listParams(params: Params) {
  return read((f) => {
    const allFields = bool(f, params, 'all_fields', false);
    const max = allFields ? 25 : 1000;
    return {
      allFields,
      limit: int(f, params, 'limit', { fallback: max, min: 1, max, clamp: true }),
      offset: int(f, params, 'offset', { fallback: 0, min: 0 }),
      includeCount: bool(f, params, 'include_dataset_count', true),
    };
  });
}

/** `include_datasets`: up to 100 of its datasets the caller may see (as `packages`). */
export const INCLUDED_DATASETS = 100;

async function showOrg(ctx: ServiceContext, key: string, params: Params, dict: DictOptions) {
  const org = await orgsService.getOrganization(ctx, key);
  const includeDatasets = read((f) => bool(f, params, 'include_datasets', false));
  const res = await datasetsService.listDatasets(ctx, {
    organization: org.id,
    limit: includeDatasets ? INCLUDED_DATASETS : 1,
    offset: 0,
  });
  const out = organizationDict(org, dict, res.total);
  if (includeDatasets) out.packages = res.items.map((d) => packageDict(d, dict));
  return out;
}

async function writeOrg(env: ActionEnv) {
  const { ctx, params, dict } = env;
  const current = await orgsService.getOrganization(ctx, idParam(params));
  const view = await orgsService.updateOrganization(ctx, current.id, orgInput(params, dict.locale, current));
  return organizationDict(view, dict, await countOf(ctx, view.id));
}

const memberUser = (params: Params) =>
  read((f) => ({
    org: text(f, params, 'id', { required: true, max: 200 }),
    user: text(f, params, 'username', { required: true, max: 254 }),
  }));

export const organizationActions: ActionTable = {
  organization_list: {
    write: false,
    help: 'Organisation names, or dicts with all_fields (25 a page): limit, offset.',
    run: async ({ ctx, params, dict }) => {
      const p = listParams(params);
      const res = await orgsService.listOrganizations(ctx, { limit: p.limit, offset: p.offset });
      if (!p.allFields) return res.items.map((o) => o.name);
      return Promise.all(
        res.items.map(async (o) =>
          organizationDict(o, dict, p.includeCount ? await countOf(ctx, o.id) : undefined),
        ),
      );
    },
  },
  organization_show: {
    write: false,
    help: 'One organisation (id or name); include_datasets adds up to 100 of its datasets.',
    run: async ({ ctx, params, dict }) => showOrg(ctx, idParam(params), params, dict),
  },
  organization_list_for_user: {
    write: false,
    help: 'Organisations where the caller may publish (permission manage_group: where they are admin).',
    run: async ({ ctx, params, dict }) => {
      const permission = read((f) => text(f, params, 'permission', { max: 50 })) || 'manage_group';
      if (ctx.actor.sysadmin) {
        const all = await orgsService.listOrganizations(ctx, { limit: 1000, offset: 0 });
        return all.items.map((o) => organizationDict(o, dict));
      }
      const min = permission === 'read' ? 'member' : permission === 'manage_group' ? 'admin' : 'editor';
      const ids = orgsWithRole(ctx.actor, min);
      const orgs = await Promise.all(ids.map((id) => orgsService.getOrganization(ctx, id)));
      return orgs.map((o) => organizationDict(o, dict));
    },
  },
  organization_create: {
    write: true,
    help: 'Creates an organisation: name (and title) required.',
    fieldNames: orgFieldNames,
    run: async ({ ctx, params, dict }) => {
      const view = await orgsService.createOrganization(ctx, orgInput(params, dict.locale, null));
      return organizationDict(view, dict, 0);
    },
  },
  organization_update: {
    write: true,
    help: 'Changes an organisation (id or name); its name cannot change.',
    fieldNames: orgFieldNames,
    run: writeOrg,
  },
  organization_patch: {
    write: true,
    help: 'Changes the fields given of an organisation (id or name).',
    fieldNames: orgFieldNames,
    run: writeOrg,
  },
  organization_delete: {
    write: true,
    help: 'Archives an organisation (id or name): it leaves public lists; its datasets stay.',
    run: async ({ ctx, params }) => {
      await orgsService.setOrganizationState(ctx, idParam(params), 'archived');
      return null;
    },
  },
  organization_member_create: {
    write: true,
    help: 'Adds a user (username: id or e-mail) to an organisation (id) with a role: admin, editor or member.',
    fieldNames: { email: 'username', userId: 'username' },
    run: async ({ ctx, params }) => {
      const { org, user } = memberUser(params);
      const role = typeof params.role === 'string' ? params.role : undefined;
      const target = await orgsService.getOrganization(ctx, org);
      const who = user.includes('@') ? { email: user } : { userId: user };
      const m = await orgsService.setMember(ctx, target.id, { ...who, role });
      return {
        id: `${target.id}:${m.userId}`,
        table_name: 'user',
        table_id: m.userId,
        group_id: target.id,
        capacity: m.role,
        state: 'active',
      };
    },
  },
  organization_member_delete: {
    write: true,
    help: 'Removes a user (username: id or e-mail) from an organisation (id).',
    run: async ({ ctx, params }) => {
      const { org, user } = memberUser(params);
      const target = await orgsService.getOrganization(ctx, org);
      await orgsService.removeMember(ctx, target.id, user);
      return null;
    },
  },
};
