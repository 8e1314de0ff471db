// CKAN's Action API: every action has a route per path (/api/3/action/<name> and /api/action/<name>).
// Write actions are role-checked with the same rules as the REST API; read actions over POST change nothing
// and are listed as public. CKAN answers every refusal, anonymous ones too, with 403.
import { actions, CKAN_PREFIXES } from '../../../src/api/ckan/index.ts';
import { newDatasetOfA, newResource, newTheme } from '../catalog-fixture.ts';
import { datastoreBodies } from '../datastore-fixture.ts';
import type { Fixture, MatrixEntry, MatrixRequest, Role } from '../matrix.ts';
import { orgAdmins, sysadminOnly } from '../matrix.ts';

/** Editors and admins of organisation A (the datasets' organisation), and sysadmins. */
const publishersOfA: readonly Role[] = ['editor', 'admin', 'sysadmin'];
/** Actions on the account of `member`: that user and sysadmins. */
const memberAndSysadmin: readonly Role[] = ['member', 'sysadmin'];

type Body = (fx: Fixture, role: Role) => Promise<Record<string, unknown>> | Record<string, unknown>;

const resourceOfA = async (fx: Fixture) => {
  const ds = await newDatasetOfA(fx);
  return newResource(fx, ds.id);
};

const writes: Record<string, { allow: readonly Role[]; body: Body }> = {
  package_create: {
    allow: publishersOfA,
    body: (fx) => ({ name: fx.unique('ds'), owner_org: fx.orgA.name, title: 'Budget' }),
  },
  package_update: {
    allow: publishersOfA,
    body: async (fx) => ({ id: (await newDatasetOfA(fx)).name, title: 'Budget', license_id: 'ODbL-1.0' }),
  },
  package_patch: {
    allow: publishersOfA,
    body: async (fx) => ({ id: (await newDatasetOfA(fx)).id, notes: 'Changed' }),
  },
  package_delete: { allow: publishersOfA, body: async (fx) => ({ id: (await newDatasetOfA(fx)).name }) },
  resource_create: {
    allow: publishersOfA,
    body: async (fx) => ({
      package_id: (await newDatasetOfA(fx)).name,
      url: 'https://example.ma/budget.csv',
      name: 'Budget',
    }),
  },
  resource_update: { allow: publishersOfA, body: async (fx) => ({ id: await resourceOfA(fx), name: 'New' }) },
  resource_patch: {
    allow: publishersOfA,
    body: async (fx) => ({ id: await resourceOfA(fx), format: 'XLSX' }),
  },
  resource_delete: { allow: publishersOfA, body: async (fx) => ({ id: await resourceOfA(fx) }) },
  organization_create: {
    allow: sysadminOnly,
    body: (fx) => ({ name: fx.unique('org'), title: 'Organisation' }),
  },
  organization_update: {
    allow: orgAdmins,
    body: async (fx) => ({ id: (await fx.newOrgOfA()).name, title: 'Renamed' }),
  },
  organization_patch: {
    allow: orgAdmins,
    body: async (fx) => ({ id: (await fx.newOrgOfA()).id, description: 'About' }),
  },
  organization_delete: { allow: sysadminOnly, body: async (fx) => ({ id: (await fx.newOrgOfA()).name }) },
  organization_member_create: {
    allow: orgAdmins,
    body: async (fx) => ({ id: fx.orgA.name, username: (await fx.newUser()).email, role: 'member' }),
  },
  organization_member_delete: {
    allow: orgAdmins,
    body: async (fx) => ({ id: fx.orgA.id, username: (await fx.newMemberOfA()).id }),
  },
  group_create: { allow: sysadminOnly, body: (fx) => ({ name: fx.unique('theme'), title: 'Theme' }) },
  group_update: { allow: sysadminOnly, body: async (fx) => ({ id: (await newTheme(fx)).name, title: 'T' }) },
  group_patch: {
    allow: sysadminOnly,
    body: async (fx) => ({ id: (await newTheme(fx)).id, description: 'D' }),
  },
  group_delete: { allow: sysadminOnly, body: async (fx) => ({ id: (await newTheme(fx)).name }) },
  group_purge: { allow: sysadminOnly, body: async (fx) => ({ id: (await newTheme(fx)).id }) },
  api_token_create: {
    allow: memberAndSysadmin,
    body: (fx) => ({ user: fx.users.member.id, name: fx.unique('token') }),
  },
  api_token_revoke: {
    allow: memberAndSysadmin,
    body: async (fx) => ({ jti: await fx.newToken(fx.users.member.id) }),
  },
  datastore_create: { allow: publishersOfA, body: datastoreBodies.create },
  datastore_upsert: { allow: publishersOfA, body: datastoreBodies.upsert },
  datastore_delete: { allow: publishersOfA, body: datastoreBodies.delete },
};

const missing = Object.entries(actions)
  .filter(([name, def]) => def.write && !writes[name])
  .map(([name]) => name);
if (missing.length) throw new Error(`CKAN write actions without a matrix entry: ${missing.join(', ')}`);

export const entries: MatrixEntry[] = CKAN_PREFIXES.flatMap((prefix) => [
  ...Object.entries(actions).map(([name, def]): MatrixEntry => {
    const route = `${prefix}/${name}`;
    const w = writes[name];
    if (!def.write || !w)
      return { method: 'POST', route, allow: [], public: true, request: () => ({ url: route }) };
    return {
      method: 'POST',
      route,
      allow: w.allow,
      anonymousStatus: 403,
      request: async (fx, role): Promise<MatrixRequest> => ({ url: route, json: await w.body(fx, role) }),
    };
  }),
  {
    method: 'POST',
    route: `${prefix}/:name`,
    allow: [],
    public: true,
    request: () => ({ url: `${prefix}/unknown` }),
  },
]);
