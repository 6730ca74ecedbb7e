import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/**
 * How long a statement waits for another process's lock on the file before it fails. node:sqlite waits synchronously,
 * holding up the whole event loop, so the wait is kept short: a failed log write is queued and tried again later,
 * while a long wait would stall every stream in flight.
 */
const busyTimeoutMs = 20;

/**
 * Node's built-in SQLite, in the shape Kysely's SqliteDialect drives. WAL mode lets readers (the logs API) go on while
 * the request log writes, and a busy timeout turns a short lock by another process into a wait, not an error.
 * @see https://nodejs.org/api/sqlite.html
 */
export function openSqliteConnection(path: string): SqliteDatabase {
  const database = new DatabaseSync(path, { timeout: busyTimeoutMs });
  if (path !== ':memory:') database.exec('PRAGMA journal_mode = WAL');
  // WAL keeps committed writes safe from a crash of the process at NORMAL; FULL would sync on every commit.
  database.exec('PRAGMA synchronous = NORMAL');
  database.exec('PRAGMA foreign_keys = ON');
  return {
    close: () => database.close(),
    prepare(sql: string): SqliteStatement {
      const statement = database.prepare(sql);
      const values = (parameters: ReadonlyArray<unknown>) => parameters.map(toSqliteValue);
      return {
        // A statement that yields columns is a read (SELECT, or a write with RETURNING).
        reader: statement.columns().length > 0,
        all: (parameters) => statement.all(...values(parameters)),
        run: (parameters) => statement.run(...values(parameters)),
        iterate: (parameters) => statement.iterate(...values(parameters)),
      };
    },
  };
}

/** node:sqlite binds numbers, bigints, text, bytes and null; booleans and dates are stored as SQLite keeps them. */
function toSqliteValue(value: unknown): SQLInputValue {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString();
  if (value === undefined) return null;
  return value as SQLInputValue;
}
