import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { describeEachStore } from '../test-support/store-dialects.js';
import { type Database, openDatabase } from './database.js';
import { migrations } from './migrations/index.js';

describeEachStore('the database', (store) => {
  const opened: Database[] = [];
  afterEach(async () => {
    for (const database of opened.splice(0)) await database.close();
  });

  it('is migrated to the latest schema when opened, and opening it again changes nothing', async () => {
    const location = await store().createLocation();
    const first = await openDatabase({ location });
    await first.close();
    const database = await openDatabase({ location });
    opened.push(database);
    expect(database.dialect).toBe(store().dialect);
    const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(
      database.kysely,
    );
    expect(applied.rows.map((row) => row.name)).toEqual(Object.keys(migrations));
    await database.kysely
      .insertInto('request_log_buckets')
      .values({ day: 20261202, table_name: 'request_log_20261202', created_at_ms: 1 })
      .execute();
    const rows = await database.kysely.selectFrom('request_log_buckets').selectAll().execute();
    // Numbers come back as numbers on both (PostgreSQL's bigint included), not as text.
    expect(rows).toEqual([{ day: 20261202, table_name: 'request_log_20261202', created_at_ms: 1 }]);
  });
});

it('names an unreachable PostgreSQL server without its password', async () => {
  const attempt = openDatabase({
    location: { dialect: 'postgres', connectionString: 'postgres://heimdall:s3cret-pw@127.0.0.1:1/heimdall' },
  });
  await expect(attempt).rejects.toThrow(/^The database \(PostgreSQL heimdall@127\.0\.0\.1:1\/heimdall\) could not be/);
  await expect(attempt).rejects.not.toThrow(/s3cret-pw/);
});

it('says which SQLite file cannot be opened', async () => {
  // A folder that is a file cannot hold the database, whoever runs the test (root included).
  const notAFolder = join(mkdtempSync(join(tmpdir(), 'heimdall-database-')), 'file');
  writeFileSync(notAFolder, '');
  const attempt = openDatabase({ location: { dialect: 'sqlite', path: join(notAFolder, 'heimdall.db') } });
  await expect(attempt).rejects.toThrow(`The database (SQLite ${notAFolder}/heimdall.db) could not be opened`);
});

it('makes the folder of a new SQLite file', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'heimdall-database-')), 'data', 'heimdall.db');
  const database = await openDatabase({ location: { dialect: 'sqlite', path } });
  await database.close();
  expect(existsSync(path)).toBe(true);
});
