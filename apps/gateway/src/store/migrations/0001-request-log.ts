import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * The registry of the request log's day tables. The day tables themselves are made as days begin (see
 * `request-log/day-tables.ts`), so that retention drops a whole table instead of deleting rows.
 */
export const requestLogMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('request_log_buckets')
      .addColumn('day', 'integer', (column) => column.primaryKey())
      .addColumn('table_name', 'text', (column) => column.notNull().unique())
      .addColumn('created_at_ms', 'bigint', (column) => column.notNull())
      .execute();
  },
};
