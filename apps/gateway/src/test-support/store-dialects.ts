import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe } from 'vitest';
import type { DatabaseLocation } from '../config/database-schema.js';
import { type PostgresServer, postgresAvailable, startPostgresServer } from './postgres-server.js';

/** One of the databases a store test runs against, able to hand out fresh, empty databases. */
export interface StoreDialect {
  readonly dialect: 'sqlite' | 'postgres';
  /** A new empty database: an SQLite file in a temporary folder, or a PostgreSQL database with a unique name. */
  createLocation(): Promise<DatabaseLocation>;
  /** For tests that need to cut the store off: the PostgreSQL server's URL, or undefined for SQLite. */
  readonly postgres: PostgresServer | undefined;
}

/**
 * Runs `suite` once against SQLite and once against PostgreSQL, so that both behave alike. The PostgreSQL server is
 * started for the file and stopped after it; without one the PostgreSQL half is skipped with a loud message (a failure
 * under `CI=true`, see {@link startPostgresServer}).
 */
export function describeEachStore(name: string, suite: (store: () => StoreDialect) => void): void {
  const sqliteFolders: string[] = [];
  const withPostgres = postgresAvailable();
  let postgres: PostgresServer | undefined;
  beforeAll(async () => {
    if (withPostgres) postgres = await startPostgresServer();
  }, 120_000);
  afterAll(async () => {
    await postgres?.stop();
    for (const folder of sqliteFolders) rmSync(folder, { recursive: true, force: true });
  });

  const sqlite: StoreDialect = {
    dialect: 'sqlite',
    postgres: undefined,
    async createLocation() {
      const folder = mkdtempSync(join(tmpdir(), 'heimdall-sqlite-'));
      sqliteFolders.push(folder);
      return { dialect: 'sqlite', path: join(folder, 'heimdall.db') };
    },
  };
  const postgresDialect: StoreDialect = {
    dialect: 'postgres',
    get postgres() {
      return postgres;
    },
    async createLocation() {
      if (!postgres) throw new Error('PostgreSQL is not running');
      return { dialect: 'postgres', connectionString: await postgres.createDatabase() };
    },
  };

  describe.each([
    { label: 'SQLite', store: sqlite },
    ...(withPostgres ? [{ label: 'PostgreSQL', store: postgresDialect }] : []),
  ])(`${name} ($label)`, ({ store }) => suite(() => store));
}
