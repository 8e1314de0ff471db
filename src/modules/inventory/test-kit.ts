// Test helpers of the inventory: REST calls (JSON and multipart), a sample item, row counts.
import type { TestApp } from '../../../test/app.ts';
import { multipartBody } from '../../../test/multipart.ts';
import { type Caller, restClient } from '../catalog/test-kit.ts';

export const sampleItem = (organization: string, extra: Record<string, unknown> = {}) => ({
  organization,
  title: {
    fr: 'Registre des établissements de santé',
    ar: 'سجل المؤسسات الصحية',
    en: 'Health facilities register',
  },
  description: { fr: 'Liste des hôpitaux et centres de santé.' },
  owner_unit: 'Direction de la planification',
  source_system: 'SI-Santé (Oracle)',
  format: 'XLSX',
  volume: '3 000 lignes',
  frequency: 'ANNUAL',
  personal_data: false,
  access_level: 'public',
  quality: 2,
  no_legal_obstacle: true,
  open_format: false,
  ...extra,
});

export function inventoryClient(get: () => TestApp) {
  const api = restClient(get);
  const upload = (url: string, as: Caller | null, filename: string, content: Buffer) => {
    const body = multipartBody({ field: 'file', filename, content, contentType: 'application/octet-stream' });
    return get().app.inject({
      method: 'POST',
      url,
      headers: { ...(as?.headers ?? {}), 'content-type': body.contentType },
      payload: body.payload,
    });
  };
  const count = async (table: 'inventory_items' | 'inventory_revisions' | 'audit_log' | 'mail_outbox') =>
    Number(
      (
        await get()
          .db.db.selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const item = async (as: Caller, body: Record<string, unknown>) => {
    const res = await api.call('POST', '/api/v1/inventory', as, body);
    if (res.statusCode !== 201) throw new Error(`item not created: ${res.statusCode} ${res.body}`);
    return res.json().data as { id: string } & Record<string, any>;
  };
  return { ...api, upload, count, item };
}
