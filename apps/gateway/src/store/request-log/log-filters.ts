import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { DatabaseTables } from '../database-tables.js';
import type { DayTableName } from './day-tables.js';
import type { LogFilters } from './log-query.js';

/** A filter the store cannot apply, named so the logs API can answer 400 with it. */
export class LogQueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LogQueryError';
  }
}

/** The time range of the filters in milliseconds; each end open when absent. */
export function timeRangeOf(filters: LogFilters): { fromMs?: number; toMs?: number } {
  const parse = (name: 'start_time' | 'end_time') => {
    const text = filters[name];
    if (text === undefined) return undefined;
    const ms = Date.parse(text);
    if (Number.isNaN(ms)) throw new LogQueryError(`${name} must be an ISO 8601 time, e.g. 2026-12-02T00:00:00Z`);
    return ms;
  };
  const fromMs = parse('start_time');
  const toMs = parse('end_time');
  return { ...(fromMs !== undefined ? { fromMs } : {}), ...(toMs !== undefined ? { toMs } : {}) };
}

function checkBound(name: keyof LogFilters, value: number | undefined): void {
  if (value !== undefined && !(Number.isFinite(value) && value >= 0)) {
    throw new LogQueryError(`${name} must be a number of at least 0`);
  }
}

/** `%` and `_` in the searched text are matched as themselves. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/**
 * The filters as one condition on a day table's rows, the same SQL on SQLite and PostgreSQL: text search lower-cases
 * both sides, as SQLite's LIKE does and PostgreSQL's does not.
 */
export function logConditions(filters: LogFilters) {
  for (const name of ['min_cost', 'max_cost', 'min_latency', 'max_latency'] as const) checkBound(name, filters[name]);
  const { fromMs, toMs } = timeRangeOf(filters);
  const any = (values: readonly string[] | undefined) => (values && values.length > 0 ? values : undefined);
  return (builder: ExpressionBuilder<DatabaseTables, DayTableName>): Expression<SqlBool> => {
    const conditions: Expression<SqlBool>[] = [];
    if (fromMs !== undefined) conditions.push(builder('time_ms', '>=', fromMs));
    if (toMs !== undefined) conditions.push(builder('time_ms', '<', toMs));
    const keyIds = any(filters.key_ids);
    if (keyIds) conditions.push(builder('key_id', 'in', keyIds));
    const teamIds = any(filters.team_ids);
    if (teamIds) conditions.push(builder('team_id', 'in', teamIds));
    const customerIds = any(filters.customer_ids);
    if (customerIds) conditions.push(builder('customer_id', 'in', customerIds));
    const models = any(filters.models);
    if (models) conditions.push(builder.or([builder('model', 'in', models), builder('answered_by', 'in', models)]));
    const providers = any(filters.providers);
    if (providers) conditions.push(builder('provider', 'in', providers));
    const outcomes = any(filters.status);
    if (outcomes) conditions.push(builder('outcome', 'in', outcomes as readonly ('success' | 'error' | 'cancelled')[]));
    const errorTypes = any(filters.error_types);
    if (errorTypes) conditions.push(builder('error_type', 'in', errorTypes));
    if (filters.min_cost !== undefined) conditions.push(builder('cost_usd', '>=', filters.min_cost));
    if (filters.max_cost !== undefined) conditions.push(builder('cost_usd', '<=', filters.max_cost));
    if (filters.min_latency !== undefined) conditions.push(builder('duration_ms', '>=', filters.min_latency));
    if (filters.max_latency !== undefined) conditions.push(builder('duration_ms', '<=', filters.max_latency));
    if (filters.content_search) {
      const pattern = `%${escapeLike(filters.content_search.toLowerCase())}%`;
      const contains = (column: 'request_body' | 'response_body') =>
        sql<SqlBool>`lower(${builder.ref(column)}) like ${pattern} escape '\\'`;
      conditions.push(builder.or([contains('request_body'), contains('response_body')]));
    }
    return builder.and(conditions);
  };
}
