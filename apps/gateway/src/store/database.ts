import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { type Dialect, Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import pg from 'pg';
import type { DatabaseLocation } from '../config/database-schema.js';
import type { DatabaseTables } from './database-tables.js';
import { databasePassword, describeDatabase } from './describe-database.js';
import { migrations } from './migrations/index.js';
import { openSqliteConnection } from './sqlite-connection.js';

/** The gateway's database: one typed query layer over SQLite or PostgreSQL, migrated to the latest schema. */
export interface Database {
  readonly kysely: Kysely<DatabaseTables>;
  readonly dialect: 'sqlite' | 'postgres';
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** Where the database is (the config's `database.url`, parsed). */
  location: DatabaseLocation;
  /** Connections to a PostgreSQL server at most (default 10). */
  maxConnections?: number;
}

/** PostgreSQL's `int8` (bigint, and what `count(*)` and `sum` of integers return), read as a JavaScript number. */
const int8TypeId = 20;
const numericTypeId = 1700;
const readAsNumber = (text: string) => Number(text);

function createPostgresPool(connectionString: string, maxConnections: number): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: maxConnections,
    // A server that stops answering fails the query instead of holding a connection (and a log write) for ever.
    connectionTimeoutMillis: 10_000,
    query_timeout: 30_000,
    // Per pool, not pg's global parsers: another library in the process keeps its own reading of int8.
    types: {
      getTypeParser: ((id: number, format?: 'text' | 'binary') =>
        id === int8TypeId || id === numericTypeId
          ? readAsNumber
          : pg.types.getTypeParser(id, format ?? 'text')) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection the server drops (a restart) must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  return pool;
}

/**
 * Opens the database and brings its schema up to date. Fails with a message naming the database (never its
 * password) when it cannot be reached or migrated.
 */
export async function openDatabase({ location, maxConnections = 10 }: OpenDatabaseOptions): Promise<Database> {
  let kysely: Kysely<DatabaseTables> | undefined;
  try {
    kysely = new Kysely<DatabaseTables>({ dialect: createDialect(location, maxConnections) });
    // Reaching the database is its own step, so that a server that is not there is not reported as a failed migration.
    await sql`select 1`.execute(kysely);
    const { error, results } = await new Migrator({
      db: kysely,
      provider: { getMigrations: async () => migrations },
    }).migrateToLatest();
    if (error) {
      const failed = results?.find((result) => result.status === 'Error')?.migrationName;
      throw new DatabaseOpenError(`could not be migrated${failed ? ` (${failed})` : ''}`, error);
    }
  } catch (error) {
    await kysely?.destroy().catch(() => {});
    const { problem, cause } =
      error instanceof DatabaseOpenError ? error : { problem: 'could not be opened', cause: error };
    throw new DatabaseUnavailableError(
      `The database (${describeDatabase(location)}) ${problem}: ${messageOf(cause, location)}`,
      cause,
    );
  }
  const opened = kysely;
  return { kysely: opened, dialect: location.dialect, close: () => opened.destroy() };
}

function createDialect(location: DatabaseLocation, maxConnections: number): Dialect {
  if (location.dialect === 'postgres') {
    return new PostgresDialect({ pool: createPostgresPool(location.connectionString, maxConnections) });
  }
  if (location.path !== ':memory:') mkdirSync(dirname(location.path), { recursive: true });
  return new SqliteDialect({ database: openSqliteConnection(location.path) });
}

/** The database could not be opened or migrated; the message names it (never its password) and says why. */
export class DatabaseUnavailableError extends Error {
  constructor(message: string, cause: unknown) {
    super(message, { cause });
    this.name = 'DatabaseUnavailableError';
  }
}

class DatabaseOpenError extends Error {
  constructor(
    readonly problem: string,
    override readonly cause: unknown,
  ) {
    super(problem);
  }
}

/** The driver's message, with the password taken out should the driver ever repeat the URL. */
function messageOf(error: unknown, location: DatabaseLocation): string {
  const message = error instanceof Error ? error.message : String(error);
  const password = databasePassword(location);
  return password ? message.replaceAll(password, '***') : message;
}
