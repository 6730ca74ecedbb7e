import type { Kysely } from 'kysely';
import type { DatabaseTables } from '../database-tables.js';

/** The name of a day's table of requests. */
export type DayTableName = `request_log_${number}`;

/** A UTC day as a number, e.g. 20261202 for 2 December 2026. */
export function dayOf(timeMs: number): number {
  const date = new Date(timeMs);
  return date.getUTCFullYear() * 10_000 + (date.getUTCMonth() + 1) * 100 + date.getUTCDate();
}

export function dayTableName(day: number): DayTableName {
  return `request_log_${day}`;
}

/** Milliseconds since the epoch at the start of a day (as {@link dayOf} numbers it), UTC. */
export function startOfDayMs(day: number): number {
  return Date.UTC(Math.floor(day / 10_000), (Math.floor(day / 100) % 100) - 1, day % 100);
}

/**
 * Makes a day's table, its indexes and its registry entry, unless they exist. Safe to run from several processes at
 * once: every statement is `if not exists`, and the registry entry is inserted once.
 */
export async function createDayTable(kysely: Kysely<DatabaseTables>, day: number): Promise<DayTableName> {
  try {
    return await createDayTableOnce(kysely, day);
  } catch {
    // PostgreSQL's `create table if not exists` can still fail when another replica creates the same table at the
    // same moment; the second try finds it there.
    return createDayTableOnce(kysely, day);
  }
}

async function createDayTableOnce(kysely: Kysely<DatabaseTables>, day: number): Promise<DayTableName> {
  const table = dayTableName(day);
  await kysely.schema
    .createTable(table)
    .ifNotExists()
    .addColumn('time_ms', 'bigint', (column) => column.notNull())
    .addColumn('request_id', 'text', (column) => column.notNull())
    .addColumn('method', 'text', (column) => column.notNull())
    .addColumn('route', 'text')
    .addColumn('operation', 'text')
    .addColumn('key_id', 'text')
    .addColumn('key_name', 'text')
    .addColumn('team_id', 'text')
    .addColumn('team_name', 'text')
    .addColumn('customer_id', 'text')
    .addColumn('customer_name', 'text')
    .addColumn('model', 'text')
    .addColumn('answered_by', 'text')
    .addColumn('provider', 'text')
    .addColumn('upstream_key', 'text')
    .addColumn('attempt_count', 'integer', (column) => column.notNull())
    .addColumn('attempts', 'text')
    .addColumn('outcome', 'text', (column) => column.notNull())
    .addColumn('status_code', 'integer')
    .addColumn('error_type', 'text')
    .addColumn('error_message', 'text')
    .addColumn('time_to_first_byte_ms', 'integer')
    .addColumn('duration_ms', 'integer', (column) => column.notNull())
    .addColumn('input_tokens', 'integer')
    .addColumn('output_tokens', 'integer')
    .addColumn('total_tokens', 'integer')
    .addColumn('cache_read_tokens', 'integer')
    .addColumn('cache_write_tokens', 'integer')
    .addColumn('cost_usd', 'double precision')
    .addColumn('price_source', 'text')
    .addColumn('stop_reason', 'text')
    .addColumn('client_cancelled', 'integer', (column) => column.notNull())
    .addColumn('request_body', 'text')
    .addColumn('response_body', 'text')
    .execute();
  // Newest first is how every search reads a day; the key is the most common filter.
  await kysely.schema.createIndex(`${table}_time`).ifNotExists().on(table).columns(['time_ms', 'request_id']).execute();
  await kysely.schema.createIndex(`${table}_key`).ifNotExists().on(table).columns(['key_id', 'time_ms']).execute();
  await kysely
    .insertInto('request_log_buckets')
    .values({ day, table_name: table, created_at_ms: Date.now() })
    .onConflict((conflict) => conflict.column('day').doNothing())
    .execute();
  return table;
}

/** The day tables that may hold rows from `fromMs` to `toMs` (either open), newest first. */
export async function dayTablesBetween(
  kysely: Kysely<DatabaseTables>,
  range: { fromMs?: number | undefined; toMs?: number | undefined },
): Promise<{ day: number; table: DayTableName }[]> {
  let query = kysely.selectFrom('request_log_buckets').select(['day', 'table_name']).orderBy('day', 'desc');
  if (range.fromMs !== undefined) query = query.where('day', '>=', dayOf(range.fromMs));
  if (range.toMs !== undefined) query = query.where('day', '<=', dayOf(range.toMs));
  const rows = await query.execute();
  return rows.map((row) => ({ day: row.day, table: row.table_name as DayTableName }));
}

/** Drops a day's table and its registry entry: the whole day at once, never row by row. */
export async function dropDayTable(kysely: Kysely<DatabaseTables>, day: number): Promise<void> {
  // Out of the registry first: a search that starts now no longer reads the table being dropped.
  await kysely.deleteFrom('request_log_buckets').where('day', '=', day).execute();
  await kysely.schema.dropTable(dayTableName(day)).ifExists().execute();
}
