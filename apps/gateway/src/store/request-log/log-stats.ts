import { type RawBuilder, sql } from 'kysely';
import type { Database } from '../database.js';
import { dayTablesBetween } from './day-tables.js';
import { LogQueryError, logConditions, timeRangeOf } from './log-filters.js';
import type { LogStats, LogStatsGroupBy, LogStatsQuery, LogTotals } from './log-query.js';

/** Sums that add up across days; the rates and means are worked out from them at the end. */
interface Sums {
  requests: number;
  successes: number;
  duration: number;
  input_tokens: number;
  output_tokens: number;
  total_tokens: number;
  cache_read_tokens: number;
  cache_write_tokens: number;
  cost: number;
  unpriced: number;
}

const emptySums = (): Sums => ({
  requests: 0,
  successes: 0,
  duration: 0,
  input_tokens: 0,
  output_tokens: 0,
  total_tokens: 0,
  cache_read_tokens: 0,
  cache_write_tokens: 0,
  cost: 0,
  unpriced: 0,
});

function add(into: Sums, row: Partial<Record<keyof Sums, unknown>>): void {
  for (const name of Object.keys(into) as (keyof Sums)[]) into[name] += Number(row[name] ?? 0);
}

function totalsOf(sums: Sums): LogTotals {
  return {
    total_requests: sums.requests,
    success_rate: sums.requests === 0 ? 0 : sums.successes / sums.requests,
    average_latency: sums.requests === 0 ? 0 : sums.duration / sums.requests,
    input_tokens: sums.input_tokens,
    output_tokens: sums.output_tokens,
    total_tokens: sums.total_tokens,
    cache_read_tokens: sums.cache_read_tokens,
    cache_write_tokens: sums.cache_write_tokens,
    total_cost: sums.cost,
    unpriced_requests: sums.unpriced,
  };
}

/** The column a group is named by; `day` is the table itself. */
function groupColumn(groupBy: LogStatsGroupBy | undefined): RawBuilder<string | null> | undefined {
  if (groupBy === undefined || groupBy === 'day') return undefined;
  if (groupBy === 'key') return sql<string | null>`key_id`;
  if (groupBy === 'model') return sql<string | null>`coalesce(answered_by, model)`;
  throw new LogQueryError('group_by must be one of key, model, day');
}

/** Requests, tokens and cost over the requests that match, in total and grouped by key, model or day. */
export async function logStats(database: Database, query: LogStatsQuery): Promise<LogStats> {
  const column = groupColumn(query.group_by);
  const where = logConditions(query);
  const days = await dayTablesBetween(database.kysely, timeRangeOf(query));
  const totals = emptySums();
  const groups = new Map<string | null, Sums>();
  for (const { day, table } of days) {
    let select = database.kysely
      .selectFrom(table)
      .where(where)
      .select((builder) => [
        builder.fn.countAll<number>().as('requests'),
        sql<number>`sum(case when outcome = 'success' then 1 else 0 end)`.as('successes'),
        builder.fn.sum<number>('duration_ms').as('duration'),
        builder.fn.sum<number>('input_tokens').as('input_tokens'),
        builder.fn.sum<number>('output_tokens').as('output_tokens'),
        builder.fn.sum<number>('total_tokens').as('total_tokens'),
        builder.fn.sum<number>('cache_read_tokens').as('cache_read_tokens'),
        builder.fn.sum<number>('cache_write_tokens').as('cache_write_tokens'),
        builder.fn.sum<number>('cost_usd').as('cost'),
        sql<number>`sum(case when cost_usd is null then 1 else 0 end)`.as('unpriced'),
      ]);
    if (column) select = select.select(column.as('group')).groupBy(column);
    const rows = (await select.execute()) as (Partial<Record<keyof Sums, unknown>> & { group?: string | null })[];
    for (const row of rows) {
      if (Number(row.requests ?? 0) === 0) continue;
      add(totals, row);
      if (!query.group_by) continue;
      const name = query.group_by === 'day' ? dayLabel(day) : (row.group ?? null);
      const sums = groups.get(name) ?? emptySums();
      add(sums, row);
      groups.set(name, sums);
    }
  }
  const grouped = [...groups].map(([group, sums]) => ({ group, ...totalsOf(sums) }));
  // Days read newest first already; keys and models are ranked by how much they were used.
  if (query.group_by !== 'day') grouped.sort((a, b) => b.total_requests - a.total_requests);
  return { totals: totalsOf(totals), groups: grouped };
}

/** 20261202 → `2026-12-02`. */
function dayLabel(day: number): string {
  const text = String(day);
  return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
}
