// Fresh catalogue rows for the authorization matrix, inserted directly (each request consumes its own).
import type { Fixture } from './matrix.ts';

const now = () => new Date().toISOString();

/** A public, active dataset of organisation A. */
export async function newDatasetOfA(fx: Fixture): Promise<{ id: string; name: string }> {
  const id = crypto.randomUUID();
  const name = fx.unique('ds');
  await fx.db.db
    .insertInto('datasets')
    .values({
      id,
      name,
      organization_id: fx.orgA.id,
      title: JSON.stringify({ fr: name }),
      description: '{}',
      license_id: 'CC-BY-4.0',
      frequency: 'ANNUAL',
      temporal_start: null,
      temporal_end: null,
      spatial: '{}',
      contact_name: null,
      contact_email: null,
      version: null,
      visibility: 'public',
      state: 'active',
      extras: '[]',
      featured: 0,
      download_count: 0,
      issued: null,
      created_at: now(),
      updated_at: now(),
      created_by: null,
    })
    .execute();
  return { id, name };
}

/** A link resource of the dataset, at `position`; returns its id. */
export async function newResource(fx: Fixture, datasetId: string, position = 0): Promise<string> {
  const id = crypto.randomUUID();
  await fx.db.db
    .insertInto('resources')
    .values({
      id,
      dataset_id: datasetId,
      position,
      title: JSON.stringify({ fr: `Ressource ${position}` }),
      description: '{}',
      kind: 'data',
      url: `https://example.ma/data-${position}.csv`,
      storage_key: null,
      format: 'CSV',
      media_type: null,
      size: null,
      sha256: null,
      last_modified: null,
      download_count: 0,
      created_at: now(),
      updated_at: now(),
    })
    .execute();
  return id;
}

export async function newTheme(fx: Fixture): Promise<{ id: string; name: string }> {
  const id = crypto.randomUUID();
  const name = fx.unique('theme');
  await fx.db.db
    .insertInto('themes')
    .values({
      id,
      name,
      title: JSON.stringify({ fr: name }),
      description: '{}',
      icon: null,
      position: 0,
      created_at: now(),
      updated_at: now(),
    })
    .execute();
  return { id, name };
}
