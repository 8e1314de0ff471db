// Test helpers of the DataStore: a dataset with one resource inserted directly (no upload), and table reads.
import { after, before } from 'node:test';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { createTestDb, type TestDb } from '../../../test/db.ts';
import type { DbHandle, Dialect } from '../../db/types.ts';
import { closeDataStore, dataStoreFor } from './store.ts';

const now = () => new Date().toISOString();

/**
 * A test database for the tests of the calling `describe` block: created before them, closed after them
 * (its DataStore connections included). Read `.db` inside the tests.
 */
export function dataStoreTestDb(dialect: Dialect): { readonly db: TestDb } {
  const holder = {} as { db: TestDb };
  before(async () => {
    holder.db = await createTestDb(dialect);
  });
  after(async () => {
    await closeDataStore(holder.db);
    await holder.db.close();
  });
  return holder;
}

/** An organisation, a public dataset and one CSV resource row; returns their ids. */
export async function insertResource(
  handle: DbHandle,
  opts: { format?: string; storageKey?: string | null; sha256?: string | null; size?: number | null } = {},
): Promise<{ orgId: string; datasetId: string; datasetName: string; resourceId: string }> {
  const orgId = crypto.randomUUID();
  const datasetId = crypto.randomUUID();
  const resourceId = crypto.randomUUID();
  const datasetName = `ds-${datasetId.slice(0, 8)}`;
  await handle.db
    .insertInto('organizations')
    .values({
      id: orgId,
      name: `org-${orgId.slice(0, 8)}`,
      title: JSON.stringify({ fr: 'Organisation' }),
      description: '{}',
      kind: 'ministry',
      website: null,
      email: null,
      state: 'active',
      created_at: now(),
      updated_at: now(),
    })
    .execute();
  await handle.db
    .insertInto('datasets')
    .values({
      id: datasetId,
      name: datasetName,
      organization_id: orgId,
      title: JSON.stringify({ fr: datasetName }),
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
  await handle.db
    .insertInto('resources')
    .values({
      id: resourceId,
      dataset_id: datasetId,
      position: 0,
      title: JSON.stringify({ fr: 'Données' }),
      description: '{}',
      kind: 'data',
      url: null,
      storage_key: opts.storageKey ?? null,
      format: opts.format ?? 'CSV',
      media_type: null,
      size: opts.size ?? null,
      sha256: opts.sha256 ?? null,
      last_modified: null,
      download_count: 0,
      created_at: now(),
      updated_at: now(),
    })
    .execute();
  return { orgId, datasetId, datasetName, resourceId };
}

/** All rows of a resource's data table, `_id` first, in `_id` order (values as the database returns them). */
export async function readRows(handle: DbHandle, resourceId: string): Promise<Record<string, unknown>[]> {
  const store = dataStoreFor(handle);
  const table = store.qualifiedName(resourceId);
  if (handle.dialect === 'sqlite') {
    const reader = store.readOnlySqlite();
    if (!reader) throw new Error('no reader');
    return reader.prepare(`SELECT * FROM "${resourceId}" ORDER BY "_id"`).all() as Record<string, unknown>[];
  }
  const res = await handle.pool!.query(`SELECT * FROM ${table} ORDER BY "_id"`);
  return res.rows;
}

/** Names of the unique indexes of a resource's data table (the `_id` primary key excluded). */
export async function uniqueIndexes(handle: DbHandle, resourceId: string): Promise<string[]> {
  const store = dataStoreFor(handle);
  if (handle.dialect === 'sqlite') {
    const rows = store
      .readOnlySqlite()!
      .prepare(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
      )
      .all(resourceId) as { name: string; sql: string }[];
    return rows
      .filter((r) => /UNIQUE/i.test(r.sql))
      .map((r) => r.name)
      .sort();
  }
  const res = await handle.pool!.query(
    `SELECT indexname FROM pg_indexes WHERE schemaname = $1 AND tablename = $2 AND indexdef LIKE 'CREATE UNIQUE%' AND indexname !~ '_pkey[0-9]*$'`,
    [store.dataSchema, resourceId],
  );
  return res.rows.map((r: { indexname: string }) => r.indexname).sort();
}

/** A real workbook: each sheet is a name and its rows (an empty list is an empty sheet). */
export async function workbook(sheets: [string, (string | number)[][]][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of sheets) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The same zip with its entries in the given order (names left out keep their place, after the named ones). */
export async function reorderZip(bytes: Buffer, order: string[]): Promise<Buffer> {
  const source = await JSZip.loadAsync(bytes);
  const names = Object.keys(source.files).filter((n) => !source.files[n]?.dir);
  const sorted = [...order.filter((n) => names.includes(n)), ...names.filter((n) => !order.includes(n))];
  const out = new JSZip();
  for (const name of sorted) out.file(name, await source.files[name]!.async('nodebuffer'));
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
