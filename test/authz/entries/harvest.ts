import { newDatasetOfA, newResource } from '../catalog-fixture.ts';
import type { Fixture, MatrixEntry, Role } from '../matrix.ts';
import { orgAdmins } from '../matrix.ts';

/** Editors and admins of organisation A and sysadmins: who may change A's resources. */
const publishersOfA: readonly Role[] = ['editor', 'admin', 'sysadmin'];

/** A fresh harvest source whose datasets land in organisation A; returns its id. */
async function newSourceOfA(fx: Fixture): Promise<string> {
  const id = crypto.randomUUID();
  const now = new Date().toISOString();
  await fx.db.db
    .insertInto('harvest_sources')
    .values({
      id,
      title: fx.unique('source'),
      url: 'https://portal.example.org',
      type: 'ckan',
      organization_id: fx.orgA.id,
      schedule: 'manual',
      filters: '{}',
      active: 1,
      next_run_at: null,
      last_run_at: null,
      created_by: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

const source = (fx: Fixture) => ({
  title: fx.unique('Portal'),
  url: 'https://portal.example.org',
  type: 'ckan',
  organization: fx.orgA.name,
  schedule: 'daily',
});

/** A fresh queued run of a fresh source of A; returns the run's path under the source. */
async function newRunOfA(fx: Fixture): Promise<string> {
  const sourceId = await newSourceOfA(fx);
  const id = crypto.randomUUID();
  await fx.db.db
    .insertInto('harvest_runs')
    .values({
      id,
      source_id: sourceId,
      job_id: null,
      trigger: 'manual',
      status: 'queued',
      created: 0,
      updated: 0,
      unchanged: 0,
      deleted: 0,
      failed: 0,
      items: '[]',
      created_at: new Date().toISOString(),
    })
    .execute();
  return `${sourceId}/runs/${id}`;
}

/** A fresh resource of A with a scheduled refresh; returns its REST refresh path. */
async function refreshedResourceOfA(fx: Fixture): Promise<string> {
  const url = await resourceOfA(fx);
  const resourceId = url.split('/')[6]!;
  const datasetId = (
    await fx.db.db
      .selectFrom('resources')
      .select('dataset_id')
      .where('id', '=', resourceId)
      .executeTakeFirstOrThrow()
  ).dataset_id;
  const now = new Date().toISOString();
  await fx.db.db
    .insertInto('resource_refreshes')
    .values({
      resource_id: resourceId,
      dataset_id: datasetId,
      url: 'https://producer.example.org/data.csv',
      schedule: 'daily',
      next_run_at: now,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return url;
}

/** The back-office page path of a REST refresh path. */
const refreshPage = (rest: string) => rest.replace('/api/v1/datasets/', '/fr/manage/datasets/');

async function resourceOfA(fx: Fixture) {
  const ds = await newDatasetOfA(fx);
  return `/api/v1/datasets/${ds.name}/resources/${await newResource(fx, ds.id)}/refresh`;
}

/** Harvest sources: admins of the target organisation (A) and sysadmins. Resource refreshes: A's publishers. */
export const entries: MatrixEntry[] = [
  {
    method: 'POST',
    route: '/api/v1/harvest/sources',
    allow: orgAdmins,
    request: (fx) => ({ url: '/api/v1/harvest/sources', json: source(fx) }),
  },
  {
    method: 'PUT',
    route: '/api/v1/harvest/sources/:id',
    allow: orgAdmins,
    request: async (fx) => ({ url: `/api/v1/harvest/sources/${await newSourceOfA(fx)}`, json: source(fx) }),
  },
  {
    method: 'DELETE',
    route: '/api/v1/harvest/sources/:id',
    allow: orgAdmins,
    request: async (fx) => ({ url: `/api/v1/harvest/sources/${await newSourceOfA(fx)}` }),
  },
  {
    method: 'POST',
    route: '/api/v1/harvest/sources/:id/runs',
    allow: orgAdmins,
    request: async (fx) => ({ url: `/api/v1/harvest/sources/${await newSourceOfA(fx)}/runs` }),
  },
  {
    method: 'PUT',
    route: '/api/v1/datasets/:name/resources/:id/refresh',
    allow: publishersOfA,
    request: async (fx) => ({
      url: await resourceOfA(fx),
      json: { url: 'https://producer.example.org/data.csv', schedule: 'daily' },
    }),
  },
  {
    method: 'DELETE',
    route: '/api/v1/datasets/:name/resources/:id/refresh',
    allow: publishersOfA,
    request: async (fx) => ({ url: await resourceOfA(fx) }),
  },
  {
    method: 'POST',
    route: '/api/v1/datasets/:name/resources/:id/refresh/runs',
    allow: publishersOfA,
    request: async (fx) => ({ url: `${await refreshedResourceOfA(fx)}/runs` }),
  },
  {
    method: 'POST',
    route: '/api/v1/harvest/sources/:id/runs/:run/cancel',
    allow: orgAdmins,
    request: async (fx) => ({ url: `/api/v1/harvest/sources/${await newRunOfA(fx)}/cancel` }),
  },
  // The back-office forms (same services).
  {
    method: 'POST',
    route: '/:lang/admin/harvest/new',
    allow: orgAdmins,
    request: (fx) => ({ url: '/fr/admin/harvest/new', form: source(fx) }),
  },
  {
    method: 'POST',
    route: '/:lang/admin/harvest/:id',
    allow: orgAdmins,
    request: async (fx) => ({ url: `/fr/admin/harvest/${await newSourceOfA(fx)}`, form: source(fx) }),
  },
  {
    method: 'POST',
    route: '/:lang/admin/harvest/:id/run',
    allow: orgAdmins,
    request: async (fx) => ({ url: `/fr/admin/harvest/${await newSourceOfA(fx)}/run`, form: {} }),
  },
  {
    method: 'POST',
    route: '/:lang/admin/harvest/:id/runs/:run/cancel',
    allow: orgAdmins,
    request: async (fx) => ({ url: `/fr/admin/harvest/${await newRunOfA(fx)}/cancel`, form: {} }),
  },
  {
    method: 'POST',
    route: '/:lang/manage/datasets/:name/resources/:id/refresh',
    allow: publishersOfA,
    request: async (fx) => ({
      url: refreshPage(await resourceOfA(fx)),
      form: { url: 'https://producer.example.org/data.csv', schedule: 'daily' },
    }),
  },
  {
    method: 'POST',
    route: '/:lang/manage/datasets/:name/resources/:id/refresh/remove',
    allow: publishersOfA,
    request: async (fx) => ({ url: `${refreshPage(await refreshedResourceOfA(fx))}/remove`, form: {} }),
  },
  {
    method: 'POST',
    route: '/:lang/manage/datasets/:name/resources/:id/refresh/run',
    allow: publishersOfA,
    request: async (fx) => ({ url: `${refreshPage(await refreshedResourceOfA(fx))}/run`, form: {} }),
  },
];
