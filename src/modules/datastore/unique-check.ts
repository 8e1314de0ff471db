// `unique` and `primaryKey` of the Frictionless Table Schema, checked at ingestion. Every unique column and
// the primary key (one or several columns) is a key group: the loader remembers each key it has seen (with
// the row it was first seen on) and reports a repeat as `unique-error` (one column) or `primary-key-error`
// (the key), as Frictionless names them. A primary key cell that is empty is a `constraint-error`
// (`required`: key fields are implicitly required), unless the field's own `required` already said so.
// A group whose data holds no repeat (and, for the key, no empty cell) gets a unique index on the table,
// created in the swap transaction; otherwise the data still loads and `uniqueIndexes` in the report says
// why there is no index.
// Memory: one Map entry per distinct key of each declared group (only tables that declare one pay it).
import type { ReportBuilder } from './report.ts';
import type { UniqueIndexOutcome } from './report-types.ts';
import type { Row, TableField, TableSchema } from './table-schema.ts';

interface Group {
  kind: 'primaryKey' | 'unique';
  columns: number[];
  seen: Map<string, number>;
  duplicates: number;
  missing: number;
}

/** The key groups a schema declares: the primary key first, then each `unique` column not alone the key. */
export function keyGroups(schema: TableSchema): { kind: 'primaryKey' | 'unique'; fields: string[] }[] {
  const names = schema.fields.map((f) => f.name);
  const pk = (schema.primaryKey ?? []).filter((n) => names.includes(n));
  const out: { kind: 'primaryKey' | 'unique'; fields: string[] }[] = [];
  if (pk.length) out.push({ kind: 'primaryKey', fields: pk });
  for (const f of schema.fields)
    if (f.constraints?.unique && !(pk.length === 1 && pk[0] === f.name))
      out.push({ kind: 'unique', fields: [f.name] });
  return out;
}

const keyText = (row: Row, columns: number[]) =>
  columns.length === 1 ? String(row[columns[0]!]) : JSON.stringify(columns.map((c) => row[c]));

export class UniqueChecker {
  private readonly groups: Group[];

  constructor(
    private readonly fields: readonly TableField[],
    schema: TableSchema,
  ) {
    this.groups = keyGroups(schema).map((g) => ({
      kind: g.kind,
      columns: g.fields.map((n) => fields.findIndex((f) => f.name === n)),
      seen: new Map(),
      duplicates: 0,
      missing: 0,
    }));
  }

  get active(): boolean {
    return this.groups.length > 0;
  }

  /** Checks one typed row (`rowNumber`: its number in the file); `cells` are the source texts. */
  check(row: Row, rowNumber: number, cells: readonly string[], report: ReportBuilder): void {
    for (const g of this.groups) {
      if (g.kind === 'primaryKey') {
        const empty = g.columns.filter((c) => row[c] === null || row[c] === undefined);
        if (empty.length) {
          g.missing++;
          for (const c of empty)
            if (!this.fields[c]!.constraints?.required)
              report.add({
                type: 'constraint-error',
                rowNumber,
                fieldNumber: c + 1,
                fieldName: this.fields[c]!.name,
                cell: cells[c] ?? '',
                params: { constraint: 'required' },
              });
          continue;
        }
      } else if (row[g.columns[0]!] === null || row[g.columns[0]!] === undefined) continue; // nulls may repeat
      const key = keyText(row, g.columns);
      const first = g.seen.get(key);
      if (first === undefined) {
        g.seen.set(key, rowNumber);
        continue;
      }
      g.duplicates++;
      const names = g.columns.map((c) => this.fields[c]!.name);
      if (g.kind === 'unique')
        report.add({
          type: 'unique-error',
          rowNumber,
          fieldNumber: g.columns[0]! + 1,
          fieldName: names[0]!,
          cell: cells[g.columns[0]!] ?? '',
          params: { firstRow: first },
        });
      else
        report.add({
          type: 'primary-key-error',
          rowNumber,
          ...(g.columns.length === 1 ? { fieldNumber: g.columns[0]! + 1 } : {}),
          fieldName: names.join(', '),
          cell: g.columns.map((c) => cells[c] ?? '').join(', '),
          params: { firstRow: first, fields: names.join(', ') },
        });
    }
  }

  /** What each group gets: an index when its data allows one, else the reason. */
  outcomes(): UniqueIndexOutcome[] {
    return this.groups.map((g) => {
      const fields = g.columns.map((c) => this.fields[c]!.name);
      const reason = g.duplicates > 0 ? 'duplicates' : g.missing > 0 ? 'missing_values' : null;
      return {
        kind: g.kind,
        fields,
        indexed: reason === null,
        ...(reason ? { reason, count: reason === 'duplicates' ? g.duplicates : g.missing } : {}),
      };
    });
  }

  /** Frees the remembered keys (the table is loaded). */
  clear(): void {
    for (const g of this.groups) g.seen.clear();
  }
}

/** The name of a unique index of a table: `<id>__pk` for the primary key, `<id>__u_<n>` for the others. */
export const uniqueIndexName = (resourceId: string, kind: 'primaryKey' | 'unique', n: number) =>
  `${resourceId}__${kind === 'primaryKey' ? 'pk' : `u_${n}`}`;
