/**
 * The one SQL surface the repositories see, implemented by PGlite and by node-postgres, so the same
 * plain SQL runs on both engines (docs/adr/0002-sql-layer.md). Every value comes back as text for
 * bigint, numeric and date columns; repositories convert them to Fen, bigint micro-fen and LocalDate.
 */
export interface Sql {
  /** One parameterised statement ($1, $2 …). */
  query<T = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<T[]>;
  /** Several statements without parameters (migrations, DDL). */
  exec(text: string): Promise<void>;
  /**
   * Bulk writes by `COPY table (columns) FROM STDIN` where the engine streams it (PostgreSQL; absent on
   * PGlite, where bulk writers use array parameters instead). `chunks` are COPY text format — one line
   * per row, tab between columns, `\N` for null, values escaped by `copyField` — streamed as they come.
   * Resolves to the number of rows written.
   */
  readonly copyFrom?: CopyFrom;
}

export type CopyFrom = (
  table: string,
  columns: readonly string[],
  chunks: Iterable<string> | AsyncIterable<string>,
) => Promise<number>;

export type Engine = 'pglite' | 'postgres';

export interface Database extends Sql {
  readonly engine: Engine;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  /**
   * Takes a session-level advisory lock if free; resolves to its release function, or null when
   * another session holds it. Used where one process at a time must act (end of day).
   */
  tryAdvisoryLock(key: number): Promise<(() => Promise<void>) | null>;
  close(): Promise<void>;
}
