import type { Generated } from 'kysely';

/**
 * One request, as a day's table stores it. Times are milliseconds since the epoch, flags 0 or 1, the attempts and the
 * bodies JSON text: one representation that SQLite and PostgreSQL read back alike.
 */
export interface RequestLogRowTable {
  /** When the request arrived. */
  time_ms: number;
  request_id: string;
  method: string;
  route: string | null;
  operation: string | null;
  key_id: string | null;
  key_name: string | null;
  team_id: string | null;
  team_name: string | null;
  customer_id: string | null;
  customer_name: string | null;
  /** The model the client asked for, and the model, provider and upstream key that answered. */
  model: string | null;
  answered_by: string | null;
  provider: string | null;
  upstream_key: string | null;
  /** Upstream attempts made (failed ones plus the answer), and their JSON list when the routing recorded one. */
  attempt_count: number;
  attempts: string | null;
  /** `success`, `error` or `cancelled` (the client went away first). */
  outcome: RequestOutcome;
  /** The HTTP status the client got (499 for a client that went away before the response). */
  status_code: number | null;
  error_type: string | null;
  error_message: string | null;
  time_to_first_byte_ms: number | null;
  duration_ms: number;
  input_tokens: number | null;
  output_tokens: number | null;
  total_tokens: number | null;
  cache_read_tokens: number | null;
  cache_write_tokens: number | null;
  /** US dollars; NULL when no price is known, never 0 for an unpriced model. */
  cost_usd: number | null;
  /** The price table's version (or `prices` for the operator's own), `unknown` when unpriced. */
  price_source: string | null;
  stop_reason: string | null;
  client_cancelled: number;
  /** JSON, only for a key that logs bodies. */
  request_body: string | null;
  response_body: string | null;
}

export type RequestOutcome = 'success' | 'error' | 'cancelled';

/** One day's table of requests, as the bucket registry lists it. */
export interface RequestLogBucketTable {
  /** The day in UTC as a number, e.g. 20261202. */
  day: number;
  table_name: string;
  created_at_ms: Generated<number>;
}

/** The request log: a registry of day tables, and the day tables themselves (`request_log_20261202`, …). */
export interface RequestLogTables {
  request_log_buckets: RequestLogBucketTable;
  [dayTable: `request_log_${number}`]: RequestLogRowTable;
}
