export interface QueryResult<R> {
  rows: R[];
  /** Column names returned; a SELECT with none means the engine failed silently (PGlite + GEOS). */
  fields: string[];
  rowCount: number;
}

export interface Queryable {
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<R>>;
  /** Runs a multi-statement SQL script without parameters. */
  exec(sql: string): Promise<void>;
  /**
   * Bulk-loads rows with `COPY table (columns) FROM STDIN` in PostgreSQL's text format (tab-separated, `\N` for
   * null, one row per line): the server's COPY protocol, or PGlite's blob device.
   */
  copyIn(copySql: string, text: string): Promise<void>;
}

/** What the application needs from a database; implemented by the PGlite and node-postgres adapters. */
export interface Database extends Queryable {
  readonly engine: 'pglite' | 'postgres';
  /** Runs fn in one transaction: committed when fn resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Raised when a statement that must return columns returns none (GEOS failure swallowed by PGlite). */
export class SilentEngineError extends Error {
  constructor(sql: string) {
    super(`the database returned no columns for a query that must return some: ${sql.slice(0, 80)}`);
    this.name = 'SilentEngineError';
  }
}

/** True when sql is a statement that must return columns (SELECT, WITH ... SELECT, or ... RETURNING). */
export function expectsColumns(sql: string): boolean {
  const text = sql
    .replace(/--[^\n]*\n/g, '\n')
    .trim()
    .toLowerCase();
  return text.startsWith('select') || text.startsWith('with') || /\breturning\b/.test(text);
}
