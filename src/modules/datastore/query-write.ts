// datastore_create / datastore_upsert / datastore_delete: tables pushed through the API. Writes need the right
// to edit the resource's dataset (the catalogue's `resource:update` check) and touch only tables of origin
// `api`: a table loaded from the resource's file is rebuilt from that file, so direct writes would be lost.
// Every call is one transaction: a bad record leaves the table as it was.
import type { ServiceContext } from '../../context.ts';
import { AppError } from '../../kernel/errors.ts';
import { Fields } from '../../kernel/validate.ts';
import { resourcesService } from '../catalog/index.ts';
import { columnNameProblem, quoteIdent } from './columns.ts';
import { dropFullTextIndex, dropFullTextTables } from './query-index.ts';
import { coerce, readFilters } from './query-params.ts';
import { type CkanType, frictionlessType, parseCkanType } from './query-types.ts';
import { type DataStore, dataStoreFor } from './store.ts';
import type { FieldType, Row, TableField, TableSchema } from './table-schema.ts';
import { ROW_ID } from './table-schema.ts';
import { uniqueIndexName } from './unique-check.ts';
import { isUniqueViolation, notUnique, setApiPrimaryKey } from './unique-index.ts';

type Params = Record<string, unknown>;
const MAX_RECORDS = 100_000;

async function editableResource(ctx: ServiceContext, resourceId: string) {
  const datasetId = await resourcesService.datasetOfResource(ctx, resourceId);
  await resourcesService.writable(ctx, datasetId, 'update');
  return datasetId;
}

const nameList = (f: Fields, p: Params, key: string, known: Set<string>): string[] => {
  const v = p[key];
  if (v === undefined || v === null || v === '') return [];
  const list = typeof v === 'string' ? v.split(',').map((s) => s.trim()) : v;
  if (!Array.isArray(list) || !list.every((x) => typeof x === 'string')) {
    f.add(key, 'invalid_value');
    return [];
  }
  for (const n of list) if (!known.has(n)) f.add(`${key}.${n}`, 'unknown_field');
  return list as string[];
};

function readFieldsParam(f: Fields, raw: unknown): TableField[] {
  if (!Array.isArray(raw) || !raw.length) {
    f.add('fields', raw === undefined ? 'required' : 'invalid_value');
    return [];
  }
  const seen = new Set<string>();
  return raw.flatMap((x, i) => {
    const id = x && typeof x === 'object' ? (x as Params).id : undefined;
    const typeName = x && typeof x === 'object' ? ((x as Params).type ?? 'text') : undefined;
    if (typeof id !== 'string' || columnNameProblem(id)) {
      f.add(`fields.${i}.id`, 'invalid_value');
      return [];
    }
    if (seen.has(id)) f.add(`fields.${i}.id`, 'not_unique');
    seen.add(id);
    const type = typeof typeName === 'string' ? parseCkanType(typeName) : undefined;
    if (!type) {
      f.add(`fields.${i}.type`, 'invalid_value');
      return [];
    }
    return [{ name: id, type: frictionlessType(type) as FieldType }];
  });
}

const ckanOf = (t: FieldType): CkanType => parseCkanType(t === 'string' ? 'text' : t) ?? 'text';

/** Records (objects by field name) as rows in field order, each value of its column's type. */
function readRecords(f: Fields, raw: unknown, fields: TableField[], opts: { withId?: boolean } = {}) {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    f.add('records', 'invalid_value');
    return [];
  }
  if (raw.length > MAX_RECORDS) f.add('records', 'too_large', { max: MAX_RECORDS });
  const known = new Set([...fields.map((x) => x.name), ...(opts.withId ? [ROW_ID] : [])]);
  return raw.map((rec, i) => {
    const out = new Map<string, unknown>();
    if (!rec || typeof rec !== 'object' || Array.isArray(rec)) {
      f.add(`records.${i}`, 'invalid_value');
      return out;
    }
    for (const [k, v] of Object.entries(rec as Params)) {
      if (!known.has(k)) {
        f.add(`records.${i}.${k}`, 'unknown_field');
        continue;
      }
      const type = k === ROW_ID ? 'int' : ckanOf(fields.find((x) => x.name === k)!.type);
      const value =
        type === 'json' && v !== null && typeof v === 'object' ? JSON.stringify(v) : coerce(type, v);
      if (value === undefined) f.add(`records.${i}.${k}`, 'invalid_value');
      out.set(k, value);
    }
    return out;
  });
}

/** A record repeating a key of the table's unique index: a field error, not a server error. */
const uniqueError = (e: unknown): never => {
  if (isUniqueViolation(e)) throw notUnique('records');
  throw e;
};

const toRow = (fields: TableField[], rec: Map<string, unknown>): Row =>
  fields.map((x) => (rec.get(x.name) ?? null) as Row[number]);

/** Plain indexes of `indexes` (the primary key's unique index is made in the table swap). */
function indexStatements(store: DataStore, resourceId: string, indexes: string[]) {
  return indexes.map((c, i) => {
    const name = quoteIdent(`${resourceId}__i${i}`);
    return store.dialect === 'sqlite'
      ? `CREATE INDEX ${store.dataSchema}.${name} ON ${quoteIdent(resourceId)} (${quoteIdent(c)})`
      : `CREATE INDEX ${name} ON ${store.qualifiedName(resourceId)} (${quoteIdent(c)})`;
  });
}

/** Runs statements in the DataStore's write transaction; `?` placeholders on both databases. */
interface Write {
  sql: string;
  params: unknown[];
  /** The write must change a row, or the whole transaction is undone with a field error of this name. */
  mustChange?: string;
}

const unchanged = (field: string) =>
  new AppError('http.validation', {}, { [field]: { reason: 'invalid_value' } });

/** Runs statements in the DataStore's write transaction (`?` placeholders on both databases). */
export async function runWrites(store: DataStore, statements: Write[]) {
  if (store.dialect === 'sqlite')
    // SQLite: synchronous, inside the writer connection's transaction.
    return store.withDataTransaction(({ sqlite }) =>
      statements.map((s) => {
        const n = sqlite!.prepare(s.sql).run(...(s.params as never[])).changes;
        if (s.mustChange && n === 0) throw unchanged(s.mustChange);
        return n;
      }),
    );
  return store.withDataTransaction(async ({ pg }) => {
    const changes: number[] = [];
    for (const s of statements) {
      let i = 0;
      const n =
        (
          await pg!.query(
            s.sql.replace(/\?/g, () => `$${++i}`),
            s.params,
          )
        ).rowCount ?? 0;
      if (s.mustChange && n === 0) throw unchanged(s.mustChange);
      changes.push(n);
    }
    return changes;
  });
}

export async function createApiTable(ctx: ServiceContext, params: Params) {
  const f = new Fields();
  const resourceId = f.text('resource_id', params.resource_id, { max: 200, required: true });
  f.check();
  await editableResource(ctx, resourceId);
  const store = dataStoreFor(ctx.db);
  const existing = await store.getTable(resourceId);
  if (existing?.active && existing.origin !== 'api') throw new AppError('datastore.table_not_api');
  if (existing?.active) {
    // An existing API table: the records are appended (fields, when given, must be the table's). A
    // `primary_key` different from the table's replaces its unique index first (refused when rows repeat it).
    const fields = existing.schema.fields;
    const given = params.primary_key !== undefined && params.primary_key !== null;
    const primaryKey = nameList(f, params, 'primary_key', new Set(fields.map((x) => x.name)));
    const records = readRecords(f, params.records, fields);
    f.check();
    const currentKey = existing.schema.primaryKey ?? [];
    if (given && primaryKey.join('\u0000') !== currentKey.join('\u0000'))
      await setApiPrimaryKey(ctx.db, resourceId, primaryKey, 'primary_key');
    if (records.length)
      await store
        .insertRows(
          resourceId,
          records.map((r) => toRow(fields, r)),
        )
        .catch(uniqueError);
    return {
      resource_id: resourceId,
      fields: fields.map((x) => ({ id: x.name, type: ckanOf(x.type) })),
      primary_key: given ? primaryKey : currentKey,
    };
  }
  const fields = readFieldsParam(f, params.fields);
  const known = new Set(fields.map((x) => x.name));
  const primaryKey = nameList(f, params, 'primary_key', known);
  const indexes = nameList(f, params, 'indexes', known).filter((c) => !primaryKey.includes(c));
  const records = readRecords(f, params.records, fields);
  if (primaryKey.length) {
    const keys = new Set<string>();
    records.forEach((r, i) => {
      const key = JSON.stringify(primaryKey.map((c) => r.get(c) ?? null));
      if (keys.has(key)) f.add(`records.${i}`, 'not_unique');
      keys.add(key);
    });
  }
  f.check();
  const schema: TableSchema = { fields, ...(primaryKey.length ? { primaryKey } : {}) };
  const uniqueIndexes = primaryKey.length
    ? [{ name: uniqueIndexName(resourceId, 'primaryKey', 0), columns: primaryKey }]
    : [];
  await store.replaceTable({ resourceId, schema, origin: 'api', uniqueIndexes }, async (b) => {
    if (records.length) await b.write(records.map((r) => toRow(fields, r)));
  });
  const statements = indexStatements(store, resourceId, indexes).map((s) => ({
    sql: s,
    params: [],
  }));
  if (statements.length) await runWrites(store, statements);
  return {
    resource_id: resourceId,
    fields: fields.map((x) => ({ id: x.name, type: ckanOf(x.type) })),
    primary_key: primaryKey,
  };
}

async function apiTable(ctx: ServiceContext, params: Params) {
  const f = new Fields();
  const resourceId = f.text('resource_id', params.resource_id ?? params.id, { max: 200, required: true });
  f.check();
  await editableResource(ctx, resourceId);
  const store = dataStoreFor(ctx.db);
  const table = await store.getTable(resourceId);
  if (!table?.active) throw new AppError('datastore.table_not_found', { id: resourceId });
  if (table.origin !== 'api') throw new AppError('datastore.table_not_api');
  return { store, table, resourceId };
}

const countStatement = (store: DataStore, resourceId: string) => ({
  sql: `UPDATE datastore_tables SET row_count = (SELECT count(*) FROM ${store.qualifiedName(resourceId)}), updated_at = ? WHERE resource_id = ?`,
  params: [new Date().toISOString(), resourceId],
});

export async function upsertRecords(ctx: ServiceContext, params: Params) {
  const { store, table, resourceId } = await apiTable(ctx, params);
  await dropFullTextIndex(ctx.db, resourceId, table.version);
  const f = new Fields();
  const method = String(params.method ?? 'upsert');
  if (!['insert', 'upsert', 'update'].includes(method)) f.add('method', 'invalid_value');
  const fields = table.schema.fields;
  const records = readRecords(f, params.records, fields, { withId: method === 'update' });
  const key = table.schema.primaryKey ?? [];
  f.check();
  if (method === 'insert') {
    await store
      .insertRows(
        resourceId,
        records.map((r) => toRow(fields, r)),
      )
      .catch(uniqueError);
    return { resource_id: resourceId, method, records: records.length };
  }
  const keyOf = (r: Map<string, unknown>) =>
    key.length && key.every((c) => r.has(c)) ? key : r.has(ROW_ID) ? [ROW_ID] : null;
  records.forEach((r, i) => {
    if (!keyOf(r)) f.add(`records.${i}`, 'required', {});
  });
  f.check();
  const t = store.qualifiedName(resourceId);
  const bind = (v: unknown) => (typeof v === 'boolean' && store.dialect === 'sqlite' ? Number(v) : v);
  await runWrites(
    store,
    records
      .flatMap((r, i) => {
        const k = keyOf(r)!;
        const set = [...r.keys()].filter((c) => !k.includes(c) && c !== ROW_ID);
        const where = k.map((c) => `${quoteIdent(c)} = ?`).join(' AND ');
        const update = set.length
          ? `UPDATE ${t} SET ${set.map((c) => `${quoteIdent(c)} = ?`).join(', ')} WHERE ${where}`
          : `UPDATE ${t} SET ${quoteIdent(ROW_ID)} = ${quoteIdent(ROW_ID)} WHERE ${where}`;
        const out: Write[] = [
          {
            sql: update,
            params: [...set.map((c) => bind(r.get(c))), ...k.map((c) => bind(r.get(c)))],
            ...(method === 'update' ? { mustChange: `records.${i}` } : {}),
          },
        ];
        if (method === 'upsert') {
          const cols = [...r.keys()].filter((c) => c !== ROW_ID);
          out.push({
            sql: `INSERT INTO ${t} (${cols.map(quoteIdent).join(', ')}) SELECT ${cols.map(() => '?').join(', ')} WHERE NOT EXISTS (SELECT 1 FROM ${t} WHERE ${where})`,
            params: [...cols.map((c) => bind(r.get(c))), ...k.map((c) => bind(r.get(c)))],
          });
        }
        return out;
      })
      .concat([countStatement(store, resourceId)]),
  ).catch((e) => {
    if (e instanceof AppError) throw e;
    uniqueError(e);
    throw new AppError('http.validation', {}, { records: { reason: 'invalid_value' } });
  });
  return { resource_id: resourceId, method, records: records.length };
}

export async function deleteRecords(ctx: ServiceContext, params: Params) {
  const { store, table, resourceId } = await apiTable(ctx, params);
  await dropFullTextIndex(ctx.db, resourceId, table.version);
  const fields = [
    { id: ROW_ID, type: 'int' as const },
    ...table.schema.fields.map((x) => ({ id: x.name, type: ckanOf(x.type) })),
  ];
  const filters = readFilters(params, fields);
  if (!Object.keys(filters).length) {
    await dropFullTextTables(ctx.db, resourceId, null);
    await store.dropTable(resourceId);
    return { resource_id: resourceId, deleted: 'table' };
  }
  const conditions: string[] = [];
  const values: unknown[] = [];
  for (const [col, list] of Object.entries(filters)) {
    const given = list
      .filter((v) => v !== null)
      .map((v) => (typeof v === 'boolean' && store.dialect === 'sqlite' ? Number(v) : v));
    const parts = [
      ...(given.length ? [`${quoteIdent(col)} IN (${given.map(() => '?').join(', ')})`] : []),
      ...(list.includes(null) ? [`${quoteIdent(col)} IS NULL`] : []),
    ];
    conditions.push(`(${parts.join(' OR ')})`);
    values.push(...given);
  }
  const [deleted] = await runWrites(store, [
    {
      sql: `DELETE FROM ${store.qualifiedName(resourceId)} WHERE ${conditions.join(' AND ')}`,
      params: values,
    },
    countStatement(store, resourceId),
  ]);
  return { resource_id: resourceId, filters, deleted };
}
