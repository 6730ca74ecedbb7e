import { ServiceUnavailableException, ValidationException } from '@heimdall/eventstream';
import type { LogSearchResult, LogStats } from '@heimdall/spec';
import type { Database } from '../../store/database.js';
import { LogQueryError } from '../../store/request-log/log-filters.js';
import type { LogFilters, LogStatsGroupBy } from '../../store/request-log/log-query.js';
import { logStats } from '../../store/request-log/log-stats.js';
import type { RequestOutcome } from '../../store/request-log/request-log-tables.js';
import { searchLogs } from '../../store/request-log/search-logs.js';
import type { GatewayContext } from '../gateway-context.js';

/** The query as the spec validated it: every list still one comma-separated string. */
type LogQuery = Partial<Record<'start_time' | 'end_time' | 'content_search', string>> &
  Partial<Record<'key_ids' | 'team_ids' | 'customer_ids' | 'models' | 'providers' | 'status' | 'error_types', string>> &
  Partial<Record<'min_cost' | 'max_cost' | 'min_latency' | 'max_latency' | 'limit' | 'offset', number>> & {
    group_by?: LogStatsGroupBy;
  };

const outcomes: readonly string[] = ['success', 'error', 'cancelled'] satisfies RequestOutcome[];

/** `a, b,,c` → `['a', 'b', 'c']`; absent stays absent. */
const listOf = (text: string | undefined) =>
  text
    ?.split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

function filtersOf(query: LogQuery): LogFilters {
  const status = listOf(query.status);
  const unknown = status?.find((value) => !outcomes.includes(value));
  if (unknown !== undefined) {
    throw new ValidationException({ message: `status: "${unknown}" is not one of ${outcomes.join(', ')}` });
  }
  return {
    start_time: query.start_time,
    end_time: query.end_time,
    key_ids: listOf(query.key_ids),
    team_ids: listOf(query.team_ids),
    customer_ids: listOf(query.customer_ids),
    models: listOf(query.models),
    providers: listOf(query.providers),
    status: status as RequestOutcome[] | undefined,
    error_types: listOf(query.error_types),
    min_cost: query.min_cost,
    max_cost: query.max_cost,
    min_latency: query.min_latency,
    max_latency: query.max_latency,
    content_search: query.content_search,
  };
}

/** Runs a query of the store, its refusals of a filter as the ValidationException naming it. */
async function answer<T>(database: Database | undefined, query: (database: Database) => Promise<T>): Promise<T> {
  if (!database) {
    throw new ServiceUnavailableException({ message: 'The request log needs the gateway database, which is not open' });
  }
  try {
    return await query(database);
  } catch (error) {
    if (error instanceof LogQueryError) throw new ValidationException({ message: error.message });
    throw error;
  }
}

/** `GET /api/logs` and `GET /api/logs/stats`, over the request log store. */
export function createLogHandlers(database: Database | undefined) {
  const queryOf = (context: GatewayContext) => context.req.valid('query' as never) as LogQuery;
  return {
    searchLogs: async (context: GatewayContext) => {
      const query = queryOf(context);
      const result = await answer(database, (open) =>
        searchLogs(open, { ...filtersOf(query), limit: query.limit, offset: query.offset }),
      );
      return context.json(result satisfies LogSearchResult);
    },
    getLogStats: async (context: GatewayContext) => {
      const query = queryOf(context);
      const stats = await answer(database, (open) => logStats(open, { ...filtersOf(query), group_by: query.group_by }));
      return context.json(stats satisfies LogStats);
    },
  };
}
