// COPY … FROM STDIN over a pg client, without an extra package: pg accepts any object with `submit()` as a
// query and hands it the protocol messages (copyInResponse, commandComplete, readyForQuery, error).
import type pg from 'pg';
import type { Cell } from './table-schema.ts';

interface PgConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  sendCopyFail(message: string): void;
  stream: NodeJS.WritableStream & { writableNeedDrain?: boolean };
}

/** One COPY FROM STDIN in text format. `start()`, then `write()` lines, then `end()` (or `fail()`). */
export class CopyIn {
  private connection: PgConnection | null = null;
  private ready!: Promise<void>;
  private done!: Promise<number>;
  private settleReady!: { resolve: () => void; reject: (e: Error) => void };
  private settleDone!: { resolve: (n: number) => void; reject: (e: Error) => void };
  private rowCount = 0;
  private error: Error | null = null;
  /** Required by pg for custom submittables. */
  callback?: (err: Error | null) => void;

  constructor(private readonly text: string) {
    this.ready = new Promise((resolve, reject) => {
      this.settleReady = { resolve, reject };
    });
    this.done = new Promise((resolve, reject) => {
      this.settleDone = { resolve, reject };
    });
    this.ready.catch(() => {});
    this.done.catch(() => {});
  }

  async start(client: pg.PoolClient | pg.Client): Promise<void> {
    (client as unknown as { query(q: unknown): void }).query(this);
    await this.ready;
  }

  /**
   * Sends encoded COPY text (pg copies `chunk` into its message before this returns: the caller may reuse it);
   * resolves when the socket can take more (back-pressure).
   */
  async write(chunk: Buffer): Promise<void> {
    if (this.error) throw this.error;
    const connection = this.connection;
    if (!connection) throw new Error('COPY not started');
    connection.sendCopyFromChunk(chunk);
    if (connection.stream.writableNeedDrain)
      await new Promise<void>((resolve) => connection.stream.once('drain', () => resolve()));
  }

  /** Ends the data; resolves with the number of rows PostgreSQL copied. */
  async end(): Promise<number> {
    if (this.error) throw this.error;
    this.connection?.endCopyFrom();
    return this.done;
  }

  /** Aborts the COPY (the statement fails; the transaction must be rolled back). */
  async fail(message: string): Promise<void> {
    if (this.connection && !this.error) this.connection.sendCopyFail(message);
    await this.done.catch(() => {});
  }

  submit(connection: PgConnection): void {
    this.connection = connection;
    connection.query(this.text);
  }
  handleCopyInResponse(connection: PgConnection): void {
    this.connection = connection;
    this.settleReady.resolve();
  }
  handleCommandComplete(msg: { text?: string }): void {
    const m = /COPY (\d+)/.exec(msg.text ?? '');
    this.rowCount = m ? Number(m[1]) : 0;
  }
  handleReadyForQuery(): void {
    if (this.error) this.settleDone.reject(this.error);
    else this.settleDone.resolve(this.rowCount);
    this.callback?.(this.error);
  }
  /** pg forgets the active query on an error: readyForQuery will not reach us, so settle here. */
  handleError(err: Error): void {
    this.error = err;
    this.settleReady.reject(err);
    this.settleDone.reject(err);
    this.callback?.(err);
  }
  handleCopyData(): void {}
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
}

/**
 * One row in COPY text format (tab-separated, `\N` for null, backslash escapes), newline included; `id`, when
 * given, is written as a first column.
 */
export function copyLine(row: readonly Cell[], id?: number): string {
  let line = id === undefined ? '' : String(id);
  for (let i = 0; i < row.length; i++) {
    if (i > 0 || id !== undefined) line += '\t';
    const v = row[i];
    if (v === null || v === undefined) line += '\\N';
    else if (typeof v === 'string') line += escapeCopy(v);
    else if (typeof v === 'boolean') line += v ? 't' : 'f';
    else line += String(v);
  }
  return `${line}\n`;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is what we remove
const NEEDS_ESCAPE = /[\\\t\n\r\u0000]/;
function escapeCopy(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  // PostgreSQL text cannot hold NUL: it is dropped (the reader reports it as an encoding error first).
  // biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is what we remove
  return s.replace(/[\\\t\n\r\u0000]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : '',
  );
}
