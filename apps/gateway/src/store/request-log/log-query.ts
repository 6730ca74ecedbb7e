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

/** One request, as the logs API shows it. */
export interface LogEntry {
  /** The request id (`x-amzn-requestid`). */
  id: string;
  /** When the request arrived, ISO 8601. */
  timestamp: string;
  method: string;
  route: string | null;
  operation: string | null;
  key_id: string | null;
  key_name: string | null;
  team_id: string | null;
  team_name: string | null;
  customer_id: string | null;
  customer_name: string | null;
  /** The model asked for; `answered_by` is the one that answered (a fallback's, when one took over). */
  model: string | null;
  answered_by: string | null;
  provider: string | null;
  /** The upstream key that answered, by name. */
  upstream_key: string | null;
  number_of_attempts: number;
  /** The routing's record of each attempt, when it kept one. */
  attempts: unknown[] | null;
  status: RequestOutcome;
  status_code: number | null;
  error_type: string | null;
  error_message: string | null;
  time_to_first_byte_ms: number | null;
  /** The whole request's duration, in milliseconds. */
  latency: number;
  token_usage: {
    input_tokens: number | null;
    output_tokens: number | null;
    total_tokens: number | null;
    cache_read_tokens: number | null;
    cache_write_tokens: number | null;
  };
  /** US dollars; `null` when no price is known (never 0 for an unpriced model). */
  cost: number | null;
  /** The price table's version, `prices` for the operator's own, or `unknown`. */
  price_source: string | null;
  stop_reason: string | null;
  client_cancelled: boolean;
  /** The bodies, parsed, for a key that logs them; otherwise `null`. */
  raw_request: unknown;
  raw_response: unknown;
}

export interface LogSearchResult {
  logs: LogEntry[];
  pagination: { limit: number; offset: number; total_count: number };
}

/** What stats are grouped by: the gateway key, the model that answered (else the one asked for), or the UTC day. */
export type LogStatsGroupBy = 'key' | 'model' | 'day';

export interface LogStatsQuery extends LogFilters {
  group_by?: LogStatsGroupBy | undefined;
}

/** Totals over some requests. */
export interface LogTotals {
  total_requests: number;
  /** Requests that ended in success, over all (0 when there are none). */
  success_rate: number;
  /** Mean duration in milliseconds (0 when there are none). */
  average_latency: number;
  input_tokens: number;
  output_tokens: number;
  total_tokens: number;
  cache_read_tokens: number;
  cache_write_tokens: number;
  /** The sum over the priced requests; `unpriced_requests` says how many had no known cost. */
  total_cost: number;
  unpriced_requests: number;
}

export interface LogStats {
  totals: LogTotals;
  /** With `group_by`: one entry per key, model or day, most requests first (days newest first). */
  groups: (LogTotals & { group: string | null })[];
}
