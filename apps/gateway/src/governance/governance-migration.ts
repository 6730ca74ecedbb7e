import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * The governance tables (see `governance-tables.ts`). Foreign keys are checked by the management API, which
 * can say in words what refers to what, rather than by the database.
 */
export const governanceMigration: Migration = {
  // Migrations see the database as it was then, not as the current types describe it.
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('governance_customers')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('name', 'text', (column) => column.notNull())
      .addColumn('limits', 'text', (column) => column.notNull())
      .addColumn('source', 'text', (column) => column.notNull())
      .addColumn('created_at', 'text', (column) => column.notNull())
      .addColumn('updated_at', 'text', (column) => column.notNull())
      .execute();
    await db.schema
      .createTable('governance_teams')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('name', 'text', (column) => column.notNull())
      .addColumn('customer_id', 'text')
      .addColumn('limits', 'text', (column) => column.notNull())
      .addColumn('source', 'text', (column) => column.notNull())
      .addColumn('created_at', 'text', (column) => column.notNull())
      .addColumn('updated_at', 'text', (column) => column.notNull())
      .execute();
    await db.schema
      .createTable('governance_virtual_keys')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('name', 'text', (column) => column.notNull())
      .addColumn('description', 'text', (column) => column.notNull())
      .addColumn('secret_hash', 'text', (column) => column.notNull().unique())
      .addColumn('is_active', 'integer', (column) => column.notNull())
      .addColumn('expires_at', 'text')
      .addColumn('team_id', 'text')
      .addColumn('customer_id', 'text')
      .addColumn('policy', 'text', (column) => column.notNull())
      .addColumn('limits', 'text', (column) => column.notNull())
      .addColumn('log_bodies', 'integer', (column) => column.notNull())
      .addColumn('source', 'text', (column) => column.notNull())
      .addColumn('created_at', 'text', (column) => column.notNull())
      .addColumn('updated_at', 'text', (column) => column.notNull())
      .execute();
    await db.schema
      .createTable('governance_version')
      .addColumn('id', 'integer', (column) => column.primaryKey())
      .addColumn('version', 'integer', (column) => column.notNull())
      .execute();
    await (db as Kysely<{ governance_version: { id: number; version: number } }>)
      .insertInto('governance_version')
      .values({ id: 1, version: 0 })
      .execute();
  },
  async down(db: Kysely<unknown>) {
    for (const table of ['governance_version', 'governance_virtual_keys', 'governance_teams', 'governance_customers']) {
      await db.schema.dropTable(table).execute();
    }
  },
};
