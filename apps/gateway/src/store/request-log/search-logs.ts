import type { Database } from '../database.js';
import { dayTablesBetween } from './day-tables.js';
import { logEntryOf } from './log-entry.js';
import { LogQueryError, logConditions, timeRangeOf } from './log-filters.js';
import {
  defaultLogSearchLimit,
  type LogEntry,
  type LogSearch,
  type LogSearchResult,
  maxLogSearchLimit,
} from './log-query.js';

function pageOf(search: LogSearch): { limit: number; offset: number } {
  const limit = search.limit ?? defaultLogSearchLimit;
  const offset = search.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 1 || limit > maxLogSearchLimit) {
    throw new LogQueryError(`limit must be a whole number from 1 to ${maxLogSearchLimit}`);
  }
  if (!Number.isInteger(offset) || offset < 0) throw new LogQueryError('offset must be a whole number of at least 0');
  return { limit, offset };
}

/**
 * The requests that match, newest first, a page at a time. Each day table is counted, then only the days the page
 * falls in are read, so a page costs one count per day in range and one read per day it spans.
 */
export async function searchLogs(database: Database, search: LogSearch): Promise<LogSearchResult> {
  const { limit, offset } = pageOf(search);
  const where = logConditions(search);
  const days = await dayTablesBetween(database.kysely, timeRangeOf(search));
  const counts: number[] = [];
  for (const { table } of days) {
    const row = await database.kysely
      .selectFrom(table)
      .select((builder) => builder.fn.countAll<number>().as('count'))
      .where(where)
      .executeTakeFirst();
    counts.push(Number(row?.count ?? 0));
  }
  const logs: LogEntry[] = [];
  let skipped = 0;
  for (const [index, { table }] of days.entries()) {
    const count = counts[index] ?? 0;
    const wanted = limit - logs.length;
    if (wanted === 0) break;
    // Days wholly before the page's start are skipped without reading them.
    if (skipped + count <= offset) {
      skipped += count;
      continue;
    }
    const dayOffset = Math.max(0, offset - skipped);
    skipped += dayOffset;
    const rows = await database.kysely
      .selectFrom(table)
      .selectAll()
      .where(where)
      .orderBy('time_ms', 'desc')
      .orderBy('request_id', 'desc')
      .limit(wanted)
      .offset(dayOffset)
      .execute();
    logs.push(...rows.map(logEntryOf));
    skipped += count - dayOffset;
  }
  return { logs, pagination: { limit, offset, total_count: counts.reduce((sum, count) => sum + count, 0) } };
}
