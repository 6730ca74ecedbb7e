import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/** What windowed limit counters have used, kept so that a restart without Redis does not reset a budget. */
export const limitCountersMigration: Migration = {
  // Migrations see the database as it was then, not as the current types describe it.
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('limit_counters')
      .addColumn('tag', 'text', (column) => column.notNull())
      .addColumn('counter', 'text', (column) => column.notNull())
      .addColumn('window_end', 'bigint', (column) => column.notNull())
      .addColumn('used', 'double precision', (column) => column.notNull())
      .addPrimaryKeyConstraint('limit_counters_pk', ['tag', 'counter'])
      .execute();
  },
};

/** The table as the query layer sees it. */
export interface LimitCounterTables {
  limit_counters: { tag: string; counter: string; window_end: number; used: number };
}
