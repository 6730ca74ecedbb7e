import type { components } from '@heimdall/spec';
import type { RequestOutcome } from './request-log-tables.js';

/**
 * What the logs API filters by. Names follow Bifrost's `/api/logs` where it has one (`start_time`, `providers`,
 * `models`, `min_cost`, `max_latency`, `content_search`, `limit`, `offset`); times are ISO 8601, latencies
 * milliseconds, costs US dollars. Every list filter matches any of its values; an empty or absent one matches all.
 * @see https://docs.getbifrost.ai/api-reference/logging/get-logs
 */
export interface LogFilters {
  /** From this time (inclusive) … */
  start_time?: string | undefined;
  /** … to this time (exclusive). */
  end_time?: string | undefined;
  key_ids?: readonly string[] | undefined;
  team_ids?: readonly string[] | undefined;
  customer_ids?: readonly string[] | undefined;
  /** The model the client asked for, or the one that answered. */
  models?: readonly string[] | undefined;
  providers?: readonly string[] | undefined;
  /** How the request ended. */
  status?: readonly RequestOutcome[] | undefined;
  /** Bedrock error types, e.g. `ThrottlingException`. */
  error_types?: readonly string[] | undefined;
  /** A request with an unknown cost matches no cost bound. */
  min_cost?: number | undefined;
  max_cost?: number | undefined;
  /** Bounds on the request's duration in milliseconds. */
  min_latency?: number | undefined;
  max_latency?: number | undefined;
  /** Text in the stored request or response body, case-insensitive; only requests whose bodies are kept match. */
  content_search?: string | undefined;
}

export interface LogSearch extends LogFilters {
  /** Entries per page: 50 unless given, at most {@link maxLogSearchLimit}. */
  limit?: number | undefined;
  /** Entries to skip, newest first. */
  offset?: number | undefined;
}

export const defaultLogSearchLimit = 50;
export const maxLogSearchLimit = 1000;

/** As the spec's `LogEntry` says: the management API answers it as it is. */
export type LogEntry = components['schemas']['LogEntry'];

/** As the spec's `LogSearchResult` says: the management API answers it as it is. */
export type LogSearchResult = components['schemas']['LogSearchResult'];

/** What stats are grouped by: the gateway key, the model that answered (else the one asked for), or the UTC day. */
export type LogStatsGroupBy = 'key' | 'model' | 'day';

export interface LogStatsQuery extends LogFilters {
  group_by?: LogStatsGroupBy | undefined;
}

/** As the spec's `LogTotals` says: the management API answers it as it is. */
export type LogTotals = components['schemas']['LogTotals'];

/** As the spec's `LogStats` says: the management API answers it as it is. */
export type LogStats = components['schemas']['LogStats'];
