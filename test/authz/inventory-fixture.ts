// Fresh inventory items of organisation A for the authorization matrix, inserted directly.
import type { Fixture } from './matrix.ts';

export async function newItemOfA(fx: Fixture): Promise<string> {
  const id = crypto.randomUUID();
  const now = new Date().toISOString();
  await fx.db.db
    .insertInto('inventory_items')
    .values({
      id,
      organization_id: fx.orgA.id,
      title: JSON.stringify({ fr: fx.unique('item') }),
      description: '{}',
      owner_unit: null,
      source_system: null,
      format: null,
      volume: null,
      frequency: null,
      personal_data: 0,
      access_level: 'public',
      restriction_reason: null,
      justification: null,
      planned_date: null,
      dataset_id: null,
      quality: 1,
      no_legal_obstacle: 1,
      open_format: 0,
      state: 'active',
      version: 1,
      created_by: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}
